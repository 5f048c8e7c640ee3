//===--- PiiToAnalyticsCheck.h - clang-tidy check privacy-pii-to-analytics -------------------===//
//
// Warns where personal data reaches an analytics, telemetry or crash-reporting SDK, with a note per
// hop of its path and fix-its that drop the property or hash the value. An adapter over the
// piiflow core (include/piiflow/Analysis.h): no analysis logic lives here.
//
// For the user-facing documentation of this check, see:
// docs/checks/privacy-pii-to-analytics.md
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_PLUGINS_CLANG_TIDY_PIITOANALYTICSCHECK_H
#define PIIFLOW_PLUGINS_CLANG_TIDY_PIITOANALYTICSCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "piiflow/Analysis.h"
#include "piiflow/Classifier.h"
#include "piiflow/Models.h"
#include "piiflow/Summaries.h"
#include <optional>

namespace clang::tidy::privacy {

class PiiToAnalyticsCheck : public ClangTidyCheck {
public:
  PiiToAnalyticsCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void emit(const piiflow::Finding &F);

  const std::string ModelFiles;
  const std::string HashFunction;
  const std::string HashHeader;
  const std::string SummaryFiles;
  std::optional<piiflow::ModelCatalog> Models;
  std::optional<piiflow::SummaryStore> Summaries;
  piiflow::Classifier Classes;
  bool ReportedModelError = false;
};

} // namespace clang::tidy::privacy

#endif
