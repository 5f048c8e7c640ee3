/* Stub of libsodium 1.0.18 <sodium.h> for piiflow tests: declarations written from the real headers
   src/libsodium/include/sodium/crypto_generichash.h and crypto_auth.h; shapes only. */
#ifndef sodium_H
#define sodium_H
#include <stddef.h>
#define crypto_generichash_BYTES 32U
#define crypto_auth_BYTES 32U
#ifdef __cplusplus
extern "C" {
#endif
int crypto_generichash(unsigned char *out, size_t outlen, const unsigned char *in,
                       unsigned long long inlen, const unsigned char *key, size_t keylen);
int crypto_auth(unsigned char *out, const unsigned char *in, unsigned long long inlen,
                const unsigned char *k);
#ifdef __cplusplus
}
#endif
#endif
