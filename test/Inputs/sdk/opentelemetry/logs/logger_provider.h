// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/logger_provider.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
class Logger;

class LoggerProvider
{
public:
  virtual ~LoggerProvider() = default;
  virtual nostd::shared_ptr<Logger> GetLogger(
      nostd::string_view logger_name,
      nostd::string_view name                    = "",
      nostd::string_view version                 = "",
      nostd::string_view schema_url              = "",
      const common::KeyValueIterable &attributes = common::NoopKeyValueIterable()) = 0;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
