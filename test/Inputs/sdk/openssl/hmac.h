/* Stub of OpenSSL 3.0 <openssl/hmac.h> for piiflow tests: declarations written from the real header
   include/openssl/hmac.h; shapes only, not the library's code. */
#ifndef OPENSSL_HMAC_H
#define OPENSSL_HMAC_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *data,
                    size_t data_len, unsigned char *md, unsigned int *md_len);
#ifdef __cplusplus
}
#endif
#endif
