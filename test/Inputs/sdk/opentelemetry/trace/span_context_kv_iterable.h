// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/trace/span_context_kv_iterable.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
// Type-erased collection of span links: (SpanContext, link attributes).
class SpanContextKeyValueIterable
{
public:
  virtual ~SpanContextKeyValueIterable() = default;
  virtual bool ForEachKeyValue(
      nostd::function_ref<bool(SpanContext, const common::KeyValueIterable &)> callback)
      const noexcept = 0;
  virtual size_t size() const noexcept = 0;
};

class NullSpanContext : public SpanContextKeyValueIterable
{
public:
  bool ForEachKeyValue(nostd::function_ref<bool(SpanContext, const common::KeyValueIterable &)>)
      const noexcept override
  {
    return true;
  }
  size_t size() const noexcept override { return 0; }
};

namespace detail
{
// True for containers of (SpanContext, attributes) pairs.
template <class T, class = void>
struct is_span_context_kv_iterable : std::false_type
{};
template <class T>
struct is_span_context_kv_iterable<
    T,
    typename std::enable_if<std::is_convertible<
        decltype(std::begin(std::declval<const T &>())->first),
        SpanContext>::value>::type> : std::true_type
{};
}  // namespace detail
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
