// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: a subset of
// the constants in the generated header firebase/analytics/parameter_names.h,
// which the SDK build derives from analytics/ios_headers/FIRParameterNames.h
// (firebase/firebase-cpp-sdk, tag v13.11.0); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_ANALYTICS_PARAMETER_NAMES_H_
#define PIIFLOW_STUB_FIREBASE_ANALYTICS_PARAMETER_NAMES_H_

namespace firebase {
namespace analytics {

static const char* const kParameterContentType = "content_type";
static const char* const kParameterCurrency = "currency";
static const char* const kParameterDestination = "destination";
static const char* const kParameterItemID = "item_id";
static const char* const kParameterItemName = "item_name";
static const char* const kParameterLocation = "location";
static const char* const kParameterMethod = "method";
static const char* const kParameterOrigin = "origin";
static const char* const kParameterSearchTerm = "search_term";
static const char* const kParameterValue = "value";

}  // namespace analytics
}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_ANALYTICS_PARAMETER_NAMES_H_
