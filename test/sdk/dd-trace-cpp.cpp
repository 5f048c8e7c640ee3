// Datadog dd-trace-cpp: span tags, names, errors, SpanConfig tags and resources, links and baggage.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of Datadog dd-trace-cpp (through piiflow's stub headers) with
// personal data (positives) and non-personal data (negatives).
#include <datadog/span_config.h>
#include <datadog/tracer.h>
#include <datadog/tracer_config.h>

#include <string>

namespace dd = datadog::tracing;

// ---- Span::set_tag ----

// Positive: the user's e-mail address as a span tag.
void TagWithEmail(dd::Span& span, const std::string& email) {
  span.set_tag("usr.email", email);
}

// Negative: the HTTP route and status are not personal data.
void TagWithRoute(dd::Span& span, const std::string& route) {
  span.set_tag("http.route", route);
  span.set_tag("http.status_code", "200");
}

// ---- Span::set_name / set_resource_name ----

// Positive: the user id in the resource name.
void NameForUser(dd::Span& span, const std::string& userId) {
  span.set_name("web.request");
  span.set_resource_name("GET /users/" + userId);
}

// Positive: the e-mail address in the operation name.
void NameForEmail(dd::Span& span, const std::string& email) {
  span.set_name("notify." + email);
}

// Negative: constant names.
void NameForCheckout(dd::Span& span) {
  span.set_name("web.request");
  span.set_resource_name("POST /checkout");
}

// ---- Span::set_error_message / set_error_type / set_error_stack ----

// Positive: the phone number in the error message.
void FailSms(dd::Span& span, const std::string& phone) {
  span.set_error(true);
  span.set_error_message("could not deliver SMS to " + phone);
}

// Negative: a fixed error type and message.
void FailTimeout(dd::Span& span) {
  span.set_error_type("Timeout");
  span.set_error_message("upstream timed out");
}

// ---- Tracer::create_span / Span::create_child with SpanConfig ----

// Positive: the IP address in SpanConfig::tags.
void StartRequestSpan(dd::Tracer& tracer, const std::string& ipAddress) {
  dd::SpanConfig config;
  config.name = "web.request";
  config.tags["network.client.ip"] = ipAddress;
  dd::Span span = tracer.create_span(config);
}

// Positive: the user id as SpanConfig::resource of a child span.
void StartChildSpan(const dd::Span& parent, const std::string& userId) {
  dd::SpanConfig config;
  config.resource = "load-profile " + userId;
  dd::Span child = parent.create_child(config);
}

// Negative: a SpanConfig without personal data.
void StartBatchSpan(dd::Tracer& tracer) {
  dd::SpanConfig config;
  config.name = "batch.run";
  config.tags["batch.kind"] = "nightly";
  dd::Span span = tracer.create_span(config);
  dd::Span child = span.create_child();
}

// ---- Span::add_link ----

// Positive: the user id in a link's attributes.
void LinkWithUser(dd::Span& span, const dd::Span& other, const std::string& userId) {
  span.add_link(other.context(), {{"usr.id", userId}});
}

// ---- Baggage::set ----

// Positive: the e-mail address put into propagated baggage.
void BaggageWithEmail(dd::Tracer& tracer, const std::string& email) {
  dd::Baggage baggage = tracer.create_baggage();
  baggage.set("user.email", email);
}

// Negative: a non-personal baggage item.
void BaggageWithRegion(dd::Tracer& tracer) {
  dd::Baggage baggage = tracer.create_baggage();
  baggage.set("region", "eu-west-1");
}

// Setup: a tracer from a config (no data sent).
void MakeTracer() {
  dd::TracerConfig config;
  config.service = "checkout";
  auto validated = dd::finalize_config(config);
  if (!validated) return;
  dd::Tracer tracer{*validated};
}

// CHECK: dd-trace-cpp.cpp:25:8: warning: email address sent to Datadog APM as attribute "usr.email" in call to 'datadog::tracing::Span::set_tag' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:25:29: note: 'email' is an email address (name 'email')
// CHECK: dd-trace-cpp.cpp:39:8: warning: user identifier sent to Datadog APM as free text in call to 'datadog::tracing::Span::set_resource_name' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:39:42: note: 'userId' is a user identifier (name 'userId')
// CHECK: dd-trace-cpp.cpp:44:8: warning: email address sent to Datadog APM as free text in call to 'datadog::tracing::Span::set_name' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:44:29: note: 'email' is an email address (name 'email')
// CHECK: dd-trace-cpp.cpp:58:8: warning: phone number sent to Datadog APM as free text in call to 'datadog::tracing::Span::set_error_message' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:58:56: note: 'phone' is a phone number (name 'phone')
// CHECK: dd-trace-cpp.cpp:74:26: warning: IP address sent to Datadog APM as event property "network.client.ip" in call to 'datadog::tracing::Tracer::create_span' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:73:38: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: dd-trace-cpp.cpp:73:3: note: stored in 'config.tags' under key "network.client.ip"
// CHECK: dd-trace-cpp.cpp:81:27: warning: user identifier sent to Datadog APM as event property "resource" in call to 'datadog::tracing::Span::create_child' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:80:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: dd-trace-cpp.cpp:80:3: note: assigned to 'config.resource'
// CHECK: dd-trace-cpp.cpp:97:8: warning: user identifier sent to Datadog APM as event property "usr.id" in call to 'datadog::tracing::Span::add_link' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:97:46: note: 'userId' is a user identifier (name 'userId')
// CHECK: dd-trace-cpp.cpp:97:35: note: stored under key "usr.id"
// CHECK: dd-trace-cpp.cpp:105:11: warning: email address sent to Datadog APM as attribute "user.email" in call to 'datadog::tracing::Baggage::set' [privacy-pii-to-analytics]
// CHECK: dd-trace-cpp.cpp:105:29: note: 'email' is an email address (name 'email')
// FIX: {{^}}-  config.tags["network.client.ip"] = ipAddress;
// FIX: {{^}}-  span.add_link(other.context(), {{[{][{]}}"usr.id", userId}});
// FIX: {{^}}+  span.add_link(other.context(), {});
