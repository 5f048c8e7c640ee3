//===--- PrivacyCheckBase.h - What the privacy-* checks share -------------------------------===//
//
// The options every privacy-* check reads (ModelFiles, HashFunction, HashHeader, SummaryFiles,
// Policy, ExtraNames, Explain; local or global), loading the models once, running the piiflow core
// over a translation unit (one analysis for the checks whose options are the same), and turning
// its findings into warnings, notes and fix-its. Each check reports the findings that carry its
// name.
// An adapter over include/piiflow/Analysis.h: no analysis logic lives here.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_PLUGINS_CLANG_TIDY_PRIVACYCHECKBASE_H
#define PIIFLOW_PLUGINS_CLANG_TIDY_PRIVACYCHECKBASE_H

#include "clang-tidy/ClangTidyCheck.h"
#include "piiflow/Analysis.h"
#include "piiflow/Classifier.h"
#include "piiflow/Models.h"
#include "piiflow/Policy.h"
#include "piiflow/Summaries.h"
#include <optional>

namespace clang::tidy::privacy {

struct SharedAnalysis;

class PrivacyCheckBase : public ClangTidyCheck {
public:
  PrivacyCheckBase(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  /// C, C++ and Objective-C alike: C code sends data to sentry-native and other C APIs.
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override { return true; }

private:
  void emit(const piiflow::Finding &F);
  /// Loads the models, policy, extra names and summaries once; false (and said) if they fail.
  bool loadConfiguration();
  /// The analysis of the unit under this check's options.
  std::optional<SharedAnalysis> analyse(ASTContext &Context);
  /// The options that decide what the analysis yields: equal keys, equal findings.
  std::string optionsKey() const;

  const std::string OwnName;
  const std::string ModelFiles;
  const std::string HashFunction;
  const std::string HashHeader;
  const std::string SummaryFiles;
  const std::string PolicyText;
  const std::string ExtraNames;
  const std::string VocabularyFiles;
  /// Explain: also remark where personal data reaches calls whose targets are unknown.
  const bool Explain;
  std::optional<piiflow::ModelCatalog> Models;
  std::optional<piiflow::Policy> Allowed;
  std::optional<piiflow::SummaryStore> Summaries;
  piiflow::Classifier Classes;
  bool ReportedModelError = false;
};

} // namespace clang::tidy::privacy

#endif
