//===--- Setup.cpp - What analysing a unit needs under one configuration ---------------------===//
//
// See Setup.h. A .clang-tidy's ModelFiles replace the bundled models (--no-default-models is
// then moot); --models always add to them. Errors in the policy or the extra names are prefixed
// with the .clang-tidy file they come from.
//
//===----------------------------------------------------------------------------------------===//
#include "Setup.h"
#include "UnitCache.h"
#include "piiflow/Policy.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

using namespace piiflow;

namespace {

/// E, its message prefixed with the .clang-tidy file it comes from (if any).
llvm::Error inConfigFile(const CheckConfig &Config, llvm::Error E) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s%s",
                                 Config.File.empty() ? "" : (Config.File + ": ").c_str(),
                                 llvm::toString(std::move(E)).c_str());
}

} // namespace

llvm::Expected<Setup *> SetupCache::get(const CheckConfig &Config, llvm::StringRef Check) {
  const std::map<std::string, std::string> &Values = Config.of(Check).Values;
  auto Key = std::make_pair(Values.empty() ? std::string() : Config.File, Values);
  auto It = ByOptions.find(Key);
  if (It != ByOptions.end())
    return It->second.get();
  auto value = [&](const char *Name, const std::string &FromFlag) -> std::string {
    if (!FromFlag.empty())
      return FromFlag;
    auto V = Values.find(Name);
    return V == Values.end() ? "" : V->second;
  };
  std::vector<std::string> Paths;
  auto Configured = Values.find("ModelFiles");
  if (Configured != Values.end()) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(Configured->second).split(Parts, ';', -1, false);
    for (llvm::StringRef P : Parts)
      Paths.push_back(P.trim().str());
  } else if (!CommandLine.NoDefaultModels) {
    Paths.push_back(ModelCatalog::defaultModelsDirectory());
  }
  Paths.insert(Paths.end(), CommandLine.ModelPaths.begin(), CommandLine.ModelPaths.end());
  auto Models = ModelCatalog::load(Paths);
  if (!Models)
    return Models.takeError();
  auto Allowed = Policy::parse(value("Policy", CommandLine.PolicyText));
  if (!Allowed)
    return inConfigFile(Config, Allowed.takeError());
  auto S = std::make_unique<Setup>();
  auto Classes = Classifier::withVocabulary(value("Vocabulary", CommandLine.VocabularyFiles));
  if (!Classes)
    return inConfigFile(Config, Classes.takeError());
  S->Classes = std::move(*Classes);
  if (llvm::Error E = S->Classes.addExtraNames(value("ExtraNames", CommandLine.ExtraNamesText)))
    return inConfigFile(Config, std::move(E));
  S->Models = std::move(*Models);
  S->Options.HashFunction = value("HashFunction", CommandLine.HashFunction);
  S->Options.HashHeader = value("HashHeader", CommandLine.HashHeader);
  S->Options.Explain = CommandLine.Explain || value("Explain", "") == "true";
  S->Options.Imported = Imported;
  S->Options.Allowed = std::move(*Allowed);
  S->Digest = UnitCache::keyOf({S->Models.fingerprint().str(), S->Options.HashFunction,
                                S->Options.HashHeader, S->Options.Explain ? "explain" : "",
                                value("Policy", CommandLine.PolicyText),
                                value("ExtraNames", CommandLine.ExtraNamesText),
                                S->Classes.vocabulary().Fingerprint,
                                ImportedDigest});
  Setup *Result = S.get();
  ByOptions[Key] = std::move(S);
  return Result;
}
