// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/expected.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

namespace datadog {
namespace tracing {

// Result or error (expected.h); the default error type is simplified.
template <typename Value>
class Expected {
 public:
  bool has_value() const noexcept;
  explicit operator bool() const noexcept;
  Value& value() &;
  Value& operator*() &;
  Value* operator->();
};

}  // namespace tracing
}  // namespace datadog
