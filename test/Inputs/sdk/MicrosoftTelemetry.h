// Stub of MicrosoftTelemetry.h (the Microsoft Telemetry extensions to TraceLogging) for piiflow
// tests: the keyword, privacy data tag and field tag macros with their documented values.
#ifndef PIIFLOW_STUB_MICROSOFTTELEMETRY_H
#define PIIFLOW_STUB_MICROSOFTTELEMETRY_H

#include <TraceLoggingProvider.h>

#define TraceLoggingOptionMicrosoftTelemetry() 0
#define TelemetryPrivacyDataTag(tag) TraceLoggingUInt64((tag), "PartA_PrivTags")

#define PDT_BrowsingHistory 0x0000000000000002u
#define PDT_ProductAndServicePerformance 0x0000000001000000u
#define PDT_ProductAndServiceUsage 0x0000000002000000u

#define MICROSOFT_KEYWORD_CRITICAL_DATA 0x0000800000000000
#define MICROSOFT_KEYWORD_MEASURES 0x0000400000000000
#define MICROSOFT_KEYWORD_TELEMETRY 0x0000200000000000

#define MICROSOFT_FIELDTAG_DROP_PII 0x04000000
#define MICROSOFT_FIELDTAG_HASH_PII 0x08000000

#endif
