// A hand-written OTLP exporter fills the protobuf messages itself: a KeyValue's value is an
// attribute under the key set on the same KeyValue, span names are free text. Negatives: the
// same messages with service data, and a key that names nothing personal.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp --config="{CheckOptions: {privacy-pii-to-analytics.HashFunction: 'privacy::KeyedHash', privacy-pii-to-analytics.HashHeader: 'privacy/hash.h'}}" -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix --hash-function=privacy::KeyedHash --hash-header=privacy/hash.h %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
#include "opentelemetry/proto/trace/v1/trace.pb.h"
#include <string>

namespace otlp = opentelemetry::proto;

struct Request {
  std::string remote;
  std::string route;
  std::string user_email;
};

// Positive: the peer's address under its semantic-convention key (a parameter named `value`:
// the key is the evidence), the user's email by its name.
void addAttribute(otlp::trace::v1::Span *span, const std::string &value) {
  otlp::common::v1::KeyValue *kv = span->add_attributes();
  kv->set_key("client.address");
  kv->mutable_value()->set_string_value(value);
}
void exportRequest(otlp::trace::v1::Span *span, const Request &request) {
  addAttribute(span, request.remote);
  auto *user = span->add_attributes();
  user->set_key("enduser.contact");
  user->mutable_value()->set_string_value(request.user_email);
  span->set_name("GET " + request.route);
}
// CHECK: opentelemetry-proto.cpp:[[@LINE-6]]:3: warning: IP address sent to OpenTelemetry (the backend a hand-written OTLP exporter sends to) as attribute "client.address" in call to 'opentelemetry::proto::common::v1::AnyValue::set_string_value' through 'addAttribute' [privacy-pii-to-analytics]
// CHECK: opentelemetry-proto.cpp:[[@LINE-7]]:22: note: the value of key "client.address" is an IP address (key "client.address")
// CHECK: opentelemetry-proto.cpp:[[@LINE-8]]:22: note: passed to 'addAttribute'
// CHECK: opentelemetry-proto.cpp:[[@LINE-15]]:67: note: received as parameter 'value' of 'addAttribute'
// CHECK: opentelemetry-proto.cpp:[[@LINE-13]]:24: note: sent to OpenTelemetry (the backend a hand-written OTLP exporter sends to) by 'opentelemetry::proto::common::v1::AnyValue::set_string_value'
// CHECK: opentelemetry-proto.cpp:[[@LINE-8]]:26: warning: email address sent to OpenTelemetry (the backend a hand-written OTLP exporter sends to) as attribute "enduser.contact" in call to 'opentelemetry::proto::common::v1::AnyValue::set_string_value' [privacy-pii-to-analytics]
// CHECK: opentelemetry-proto.cpp:[[@LINE-9]]:43: note: 'request.user_email' is an email address (field 'Request::user_email')

// FIXED: #include "privacy/hash.h"
// FIXED: addAttribute(span, privacy::KeyedHash(request.remote));
// FIXED: user->mutable_value()->set_string_value(privacy::KeyedHash(request.user_email));

// Negative: the route under its key, a fixed span name.
void exportRoute(otlp::trace::v1::Span *span, const Request &request) {
  otlp::common::v1::KeyValue *kv = span->add_attributes();
  kv->set_key("http.route");
  kv->mutable_value()->set_string_value(request.route);
  span->set_name("request");
}
