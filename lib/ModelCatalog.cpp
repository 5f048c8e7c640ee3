//===--- ModelCatalog.cpp - The loaded models, indexed for the analysis -----------------------===//
//
// Loads model files (a file, or a directory's *.json in name order, through ModelCatalog::parse in
// Models.cpp) into one catalog with a digest of what it read, and indexes every family by the
// name the analysis looks it up by: sinks, bags, propagators, sources, macro sinks, and the
// vendors' endpoint hosts that requests' URLs are matched against.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Models.h"
#include "piiflow/InstallLayout.h"
#include "piiflow/JsonInput.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace piiflow {

llvm::StringRef argRoleId(ArgRole Role) {
  switch (Role) {
  case ArgRole::EventName: return "event-name";
  case ArgRole::Properties: return "properties";
  case ArgRole::PropertyValue: return "property-value";
  case ArgRole::UserIdentity: return "user-identity";
  case ArgRole::UserTraits: return "user-traits";
  case ArgRole::FreeText: return "free-text";
  case ArgRole::AttributeValue: return "attribute-value";
  case ArgRole::AttachmentPath: return "attachment-path";
  case ArgRole::Request: return "request";
  }
  return "unknown";
}

llvm::StringRef argRolePhrase(ArgRole Role) {
  switch (Role) {
  case ArgRole::EventName: return "event name";
  case ArgRole::Properties: return "event property";
  case ArgRole::PropertyValue: return "event property";
  case ArgRole::UserIdentity: return "user identity";
  case ArgRole::UserTraits: return "user trait";
  case ArgRole::FreeText: return "free text";
  case ArgRole::AttributeValue: return "attribute";
  case ArgRole::AttachmentPath: return "attachment";
  case ArgRole::Request: return "HTTP request";
  }
  return "argument";
}

std::optional<ArgRole> parseArgRole(llvm::StringRef Id) {
  for (ArgRole R : {ArgRole::EventName, ArgRole::Properties, ArgRole::PropertyValue,
                    ArgRole::UserIdentity, ArgRole::UserTraits, ArgRole::FreeText,
                    ArgRole::AttributeValue, ArgRole::AttachmentPath, ArgRole::Request})
    if (argRoleId(R) == Id)
      return R;
  return std::nullopt;
}

std::string ModelCatalog::defaultModelsDirectory() { return installedModelsDirectory(); }

llvm::Expected<ModelCatalog> ModelCatalog::load(llvm::ArrayRef<std::string> Paths) {
  ModelCatalog Catalog;
  std::vector<std::string> Files;
  for (const std::string &Path : Paths) {
    if (llvm::sys::fs::is_directory(Path)) {
      std::vector<std::string> InDir;
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
           It.increment(EC)) {
        llvm::StringRef Name = llvm::sys::path::filename(It->path());
        if (Name.ends_with(".json") && Name != "schema.json")
          InDir.push_back(It->path());
      }
      if (EC)
        return llvm::createStringError(EC, "%s: cannot list model directory: %s", Path.c_str(),
                                       EC.message().c_str());
      llvm::sort(InDir);
      Files.insert(Files.end(), InDir.begin(), InDir.end());
    } else {
      Files.push_back(Path);
    }
  }
  llvm::BLAKE3 Digest;
  for (const std::string &File : Files) {
    auto Buffer = readBoundedFile(File, "model file");
    if (!Buffer)
      return Buffer.takeError();
    std::string Named = llvm::sys::path::filename(File).str() + '\0' +
                        std::to_string((*Buffer)->getBufferSize()) + '\0';
    Digest.update(Named);
    Digest.update((*Buffer)->getBuffer());
    auto Model = parse((*Buffer)->getBuffer(), File);
    if (!Model)
      return Model.takeError();
    Catalog.add(std::move(*Model));
  }
  Catalog.Fingerprint = llvm::toHex(Digest.final<16>(), /*LowerCase=*/true);
  return Catalog;
}

static llvm::StringRef lastComponent(llvm::StringRef QualifiedName) {
  size_t Pos = QualifiedName.rfind("::");
  return Pos == llvm::StringRef::npos ? QualifiedName : QualifiedName.substr(Pos + 2);
}

void ModelCatalog::add(SdkModel Model) {
  Sdks.push_back(std::make_unique<SdkModel>(std::move(Model)));
  const SdkModel &M = *Sdks.back();
  for (const SinkModel &S : M.Sinks) {
    SinksByName[S.Function].push_back(SinkRef{&M, &S});
    SinkNames[lastComponent(S.Function)] = 1;
  }
  for (const BagInserterModel &B : M.BagInserters) {
    BagInsertersByName.try_emplace(B.Function, &B);
  }
  for (const BagTypeModel &B : M.BagTypes)
    BagTypesByName.try_emplace(B.Type, &B);
  for (const EntryConstructorModel &C : M.EntryConstructors)
    EntryConstructorsByName.try_emplace(C.Type, &C);
  for (const BagBuilderModel &B : M.BagBuilders)
    BagBuildersByName.try_emplace(B.Function, &B);
  for (const SanitizerModel &S : M.Sanitizers)
    SanitizersByName.try_emplace(S.Function, &S);
  for (const PropagatorModel &P : M.Propagators)
    PropagatorsByName.try_emplace(P.Function, &P);
  for (const SourceModel &S : M.Sources)
    SourcesByName[S.Function].push_back(&S);
  for (const MacroSinkModel &S : M.MacroSinks)
    MacroSinksByName.try_emplace(S.Macro, &M, &S);
  for (VendorEndpoint &E : Sdks.back()->Endpoints) {
    E.Sdk = &M;
    Endpoints.push_back(&E);
  }
}

const MacroSinkModel *ModelCatalog::macroSinkNamed(llvm::StringRef Macro,
                                                   const SdkModel *&Sdk) const {
  auto It = MacroSinksByName.find(Macro);
  if (It == MacroSinksByName.end())
    return nullptr;
  Sdk = It->second.first;
  return It->second.second;
}

const VendorEndpoint *ModelCatalog::endpointNamed(llvm::StringRef Host) const {
  for (const VendorEndpoint *E : Endpoints)
    if (E->Host == Host)
      return E;
  return nullptr;
}

/// Host names end where a character that cannot be part of one is: "api.mixpanel.com" is named
/// by "https://api.mixpanel.com/track" and "eu.api.mixpanel.com", not by "api.mixpanel.com.x.io"
/// or "myapi.mixpanel.com".
void ModelCatalog::endpointsIn(llvm::StringRef Text,
                               llvm::SmallVectorImpl<const VendorEndpoint *> &Out) const {
  if (Endpoints.empty() || !Text.contains('.'))
    return;
  auto hostChar = [](char C) { return llvm::isAlnum(C) || C == '-' || C == '_'; };
  std::string Lower = Text.lower();
  llvm::StringRef L(Lower);
  for (const VendorEndpoint *E : Endpoints) {
    for (size_t At = L.find(E->Host); At != llvm::StringRef::npos;
         At = L.find(E->Host, At + 1)) {
      size_t End = At + E->Host.size();
      bool StartsHost = At == 0 || !hostChar(L[At - 1]);
      bool EndsHost = End == L.size() || (!hostChar(L[End]) && L[End] != '.');
      if (StartsHost && EndsHost) {
        if (!llvm::is_contained(Out, E))
          Out.push_back(E);
        break;
      }
    }
  }
}

llvm::ArrayRef<ModelCatalog::SinkRef>
ModelCatalog::sinksNamed(llvm::StringRef QualifiedName) const {
  auto It = SinksByName.find(QualifiedName);
  if (It == SinksByName.end())
    return {};
  return It->second;
}

template <typename T>
static const T *lookup(const llvm::StringMap<const T *> &Map, llvm::StringRef Name) {
  auto It = Map.find(Name);
  return It == Map.end() ? nullptr : It->second;
}

const BagInserterModel *ModelCatalog::bagInserterNamed(llvm::StringRef Name) const {
  return lookup(BagInsertersByName, Name);
}
const BagTypeModel *ModelCatalog::bagTypeNamed(llvm::StringRef Name) const {
  return lookup(BagTypesByName, Name);
}
const EntryConstructorModel *ModelCatalog::entryConstructorNamed(llvm::StringRef Name) const {
  return lookup(EntryConstructorsByName, Name);
}
const BagBuilderModel *ModelCatalog::bagBuilderNamed(llvm::StringRef Name) const {
  return lookup(BagBuildersByName, Name);
}
const SanitizerModel *ModelCatalog::sanitizerNamed(llvm::StringRef Name) const {
  return lookup(SanitizersByName, Name);
}
const PropagatorModel *ModelCatalog::propagatorNamed(llvm::StringRef Name) const {
  return lookup(PropagatorsByName, Name);
}
const VendorFilledValue *ModelCatalog::vendorFilled(llvm::StringRef Literal) const {
  for (const auto &Sdk : Sdks)
    for (const VendorFilledValue &V : Sdk->VendorFilled)
      if (V.Literal == Literal)
        return &V;
  return nullptr;
}
llvm::ArrayRef<const SourceModel *> ModelCatalog::sourcesNamed(llvm::StringRef Name) const {
  auto It = SourcesByName.find(Name);
  if (It == SourcesByName.end())
    return {};
  return It->second;
}

} // namespace piiflow

bool piiflow::ArgCondition::holds(llvm::StringRef Text) const {
  if (llvm::is_contained(Equals, Text))
    return true;
  for (const llvm::GlobPattern &Glob : Globs)
    if (Glob.match(Text))
      return true;
  return false;
}
