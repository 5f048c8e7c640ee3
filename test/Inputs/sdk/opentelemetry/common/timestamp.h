// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/common/timestamp.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <chrono>
#include <cstdint>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
class SystemTimestamp
{
public:
  SystemTimestamp() noexcept : nanos_since_epoch_(0) {}
  SystemTimestamp(const std::chrono::system_clock::time_point &time_point) noexcept
      : nanos_since_epoch_(static_cast<int64_t>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(time_point.time_since_epoch())
                .count()))
  {}
  std::chrono::nanoseconds time_since_epoch() const noexcept
  {
    return std::chrono::nanoseconds{nanos_since_epoch_};
  }

private:
  int64_t nanos_since_epoch_;
};

class SteadyTimestamp
{
public:
  SteadyTimestamp() noexcept : nanos_since_epoch_(0) {}
  SteadyTimestamp(const std::chrono::steady_clock::time_point &time_point) noexcept
      : nanos_since_epoch_(static_cast<int64_t>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(time_point.time_since_epoch())
                .count()))
  {}

private:
  int64_t nanos_since_epoch_;
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
