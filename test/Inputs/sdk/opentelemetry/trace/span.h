// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/trace/span.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_context_kv_iterable.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class Tracer;

// One operation within a trace.  Attributes, events, status and name are
// exported to the configured tracing backend.
class Span
{
public:
  Span()          = default;
  virtual ~Span() = default;
  Span(const Span &)            = delete;
  Span(Span &&)                 = delete;
  Span &operator=(const Span &) = delete;
  Span &operator=(Span &&)      = delete;

  // Replaces the value of attribute `key`.
  virtual void SetAttribute(nostd::string_view key,
                            const common::AttributeValue &value) noexcept = 0;

  // Events: a name, an optional timestamp and optional attributes.
  virtual void AddEvent(nostd::string_view name) noexcept = 0;
  virtual void AddEvent(nostd::string_view name, common::SystemTimestamp timestamp) noexcept = 0;
  virtual void AddEvent(nostd::string_view name,
                        common::SystemTimestamp timestamp,
                        const common::KeyValueIterable &attributes) noexcept = 0;
  virtual void AddEvent(nostd::string_view name,
                        const common::KeyValueIterable &attributes) noexcept;
  template <class T,
            typename std::enable_if<common::detail::is_key_value_iterable<T>::value>::type * =
                nullptr>
  void AddEvent(nostd::string_view name,
                common::SystemTimestamp timestamp,
                const T &attributes) noexcept;
  template <class T,
            typename std::enable_if<common::detail::is_key_value_iterable<T>::value>::type * =
                nullptr>
  void AddEvent(nostd::string_view name, const T &attributes) noexcept;
  void AddEvent(nostd::string_view name,
                common::SystemTimestamp timestamp,
                std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
                    attributes) noexcept;
  void AddEvent(nostd::string_view name,
                std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
                    attributes) noexcept;

  virtual void SetStatus(StatusCode code, nostd::string_view description = "") noexcept = 0;
  virtual void UpdateName(nostd::string_view name) noexcept = 0;
  virtual void End(const trace::EndSpanOptions &options = {}) noexcept = 0;
  virtual trace::SpanContext GetContext() const noexcept = 0;
  virtual bool IsRecording() const noexcept = 0;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
