// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: a subset of
// the constants in the generated header firebase/analytics/event_names.h, which
// the SDK build derives from analytics/ios_headers/FIREventNames.h
// (firebase/firebase-cpp-sdk, tag v13.11.0); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_ANALYTICS_EVENT_NAMES_H_
#define PIIFLOW_STUB_FIREBASE_ANALYTICS_EVENT_NAMES_H_

namespace firebase {
namespace analytics {

static const char* const kEventLogin = "login";
static const char* const kEventPurchase = "purchase";
static const char* const kEventSearch = "search";
static const char* const kEventSelectContent = "select_content";
static const char* const kEventShare = "share";
static const char* const kEventSignUp = "sign_up";

}  // namespace analytics
}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_ANALYTICS_EVENT_NAMES_H_
