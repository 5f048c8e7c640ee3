// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/nostd/unique_ptr.h
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
// ABI-stable owning pointer.
template <class T>
class unique_ptr
{
public:
  using element_type = T;
  using pointer      = element_type *;

  unique_ptr() noexcept {}
  unique_ptr(std::nullptr_t) noexcept {}
  explicit unique_ptr(pointer ptr) noexcept : ptr_(ptr) {}
  unique_ptr(unique_ptr &&other) noexcept : ptr_(std::move(other.ptr_)) {}
  template <class U, typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}
  template <class U, typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(std::unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}
  unique_ptr &operator=(unique_ptr &&other) noexcept
  {
    ptr_ = std::move(other.ptr_);
    return *this;
  }

  T &operator*() const noexcept { return *ptr_; }
  pointer operator->() const noexcept { return ptr_.get(); }
  operator bool() const noexcept { return ptr_ != nullptr; }
  pointer get() const noexcept { return ptr_.get(); }
  pointer release() noexcept { return ptr_.release(); }
  void reset(pointer ptr = nullptr) noexcept { ptr_.reset(ptr); }

private:
  std::unique_ptr<T> ptr_;
};
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
