// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/version.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#define OPENTELEMETRY_ABI_VERSION_NO 1
#define OPENTELEMETRY_VERSION "1.28.0"
#define OPENTELEMETRY_VERSION_MAJOR 1
#define OPENTELEMETRY_VERSION_MINOR 28
#define OPENTELEMETRY_VERSION_PATCH 0

// The real header builds the inline namespace name from the ABI version (v1).
#define OPENTELEMETRY_BEGIN_NAMESPACE \
  namespace opentelemetry {           \
  inline namespace v1 {
#define OPENTELEMETRY_END_NAMESPACE \
  }                                 \
  }
#define OPENTELEMETRY_NAMESPACE opentelemetry::v1
#define OPENTELEMETRY_EXPORT
