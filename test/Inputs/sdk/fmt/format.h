// Stub of {fmt} 10 public API for piiflow tests: declarations written from the real header
// include/fmt/format.h (fmtlib/fmt); shapes only, not the library's code.
#ifndef FMT_FORMAT_H_
#define FMT_FORMAT_H_
#include <string>
#include <string_view>
namespace fmt {
inline namespace v10 {
template <typename T> struct type_identity { using type = T; };
template <typename T> using type_identity_t = typename type_identity<T>::type;
template <typename... T> struct basic_format_string {
  template <typename S> constexpr basic_format_string(const S &s) : str(s) {}
  std::string_view str;
};
template <typename... T> using format_string = basic_format_string<type_identity_t<T>...>;
template <typename... T> std::string format(format_string<T...> fmt, T &&...args);
} // namespace v10
} // namespace fmt
#endif
