/*
 * Stub of posthog-c 0.1.0 public API for piiflow tests: declarations written
 * from the real header include/posthog.h (shoelle/posthog-c, an unofficial
 * community SDK; read at commit 17539fb0); shapes only, not the SDK's code.
 * Only the subset piiflow needs is declared; every function is a C
 * declaration without a body.  (PostHog's own beta C/C++ SDK, posthog-rs-ffi,
 * also ships an include/posthog.h with a different API; it is not this file.)
 */
#ifndef PIIFLOW_STUB_POSTHOG_H
#define PIIFLOW_STUB_POSTHOG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PH_VERSION_STRING "0.1.0"

/* Fixed capacities of the inline property set (values as in 0.1.0). */
#define PH_MAX_PROPS 24
#define PH_KEY_CAP 48
#define PH_VAL_CAP 192

typedef enum ph_result {
    PH_OK = 0,
    PH_ERR = -1,
    PH_ERR_DISABLED = -2,
    PH_ERR_FULL = -3,
    PH_ERR_BADARG = -4,
    PH_ERR_TRUNCATED = -5,
    PH_ERR_RATE_LIMITED = -6
} ph_result;

const char *ph_version(void);

/* A bounded property set on the caller's stack; filled by the typed setters. */
typedef struct ph_prop {
    char key[PH_KEY_CAP];
    unsigned char type;
    union {
        char str[PH_VAL_CAP];
        double dbl;
        int64_t i64;
        int boolean;
    } val;
} ph_prop;

typedef struct ph_props {
    int count;
    int dropped;
    ph_prop items[PH_MAX_PROPS];
} ph_props;

void ph_props_init(ph_props *p);
/* Each setter appends one key/value pair to p. */
ph_result ph_props_set_str(ph_props *p, const char *key, const char *val);
ph_result ph_props_set_double(ph_props *p, const char *key, double val);
ph_result ph_props_set_int(ph_props *p, const char *key, int64_t val);
ph_result ph_props_set_bool(ph_props *p, const char *key, int val);

typedef int (*ph_before_send_fn)(const char *event, ph_props *props, void *user);

/* Configuration (subset of fields).  distinct_id is the anonymous install id
 * sent with every event; ph_identify replaces it. */
typedef struct ph_config {
    const char *api_key;
    const char *api_host;
    const char *distinct_id;
    int flush_at;
    int flush_interval_ms;
    const char *offline_path;
    const char *release;
    int enabled;
    int disable_geoip;
    ph_before_send_fn before_send;
    void *user_data;
    const char *const *property_denylist;
    int property_denylist_count;
    int crash_handler;
} ph_config;

void ph_config_defaults(ph_config *cfg);

typedef struct ph_stackframe {
    const char *function;
    const char *filename;
    const char *module;
    int lineno;
    int in_app;
} ph_stackframe;

/* A structured error sent as a $exception event. */
typedef struct ph_exception {
    const char *type;
    const char *message;
    int handled;
    int synthetic;
    const ph_stackframe *frames;
    int frame_count;
    const ph_props *extra;
} ph_exception;

ph_result ph_init(const ph_config *cfg);
/* props may be NULL. */
ph_result ph_capture(const char *event, const ph_props *props);
/* Sign-in: emits $identify; set_props become person properties ($set). */
void ph_identify(const char *distinct_id, const ph_props *set_props);
/* Merges two ids into one person ($create_alias). */
void ph_alias(const char *new_id, const char *old_id);
ph_result ph_get_distinct_id(char *out, int cap);
void ph_reset(void);
/* $groupidentify: group type, group key, group properties. */
void ph_group(const char *type, const char *key, const ph_props *set_props);
/* Super properties: merged into every later event. */
void ph_register(const ph_props *super_props);
void ph_unregister(const char *key);
void ph_capture_exception(const ph_exception *ex);

int ph_is_feature_enabled(const char *key, int fallback);
ph_result ph_get_feature_flag(const char *key, char *out, int cap);
void ph_flush(int timeout_ms);
void ph_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif /* PIIFLOW_STUB_POSTHOG_H */
