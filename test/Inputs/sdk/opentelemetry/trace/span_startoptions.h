// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/trace/span_startoptions.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
struct StartSpanOptions
{
  common::SystemTimestamp start_system_time;
  common::SteadyTimestamp start_steady_time;
  nostd::variant<SpanContext, context::Context> parent = SpanContext::GetInvalid();
  SpanKind kind = SpanKind::kInternal;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
