// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: a subset of
// the constants in the generated header
// firebase/analytics/user_property_names.h, which the SDK build derives from
// analytics/ios_headers/FIRUserPropertyNames.h (firebase/firebase-cpp-sdk, tag
// v13.11.0); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_ANALYTICS_USER_PROPERTY_NAMES_H_
#define PIIFLOW_STUB_FIREBASE_ANALYTICS_USER_PROPERTY_NAMES_H_

namespace firebase {
namespace analytics {

static const char* const kUserPropertyAllowAdPersonalizationSignals =
    "allow_personalized_ads";
static const char* const kUserPropertySignUpMethod = "sign_up_method";

}  // namespace analytics
}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_ANALYTICS_USER_PROPERTY_NAMES_H_
