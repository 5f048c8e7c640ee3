//===--- JsonInput.cpp - Reading JSON that comes from outside the run -----------------------===//
//
// See JsonInput.h. The nesting check is a linear scan that skips strings, run before nlohmann's
// parser: a file of a hundred thousand '[' is refused in microseconds instead of building a DOM
// (or a SAX handler's path stack) that many levels deep.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/JsonInput.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace piiflow {

using nlohmann::json;

std::pair<unsigned, unsigned> jsonLineAndColumn(llvm::StringRef Text, size_t Offset) {
  Offset = std::min(Offset, Text.size());
  llvm::StringRef Before = Text.take_front(Offset);
  unsigned Line = 1 + Before.count('\n');
  size_t LineStart = Before.rfind('\n');
  unsigned Column = static_cast<unsigned>(LineStart == llvm::StringRef::npos ? Offset + 1
                                                                            : Offset - LineStart);
  return {Line, Column};
}

llvm::Error jsonErrorAt(llvm::StringRef File, llvm::StringRef Text, size_t Offset,
                        const llvm::Twine &Message) {
  auto [Line, Column] = jsonLineAndColumn(Text, Offset);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 (File + ":" + llvm::Twine(Line) + ":" + llvm::Twine(Column) +
                                  ": " + Message)
                                     .str());
}

llvm::Error checkJsonNesting(llvm::StringRef Text, llvm::StringRef File, unsigned MaxDepth) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxDepth)
        return jsonErrorAt(File, Text, I,
                           "invalid JSON: nested more than " + llvm::Twine(MaxDepth) +
                               " levels deep");
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return llvm::Error::success();
}

namespace {

/// Keeps the first syntax error's byte offset and message.
template <typename JsonT> struct ErrorRecordingSax : nlohmann::detail::json_sax_dom_parser<JsonT> {
  explicit ErrorRecordingSax(JsonT &Result)
      : nlohmann::detail::json_sax_dom_parser<JsonT>(Result, false) {}
  bool parse_error(std::size_t Position, const std::string &,
                   const nlohmann::detail::exception &E) {
    Offset = Position;
    Message = E.what();
    return false;
  }
  size_t Offset = 0;
  std::string Message;
};

template <typename JsonT> llvm::Expected<JsonT> parseAs(llvm::StringRef Text, llvm::StringRef File) {
  if (llvm::Error E = checkJsonNesting(Text, File))
    return std::move(E);
  JsonT Root;
  ErrorRecordingSax<JsonT> Sax(Root);
  bool Ok = JsonT::sax_parse(Text.begin(), Text.end(), &Sax, JsonT::input_format_t::json, true);
  if (!Ok) {
    std::string Message = Sax.Message;
    // nlohmann's messages start with "[json.exception.parse_error.101] parse error at line..".
    size_t Colon = Message.find(": ");
    if (Colon != std::string::npos && Message.find("parse error") != std::string::npos)
      Message = Message.substr(Colon + 2);
    return jsonErrorAt(File, Text, Sax.Offset ? Sax.Offset - 1 : 0, "invalid JSON: " + Message);
  }
  return std::move(Root);
}

template <typename JsonT>
llvm::Expected<JsonT> readAs(const std::string &Path, llvm::StringRef What) {
  uint64_t Size = 0;
  if (!llvm::sys::fs::file_size(Path, Size) && Size > MaxJsonBytes)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: %s is larger than 1 GiB", Path.c_str(),
                                   What.str().c_str());
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "%s: cannot read %s: %s", Path.c_str(),
                                   What.str().c_str(), Buffer.getError().message().c_str());
  return parseAs<JsonT>((*Buffer)->getBuffer(), Path);
}

} // namespace

llvm::Expected<json> parseJson(llvm::StringRef Text, llvm::StringRef File) {
  return parseAs<json>(Text, File);
}

llvm::Expected<json> readJsonFile(const std::string &Path, llvm::StringRef What) {
  return readAs<json>(Path, What);
}

llvm::Expected<nlohmann::ordered_json> readOrderedJsonFile(const std::string &Path,
                                                           llvm::StringRef What) {
  return readAs<nlohmann::ordered_json>(Path, What);
}

const json *jsonField(const json &J, const char *Name) {
  if (!J.is_object())
    return nullptr;
  auto It = J.find(Name);
  return It == J.end() ? nullptr : &*It;
}

const json *jsonElement(const json &J, size_t I) {
  if (!J.is_array() || I >= J.size())
    return nullptr;
  return &J[I];
}

std::optional<std::string> jsonString(const json &J, const char *Name) {
  const json *F = jsonField(J, Name);
  if (!F || !F->is_string())
    return std::nullopt;
  return F->get<std::string>();
}

std::optional<int64_t> jsonInteger(const json &J, const char *Name) {
  const json *F = jsonField(J, Name);
  if (!F)
    return std::nullopt;
  if (F->is_number_unsigned()) {
    uint64_t V = F->get<uint64_t>();
    if (V > uint64_t(INT64_MAX))
      return std::nullopt;
    return static_cast<int64_t>(V);
  }
  if (F->is_number_integer())
    return F->get<int64_t>();
  return std::nullopt;
}

std::optional<bool> jsonBool(const json &J, const char *Name) {
  const json *F = jsonField(J, Name);
  if (!F || !F->is_boolean())
    return std::nullopt;
  return F->get<bool>();
}

std::string dumpJson(const json &J, int Indent) {
  return J.dump(Indent, ' ', false, json::error_handler_t::replace);
}

std::string dumpJson(const nlohmann::ordered_json &J, int Indent) {
  return J.dump(Indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace piiflow
