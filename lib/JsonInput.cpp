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

/// Line and column (1-based) of a byte offset of Text.
static std::pair<unsigned, unsigned> lineAndColumn(llvm::StringRef Text, size_t Offset) {
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
  auto [Line, Column] = lineAndColumn(Text, Offset);
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
    return E;
  JsonT Root;
  ErrorRecordingSax<JsonT> Sax(Root);
  bool Ok = JsonT::sax_parse(Text.begin(), Text.end(), &Sax, JsonT::input_format_t::json, true);
  if (!Ok)
    return jsonErrorAt(File, Text, Sax.Offset ? Sax.Offset - 1 : 0,
                       "invalid JSON: " + jsonExceptionMessage(Sax.Message));
  return Root;
}

template <typename JsonT>
llvm::Expected<JsonT> readAs(const std::string &Path, llvm::StringRef What) {
  auto Buffer = readBoundedFile(Path, What);
  if (!Buffer)
    return Buffer.takeError();
  return parseAs<JsonT>((*Buffer)->getBuffer(), Path);
}

} // namespace

std::string jsonExceptionMessage(llvm::StringRef What) {
  if (What.starts_with("[json.exception.")) {
    size_t Tag = What.find("] ");
    if (Tag != llvm::StringRef::npos)
      What = What.drop_front(Tag + 2);
  }
  if (What.starts_with("parse error")) {
    size_t Colon = What.find(": ");
    if (Colon != llvm::StringRef::npos)
      What = What.drop_front(Colon + 2);
  }
  return What.str();
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> readBoundedFile(const std::string &Path,
                                                                    llvm::StringRef What) {
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
  return std::move(*Buffer);
}

llvm::Expected<json> readJsonFile(const std::string &Path, llvm::StringRef What) {
  return readAs<json>(Path, What);
}

llvm::Expected<nlohmann::ordered_json> readOrderedJsonFile(const std::string &Path,
                                                           llvm::StringRef What) {
  return readAs<nlohmann::ordered_json>(Path, What);
}

std::string dumpJson(const json &J, int Indent) {
  return J.dump(Indent, ' ', false, json::error_handler_t::replace);
}

std::string dumpJson(const nlohmann::ordered_json &J, int Indent) {
  return J.dump(Indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace piiflow
