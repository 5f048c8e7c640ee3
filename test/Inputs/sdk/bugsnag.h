/*
 * Stub of bugsnag-android 6.26.0 NDK public API for piiflow tests:
 * declarations written from the real headers
 * bugsnag-plugin-android-ndk/src/main/jni/include/bugsnag.h and event.h
 * (bugsnag/bugsnag-android, v6.26.0 + 3 commits = 29def724), included by
 * users as <bugsnag.h>; shapes only, not the SDK's code.  The real bugsnag.h
 * includes <jni.h> and "event.h"; here JNIEnv is an opaque declaration and the
 * needed part of event.h is inlined.  Only the subset piiflow needs is
 * declared; every function is a C declaration without a body.
 */
#ifndef PIIFLOW_STUB_BUGSNAG_NDK_H
#define PIIFLOW_STUB_BUGSNAG_NDK_H

#include <stdbool.h>
#include <sys/types.h>

#ifdef __cplusplus
struct _JNIEnv;
typedef _JNIEnv JNIEnv;
#else
struct JNINativeInterface;
typedef const struct JNINativeInterface *JNIEnv;
#endif

/* ---- from event.h ---- */
typedef enum {
  BSG_SEVERITY_ERR,
  BSG_SEVERITY_WARN,
  BSG_SEVERITY_INFO,
} bugsnag_severity;

typedef enum {
  BSG_CRUMB_MANUAL,
  BSG_CRUMB_ERROR,
  BSG_CRUMB_LOG,
  BSG_CRUMB_NAVIGATION,
  BSG_CRUMB_PROCESS,
  BSG_CRUMB_REQUEST,
  BSG_CRUMB_STATE,
  BSG_CRUMB_USER,
} bugsnag_breadcrumb_type;

typedef struct {
  char name[64];
  char email[64];
  char id[64];
} bugsnag_user;

#ifdef __cplusplus
extern "C" {
#endif

/* Accessors on the event passed to an on-error callback (void *event_ptr). */
void bugsnag_event_set_context(void *event_ptr, const char *value);
void bugsnag_device_set_id(void *event_ptr, const char *value);
void bugsnag_error_set_error_message(void *event_ptr, const char *value);
bugsnag_user bugsnag_event_get_user(void *event_ptr);
/* User order: id, email, name. */
void bugsnag_event_set_user(void *event_ptr, const char *id, const char *email,
                            const char *name);
void bugsnag_event_set_grouping_hash(void *event_ptr, const char *value);
void bugsnag_event_add_metadata_double(void *event_ptr, const char *section,
                                       const char *name, double value);
void bugsnag_event_add_metadata_string(void *event_ptr, const char *section,
                                       const char *name, const char *value);
void bugsnag_event_add_metadata_bool(void *event_ptr, const char *section,
                                     const char *name, bool value);
void bugsnag_event_clear_metadata(void *event_ptr, const char *section,
                                  const char *name);

/* ---- from bugsnag.h ---- */
typedef bool (*bsg_on_error)(void *);

void bugsnag_start(JNIEnv *env);
void bugsnag_notify(const char *name, const char *message,
                    bugsnag_severity severity);
void bugsnag_notify_env(JNIEnv *env, const char *name, const char *message,
                        bugsnag_severity severity);
/* User order: id, email, name. */
void bugsnag_set_user(const char *id, const char *email, const char *name);
void bugsnag_set_user_env(JNIEnv *env, const char *id, const char *email,
                          const char *name);
void bugsnag_leave_breadcrumb(const char *message,
                              bugsnag_breadcrumb_type type);
void bugsnag_leave_breadcrumb_env(JNIEnv *env, const char *message,
                                  bugsnag_breadcrumb_type type);
void bugsnag_add_on_error(bsg_on_error on_error);
void bugsnag_remove_on_error();

#ifdef __cplusplus
}
#endif

#endif /* PIIFLOW_STUB_BUGSNAG_NDK_H */
