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
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace piiflow {

/// Bounds on outside JSON: deeper nesting or a larger file is refused before it is parsed.
constexpr unsigned MaxJsonDepth = 256;
constexpr uint64_t MaxJsonBytes = uint64_t(1) << 30; // 1 GiB

/// Line and column (1-based) of a byte offset of Text.
std::pair<unsigned, unsigned> jsonLineAndColumn(llvm::StringRef Text, size_t Offset);

/// An error "File:line:column: Message" at byte Offset of Text.
llvm::Error jsonErrorAt(llvm::StringRef File, llvm::StringRef Text, size_t Offset,
                        const llvm::Twine &Message);

/// Fails, naming the place, when Text nests arrays and objects deeper than MaxDepth.
llvm::Error checkJsonNesting(llvm::StringRef Text, llvm::StringRef File,
                             unsigned MaxDepth = MaxJsonDepth);

/// Text parsed as JSON within the bounds; a syntax error names File, line and column.
llvm::Expected<nlohmann::json> parseJson(llvm::StringRef Text, llvm::StringRef File);

/// The file at Path read and parsed; What ("baseline", "summaries file") names it in errors.
llvm::Expected<nlohmann::json> readJsonFile(const std::string &Path, llvm::StringRef What);
/// The same, keeping the objects' key order (for files that are rewritten, as merge does).
llvm::Expected<nlohmann::ordered_json> readOrderedJsonFile(const std::string &Path,
                                                           llvm::StringRef What);

/// J's field Name, or null when J is not an object or has no such field.
const nlohmann::json *jsonField(const nlohmann::json &J, const char *Name);
/// J's element I, or null when J is not an array or is shorter.
const nlohmann::json *jsonElement(const nlohmann::json &J, size_t I);
/// J's field Name when it is a string / a number that fits T / a boolean; nullopt otherwise.
std::optional<std::string> jsonString(const nlohmann::json &J, const char *Name);
std::optional<int64_t> jsonInteger(const nlohmann::json &J, const char *Name);
std::optional<bool> jsonBool(const nlohmann::json &J, const char *Name);

/// J as text (Indent as nlohmann's dump), invalid UTF-8 replaced by U+FFFD rather than thrown on.
std::string dumpJson(const nlohmann::json &J, int Indent = -1);
std::string dumpJson(const nlohmann::ordered_json &J, int Indent = -1);

} // namespace piiflow

#endif
