// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/string_view.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <string>
#include <string_view>

namespace datadog {
namespace tracing {

using StringView = std::string_view;

}  // namespace tracing
}  // namespace datadog
