// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/nostd/function_ref.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <functional>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// Non-owning callable reference; the stub wraps std::function.
template <class Sig>
class function_ref;

template <class R, class... Args>
class function_ref<R(Args...)>
{
public:
  template <class F>
  function_ref(F &&f) : fn_(std::forward<F>(f))
  {}
  R operator()(Args... args) const { return fn_(std::forward<Args>(args)...); }

private:
  std::function<R(Args...)> fn_;
};
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
