// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/nostd/span.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <vector>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// Non-owning view of a contiguous sequence (dynamic extent only).
template <class T>
class span
{
public:
  span() noexcept : data_(nullptr), size_(0) {}
  span(T *data, std::size_t count) noexcept : data_(data), size_(count) {}
  span(T *first, T *last) noexcept : data_(first), size_(static_cast<std::size_t>(last - first)) {}
  template <std::size_t N>
  span(T (&array)[N]) noexcept : data_(array), size_(N)
  {}
  template <class U>
  span(const std::vector<U> &v) noexcept : data_(v.data()), size_(v.size())
  {}

  T *data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T *begin() const noexcept { return data_; }
  T *end() const noexcept { return data_ + size_; }
  T &operator[](std::size_t i) const noexcept { return data_[i]; }

private:
  T *data_;
  std::size_t size_;
};

template <class C>
auto size(const C &c) noexcept -> decltype(c.size())
{
  return c.size();
}
template <class T, std::size_t N>
std::size_t size(T (&)[N]) noexcept
{
  return N;
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
