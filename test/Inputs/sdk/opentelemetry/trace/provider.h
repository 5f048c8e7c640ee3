// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/trace/provider.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/tracer.h"
#include "opentelemetry/trace/tracer_provider.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
// Global TracerProvider singleton.
class Provider
{
public:
  static nostd::shared_ptr<TracerProvider> GetTracerProvider() noexcept;
  static void SetTracerProvider(const nostd::shared_ptr<TracerProvider> &tp) noexcept;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
