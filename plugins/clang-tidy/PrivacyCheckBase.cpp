//===--- PrivacyCheckBase.cpp - What the privacy-* checks share -----------------------------===//
//
// Loads the models named by the ModelFiles option (the installed share/piiflow/models by default)
// and the summaries files, runs the core analyzer once per translation unit, and turns each
// Finding that carries this check's name into a warning, a note per trace step and its fix-its.
// The options are read with getLocalOrGlobal: `privacy-pii-to-analytics.HashFunction`, else a
// global `HashFunction` that both checks share. Checks whose options are the same share one
// analysis of the unit: the first to match runs it, the others take its findings.
//
//===----------------------------------------------------------------------------------------===//
#include "PrivacyCheckBase.h"
#include "piiflow/CheckOptions.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::privacy {

PrivacyCheckBase::PrivacyCheckBase(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), OwnName(Name.str()),
      ModelFiles(Options.getLocalOrGlobal("ModelFiles",
                                          piiflow::ModelCatalog::defaultModelsDirectory())),
      HashFunction(Options.getLocalOrGlobal("HashFunction", "")),
      HashHeader(Options.getLocalOrGlobal("HashHeader", "")),
      SummaryFiles(Options.getLocalOrGlobal("SummaryFiles", "")),
      PolicyText(Options.getLocalOrGlobal("Policy", "")),
      ExtraNames(Options.getLocalOrGlobal("ExtraNames", "")),
      VocabularyFiles(Options.getLocalOrGlobal("Vocabulary", "")),
      Explain(Options.getLocalOrGlobal("Explain", "false") == "true") {
  // clang-tidy accepts any option silently; a misspelt privacy option would be lost.
  std::string Prefix = OwnName + ".";
  for (const auto &Option : Context->getOptions().CheckOptions) {
    StringRef Key = Option.getKey();
    if (!Key.starts_with(Prefix))
      continue;
    if (!piiflow::isKnownCheckOption(Key.drop_front(Prefix.size())))
      configurationDiag("%0", DiagnosticIDs::Error) << piiflow::unknownCheckOptionMessage(Key);
  }
}

void PrivacyCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "HashFunction", HashFunction);
  Options.store(Opts, "HashHeader", HashHeader);
  Options.store(Opts, "Explain", Explain ? "true" : "false");
  Options.store(Opts, "SummaryFiles", SummaryFiles);
  Options.store(Opts, "Policy", PolicyText);
  Options.store(Opts, "ExtraNames", ExtraNames);
  Options.store(Opts, "Vocabulary", VocabularyFiles);
}

/// The analysis of the current unit under one set of options, shared by the checks that have
/// them. clang-tidy (and clangd) build one unit at a time per thread; each unit starts empty.
struct SharedAnalysis {
  std::string OptionsKey;
  std::vector<piiflow::Finding> Findings;
  std::vector<piiflow::AnalysisNotice> Notices;
};
static thread_local std::vector<SharedAnalysis> UnitAnalyses;

void PrivacyCheckBase::onStartOfTranslationUnit() { UnitAnalyses.clear(); }

std::string PrivacyCheckBase::optionsKey() const {
  std::string Key;
  for (const std::string *Value :
       {&ModelFiles, &HashFunction, &HashHeader, &SummaryFiles, &PolicyText, &ExtraNames,
        &VocabularyFiles})
    Key += *Value + '\0';
  return Key + (Explain ? "1" : "0");
}

static std::vector<std::string> splitList(StringRef List) {
  llvm::SmallVector<StringRef, 4> Parts;
  List.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (StringRef P : Parts)
    Out.push_back(P.trim().str());
  return Out;
}

void PrivacyCheckBase::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void PrivacyCheckBase::check(const MatchFinder::MatchResult &Result) {
  std::string Key = optionsKey();
  auto Shared = llvm::find_if(UnitAnalyses,
                              [&](const SharedAnalysis &A) { return A.OptionsKey == Key; });
  if (Shared == UnitAnalyses.end()) {
    std::optional<SharedAnalysis> Ran = analyse(*Result.Context);
    if (!Ran)
      return;
    Ran->OptionsKey = std::move(Key);
    Shared = UnitAnalyses.insert(UnitAnalyses.end(), std::move(*Ran));
  }
  for (const piiflow::Finding &F : Shared->Findings)
    if (OwnName == F.Check && !F.Allowed)
      emit(F);
  // A function whose analysis stopped at its budget is said so, never dropped in silence.
  if (OwnName == piiflow::CheckName)
    for (const piiflow::AnalysisNotice &N : Shared->Notices)
      diag(N.Loc, "%0", DiagnosticIDs::Remark) << N.Message;
}

bool PrivacyCheckBase::loadConfiguration() {
  if (!Models) {
    if (ReportedModelError)
      return false;
    auto Loaded = piiflow::ModelCatalog::load(splitList(ModelFiles));
    if (!Loaded) {
      configurationDiag("cannot load piiflow models: %0", DiagnosticIDs::Error)
          << llvm::toString(Loaded.takeError());
      ReportedModelError = true;
      return false;
    }
    Models.emplace(std::move(*Loaded));
    auto ParsedPolicy = piiflow::Policy::parse(PolicyText);
    if (!ParsedPolicy) {
      configurationDiag("invalid piiflow policy: %0", DiagnosticIDs::Error)
          << llvm::toString(ParsedPolicy.takeError());
      ReportedModelError = true;
      Models.reset();
      return false;
    }
    Allowed.emplace(std::move(*ParsedPolicy));
    auto Read = piiflow::Classifier::withVocabulary(VocabularyFiles);
    if (!Read) {
      configurationDiag("cannot load piiflow vocabulary: %0", DiagnosticIDs::Error)
          << llvm::toString(Read.takeError());
      ReportedModelError = true;
      Models.reset();
      return false;
    }
    Classes = std::move(*Read);
    if (llvm::Error E = Classes.addExtraNames(ExtraNames)) {
      configurationDiag("invalid piiflow ExtraNames: %0", DiagnosticIDs::Error)
          << llvm::toString(std::move(E));
      ReportedModelError = true;
      Models.reset();
      return false;
    }
    if (!SummaryFiles.empty()) {
      auto LoadedSummaries = piiflow::SummaryStore::load(splitList(SummaryFiles));
      if (!LoadedSummaries) {
        configurationDiag("cannot load piiflow summaries: %0", DiagnosticIDs::Error)
            << llvm::toString(LoadedSummaries.takeError());
        ReportedModelError = true;
        Models.reset();
        return false;
      }
      Summaries.emplace(std::move(*LoadedSummaries));
    }
  }
  return true;
}

std::optional<SharedAnalysis> PrivacyCheckBase::analyse(ASTContext &Context) {
  if (!loadConfiguration())
    return std::nullopt;
  piiflow::AnalysisOptions Settings;
  Settings.HashFunction = HashFunction;
  Settings.HashHeader = HashHeader;
  Settings.Explain = Explain;
  Settings.Imported = Summaries ? &*Summaries : nullptr;
  Settings.Allowed = Allowed ? *Allowed : piiflow::Policy();
  piiflow::Analyzer Analyzer(*Models, Classes, std::move(Settings));
  SharedAnalysis Result;
  piiflow::Analyzer::traceAnalysis(Context, OwnName);
  Result.Findings = Analyzer.analyzeTranslationUnit(Context);
  Result.Notices = Analyzer.notices();
  return Result;
}

static void addEdits(const DiagnosticBuilder &Diag, const piiflow::Fix &Fix) {
  for (const piiflow::FixEdit &Edit : Fix.Edits) {
    if (Edit.Range.getBegin() == Edit.Range.getEnd())
      Diag << FixItHint::CreateInsertion(Edit.Range.getBegin(), Edit.Replacement);
    else if (Edit.Replacement.empty())
      Diag << FixItHint::CreateRemoval(Edit.Range);
    else
      Diag << FixItHint::CreateReplacement(Edit.Range, Edit.Replacement);
  }
}

void PrivacyCheckBase::emit(const piiflow::Finding &F) {
  {
    DiagnosticBuilder Warning = diag(F.Loc, "%0");
    Warning << F.Message << F.Range;
    if (F.PrimaryFix)
      addEdits(Warning, *F.PrimaryFix);
  }
  for (const piiflow::TraceStep &Step : F.Trace)
    diag(Step.Loc, "%0", DiagnosticIDs::Note) << Step.Message;
  if (F.AlternativeFix)
    addEdits(diag(F.AlternativeFix->Edits.front().Range.getBegin(), "%0", DiagnosticIDs::Note)
                 << ("or " + F.AlternativeFix->Description),
             *F.AlternativeFix);
}

} // namespace clang::tidy::privacy
