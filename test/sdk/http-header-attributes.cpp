// HTTP headers recorded on spans: OpenTelemetry's http.request.header.<name> attributes and
// Datadog's http.request.headers.<name> tags carry the client's address (X-Forwarded-For,
// X-Real-IP, Forwarded) and credentials (Authorization, Cookie, Set-Cookie) whatever the value
// is called. Negatives: headers that say nothing of the user (content type, user agent length).
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <datadog/span.h>
#include <string>

#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/provider.h"

namespace trace_api = opentelemetry::trace;
namespace nostd = opentelemetry::nostd;
namespace dd = datadog::tracing;

struct Request {
  std::string header(const char *name) const;
};

// Positive: the client's address and credentials as span attributes; negative: the content type.
void recordHeaders(nostd::shared_ptr<trace_api::Span> span, const Request &request) {
  span->SetAttribute("http.request.header.x-forwarded-for", request.header("X-Forwarded-For"));
  span->SetAttribute("http.request.header.x-real-ip", request.header("X-Real-IP"));
  span->SetAttribute("http.request.header.authorization", request.header("Authorization"));
  span->SetAttribute("http.request.header.cookie", request.header("Cookie"));
  span->SetAttribute("http.response.header.set-cookie", request.header("Set-Cookie"));
  span->SetAttribute("http.request.header.content-type", request.header("Content-Type"));
}

// Positive: the same headers as Datadog tags; negative: the accept header.
void tagHeaders(dd::Span &span, const Request &request) {
  span.set_tag("http.request.headers.x-forwarded-for", request.header("X-Forwarded-For"));
  span.set_tag("http.request.headers.authorization", request.header("Authorization"));
  span.set_tag("http.request.headers.accept", request.header("Accept"));
}
// CHECK: http-header-attributes.cpp:26:9: warning: IP address sent to OpenTelemetry (the configured exporter's backend) as attribute "http.request.header.x-forwarded-for" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:26:61: note: the value of key "http.request.header.x-forwarded-for" is an IP address (key "http.request.header.x-forwarded-for")
// CHECK: http-header-attributes.cpp:27:9: warning: IP address sent to OpenTelemetry (the configured exporter's backend) as attribute "http.request.header.x-real-ip" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:27:55: note: the value of key "http.request.header.x-real-ip" is an IP address (key "http.request.header.x-real-ip")
// CHECK: http-header-attributes.cpp:28:9: warning: credential or secret sent to OpenTelemetry (the configured exporter's backend) as attribute "http.request.header.authorization" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:28:59: note: the value of key "http.request.header.authorization" is a credential or secret (key "http.request.header.authorization")
// CHECK: http-header-attributes.cpp:29:9: warning: credential or secret sent to OpenTelemetry (the configured exporter's backend) as attribute "http.request.header.cookie" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:29:52: note: the value of key "http.request.header.cookie" is a credential or secret (key "http.request.header.cookie")
// CHECK: http-header-attributes.cpp:30:9: warning: credential or secret sent to OpenTelemetry (the configured exporter's backend) as attribute "http.response.header.set-cookie" in call to 'opentelemetry::trace::Span::SetAttribute' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:30:57: note: the value of key "http.response.header.set-cookie" is a credential or secret (key "http.response.header.set-cookie")
// CHECK: http-header-attributes.cpp:36:8: warning: IP address sent to Datadog APM as attribute "http.request.headers.x-forwarded-for" in call to 'datadog::tracing::Span::set_tag' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:36:56: note: the value of key "http.request.headers.x-forwarded-for" is an IP address (key "http.request.headers.x-forwarded-for")
// CHECK: http-header-attributes.cpp:37:8: warning: credential or secret sent to Datadog APM as attribute "http.request.headers.authorization" in call to 'datadog::tracing::Span::set_tag' [privacy-pii-to-analytics]
// CHECK: http-header-attributes.cpp:37:54: note: the value of key "http.request.headers.authorization" is a credential or secret (key "http.request.headers.authorization")
