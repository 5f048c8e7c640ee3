// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/logs/logger.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/logs/event_id.h"
#include "opentelemetry/logs/log_record.h"
#include "opentelemetry/logs/severity.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
// Emits log records.  In the variadic overloads each argument is routed by
// its type (logger_type_traits.h): Severity sets the severity, EventId the
// event id, a string (anything convertible to nostd::string_view or
// AttributeValue) the body, a KeyValueIterable or key/value container the
// attributes, SpanContext/TraceId/SpanId/TraceFlags the trace context and a
// timestamp the timestamp.
class Logger
{
public:
  virtual ~Logger() = default;

  virtual const nostd::string_view GetName() noexcept = 0;
  virtual nostd::unique_ptr<LogRecord> CreateLogRecord() noexcept = 0;

  virtual void EmitLogRecord(nostd::unique_ptr<LogRecord> &&log_record) noexcept = 0;
  template <class... ArgumentType>
  void EmitLogRecord(nostd::unique_ptr<LogRecord> &&log_record, ArgumentType &&...args);
  template <class... ArgumentType>
  void EmitLogRecord(ArgumentType &&...args);

  template <class... ArgumentType>
  void Trace(ArgumentType &&...args) noexcept;
  template <class... ArgumentType>
  void Debug(ArgumentType &&...args) noexcept;
  template <class... ArgumentType>
  void Info(ArgumentType &&...args) noexcept;
  template <class... ArgumentType>
  void Warn(ArgumentType &&...args) noexcept;
  template <class... ArgumentType>
  void Error(ArgumentType &&...args) noexcept;
  template <class... ArgumentType>
  void Fatal(ArgumentType &&...args) noexcept;

  bool Enabled(Severity severity) const noexcept;

  // Fixed-shape overloads: (severity, [event id,] format, attributes) or
  // (severity, message).
  virtual void Log(Severity severity,
                   const EventId &event_id,
                   nostd::string_view format,
                   const common::KeyValueIterable &attributes) noexcept;
  virtual void Log(Severity severity,
                   int64_t event_id,
                   nostd::string_view format,
                   const common::KeyValueIterable &attributes) noexcept;
  virtual void Log(Severity severity,
                   nostd::string_view format,
                   const common::KeyValueIterable &attributes) noexcept;
  virtual void Log(Severity severity, nostd::string_view message) noexcept;

  void Trace(const EventId &event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Trace(int64_t event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Trace(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Trace(nostd::string_view message) noexcept;

  void Debug(const EventId &event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Debug(int64_t event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Debug(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Debug(nostd::string_view message) noexcept;

  void Info(const EventId &event_id,
            nostd::string_view format,
            const common::KeyValueIterable &attributes) noexcept;
  void Info(int64_t event_id,
            nostd::string_view format,
            const common::KeyValueIterable &attributes) noexcept;
  void Info(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Info(nostd::string_view message) noexcept;

  void Warn(const EventId &event_id,
            nostd::string_view format,
            const common::KeyValueIterable &attributes) noexcept;
  void Warn(int64_t event_id,
            nostd::string_view format,
            const common::KeyValueIterable &attributes) noexcept;
  void Warn(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Warn(nostd::string_view message) noexcept;

  void Error(const EventId &event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Error(int64_t event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Error(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Error(nostd::string_view message) noexcept;

  void Fatal(const EventId &event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Fatal(int64_t event_id,
             nostd::string_view format,
             const common::KeyValueIterable &attributes) noexcept;
  void Fatal(nostd::string_view format, const common::KeyValueIterable &attributes) noexcept;
  void Fatal(nostd::string_view message) noexcept;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
