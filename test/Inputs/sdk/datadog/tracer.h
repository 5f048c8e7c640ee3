// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/tracer.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <string>
#include <variant>

#include "baggage.h"
#include "expected.h"
#include "span.h"
#include "span_config.h"
#include "tracer_config.h"

namespace datadog {
namespace tracing {

class DictReader;
class DictWriter;

class Tracer {
 public:
  explicit Tracer(const FinalizedTracerConfig& config);
  ~Tracer();
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  Span create_span();
  Span create_span(const SpanConfig& config);
  Expected<Span> extract_span(const DictReader& reader);
  Expected<Span> extract_span(const DictReader& reader,
                              const SpanConfig& config);
  Span extract_or_create_span(const DictReader& reader);
  Span extract_or_create_span(const DictReader& reader,
                              const SpanConfig& config);
  Baggage create_baggage();
  Baggage extract_or_create_baggage(const DictReader& reader);
  std::string config() const;
};

}  // namespace tracing
}  // namespace datadog
