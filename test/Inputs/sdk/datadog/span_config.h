// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/span_config.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <string>
#include <unordered_map>

#include "clock.h"
#include "optional.h"

namespace datadog {
namespace tracing {

// Properties of a span to create; unset fields take the tracer's defaults.
struct SpanConfig {
  Optional<std::string> service;
  Optional<std::string> service_type;
  Optional<std::string> version;
  Optional<std::string> environment;
  Optional<std::string> name;
  Optional<std::string> resource;
  Optional<TimePoint> start;
  std::unordered_map<std::string, std::string> tags;
};

}  // namespace tracing
}  // namespace datadog
