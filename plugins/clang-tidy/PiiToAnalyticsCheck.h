//===--- PiiToAnalyticsCheck.h - clang-tidy check privacy-pii-to-analytics -------------------===//
//
// Warns where personal data reaches an analytics, telemetry or crash-reporting SDK, with a note per
// hop of its path and fix-its that drop the property or hash the value.
//
// For the user-facing documentation of this check, see:
// docs/checks/privacy-pii-to-analytics.md
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_PLUGINS_CLANG_TIDY_PIITOANALYTICSCHECK_H
#define PIIFLOW_PLUGINS_CLANG_TIDY_PIITOANALYTICSCHECK_H

#include "PrivacyCheckBase.h"

namespace clang::tidy::privacy {

class PiiToAnalyticsCheck : public PrivacyCheckBase {
public:
  using PrivacyCheckBase::PrivacyCheckBase;
};

} // namespace clang::tidy::privacy

#endif
