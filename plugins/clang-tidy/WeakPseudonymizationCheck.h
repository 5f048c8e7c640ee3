//===--- WeakPseudonymizationCheck.h - clang-tidy check privacy-weak-pseudonymization --------===//
//
// Warns where an email address, phone number or name reaches an analytics, telemetry or
// crash-reporting SDK hashed without a key (SHA-256, MD5, std::hash): a pseudonym that a
// dictionary of the same data reverses. Lower severity than privacy-pii-to-analytics.
//
// For the user-facing documentation of this check, see:
// docs/checks/privacy-weak-pseudonymization.md
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_PLUGINS_CLANG_TIDY_WEAKPSEUDONYMIZATIONCHECK_H
#define PIIFLOW_PLUGINS_CLANG_TIDY_WEAKPSEUDONYMIZATIONCHECK_H

#include "PrivacyCheckBase.h"

namespace clang::tidy::privacy {

class WeakPseudonymizationCheck : public PrivacyCheckBase {
public:
  using PrivacyCheckBase::PrivacyCheckBase;
};

} // namespace clang::tidy::privacy

#endif
