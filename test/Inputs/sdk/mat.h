/* Stub of the 1DS C/C++ SDK's C API (microsoft/cpp_client_telemetry, lib/include/public/mat.h):
 * the property array that evt_log sends, the _STR/PII_STR initializer helpers as the header
 * defines them for C++ translation units, and the logging entry points. Declarations only as far
 * as piiflow's tests need them; written for the tests, not copied. */
#ifndef TEST_STUB_MAT_H
#define TEST_STUB_MAT_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int64_t evt_handle_t;
typedef int32_t evt_status_t;

typedef enum evt_prop_t {
  TYPE_STRING,
  TYPE_INT64,
  TYPE_DOUBLE,
  TYPE_TIME,
  TYPE_BOOLEAN,
  TYPE_GUID,
  TYPE_NULL
} evt_prop_t;

typedef union evt_prop_v {
  uint64_t as_uint64;
  const char *as_string;
  int64_t as_int64;
  double as_double;
  bool as_bool;
  uint64_t as_time;
} evt_prop_v;

typedef struct evt_prop {
  const char *name;
  evt_prop_t type;
  evt_prop_v value;
  uint32_t piiKind;
} evt_prop;

typedef struct evt_context_t {
  int call;
  evt_handle_t handle;
  void *data;
  evt_status_t result;
  uint32_t size;
} evt_context_t;

evt_status_t evt_api_call_default(evt_context_t *ctx);

static inline evt_status_t evt_log_s(evt_handle_t handle, uint32_t size, evt_prop *evt) {
  evt_context_t ctx;
  ctx.call = 6;
  ctx.handle = handle;
  ctx.data = (void *)evt;
  ctx.size = size;
  return evt_api_call_default(&ctx);
}

static inline evt_status_t evt_log(evt_handle_t handle, evt_prop *evt) {
  evt_context_t ctx;
  ctx.call = 6;
  ctx.handle = handle;
  ctx.data = (void *)evt;
  ctx.size = 0;
  return evt_api_call_default(&ctx);
}

/* The C++ forms of the initializer helpers: only a union's first member can be initialised, so
 * strings travel as integers. */
#define _STR(key, val) { key, TYPE_STRING, { (uint64_t)((char *)val) } }
#define _INT(key, val) { key, TYPE_INT64, { (uint64_t)val } }
#define PII_STR(key, val, kind) { key, TYPE_STRING, { (uint64_t)((char *)val) }, kind }
#define PII_INT(key, val, kind) { key, TYPE_INT64, { (uint64_t)val }, kind }

#ifdef __cplusplus
}
#endif

#endif
