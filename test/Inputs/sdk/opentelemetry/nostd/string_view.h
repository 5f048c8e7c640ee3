// Stub of OpenTelemetry C++ API v1.28.0 public API for piiflow tests:
// declarations written from the real header api/include/opentelemetry/nostd/string_view.h
// (open-telemetry/opentelemetry-cpp, tag v1.28.0 = 6f65c3ed; checked against
// main e3511380); shapes only, not the SDK's code.  ABI version 1, default
// (non-STL) nostd build; template machinery simplified.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// Non-owning view of characters; implicitly built from literals, C strings
// and std::string, explicitly convertible back to std::string.
class string_view
{
public:
  typedef std::size_t size_type;
  static constexpr size_type npos = static_cast<size_type>(-1);

  string_view() noexcept : data_(nullptr), length_(0) {}
  string_view(const char *str) noexcept : data_(str), length_(std::strlen(str)) {}
  string_view(const std::basic_string<char> &str) noexcept
      : data_(str.c_str()), length_(str.length())
  {}
  string_view(const char *str, size_type len) noexcept : data_(str), length_(len) {}

  explicit operator std::string() const { return {data_, length_}; }

  const char *data() const noexcept { return data_; }
  bool empty() const noexcept { return length_ == 0; }
  size_type size() const noexcept { return length_; }
  size_type length() const noexcept { return length_; }
  const char *begin() const noexcept { return data_; }
  const char *end() const noexcept { return data_ + length_; }
  const char &operator[](size_type i) const { return data_[i]; }
  string_view substr(size_type pos, size_type n = npos) const noexcept;
  int compare(string_view v) const noexcept;
  size_type find(char ch, size_type pos = 0) const noexcept;

private:
  const char *data_;
  size_type length_;
};

bool operator==(string_view lhs, string_view rhs) noexcept;
bool operator!=(string_view lhs, string_view rhs) noexcept;
bool operator<(string_view lhs, string_view rhs) noexcept;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
