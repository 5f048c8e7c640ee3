/* Stub of libsystemd's sd-id128.h for piiflow tests: the 128-bit ids and the calls that read
 * this machine's id (/etc/machine-id), as is or made specific to an application; shapes only. */
#ifndef PIIFLOW_STUB_SD_ID128_H
#define PIIFLOW_STUB_SD_ID128_H

#include <stdint.h>

typedef union sd_id128 {
    uint8_t bytes[16];
    uint64_t qwords[2];
} sd_id128_t;

#define SD_ID128_STRING_MAX 33

#ifdef __cplusplus
extern "C" {
#endif
int sd_id128_get_machine(sd_id128_t *ret);
int sd_id128_get_machine_app_specific(sd_id128_t app_id, sd_id128_t *ret);
int sd_id128_randomize(sd_id128_t *ret);
char *sd_id128_to_string(sd_id128_t id, char s[SD_ID128_STRING_MAX]);
#ifdef __cplusplus
}
#endif

#endif
