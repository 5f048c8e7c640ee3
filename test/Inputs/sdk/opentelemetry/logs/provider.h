// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/provider.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/logs/logger.h"
#include "opentelemetry/logs/logger_provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
// Global LoggerProvider singleton.
class Provider
{
public:
  static nostd::shared_ptr<LoggerProvider> GetLoggerProvider() noexcept;
  static void SetLoggerProvider(const nostd::shared_ptr<LoggerProvider> &tp) noexcept;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
