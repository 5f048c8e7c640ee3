// A project's keyed hash, as the HashFunction option names it in the fix-it tests: HMAC-SHA-256 of
// the value under a key the vendor does not have. Declaration only; the tests compile, not link.
#ifndef PRIVACY_HASH_H
#define PRIVACY_HASH_H
#include <string>
#include <string_view>
namespace privacy {
std::string KeyedHash(std::string_view value);
} // namespace privacy
#endif
