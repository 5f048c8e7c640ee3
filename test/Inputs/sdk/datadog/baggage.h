// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/baggage.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>

#include "optional.h"
#include "string_view.h"

namespace datadog {
namespace tracing {

// W3C baggage: key/value pairs injected into outgoing request headers.
class Baggage {
 public:
  static constexpr std::size_t default_max_capacity = 64;

  Baggage() = default;
  Baggage(std::size_t max_capacity);
  Baggage(std::unordered_map<std::string, std::string>,
          std::size_t max_capacity = default_max_capacity);

  bool contains(StringView key) const;
  Optional<StringView> get(StringView key) const;
  bool set(std::string key, std::string value);
  void remove(StringView key);
  void clear();
  std::size_t size() const;
  bool empty() const;
};

}  // namespace tracing
}  // namespace datadog
