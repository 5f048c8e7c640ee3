/*
 * Stub of sentry-native 0.16.3 public API for piiflow tests: declarations
 * written from the real header include/sentry.h (getsentry/sentry-native,
 * tag 0.16.3 = 033a39c5; checked against master 8705b5d1); shapes only, not
 * the SDK's code.  Only the subset piiflow needs is declared.  Every function
 * is a C declaration without a body.  The attachment functions
 * (sentry_options_add_attachment*, sentry_attach_*, sentry_scope_attach_*,
 * sentry_hint_attach_*) have their 0.16.3 shapes; their wide-character (w)
 * variants, which the real header declares only under
 * SENTRY_PLATFORM_WINDOWS, are declared unconditionally here.
 */
#ifndef PIIFLOW_STUB_SENTRY_H
#define PIIFLOW_STUB_SENTRY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SENTRY_SDK_NAME "sentry.native"
#define SENTRY_SDK_VERSION "0.16.3"

/* The real header expands these to visibility/dllexport attributes. */
#define SENTRY_API
#define SENTRY_DEPRECATED(reason) __attribute__((deprecated(reason)))
#define SENTRY_EXPERIMENTAL_API

/* ---- memory ---- */
SENTRY_API void *sentry_malloc(size_t size);
SENTRY_API void sentry_free(void *ptr);

/* ---- protocol values ---- */
typedef enum {
    SENTRY_VALUE_TYPE_NULL,
    SENTRY_VALUE_TYPE_BOOL,
    SENTRY_VALUE_TYPE_INT32,
    SENTRY_VALUE_TYPE_INT64,
    SENTRY_VALUE_TYPE_UINT64,
    SENTRY_VALUE_TYPE_DOUBLE,
    SENTRY_VALUE_TYPE_STRING,
    SENTRY_VALUE_TYPE_LIST,
    SENTRY_VALUE_TYPE_OBJECT,
} sentry_value_type_t;

/* Opaque 64-bit handle passed by value; members must not be touched. */
union sentry_value_u {
    uint64_t _bits;
    double _double;
};
typedef union sentry_value_u sentry_value_t;

SENTRY_API sentry_value_t sentry_value_incref(sentry_value_t value);
SENTRY_API int sentry_value_decref(sentry_value_t value);
SENTRY_API void sentry_value_freeze(sentry_value_t value);

SENTRY_API sentry_value_t sentry_value_new_null(void);
SENTRY_API sentry_value_t sentry_value_new_int32(int32_t value);
SENTRY_API sentry_value_t sentry_value_new_int64(int64_t value);
SENTRY_API sentry_value_t sentry_value_new_uint64(uint64_t value);
SENTRY_API sentry_value_t sentry_value_new_double(double value);
SENTRY_API sentry_value_t sentry_value_new_bool(int value);
SENTRY_API sentry_value_t sentry_value_new_string(const char *value);
SENTRY_API sentry_value_t sentry_value_new_string_n(
    const char *value, size_t value_len);
SENTRY_API sentry_value_t sentry_value_new_list(void);
SENTRY_API sentry_value_t sentry_value_new_object(void);

/* User object: returns null value if every argument is NULL. */
SENTRY_API sentry_value_t sentry_value_new_user(const char *id,
    const char *username, const char *email, const char *ip_address);
SENTRY_API sentry_value_t sentry_value_new_user_n(const char *id,
    size_t id_len, const char *username, size_t username_len,
    const char *email, size_t email_len, const char *ip_address,
    size_t ip_address_len);

SENTRY_API sentry_value_t sentry_value_new_attribute(
    sentry_value_t value, const char *unit);

SENTRY_API sentry_value_type_t sentry_value_get_type(sentry_value_t value);

/* Setting/appending moves ownership of v into the container. */
SENTRY_API int sentry_value_set_by_key(
    sentry_value_t value, const char *k, sentry_value_t v);
SENTRY_API int sentry_value_set_by_key_n(
    sentry_value_t value, const char *k, size_t k_len, sentry_value_t v);
SENTRY_API int sentry_value_remove_by_key(sentry_value_t value, const char *k);
SENTRY_API int sentry_value_append(sentry_value_t value, sentry_value_t v);
SENTRY_API int sentry_value_set_by_index(
    sentry_value_t value, size_t index, sentry_value_t v);

SENTRY_API sentry_value_t sentry_value_get_by_key(
    sentry_value_t value, const char *k);
SENTRY_API sentry_value_t sentry_value_get_by_index(
    sentry_value_t value, size_t index);
SENTRY_API size_t sentry_value_get_length(sentry_value_t value);
SENTRY_API int32_t sentry_value_as_int32(sentry_value_t value);
SENTRY_API double sentry_value_as_double(sentry_value_t value);
SENTRY_API const char *sentry_value_as_string(sentry_value_t value);
SENTRY_API int sentry_value_is_true(sentry_value_t value);
SENTRY_API int sentry_value_is_null(sentry_value_t value);
SENTRY_API char *sentry_value_to_json(sentry_value_t value);

/* ---- events / breadcrumbs ---- */
typedef enum sentry_level_e {
    SENTRY_LEVEL_TRACE = -2,
    SENTRY_LEVEL_DEBUG = -1,
    SENTRY_LEVEL_INFO = 0,
    SENTRY_LEVEL_WARNING = 1,
    SENTRY_LEVEL_ERROR = 2,
    SENTRY_LEVEL_FATAL = 3,
} sentry_level_t;

SENTRY_API sentry_value_t sentry_value_new_event(void);
/* logger may be NULL. */
SENTRY_API sentry_value_t sentry_value_new_message_event(
    sentry_level_t level, const char *logger, const char *text);
SENTRY_API sentry_value_t sentry_value_new_message_event_n(
    sentry_level_t level, const char *logger, size_t logger_len,
    const char *text, size_t text_len);
/* Either argument may be NULL. */
SENTRY_API sentry_value_t sentry_value_new_breadcrumb(
    const char *type, const char *message);
SENTRY_API sentry_value_t sentry_value_new_breadcrumb_n(const char *type,
    size_t type_len, const char *message, size_t message_len);
SENTRY_EXPERIMENTAL_API sentry_value_t sentry_value_new_exception(
    const char *type, const char *value);

typedef struct sentry_uuid_s {
    char bytes[16];
} sentry_uuid_t;

SENTRY_API sentry_uuid_t sentry_uuid_nil(void);
SENTRY_API sentry_uuid_t sentry_uuid_new_v4(void);
SENTRY_API sentry_uuid_t sentry_uuid_from_string(const char *str);
SENTRY_API int sentry_uuid_is_nil(const sentry_uuid_t *uuid);
SENTRY_API void sentry_uuid_as_bytes(const sentry_uuid_t *uuid, char bytes[16]);
SENTRY_API void sentry_uuid_as_string(const sentry_uuid_t *uuid, char str[37]);

/* ---- options / lifecycle ---- */
typedef struct sentry_options_s sentry_options_t;
typedef struct sentry_scope_s sentry_scope_t;

SENTRY_API sentry_options_t *sentry_options_new(void);
SENTRY_API void sentry_options_free(sentry_options_t *opts);
SENTRY_API void sentry_options_set_dsn(sentry_options_t *opts, const char *dsn);
SENTRY_API void sentry_options_set_release(
    sentry_options_t *opts, const char *release);
SENTRY_API void sentry_options_set_send_default_pii(
    sentry_options_t *opts, int value);
SENTRY_API void sentry_options_set_debug(sentry_options_t *opts, int debug);
SENTRY_API int sentry_init(sentry_options_t *options);
SENTRY_API int sentry_close(void);

/* ---- capture ---- */
/* Takes ownership of event. */
SENTRY_API sentry_uuid_t sentry_capture_event(sentry_value_t event);
SENTRY_API sentry_uuid_t sentry_capture_event_with_scope(
    sentry_value_t event, sentry_scope_t *scope);

/* ---- global scope ---- */
SENTRY_API void sentry_add_breadcrumb(sentry_value_t breadcrumb);
SENTRY_API void sentry_scope_add_breadcrumb(
    sentry_scope_t *scope, sentry_value_t breadcrumb);
SENTRY_API void sentry_set_user(sentry_value_t user);
SENTRY_API void sentry_scope_set_user(
    sentry_scope_t *scope, sentry_value_t user);
SENTRY_API void sentry_remove_user(void);
SENTRY_API void sentry_set_release(const char *release);
SENTRY_API void sentry_set_environment(const char *environment);
SENTRY_API void sentry_set_tag(const char *key, const char *value);
SENTRY_API void sentry_set_tag_n(
    const char *key, size_t key_len, const char *value, size_t value_len);
SENTRY_API void sentry_scope_set_tag(
    sentry_scope_t *scope, const char *key, const char *value);
/* Added after 0.16.3 (present on master 8705b5d1). */
SENTRY_API void sentry_set_tags(sentry_value_t tags);
SENTRY_API void sentry_remove_tag(const char *key);
SENTRY_API void sentry_set_extra(const char *key, sentry_value_t value);
SENTRY_API void sentry_set_extra_n(
    const char *key, size_t key_len, sentry_value_t value);
SENTRY_API void sentry_scope_set_extra(
    sentry_scope_t *scope, const char *key, sentry_value_t value);
SENTRY_API void sentry_remove_extra(const char *key);
SENTRY_API void sentry_set_attribute(const char *key, sentry_value_t attribute);
SENTRY_API void sentry_scope_set_attribute(
    sentry_scope_t *scope, const char *key, sentry_value_t attribute);
SENTRY_API void sentry_set_context(const char *key, sentry_value_t value);
SENTRY_API void sentry_set_context_n(
    const char *key, size_t key_len, sentry_value_t value);
SENTRY_API void sentry_scope_set_context(
    sentry_scope_t *scope, const char *key, sentry_value_t value);
SENTRY_API void sentry_remove_context(const char *key);
/* Variadic list of const char*, terminated by NULL. */
SENTRY_API void sentry_set_fingerprint(const char *fingerprint, ...);
SENTRY_API void sentry_set_transaction(const char *transaction);
SENTRY_API void sentry_set_transaction_n(
    const char *transaction, size_t transaction_len);
SENTRY_API void sentry_set_level(sentry_level_t level);

/* ---- structured logs (experimental) ---- */
typedef enum {
    SENTRY_LOG_RETURN_SUCCESS = 0,
    SENTRY_LOG_RETURN_DISCARD = 1,
    SENTRY_LOG_RETURN_FAILED = 2,
    SENTRY_LOG_RETURN_DISABLED = 3
} log_return_value_t;
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_info(
    const char *message, ...);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_error(
    const char *message, ...);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_trace(
    const char *message, ...);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_debug(
    const char *message, ...);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_warn(
    const char *message, ...);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log_fatal(
    const char *message, ...);
/* A plain body, never a format, with explicit attributes. */
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_log(
    sentry_level_t level, const char *body, sentry_value_t attributes);
SENTRY_EXPERIMENTAL_API log_return_value_t sentry_scope_capture_log(
    sentry_scope_t *scope, sentry_level_t level, const char *body,
    sentry_value_t attributes);
SENTRY_EXPERIMENTAL_API void sentry_options_set_logs_with_attributes(
    sentry_options_t *opts, int logs_with_attributes);

/* ---- attachments ---- */
/* The file at path is read when an envelope is created and its content is
 * uploaded with the events.  Relative paths resolve against the current
 * working directory at that time. */
SENTRY_API void sentry_options_add_attachment(
    sentry_options_t *opts, const char *path);
SENTRY_API void sentry_options_add_attachment_n(
    sentry_options_t *opts, const char *path, size_t path_len);
SENTRY_API void sentry_options_add_attachmentw(
    sentry_options_t *opts, const wchar_t *path);
SENTRY_API void sentry_options_add_attachmentw_n(
    sentry_options_t *opts, const wchar_t *path, size_t path_len);

struct sentry_attachment_s;
typedef struct sentry_attachment_s sentry_attachment_t;

/* Owned by the SDK until sentry_remove_attachment/sentry_clear_attachments. */
SENTRY_API sentry_attachment_t *sentry_attach_file(const char *path);
SENTRY_API sentry_attachment_t *sentry_attach_file_n(
    const char *path, size_t path_len);
SENTRY_API sentry_attachment_t *sentry_scope_attach_file(
    sentry_scope_t *scope, const char *path);
SENTRY_API sentry_attachment_t *sentry_scope_attach_file_n(
    sentry_scope_t *scope, const char *path, size_t path_len);
/* The buf_len bytes of buf are uploaded under filename. */
SENTRY_API sentry_attachment_t *sentry_attach_bytes(
    const char *buf, size_t buf_len, const char *filename);
SENTRY_API sentry_attachment_t *sentry_attach_bytes_n(
    const char *buf, size_t buf_len, const char *filename, size_t filename_len);
SENTRY_API sentry_attachment_t *sentry_scope_attach_bytes(
    sentry_scope_t *scope, const char *buf, size_t buf_len,
    const char *filename);
SENTRY_API sentry_attachment_t *sentry_scope_attach_bytes_n(
    sentry_scope_t *scope, const char *buf, size_t buf_len,
    const char *filename, size_t filename_len);
SENTRY_API void sentry_clear_attachments(void);
SENTRY_API void sentry_remove_attachment(sentry_attachment_t *attachment);

/* Windows-only in the real header. */
SENTRY_API sentry_attachment_t *sentry_attach_filew(const wchar_t *path);
SENTRY_API sentry_attachment_t *sentry_attach_filew_n(
    const wchar_t *path, size_t path_len);
SENTRY_API sentry_attachment_t *sentry_scope_attach_filew(
    sentry_scope_t *scope, const wchar_t *path);
SENTRY_API sentry_attachment_t *sentry_scope_attach_filew_n(
    sentry_scope_t *scope, const wchar_t *path, size_t path_len);

#define SENTRY_ATTACHMENT_TYPE_GENERIC "event.attachment"
#define SENTRY_ATTACHMENT_TYPE_MINIDUMP "event.minidump"
#define SENTRY_ATTACHMENT_TYPE_VIEW_HIERARCHY "event.view_hierarchy"
SENTRY_API void sentry_attachment_set_type(
    sentry_attachment_t *attachment, const char *type);
SENTRY_API void sentry_attachment_set_content_type(
    sentry_attachment_t *attachment, const char *content_type);
SENTRY_API void sentry_attachment_set_filename(
    sentry_attachment_t *attachment, const char *filename);

/* Hints carry attachments for one feedback capture only. */
typedef struct sentry_hint_s sentry_hint_t;
SENTRY_API sentry_hint_t *sentry_hint_new(void);
SENTRY_API sentry_attachment_t *sentry_hint_attach_file(
    sentry_hint_t *hint, const char *path);
SENTRY_API sentry_attachment_t *sentry_hint_attach_file_n(
    sentry_hint_t *hint, const char *path, size_t path_len);
SENTRY_API sentry_attachment_t *sentry_hint_attach_bytes(
    sentry_hint_t *hint, const char *buf, size_t buf_len, const char *filename);
/* Windows-only in the real header. */
SENTRY_API sentry_attachment_t *sentry_hint_attach_filew(
    sentry_hint_t *hint, const wchar_t *path);
SENTRY_API sentry_attachment_t *sentry_hint_attach_filew_n(
    sentry_hint_t *hint, const wchar_t *path, size_t path_len);

/* ---- user feedback ---- */
SENTRY_API sentry_value_t sentry_value_new_feedback(const char *message,
    const char *contact_email, const char *name,
    const sentry_uuid_t *associated_event_id);
SENTRY_API void sentry_capture_feedback(sentry_value_t user_feedback);
SENTRY_API sentry_uuid_t sentry_scope_capture_feedback(
    sentry_scope_t *scope, sentry_value_t user_feedback, sentry_hint_t *hint);
/* Deprecated user reports, kept by the real header. */
SENTRY_DEPRECATED("Use `sentry_value_new_feedback` instead")
SENTRY_API sentry_value_t sentry_value_new_user_feedback(
    const sentry_uuid_t *uuid, const char *name, const char *email,
    const char *comments);
SENTRY_DEPRECATED("Use `sentry_capture_feedback` instead")
SENTRY_API void sentry_capture_user_feedback(sentry_value_t user_report);
/* Takes ownership of hint (and its attachments). */
SENTRY_API void sentry_capture_feedback_with_hint(
    sentry_value_t user_feedback, sentry_hint_t *hint);

#ifdef __cplusplus
}
#endif

#endif /* PIIFLOW_STUB_SENTRY_H */
