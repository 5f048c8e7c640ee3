// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/tracer_config.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <string>
#include <unordered_map>

#include "clock.h"
#include "expected.h"
#include "optional.h"

namespace datadog {
namespace tracing {

// Tracer configuration (subset of its fields).
struct TracerConfig {
  Optional<std::string> service;
  Optional<std::string> service_type;
  Optional<std::string> environment;
  Optional<std::string> version;
  Optional<std::string> name;
  Optional<std::unordered_map<std::string, std::string>> tags;
};

class FinalizedTracerConfig final {
  friend Expected<FinalizedTracerConfig> finalize_config(
      const TracerConfig& config);
  FinalizedTracerConfig() = default;
};

Expected<FinalizedTracerConfig> finalize_config(const TracerConfig& config);
Expected<FinalizedTracerConfig> finalize_config(const TracerConfig& config,
                                                const Clock& clock);

}  // namespace tracing
}  // namespace datadog
