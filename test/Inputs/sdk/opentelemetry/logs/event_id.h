// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/event_id.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>

#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
class EventId
{
public:
  EventId(int64_t id, nostd::string_view name) noexcept : id_(id), name_(name) {}
  EventId(int64_t id) noexcept : id_(id) {}

  int64_t id_;
  nostd::string_view name_;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
