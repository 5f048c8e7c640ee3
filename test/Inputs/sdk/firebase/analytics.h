// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: declarations
// written from the real header analytics/src/include/firebase/analytics.h
// (firebase/firebase-cpp-sdk, tag v13.11.0, checked at c28b2519); shapes only,
// not the SDK's code.
#ifndef PIIFLOW_STUB_FIREBASE_ANALYTICS_H_
#define PIIFLOW_STUB_FIREBASE_ANALYTICS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "firebase/app.h"
#include "firebase/future.h"
#include "firebase/log.h"
#include "firebase/variant.h"

namespace firebase {
namespace analytics {

// Event parameter: a (name, value) pair.  The constructors store the name
// pointer and convert the value into `value`.
struct Parameter {
  Parameter() : name(nullptr) {}
  Parameter(const char* parameter_name, Variant parameter_value)
      : name(parameter_name), value(parameter_value) {}
  Parameter(const char* parameter_name, int parameter_value)
      : name(parameter_name), value(parameter_value) {}
  Parameter(const char* parameter_name, int64_t parameter_value)
      : name(parameter_name), value(parameter_value) {}
  Parameter(const char* parameter_name, double parameter_value)
      : name(parameter_name), value(parameter_value) {}
  Parameter(const char* parameter_name, const char* parameter_value)
      : name(parameter_name), value(parameter_value) {}

  const char* name;
  Variant value;
};

void Initialize(const App& app);
void Terminate();
void SetAnalyticsCollectionEnabled(bool enabled);

enum ConsentType {
  kConsentTypeAdStorage = 0,
  kConsentTypeAnalyticsStorage,
  kConsentTypeAdUserData,
  kConsentTypeAdPersonalization
};
enum ConsentStatus { kConsentStatusGranted = 0, kConsentStatusDenied };
void SetConsent(const std::map<ConsentType, ConsentStatus>& consent_settings);

// Single-parameter overloads: (event name, parameter name, parameter value).
void LogEvent(const char* name, const char* parameter_name,
              const char* parameter_value);
void LogEvent(const char* name, const char* parameter_name,
              const double parameter_value);
void LogEvent(const char* name, const char* parameter_name,
              const int64_t parameter_value);
void LogEvent(const char* name, const char* parameter_name,
              const int parameter_value);
void LogEvent(const char* name);
// Multi-parameter overloads.
void LogEvent(const char* name, const Parameter* parameters,
              size_t number_of_parameters);
void LogEvent(const char* name, const std::vector<Parameter>& parameters);

Future<void> LogAppleTransaction(const char* transaction_id);
Future<void> LogAppleTransactionLastResult();

void SetDefaultEventParameters(const Parameter* parameters,
                               size_t number_of_parameters);
void SetDefaultEventParameters(const std::vector<Parameter>& parameters);

// On-device conversion measurement (iOS only in the SDK).
void InitiateOnDeviceConversionMeasurementWithEmailAddress(
    const char* email_address);
void InitiateOnDeviceConversionMeasurementWithPhoneNumber(
    const char* phone_number);
void InitiateOnDeviceConversionMeasurementWithHashedEmailAddress(
    std::vector<unsigned char> hashed_email_address);
void InitiateOnDeviceConversionMeasurementWithHashedPhoneNumber(
    std::vector<unsigned char> hashed_phone_number);

void SetUserProperty(const char* name, const char* property);
void SetUserId(const char* user_id);
void SetSessionTimeoutDuration(int64_t milliseconds);
void ResetAnalyticsData();

using LogCallback = std::function<void(LogLevel, const char*)>;
void SetLogCallback(const LogCallback& callback);

enum AppLifecycleState { kUnknown = 0, kTermination };
void NotifyAppLifecycleChange(AppLifecycleState state);
bool IsDesktopInitialized();
void SetDesktopDebugMode(bool enabled);

Future<std::string> GetAnalyticsInstanceId();
Future<std::string> GetAnalyticsInstanceIdLastResult();
Future<int64_t> GetSessionId();
Future<int64_t> GetSessionIdLastResult();

}  // namespace analytics
}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_ANALYTICS_H_
