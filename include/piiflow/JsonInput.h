//===--- JsonInput.h - Reading JSON that comes from outside the run -------------------------===//
//
// Every file piiflow reads as JSON (models, summaries, baselines, merge inputs) comes from outside
// and may be anything. These helpers read it within bounds (size, nesting depth, so that memory
// stays proportional to the file), turn a syntax error into "file:line:column: message", and
// navigate a parsed value without exceptions: a field of the wrong type reads as absent, so a
// reader checks what it needs and names the field it found wrong. JSON written by piiflow is
// dumped with invalid UTF-8 replaced, never thrown on.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_JSONINPUT_H
#define PIIFLOW_JSONINPUT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace piiflow {

/// Bounds on outside JSON: deeper nesting or a larger file is refused before it is parsed.
constexpr unsigned MaxJsonDepth = 256;
constexpr uint64_t MaxJsonBytes = uint64_t(1) << 30; // 1 GiB

/// An error "File:line:column: Message" at byte Offset of Text.
llvm::Error jsonErrorAt(llvm::StringRef File, llvm::StringRef Text, size_t Offset,
                        const llvm::Twine &Message);

/// Fails, naming the place, when Text nests arrays and objects deeper than MaxDepth.
llvm::Error checkJsonNesting(llvm::StringRef Text, llvm::StringRef File,
                             unsigned MaxDepth = MaxJsonDepth);

/// nlohmann's exception message without its "[json.exception.<id>] " tag, and a syntax error's
/// without the "parse error at line 1, column 2: " that a piiflow error says its own way.
std::string jsonExceptionMessage(llvm::StringRef What);

/// The file at Path, when it is no larger than MaxJsonBytes; What ("model file") names it in
/// errors.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> readBoundedFile(const std::string &Path,
                                                                    llvm::StringRef What);

/// The file at Path read and parsed; What ("baseline", "summaries file") names it in errors.
llvm::Expected<nlohmann::json> readJsonFile(const std::string &Path, llvm::StringRef What);
/// The same, keeping the objects' key order (for files that are rewritten, as merge does).
llvm::Expected<nlohmann::ordered_json> readOrderedJsonFile(const std::string &Path,
                                                           llvm::StringRef What);

/// J's field Name, or null when J is not an object or has no such field (for nlohmann::json
/// and nlohmann::ordered_json alike).
template <typename JsonT> const JsonT *jsonField(const JsonT &J, const char *Name) {
  if (!J.is_object())
    return nullptr;
  auto It = J.find(Name);
  return It == J.end() ? nullptr : &*It;
}

/// J's field Name when it is a string; nullopt otherwise.
template <typename JsonT>
std::optional<std::string> jsonString(const JsonT &J, const char *Name) {
  const JsonT *F = jsonField(J, Name);
  return F && F->is_string() ? std::optional<std::string>(F->template get<std::string>())
                             : std::nullopt;
}

/// J's field Name when it is an integer that fits int64_t; nullopt otherwise.
template <typename JsonT> std::optional<int64_t> jsonInteger(const JsonT &J, const char *Name) {
  const JsonT *F = jsonField(J, Name);
  if (!F)
    return std::nullopt;
  if (F->is_number_unsigned()) {
    uint64_t V = F->template get<uint64_t>();
    return V > uint64_t(INT64_MAX) ? std::nullopt
                                   : std::optional<int64_t>(static_cast<int64_t>(V));
  }
  if (F->is_number_integer())
    return F->template get<int64_t>();
  return std::nullopt;
}

/// J as an IntT: an integer (never a float, whose conversion out of range is undefined) within
/// IntT's range. Otherwise throws std::runtime_error naming Field, for readers that turn
/// nlohmann's errors into "file: invalid ...: message".
template <typename IntT, typename JsonT> IntT jsonIntegerAs(const JsonT &J, const char *Field) {
  static_assert(std::is_integral_v<IntT> && sizeof(IntT) <= sizeof(int64_t));
  if (J.is_number_unsigned()) {
    uint64_t V = J.template get<uint64_t>();
    if (V <= static_cast<uint64_t>(std::numeric_limits<IntT>::max()))
      return static_cast<IntT>(V);
  } else if (J.is_number_integer()) {
    int64_t V = J.template get<int64_t>();
    if (V >= static_cast<int64_t>(std::numeric_limits<IntT>::min()) &&
        (V < 0 || static_cast<uint64_t>(V) <= static_cast<uint64_t>(std::numeric_limits<IntT>::max())))
      return static_cast<IntT>(V);
  }
  throw std::runtime_error("'" + std::string(Field) + "' is " + J.dump() +
                           ", not an integer from " +
                           std::to_string(std::numeric_limits<IntT>::min()) + " to " +
                           std::to_string(std::numeric_limits<IntT>::max()));
}

/// J's field Name as jsonIntegerAs reads it, or Default when J has no such field.
template <typename IntT, typename JsonT>
IntT jsonIntegerFieldAs(const JsonT &J, const char *Name, IntT Default) {
  const JsonT *F = jsonField(J, Name);
  return F ? jsonIntegerAs<IntT>(*F, Name) : Default;
}

/// J's field Name when it is a boolean; nullopt otherwise.
template <typename JsonT> std::optional<bool> jsonBool(const JsonT &J, const char *Name) {
  const JsonT *F = jsonField(J, Name);
  return F && F->is_boolean() ? std::optional<bool>(F->template get<bool>()) : std::nullopt;
}

/// J as text (Indent as nlohmann's dump), invalid UTF-8 replaced by U+FFFD rather than thrown on.
std::string dumpJson(const nlohmann::json &J, int Indent = -1);
std::string dumpJson(const nlohmann::ordered_json &J, int Indent = -1);

} // namespace piiflow

#endif
