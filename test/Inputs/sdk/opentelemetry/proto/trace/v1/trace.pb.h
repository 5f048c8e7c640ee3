// Stub of the C++ classes protoc generates from opentelemetry/proto/trace/v1/trace.proto
// (open-telemetry/opentelemetry-proto, v1.3) for piiflow tests: spans, their events and
// attributes, and the request an exporter sends; shapes only.
#ifndef PIIFLOW_STUB_OTLP_TRACE_PB_H
#define PIIFLOW_STUB_OTLP_TRACE_PB_H

#include <cstdint>
#include <string>

#include "opentelemetry/proto/common/v1/common.pb.h"

namespace opentelemetry {
namespace proto {
namespace trace {
namespace v1 {

class Span_Event {
 public:
  void set_name(const std::string& value);
  void set_time_unix_nano(uint64_t value);
  ::opentelemetry::proto::common::v1::KeyValue* add_attributes();
};

class Span {
 public:
  using Event = Span_Event;
  void set_name(const std::string& value);
  void set_name(const char* value);
  void set_trace_id(const std::string& value);
  void set_start_time_unix_nano(uint64_t value);
  ::opentelemetry::proto::common::v1::KeyValue* add_attributes();
  Span_Event* add_events();
};

class ScopeSpans {
 public:
  Span* add_spans();
};

class ResourceSpans {
 public:
  ScopeSpans* add_scope_spans();
};

}  // namespace v1
}  // namespace trace
}  // namespace proto
}  // namespace opentelemetry

#endif
