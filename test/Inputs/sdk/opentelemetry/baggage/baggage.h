// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/baggage/baggage.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>
#include <string>

#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace baggage
{
// Immutable W3C baggage: key/value pairs propagated to downstream services in
// the `baggage` header.  Set returns a new Baggage with the pair added.
class Baggage
{
public:
  Baggage() noexcept {}
  Baggage(size_t size) noexcept {}

  static nostd::shared_ptr<Baggage> GetDefault();
  bool GetValue(nostd::string_view key, std::string &value) const noexcept;
  nostd::shared_ptr<Baggage> Set(const nostd::string_view &key,
                                 const nostd::string_view &value) noexcept;
  bool GetAllEntries(
      nostd::function_ref<bool(nostd::string_view, nostd::string_view)> callback) const noexcept;
  nostd::shared_ptr<Baggage> Delete(nostd::string_view key) noexcept;
  static nostd::shared_ptr<Baggage> FromHeader(nostd::string_view header) noexcept;
  std::string ToHeader() const noexcept;
};
}  // namespace baggage
OPENTELEMETRY_END_NAMESPACE
