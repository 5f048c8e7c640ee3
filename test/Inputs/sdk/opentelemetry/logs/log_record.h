// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/log_record.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/logs/severity.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
// A log record being built; emitted by Logger::EmitLogRecord.
class LogRecord
{
public:
  virtual ~LogRecord() = default;
  virtual void SetTimestamp(common::SystemTimestamp timestamp) noexcept         = 0;
  virtual void SetObservedTimestamp(common::SystemTimestamp timestamp) noexcept = 0;
  virtual void SetSeverity(logs::Severity severity) noexcept                    = 0;
  // The message.
  virtual void SetBody(const common::AttributeValue &message) noexcept = 0;
  virtual void SetAttribute(nostd::string_view key,
                            const common::AttributeValue &value) noexcept = 0;
  virtual void SetEventId(int64_t id, nostd::string_view name = {}) noexcept = 0;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
