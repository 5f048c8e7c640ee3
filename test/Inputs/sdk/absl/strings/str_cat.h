// Stub of Abseil's str_cat.h (abseil/abseil-cpp, LTS 2024) for piiflow tests: declarations written
// from the real header absl/strings/str_cat.h; shapes only, not the library's code.
#ifndef ABSL_STRINGS_STR_CAT_H_
#define ABSL_STRINGS_STR_CAT_H_
#include <string>
#include <string_view>
namespace absl {
class AlphaNum {
public:
  AlphaNum(int x);
  AlphaNum(long x);
  AlphaNum(const char *c_str);
  AlphaNum(std::string_view pc);
  AlphaNum(const std::string &str);
};
std::string StrCat();
std::string StrCat(const AlphaNum &a);
std::string StrCat(const AlphaNum &a, const AlphaNum &b);
std::string StrCat(const AlphaNum &a, const AlphaNum &b, const AlphaNum &c);
void StrAppend(std::string *dest, const AlphaNum &a);
} // namespace absl
#endif
