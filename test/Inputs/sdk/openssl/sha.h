/* Stub of OpenSSL 3.0 <openssl/sha.h> for piiflow tests: declarations written from the real header
   include/openssl/sha.h; shapes only, not the library's code. */
#ifndef OPENSSL_SHA_H
#define OPENSSL_SHA_H
#include <stddef.h>
#define SHA256_DIGEST_LENGTH 32
#ifdef __cplusplus
extern "C" {
#endif
unsigned char *SHA1(const unsigned char *d, size_t n, unsigned char *md);
unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
unsigned char *SHA512(const unsigned char *d, size_t n, unsigned char *md);
#ifdef __cplusplus
}
#endif
#endif
