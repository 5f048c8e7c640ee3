// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/trace/span_context.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
// Trace id, span id, flags and trace state (fields not modelled).
class SpanContext
{
public:
  explicit SpanContext(bool sampled_flag, bool is_remote) noexcept
      : sampled_(sampled_flag), remote_(is_remote)
  {}
  static SpanContext GetInvalid() noexcept { return SpanContext(false, false); }
  bool IsValid() const noexcept;
  bool IsRemote() const noexcept { return remote_; }
  bool IsSampled() const noexcept { return sampled_; }

private:
  bool sampled_;
  bool remote_;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
