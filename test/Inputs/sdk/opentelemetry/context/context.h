// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/context/context.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace context
{
// Immutable key/value context (contents not modelled).
class Context
{
public:
  Context() = default;
};

class RuntimeContext
{
public:
  static Context GetCurrent() noexcept;
};
}  // namespace context
OPENTELEMETRY_END_NAMESPACE
