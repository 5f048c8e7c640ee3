// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/nostd/shared_ptr.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// ABI-stable shared pointer; the real one type-erases a std::shared_ptr.
template <class T>
class shared_ptr
{
public:
  using element_type = T;
  using pointer      = element_type *;

  shared_ptr() noexcept {}
  explicit shared_ptr(pointer ptr) : ptr_(ptr) {}
  shared_ptr(std::shared_ptr<T> ptr) noexcept : ptr_(std::move(ptr)) {}
  shared_ptr(std::unique_ptr<T> &&other) noexcept : ptr_(std::move(other)) {}
  template <class U, typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  shared_ptr(const shared_ptr<U> &other) noexcept : ptr_(other.std_ptr_())
  {}
  shared_ptr(std::nullptr_t) noexcept {}

  T &operator*() const noexcept { return *ptr_; }
  pointer operator->() const noexcept { return ptr_.get(); }
  operator bool() const noexcept { return ptr_ != nullptr; }
  pointer get() const noexcept { return ptr_.get(); }
  void swap(shared_ptr<T> &other) noexcept { ptr_.swap(other.ptr_); }

  const std::shared_ptr<T> &std_ptr_() const noexcept { return ptr_; }

private:
  std::shared_ptr<T> ptr_;
};

template <class T1, class T2>
bool operator!=(const shared_ptr<T1> &lhs, const shared_ptr<T2> &rhs) noexcept
{
  return lhs.get() != rhs.get();
}
template <class T1, class T2>
bool operator==(const shared_ptr<T1> &lhs, const shared_ptr<T2> &rhs) noexcept
{
  return lhs.get() == rhs.get();
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
