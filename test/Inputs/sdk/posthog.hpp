// Stub of posthog-c 0.1.0 public API for piiflow tests: declarations written
// from the real header include/posthog.hpp (shoelle/posthog-c, unofficial
// community SDK, commit 17539fb0), the header-only C++ layer over posthog.h;
// shapes only, not the SDK's code.  The real functions are inline and forward
// to the C API; here they are declarations without bodies.
#ifndef PIIFLOW_STUB_POSTHOG_HPP
#define PIIFLOW_STUB_POSTHOG_HPP

#include "posthog.h"

#include <cstdint>
#include <string>

namespace posthog {

// Fluent property builder: every setter appends one key/value and returns
// *this, so calls chain: Props().str("plan", p).i64("seats", n).
class Props {
public:
    Props();

    Props &str(const char *key, const char *val);
    Props &str(const char *key, const std::string &val);
    Props &num(const char *key, double val);
    Props &i64(const char *key, long long val);
    Props &boolean(const char *key, bool val);

    const ph_props *raw() const;

private:
    ph_props p_;
};

const char *version();
ph_result init(const ph_config &cfg);

ph_result capture(const char *event);
ph_result capture(const char *event, const Props &props);

void identify(const char *distinct_id);
void identify(const char *distinct_id, const Props &set_props);

void alias(const char *new_id, const char *old_id);
ph_result get_distinct_id(char *out, int cap);
void reset();

void group(const char *type, const char *key);
void group(const char *type, const char *key, const Props &set_props);

void register_super(const Props &props);
void unregister(const char *key);

void capture_exception(const ph_exception &ex);

bool is_feature_enabled(const char *key, bool fallback = false);
void flush(int timeout_ms);
void shutdown();

// RAII: ph_init on construction, ph_shutdown on destruction.
class Session {
public:
    explicit Session(const ph_config &cfg);
    ~Session();
    bool ok() const;
    ph_result result() const;

    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

private:
    ph_result result_;
};

}  // namespace posthog

#endif  // PIIFLOW_STUB_POSTHOG_HPP
