// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/common/attribute_value.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>

#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
// One attribute value: a scalar, a string or a span of them (same
// alternatives, same order as the real header).
using AttributeValue = nostd::variant<bool,
                                      int32_t,
                                      int64_t,
                                      uint32_t,
                                      double,
                                      const char *,
                                      nostd::string_view,
                                      nostd::span<const bool>,
                                      nostd::span<const int32_t>,
                                      nostd::span<const int64_t>,
                                      nostd::span<const uint32_t>,
                                      nostd::span<const double>,
                                      nostd::span<const nostd::string_view>,
                                      uint64_t,
                                      nostd::span<const uint64_t>,
                                      nostd::span<const uint8_t>>;

enum AttributeType
{
  kTypeBool,
  kTypeInt,
  kTypeInt64,
  kTypeUInt,
  kTypeDouble,
  kTypeCString,
  kTypeString,
  kTypeSpanBool,
  kTypeSpanInt,
  kTypeSpanInt64,
  kTypeSpanUInt,
  kTypeSpanDouble,
  kTypeSpanString,
  kTypeUInt64,
  kTypeSpanUInt64,
  kTypeSpanByte
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
