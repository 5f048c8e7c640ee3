// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/common/key_value_iterable.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
// Type-erased collection of (key, AttributeValue) pairs.
class KeyValueIterable
{
public:
  virtual ~KeyValueIterable() = default;
  virtual bool ForEachKeyValue(nostd::function_ref<bool(nostd::string_view, common::AttributeValue)>
                                   callback) const noexcept = 0;
  virtual size_t size() const noexcept = 0;
};

class NoopKeyValueIterable : public KeyValueIterable
{
public:
  bool ForEachKeyValue(nostd::function_ref<bool(nostd::string_view, common::AttributeValue)>)
      const noexcept override
  {
    return true;
  }
  size_t size() const noexcept override { return 0; }
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
