// Stub of Datadog dd-trace-cpp v2.2.0 public API for piiflow tests:
// declarations written from the real header include/datadog/span.h
// (DataDog/dd-trace-cpp, tag v2.2.0 = 2e863359; checked against main
// 1f33435d); shapes only, not the SDK's code.  Non-Envoy build (std types).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "clock.h"
#include "optional.h"
#include "span_config.h"
#include "span_context.h"
#include "string_view.h"

namespace datadog {
namespace tracing {

class DictWriter;

using SpanLinkAttributes = std::unordered_map<std::string, std::string>;

// Extent of an operation; tags, names and error fields are sent to the
// Datadog Agent when the trace segment finishes.
class Span {
 public:
  Span(const Span&) = delete;
  Span(Span&&) = default;
  Span& operator=(Span&&) = delete;
  Span& operator=(const Span&) = delete;
  ~Span();

  Span create_child(const SpanConfig& config) const;
  Span create_child() const;

  std::uint64_t id() const;
  bool error() const;
  const std::string& service_name() const;
  const std::string& name() const;
  const std::string& resource_name() const;

  Optional<StringView> lookup_tag(StringView name) const;
  Optional<double> lookup_metric(StringView name) const;
  void set_tag(StringView name, StringView value);
  void set_metric(StringView name, double value);
  void remove_tag(StringView name);
  void remove_metric(StringView name);
  void set_service_name(StringView);
  void set_service_type(StringView);
  void set_name(StringView);
  void set_resource_name(StringView);
  void set_error(bool);
  void set_error_message(StringView);
  void set_error_type(StringView);
  void set_error_stack(StringView);
  void set_end_time(std::chrono::steady_clock::time_point);

  SpanContext context() const;
  void add_link(const SpanContext& context,
                const SpanLinkAttributes& attributes = {});

  void inject(DictWriter& writer) const;

 private:
  Span();
};

}  // namespace tracing
}  // namespace datadog
