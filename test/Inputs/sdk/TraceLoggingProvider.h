// Stub of TraceLoggingProvider.h (Windows SDK, um/) for piiflow tests: the public macros
// (provider definition, TraceLoggingWrite, the field and option macros) with their documented
// argument shapes: TraceLoggingValue(value, [name, [description, [tags]]]). Their expansion here
// is a small stand-in for the SDK's (templates and ETW metadata): piiflow reads the macros as
// written, not their expansion.
#ifndef PIIFLOW_STUB_TRACELOGGINGPROVIDER_H
#define PIIFLOW_STUB_TRACELOGGINGPROVIDER_H

#include <cstdint>

struct _tlgProvider_t;
typedef const _tlgProvider_t *TraceLoggingHProvider;
typedef long HRESULT;

struct _tlgArg {
  const void *value;
};
template <class T>
_tlgArg _tlgValue(const T &value, ...);
_tlgArg _tlgOption(unsigned long long value);
template <class... Args>
void _tlgWriteTransfer(TraceLoggingHProvider provider, const char *eventName, const void *activity,
                       const void *related, Args &&...args);
HRESULT TraceLoggingRegisterStub(TraceLoggingHProvider provider);

#define TRACELOGGING_DECLARE_PROVIDER(hProvider) extern const TraceLoggingHProvider hProvider
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, providerName, providerId, ...) \
  extern const TraceLoggingHProvider hProvider = nullptr
#define TraceLoggingRegister(hProvider) TraceLoggingRegisterStub(hProvider)

#define TraceLoggingWrite(hProvider, eventName, ...) \
  _tlgWriteTransfer(hProvider, eventName, nullptr, nullptr, __VA_ARGS__)
#define TraceLoggingWriteActivity(hProvider, eventName, pActivityId, pRelatedActivityId, ...) \
  _tlgWriteTransfer(hProvider, eventName, pActivityId, pRelatedActivityId, __VA_ARGS__)

#define TraceLoggingLevel(level) _tlgOption(level)
#define TraceLoggingKeyword(keyword) _tlgOption(keyword)
#define TraceLoggingOpcode(opcode) _tlgOption(opcode)
#define TraceLoggingDescription(description) _tlgOption(0)
#define TraceLoggingEventTag(tag) _tlgOption(tag)

#define TraceLoggingValue(value, ...) _tlgValue(value)
#define TraceLoggingString(value, ...) _tlgValue(value)
#define TraceLoggingWideString(value, ...) _tlgValue(value)
#define TraceLoggingUtf8String(value, ...) _tlgValue(value)
#define TraceLoggingCountedString(value, count, ...) _tlgValue(value, count)
#define TraceLoggingCountedWideString(value, count, ...) _tlgValue(value, count)
#define TraceLoggingCountedUtf8String(value, count, ...) _tlgValue(value, count)
#define TraceLoggingInt32(value, ...) _tlgValue(value)
#define TraceLoggingUInt32(value, ...) _tlgValue(value)
#define TraceLoggingInt64(value, ...) _tlgValue(value)
#define TraceLoggingUInt64(value, ...) _tlgValue(value)
#define TraceLoggingBool(value, ...) _tlgValue(value)
#define TraceLoggingHResult(value, ...) _tlgValue(value)
#define TraceLoggingIPv4Address(value, ...) _tlgValue(value)
#define TraceLoggingSid(value, ...) _tlgValue(value)

#define WINEVENT_LEVEL_INFO 4
#define WINEVENT_LEVEL_VERBOSE 5

#endif
