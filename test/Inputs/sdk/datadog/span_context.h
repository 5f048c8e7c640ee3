// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/span_context.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <cstdint>
#include <string>

#include "optional.h"

namespace datadog::tracing {

// Identifies a span for links (trace_id.h's TraceID reduced to two words).
struct TraceID {
  std::uint64_t low = 0;
  std::uint64_t high = 0;
};

class SpanContext {
 public:
  TraceID trace_id;
  std::uint64_t span_id;
  Optional<std::string> tracestate;
  Optional<std::uint32_t> flags;

  SpanContext(TraceID trace_id, std::uint64_t span_id,
              Optional<std::string> tracestate = nullopt,
              Optional<std::uint32_t> flags = nullopt)
      : trace_id(trace_id), span_id(span_id), tracestate(tracestate), flags(flags) {}
};

}  // namespace datadog::tracing
