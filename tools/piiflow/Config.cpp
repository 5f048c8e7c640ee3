//===--- Config.cpp - Reading privacy-* CheckOptions from .clang-tidy files ------------------===//
//
// .clang-tidy is YAML; CheckOptions is either a list of {key, value} or a map. Parsed with LLVM's
// YAML parser so that errors carry the file's line.
//
//===----------------------------------------------------------------------------------------===//
#include "Config.h"
#include "piiflow/CheckOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace piiflow {

namespace {

std::string scalarText(llvm::yaml::Node *N) {
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N)) {
    llvm::SmallString<64> Storage;
    return S->getValue(Storage).str();
  }
  return "";
}

} // namespace

llvm::Expected<CheckConfig> loadCheckConfig(llvm::StringRef SourceFile) {
  CheckConfig Config;
  llvm::SmallString<256> Dir(SourceFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  std::string Found;
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, ".clang-tidy");
    if (llvm::sys::fs::is_regular_file(Candidate)) {
      Found = std::string(Candidate);
      break;
    }
  }
  if (Found.empty())
    return Config;
  auto Buffer = llvm::MemoryBuffer::getFile(Found);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "%s: cannot read: %s", Found.c_str(),
                                   Buffer.getError().message().c_str());
  return parseCheckConfig((*Buffer)->getBuffer(), Found);
}

llvm::Expected<CheckConfig> parseCheckConfig(llvm::StringRef Text, const std::string &Found) {
  CheckConfig Config;
  Config.File = Found;
  llvm::SourceMgr SM;
  std::string Diagnostics;
  llvm::raw_string_ostream DiagStream(Diagnostics);
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Context) {
        D.print(nullptr, *static_cast<llvm::raw_string_ostream *>(Context), false);
      },
      &DiagStream);
  llvm::yaml::Stream Stream(llvm::MemoryBufferRef(Text, Found), SM);
  // A node of a document that did not parse may point outside the buffer: line 1 then.
  auto lineOf = [&](llvm::yaml::Node *N) -> unsigned {
    llvm::SMLoc Start = N ? N->getSourceRange().Start : llvm::SMLoc();
    if (!Start.isValid() || !SM.FindBufferContainingLoc(Start))
      return 1;
    return SM.getLineAndColumn(Start).first;
  };
  auto fail = [&](llvm::yaml::Node *N, const std::string &Message) {
    // The YAML's own syntax error, when there is one, is the error to report.
    if (!Diagnostics.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                     llvm::StringRef(Diagnostics).trim().str().c_str());
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s:%u: %s", Found.c_str(),
                                   lineOf(N), Message.c_str());
  };
  auto addOption = [&](llvm::yaml::Node *KeyNode, llvm::yaml::Node *ValueNode) -> llvm::Error {
    std::string Key = scalarText(KeyNode);
    llvm::StringRef K = Key;
    for (llvm::StringRef Check : {"privacy-pii-to-analytics.", "privacy-weak-pseudonymization."}) {
      if (!K.starts_with(Check))
        continue;
      llvm::StringRef Name = K.drop_front(Check.size());
      if (!isKnownCheckOption(Name))
        return fail(KeyNode, unknownCheckOptionMessage(Key));
      Config.Values[Name.str()] = scalarText(ValueNode);
    }
    return llvm::Error::success();
  };
  for (llvm::yaml::Document &Doc : Stream) {
    auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc.getRoot());
    if (!Root)
      continue;
    for (llvm::yaml::KeyValueNode &KV : *Root) {
      if (scalarText(KV.getKey()) != "CheckOptions")
        continue;
      llvm::yaml::Node *Options = KV.getValue();
      if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Options)) {
        for (llvm::yaml::KeyValueNode &Option : *Map)
          if (llvm::Error E = addOption(Option.getKey(), Option.getValue()))
            return std::move(E);
      } else if (auto *List = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Options)) {
        for (llvm::yaml::Node &Item : *List) {
          auto *Entry = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
          if (!Entry)
            return fail(&Item, "a CheckOptions entry must be {key: ..., value: ...}");
          llvm::yaml::Node *KeyNode = nullptr, *ValueNode = nullptr;
          for (llvm::yaml::KeyValueNode &Field : *Entry) {
            std::string Name = scalarText(Field.getKey());
            if (Name == "key")
              KeyNode = Field.getValue();
            else if (Name == "value")
              ValueNode = Field.getValue();
          }
          if (!KeyNode)
            return fail(&Item, "a CheckOptions entry needs a key");
          if (llvm::Error E = addOption(KeyNode, ValueNode))
            return std::move(E);
        }
      }
    }
  }
  if (!Diagnostics.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                   llvm::StringRef(Diagnostics).trim().str().c_str());
  return Config;
}

} // namespace piiflow
