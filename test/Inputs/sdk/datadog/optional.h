// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/optional.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <optional>

namespace datadog {
namespace tracing {

template <typename Value>
using Optional = std::optional<Value>;
inline constexpr auto nullopt = std::nullopt;

}  // namespace tracing
}  // namespace datadog
