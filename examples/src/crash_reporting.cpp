// Crash-reporting context for Sentry.
#include "notes/user.h"
#include <sentry.h>
#include <string>

namespace notes {

// Leak: the Sentry user carries the email address.
void setCrashUser(const User &user) {
  sentry_value_t sentryUser = sentry_value_new_object();
  sentry_value_set_by_key(sentryUser, "id", sentry_value_new_string(pseudonymize(user.id).c_str()));
  sentry_value_set_by_key(sentryUser, "email", sentry_value_new_string(user.email.c_str()));
  sentry_set_user(sentryUser);
}

// Leak: a breadcrumb message that embeds the email; benign: the build tag.
void onSyncFailed(const User &user, const std::string &buildId) {
  std::string message = "sync failed for " + user.email;
  sentry_add_breadcrumb(sentry_value_new_breadcrumb("sync", message.c_str()));
  sentry_set_tag("build", buildId.c_str());
}

} // namespace notes
