// OpenTelemetry C++ API: span attributes, events, status and names, StartSpan attributes, logs and baggage.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the OpenTelemetry C++ API (through piiflow's stub headers) with
// personal data (positives) and non-personal data (negatives).
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "opentelemetry/baggage/baggage.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/logs/provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/provider.h"

namespace trace_api = opentelemetry::trace;
namespace logs_api  = opentelemetry::logs;
namespace nostd     = opentelemetry::nostd;
namespace common    = opentelemetry::common;

static nostd::shared_ptr<trace_api::Tracer> GetTracer()
{
  return trace_api::Provider::GetTracerProvider()->GetTracer("checkout", "1.0.0");
}

static nostd::shared_ptr<logs_api::Logger> GetLogger()
{
  return logs_api::Provider::GetLoggerProvider()->GetLogger("checkout-logger");
}

// ---- Span::SetAttribute ----

// Positive: the user's e-mail address as a span attribute.
void TagSpanWithEmail(trace_api::Span &span, const std::string &email)
{
  span.SetAttribute("user.email", email);
}

// Positive: the user id through nostd::shared_ptr<Span>::operator->.
void TagCurrentSpanWithUserId(const std::string &userId)
{
  auto span = trace_api::Tracer::GetCurrentSpan();
  span->SetAttribute("enduser.id", userId);
}

// Negative: HTTP method and status code are not personal data.
void TagSpanWithHttpInfo(trace_api::Span &span, const std::string &method, int statusCode)
{
  span.SetAttribute("http.request.method", method);
  span.SetAttribute("http.response.status_code", statusCode);
}

// ---- Span::AddEvent ----

// Positive: the phone number in an event's attributes (initializer list).
void RecordSmsSent(trace_api::Span &span, const std::string &phone)
{
  span.AddEvent("sms.sent", {{"recipient", phone}, {"segments", 2}});
}

// Positive: the client IP address in an event's attributes (std::map).
void RecordLogin(trace_api::Span &span, const std::string &ipAddress)
{
  std::map<std::string, std::string> attributes;
  attributes["client.address"] = ipAddress;
  span.AddEvent("login", attributes);
}

// Positive: the user's name as the event name itself.
void RecordGreeting(trace_api::Span &span, const std::string &userName)
{
  span.AddEvent("greeted " + userName);
}

// Negative: cache statistics.
void RecordCacheMiss(trace_api::Span &span, int64_t entries)
{
  span.AddEvent("cache.miss", {{"cache.entries", entries}, {"cache.name", "sessions"}});
}

// ---- Span::SetStatus / Span::UpdateName ----

// Positive: the e-mail address in the status description.
void FailSignup(trace_api::Span &span, const std::string &email)
{
  span.SetStatus(trace_api::StatusCode::kError, "signup failed for " + email);
}

// Positive: the user id in the span name.
void RenameForUser(trace_api::Span &span, const std::string &userId)
{
  span.UpdateName("GET /users/" + userId);
}

// Negative: a route template as the name and a fixed status description.
void FinishRequest(trace_api::Span &span)
{
  span.UpdateName("GET /users/{id}");
  span.SetStatus(trace_api::StatusCode::kOk, "done");
  span.End();
}

// ---- Tracer::StartSpan ----

// Positive: the e-mail address in the start attributes (initializer list).
void StartSignupSpan(const std::string &email)
{
  auto span = GetTracer()->StartSpan("signup", {{"user.email", email}});
  span->End();
}

// Positive: the user id in the span name.
void StartProfileSpan(const std::string &userId)
{
  auto span = GetTracer()->StartSpan("load-profile:" + userId);
  span->End();
}

// Positive: the IP address in a std::map of attributes, with options.
void StartServerSpan(const std::string &ipAddress)
{
  std::map<std::string, std::string> attributes{{"client.address", ipAddress}};
  trace_api::StartSpanOptions options;
  options.kind = trace_api::SpanKind::kServer;
  auto span = GetTracer()->StartSpan("handle-request", attributes, options);
  auto scope = trace_api::Tracer::WithActiveSpan(span);
  (void)scope;
  span->End();
}

// Negative: constant name and non-personal attributes.
void StartBatchSpan(int64_t batchSize)
{
  auto span = GetTracer()->StartSpan("process-batch", {{"batch.size", batchSize}});
  span->End();
}

// ---- Logger (variadic EmitLogRecord / Info / Error ..., fixed Log) ----

// Positive: the e-mail address in the log body.
void LogPasswordReset(const std::string &email)
{
  GetLogger()->Info("password reset requested for " + email);
}

// Positive: the phone number in the log attributes.
void LogSmsFailure(const std::string &phone)
{
  GetLogger()->Error("sms delivery failed", common::MakeAttributes({{"phone", phone}}));
}

// Positive: the user id as attributes of EmitLogRecord (severity, body, attributes).
void EmitLoginRecord(const std::string &userId)
{
  std::map<std::string, std::string> attributes{{"enduser.id", userId}};
  GetLogger()->EmitLogRecord(logs_api::Severity::kInfo, "user logged in", attributes);
}

// Positive: the IP address through Logger::Log(severity, message).
void LogBlockedAddress(const std::string &ipAddress)
{
  GetLogger()->Log(logs_api::Severity::kWarn, nostd::string_view(ipAddress));
}

// Negative: a fixed message and a non-personal attribute.
void LogStartup(int32_t workerCount)
{
  GetLogger()->Debug("worker pool started", common::MakeAttributes({{"workers", workerCount}}));
  GetLogger()->Info("ready");
}

// ---- LogRecord::SetBody / LogRecord::SetAttribute ----

// Positive: the e-mail address in a hand-built record's attribute and body.
void EmitHandBuiltRecord(const std::string &email)
{
  auto logger = GetLogger();
  auto record = logger->CreateLogRecord();
  record->SetSeverity(logs_api::Severity::kInfo);
  record->SetAttribute("user.email", email);
  record->SetBody("newsletter subscription: " + email);
  logger->EmitLogRecord(std::move(record));
}

// Negative: a hand-built record without personal data.
void EmitHeartbeatRecord(int64_t uptimeSeconds)
{
  auto logger = GetLogger();
  auto record = logger->CreateLogRecord();
  record->SetAttribute("uptime.seconds", uptimeSeconds);
  record->SetBody("heartbeat");
  logger->EmitLogRecord(std::move(record));
}

// ---- baggage::Baggage::Set ----

// Positive: the user id put into propagated baggage.
nostd::shared_ptr<opentelemetry::baggage::Baggage> AddUserToBaggage(const std::string &userId)
{
  return opentelemetry::baggage::Baggage::GetDefault()->Set("user.id", userId);
}

// Negative: a tenant tier in baggage.
nostd::shared_ptr<opentelemetry::baggage::Baggage> AddTierToBaggage()
{
  return opentelemetry::baggage::Baggage::GetDefault()->Set("tier", "gold");
}

// CHECK: opentelemetry-cpp.cpp:45:8: warning: email address sent to OpenTelemetry (the configured exporter's backend) as attribute "user.email" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:45:35: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:52:9: warning: user identifier sent to OpenTelemetry (the configured exporter's backend) as attribute "enduser.id" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:52:36: note: 'userId' is a user identifier (name 'userId')
// CHECK: opentelemetry-cpp.cpp:67:8: warning: phone number sent to OpenTelemetry (the configured exporter's backend) as event property "recipient" in call to 'opentelemetry::trace::Span::AddEvent' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:67:44: note: 'phone' is a phone number (name 'phone')
// CHECK: opentelemetry-cpp.cpp:67:30: note: stored under key "recipient"
// CHECK: opentelemetry-cpp.cpp:75:8: warning: IP address sent to OpenTelemetry (the configured exporter's backend) as event property "client.address" in call to 'opentelemetry::trace::Span::AddEvent' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:74:34: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: opentelemetry-cpp.cpp:74:3: note: stored in 'attributes' under key "client.address"
// CHECK: opentelemetry-cpp.cpp:81:8: warning: username sent to OpenTelemetry (the configured exporter's backend) as event name in call to 'opentelemetry::trace::Span::AddEvent' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:81:30: note: 'userName' is a username (name 'userName')
// CHECK: opentelemetry-cpp.cpp:95:8: warning: email address sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::trace::Span::SetStatus' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:95:72: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:101:8: warning: user identifier sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::trace::Span::UpdateName' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:101:35: note: 'userId' is a user identifier (name 'userId')
// CHECK: opentelemetry-cpp.cpp:117:28: warning: email address sent to OpenTelemetry (the configured exporter's backend) as event property "user.email" in call to 'opentelemetry::trace::Tracer::StartSpan' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:117:64: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:117:49: note: stored under key "user.email"
// CHECK: opentelemetry-cpp.cpp:124:28: warning: user identifier sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::trace::Tracer::StartSpan' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:124:56: note: 'userId' is a user identifier (name 'userId')
// CHECK: opentelemetry-cpp.cpp:134:28: warning: IP address sent to OpenTelemetry (the configured exporter's backend) as event property "client.address" in call to 'opentelemetry::trace::Tracer::StartSpan' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:131:68: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: opentelemetry-cpp.cpp:131:49: note: stored under key "client.address"
// CHECK: opentelemetry-cpp.cpp:152:16: warning: email address sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::logs::Logger::Info' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:152:55: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:158:16: warning: phone number sent to OpenTelemetry (the configured exporter's backend) as event property "phone" in call to 'opentelemetry::logs::Logger::Error' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:158:79: note: 'phone' is a phone number (name 'phone')
// CHECK: opentelemetry-cpp.cpp:158:69: note: stored under key "phone"
// CHECK: opentelemetry-cpp.cpp:165:16: warning: user identifier sent to OpenTelemetry (the configured exporter's backend) as event property "enduser.id" in call to 'opentelemetry::logs::Logger::EmitLogRecord' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:164:64: note: 'userId' is a user identifier (name 'userId')
// CHECK: opentelemetry-cpp.cpp:164:49: note: stored under key "enduser.id"
// CHECK: opentelemetry-cpp.cpp:171:16: warning: IP address sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::logs::Logger::Log' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:171:66: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: opentelemetry-cpp.cpp:189:11: warning: email address sent to OpenTelemetry (the configured exporter's backend) as attribute "user.email" in call to 'opentelemetry::logs::LogRecord::SetAttribute' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:189:38: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:190:11: warning: email address sent to OpenTelemetry (the configured exporter's backend) as free text in call to 'opentelemetry::logs::LogRecord::SetBody' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:190:49: note: 'email' is an email address (name 'email')
// CHECK: opentelemetry-cpp.cpp:209:57: warning: user identifier sent to OpenTelemetry (the configured exporter's backend) as attribute "user.id" in call to 'opentelemetry::baggage::Baggage::Set' [privacy-pii-to-analytics]
// CHECK: opentelemetry-cpp.cpp:209:72: note: 'userId' is a user identifier (name 'userId')
// FIX: {{^}}-  span.AddEvent("sms.sent", {{[{][{]}}"recipient", phone}, {"segments", 2}});
// FIX: {{^}}+  span.AddEvent("sms.sent", {{[{][{]}}"segments", 2}});
// FIX: {{^}}-  attributes["client.address"] = ipAddress;
// FIX: {{^}}-  auto span = GetTracer()->StartSpan("signup", {{[{][{]}}"user.email", email}});
// FIX: {{^}}+  auto span = GetTracer()->StartSpan("signup", {});
// FIX: {{^}}-  std::map<std::string, std::string> attributes{{[{][{]}}"client.address", ipAddress}};
// FIX: {{^}}+  std::map<std::string, std::string> attributes{};
// FIX: {{^}}-  GetLogger()->Error("sms delivery failed", common::MakeAttributes({{[{][{]}}"phone", phone}}));
// FIX: {{^}}+  GetLogger()->Error("sms delivery failed", common::MakeAttributes({}));
// FIX: {{^}}-  std::map<std::string, std::string> attributes{{[{][{]}}"enduser.id", userId}};
// FIX: {{^}}+  std::map<std::string, std::string> attributes{};
