// Microsoft 1DS: EventProperties with PiiKind markers, ILogger events and context, the semantic context.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the Microsoft 1DS C++ SDK (through piiflow's stub headers) with
// personal data (positives) and non-personal data (negatives).
#include "LogManager.hpp"

#include <cstdint>
#include <map>
#include <string>

LOGMANAGER_INSTANCE

using namespace MAT;

static ILogger* Logger() { return LogManager::GetLogger("checkout"); }

// ---- EventProperties::SetProperty + ILogger::LogEvent(EventProperties) ----

// Positive: the e-mail address tagged PiiKind_SmtpAddress.
void LogSignup(const std::string& email) {
  EventProperties event("Checkout.Signup");
  event.SetProperty("UserEmail", email, PiiKind_SmtpAddress);
  Logger()->LogEvent(event);
}

// Positive: the phone number without a PiiKind (PiiKind_None by default).
void LogSmsOptIn(const std::string& phone) {
  EventProperties event("Checkout.SmsOptIn");
  event.SetProperty("Phone", phone);
  Logger()->LogEvent(event);
}

// Positive: the IP address through an initializer list of EventProperty.
void LogLogin(const std::string& ipAddress, int64_t attempt) {
  EventProperties event("Checkout.Login",
                        {{"ClientIp", EventProperty(ipAddress, PiiKind_IPv4Address)},
                         {"Attempt", attempt}});
  Logger()->LogEvent(event);
}

// Positive: the user id added with operator+= from a std::map.
void LogPurchase(const std::string& userId, double amount) {
  std::map<std::string, EventProperty> props;
  props["UserId"] = userId;
  props["Amount"] = amount;
  EventProperties event("Checkout.Purchase");
  event += props;
  Logger()->LogEvent(event);
}

// Negative: product and amount only.
void LogCartUpdated(const std::string& productSku, int64_t quantity) {
  EventProperties event("Checkout.CartUpdated");
  event.SetProperty("Sku", productSku);
  event.SetProperty("Quantity", quantity);
  Logger()->LogEvent(event);
}

// ---- EventProperties::SetName / ILogger::LogEvent(name) ----

// Positive: the user id in the event name.
void LogNamedForUser(const std::string& userId) {
  Logger()->LogEvent("Checkout.Visit." + userId);
  EventProperties event;
  event.SetName("Checkout.Profile." + userId);
  Logger()->LogEvent(event);
}

// Negative: a constant event name.
void LogAppStarted() { Logger()->LogEvent("Checkout.AppStarted"); }

// ---- ILogger::LogTrace / LogFailure / LogPageView / LogPageAction ----

// Positive: the e-mail address in a trace message.
void TraceBounce(const std::string& email) {
  EventProperties props("Checkout.Trace");
  Logger()->LogTrace(TraceLevel_Warning, "mail bounced for " + email, props);
}

// Positive: the user id in a failure detail.
void FailPayment(const std::string& userId) {
  EventProperties props("Checkout.Failure");
  Logger()->LogFailure("PaymentDeclined", "declined for user " + userId, props);
}

// Positive: the user id in a page view's URI.
void ViewProfile(const std::string& userId) {
  EventProperties props("Checkout.PageView");
  Logger()->LogPageView("pv-1", "Profile", "Account", "https://shop.example/u/" + userId, "", props);
}

// Positive: the phone number as a page-action property.
void ClickCall(const std::string& phone) {
  EventProperties props("Checkout.PageAction");
  props.SetProperty("Dialled", phone, PiiKind_PhoneNumber);
  Logger()->LogPageAction("pv-1", ActionType_Click, props);
}

// Negative: fixed trace, failure and page view.
void LogNonPersonal() {
  EventProperties props("Checkout.Misc");
  Logger()->LogTrace(TraceLevel_Information, "cache warmed", props);
  Logger()->LogFailure("Timeout", "upstream timed out", props);
  Logger()->LogPageView("pv-2", "Home", props);
}

// ---- ILogger::SetContext / LogManager::SetContext ----

// Positive: the e-mail address as logger context tagged PiiKind_SmtpAddress.
void SetLoggerEmailContext(const std::string& email) {
  Logger()->SetContext("UserEmail", email, PiiKind_SmtpAddress);
}

// Positive: the IP address as global context (LogManager) and an EventProperty.
void SetGlobalIpContext(const std::string& ipAddress) {
  LogManager::SetContext("ClientIp", ipAddress);
  Logger()->SetContext("ClientIp6", EventProperty(ipAddress, PiiKind_IPv6Address));
}

// Negative: build flavour as context.
void SetBuildContext() {
  LogManager::SetContext("Build", "release");
  Logger()->SetContext("Ring", std::string("production"));
}

// ---- ISemanticContext ----

// Positive: user id, MSA id and device id in the semantic context.
void SetSemanticUser(const std::string& userId, const std::string& msaId, const std::string& deviceId) {
  ISemanticContext* context = LogManager::GetSemanticContext();
  context->SetUserId(userId);
  context->SetUserMsaId(msaId);
  Logger()->GetSemanticContext()->SetDeviceId(deviceId);
}

// Positive: the e-mail address as the user id, tagged PiiKind_SmtpAddress.
void SetSemanticUserEmail(const std::string& email) {
  LogManager::GetSemanticContext()->SetUserId(email, PiiKind_SmtpAddress);
}

// Positive: the phone number as a custom field.
void SetSemanticPhone(const std::string& phone) {
  LogManager::GetSemanticContext()->SetCustomField("Phone", EventProperty(phone, PiiKind_PhoneNumber));
}

// Negative: app version and OS build.
void SetSemanticApp(const std::string& appVersion) {
  ISemanticContext* context = LogManager::GetSemanticContext();
  context->SetAppVersion(appVersion);
  context->SetOsBuild("22631");
}

// CHECK: cpp-client-telemetry-1ds.cpp:31:13: warning: email address sent to Microsoft 1DS (OneCollector) as event property "UserEmail" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:30:34: note: 'email' is an email address (name 'email')
// CHECK: cpp-client-telemetry-1ds.cpp:30:3: note: stored in 'event' under key "UserEmail"
// CHECK: cpp-client-telemetry-1ds.cpp:38:13: warning: phone number sent to Microsoft 1DS (OneCollector) as event property "Phone" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:37:30: note: 'phone' is a phone number (name 'phone')
// CHECK: cpp-client-telemetry-1ds.cpp:37:3: note: stored in 'event' under key "Phone"
// CHECK: cpp-client-telemetry-1ds.cpp:46:13: warning: IP address sent to Microsoft 1DS (OneCollector) as event property "ClientIp" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:44:53: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: cpp-client-telemetry-1ds.cpp:44:26: note: stored under key "ClientIp"
// CHECK: cpp-client-telemetry-1ds.cpp:56:13: warning: user identifier sent to Microsoft 1DS (OneCollector) as event property "UserId" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:52:21: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:52:3: note: stored in 'props' under key "UserId"
// CHECK: cpp-client-telemetry-1ds.cpp:71:13: warning: user identifier sent to Microsoft 1DS (OneCollector) as event name in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:71:42: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:74:13: warning: user identifier sent to Microsoft 1DS (OneCollector) as event property in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:73:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:73:9: note: appended to 'event'
// CHECK: cpp-client-telemetry-1ds.cpp:85:13: warning: email address sent to Microsoft 1DS (OneCollector) as free text in call to 'Microsoft::Applications::Events::ILogger::LogTrace' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:85:64: note: 'email' is an email address (name 'email')
// CHECK: cpp-client-telemetry-1ds.cpp:91:13: warning: user identifier sent to Microsoft 1DS (OneCollector) as free text in call to 'Microsoft::Applications::Events::ILogger::LogFailure' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:91:66: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:97:13: warning: user identifier sent to Microsoft 1DS (OneCollector) as free text in call to 'Microsoft::Applications::Events::ILogger::LogPageView' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:97:83: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:104:13: warning: phone number sent to Microsoft 1DS (OneCollector) as event property "Dialled" in call to 'Microsoft::Applications::Events::ILogger::LogPageAction' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:103:32: note: 'phone' is a phone number (name 'phone')
// CHECK: cpp-client-telemetry-1ds.cpp:103:3: note: stored in 'props' under key "Dialled"
// CHECK: cpp-client-telemetry-1ds.cpp:119:13: warning: email address sent to Microsoft 1DS (OneCollector) as event property "UserEmail" in call to 'Microsoft::Applications::Events::ILogger::SetContext' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:119:37: note: 'email' is an email address (name 'email')
// CHECK: cpp-client-telemetry-1ds.cpp:124:3: warning: IP address sent to Microsoft 1DS (OneCollector) as event property "ClientIp" in call to 'Microsoft::Applications::Events::LogManagerBase::SetContext' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:124:38: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: cpp-client-telemetry-1ds.cpp:125:13: warning: IP address sent to Microsoft 1DS (OneCollector) as event property "ClientIp6" in call to 'Microsoft::Applications::Events::ILogger::SetContext' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:125:51: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: cpp-client-telemetry-1ds.cpp:139:12: warning: user identifier sent to Microsoft 1DS (OneCollector) as user identity in call to 'Microsoft::Applications::Events::ISemanticContext::SetUserId' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:139:22: note: 'userId' is a user identifier (name 'userId')
// CHECK: cpp-client-telemetry-1ds.cpp:140:12: warning: user identifier sent to Microsoft 1DS (OneCollector) as user identity in call to 'Microsoft::Applications::Events::ISemanticContext::SetUserMsaId' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:140:25: note: the argument is a user identifier (parameter of 'Microsoft::Applications::Events::ISemanticContext::SetUserMsaId')
// CHECK: cpp-client-telemetry-1ds.cpp:141:35: warning: device identifier sent to Microsoft 1DS (OneCollector) as user identity in call to 'Microsoft::Applications::Events::ISemanticContext::SetDeviceId' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:141:47: note: 'deviceId' is a device identifier (name 'deviceId')
// CHECK: cpp-client-telemetry-1ds.cpp:146:37: warning: email address sent to Microsoft 1DS (OneCollector) as user identity in call to 'Microsoft::Applications::Events::ISemanticContext::SetUserId' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:146:47: note: 'email' is an email address (name 'email')
// CHECK: cpp-client-telemetry-1ds.cpp:151:37: warning: phone number sent to Microsoft 1DS (OneCollector) as user trait "Phone" in call to 'Microsoft::Applications::Events::ISemanticContext::SetCustomField' [privacy-pii-to-analytics]
// CHECK: cpp-client-telemetry-1ds.cpp:151:75: note: 'phone' is a phone number (name 'phone')
// FIX: {{^}}-  event.SetProperty("UserEmail", email, PiiKind_SmtpAddress);
// FIX: {{^}}-  event.SetProperty("Phone", phone);
// FIX: {{^}}-                        {{[{][{]}}"ClientIp", EventProperty(ipAddress, PiiKind_IPv4Address)},
// FIX: {{^}}-                         {"Attempt", attempt}});
// FIX: {{^}}+                        {{[{][{]}}"Attempt", attempt}});
// FIX: {{^}}-  props["UserId"] = userId;
// FIX: {{^}}-  props.SetProperty("Dialled", phone, PiiKind_PhoneNumber);
