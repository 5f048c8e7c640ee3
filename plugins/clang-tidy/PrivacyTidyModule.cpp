//===--- PrivacyTidyModule.cpp - The clang-tidy module `privacy` ------------------------------===//
//
// Registers the privacy-* checks with clang-tidy when this plugin is loaded with --load.
//
//===----------------------------------------------------------------------------------------===//
#include "PiiToAnalyticsCheck.h"
#include "WeakPseudonymizationCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::privacy {

class PrivacyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<PiiToAnalyticsCheck>(piiflow::CheckName);
    CheckFactories.registerCheck<WeakPseudonymizationCheck>(
        piiflow::WeakPseudonymizationCheckName);
  }
};

} // namespace clang::tidy::privacy

static clang::tidy::ClangTidyModuleRegistry::Add<clang::tidy::privacy::PrivacyModule>
    X("privacy-module", "Checks for personal data sent to analytics and telemetry SDKs.");
