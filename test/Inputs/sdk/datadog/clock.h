// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/clock.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <chrono>
#include <functional>

namespace datadog {
namespace tracing {

struct TimePoint {
  std::chrono::system_clock::time_point wall;
  std::chrono::steady_clock::time_point tick;
};

using Clock = std::function<TimePoint()>;

}  // namespace tracing
}  // namespace datadog
