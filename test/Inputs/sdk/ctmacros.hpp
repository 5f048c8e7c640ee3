// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/ctmacros.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_CTMACROS_HPP
#define PIIFLOW_STUB_MAT_CTMACROS_HPP

// Used as `namespace MAT_NS_BEGIN { ... } MAT_NS_END`.
#define MAT_NS_BEGIN  Microsoft { namespace Applications { namespace Events
#define MAT_NS_END    }}
#define MAT           ::Microsoft::Applications::Events

#define MATSDK_LIBABI

#endif
