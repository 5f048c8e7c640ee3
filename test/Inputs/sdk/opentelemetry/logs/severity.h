// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/severity.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
enum class Severity : uint8_t
{
  kInvalid = 0,
  kTrace   = 1,
  kTrace2  = 2,
  kTrace3  = 3,
  kTrace4  = 4,
  kDebug   = 5,
  kDebug2  = 6,
  kDebug3  = 7,
  kDebug4  = 8,
  kInfo    = 9,
  kInfo2   = 10,
  kInfo3   = 11,
  kInfo4   = 12,
  kWarn    = 13,
  kWarn2   = 14,
  kWarn3   = 15,
  kWarn4   = 16,
  kError   = 17,
  kError2  = 18,
  kError3  = 19,
  kError4  = 20,
  kFatal   = 21,
  kFatal2  = 22,
  kFatal3  = 23,
  kFatal4  = 24
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
