// Function summaries within a translation unit: a company facade around the SDK is a sink for its
// parameters (wrappers of wrappers, virtual methods through their overriders), helpers that
// return or fill personal data are sources, and the finding is at the call that chooses what to
// send, once, with notes down to the SDK call.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <sentry.h>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct User {
  std::string email;
  std::string id;
  std::string plan;
};

class Telemetry {
public:
  explicit Telemetry(Analytics &analytics) : analytics_(analytics) {}
  void track(const std::string &event, const Object &props) {
    analytics_.Track("anonymous", event, props);
  }
  void trackContact(const std::string &contact) {
    Object props;
    props["contact"] = contact;
    track("Contact", props);
  }

private:
  Analytics &analytics_;
};

std::string contactOf(const User &user) { return user.email; }
std::string planOf(const User &user) { return user.plan; }
void fillProps(Object &props, const User &user) { props["mail"] = user.email; }

// Positive: a bag with an email through the facade; a helper's result through a wrapper of a
// wrapper; a bag filled by a helper.
void onSignup(Telemetry &telemetry, const User &user) {
  Object props;
  props["email"] = user.email;
  telemetry.track("Signup", props);
  telemetry.trackContact(contactOf(user));
  Object filled;
  fillProps(filled, user);
  telemetry.track("Filled", filled);
}

// Negative: the same wrappers given data that is not personal.
void onUpgrade(Telemetry &telemetry, const User &user) {
  Object props;
  props["plan"] = user.plan;
  telemetry.track("Upgrade", props);
  telemetry.trackContact(planOf(user));
}

// A wrapper of Sentry's user: its parameters reach the SDK under fixed keys.
void setCrashUser(const std::string &userId, const std::string &email) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "id", sentry_value_new_string(userId.c_str()));
  sentry_value_set_by_key(user, "email", sentry_value_new_string(email.c_str()));
  sentry_set_user(user);
}

// Positive: a user id through the wrapper; negative: a literal email address.
void onLogin(const User &user) { setCrashUser(user.id, "nobody@example.com"); }

// Calls through an interface reach the SDK through the overrider.
class Sink {
public:
  virtual ~Sink() = default;
  virtual void send(const std::string &message) = 0;
};
class SentrySink : public Sink {
public:
  void send(const std::string &message) override { sentry_set_transaction(message.c_str()); }
};

// Positive: personal data through the interface; negative: a constant.
void report(Sink &sink, const User &user) {
  sink.send("login " + user.email);
  sink.send("login");
}

// Positive: a wrapper that nothing in this unit calls reports inside itself.
void exportedHelper(const std::string &phone) { sentry_set_tag("phone", phone.c_str()); }

// Recursive wrappers are summarised to a fixpoint.
void retry(int attempts, const std::string &value) {
  if (attempts == 0) {
    sentry_set_tag("value", value.c_str());
    return;
  }
  retry(attempts - 1, value);
}

// Positive: through the recursion.
void onRetry(const User &user) { retry(3, user.email); }
// CHECK: wrappers.cpp:48:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' through 'Telemetry::track' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:47:20: note: 'user.email' is an email address (field 'User::email')
// CHECK: wrappers.cpp:47:3: note: stored in 'props' under key "email"
// CHECK: wrappers.cpp:48:29: note: passed to 'Telemetry::track'
// CHECK: wrappers.cpp:26:54: note: received as parameter 'props' of 'Telemetry::track'
// CHECK: wrappers.cpp:27:16: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: wrappers.cpp:49:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' through 'Telemetry::trackContact' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:39:50: note: 'user.email' is an email address (field 'User::email')
// CHECK: wrappers.cpp:49:26: note: returned by 'contactOf'
// CHECK: wrappers.cpp:49:26: note: passed to 'Telemetry::trackContact'
// CHECK: wrappers.cpp:29:40: note: received as parameter 'contact' of 'Telemetry::trackContact'
// CHECK: wrappers.cpp:31:5: note: stored in 'props' under key "contact"
// CHECK: wrappers.cpp:32:22: note: passed to 'Telemetry::track'
// CHECK: wrappers.cpp:26:54: note: received as parameter 'props' of 'Telemetry::track'
// CHECK: wrappers.cpp:27:16: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: wrappers.cpp:52:13: warning: email address sent to Segment as event property "mail" in call to 'segment::analytics::Analytics::Track' through 'Telemetry::track' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:41:67: note: 'user.email' is an email address (field 'User::email')
// CHECK: wrappers.cpp:41:51: note: stored in 'props' under key "mail"
// CHECK: wrappers.cpp:51:3: note: filled by 'fillProps'
// CHECK: wrappers.cpp:52:29: note: passed to 'Telemetry::track'
// CHECK: wrappers.cpp:26:54: note: received as parameter 'props' of 'Telemetry::track'
// CHECK: wrappers.cpp:27:16: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: wrappers.cpp:72:34: warning: user identifier sent to Sentry as user identity (key "id") in call to 'sentry_set_user' through 'setCrashUser' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:72:47: note: 'user.id' is a user identifier (field 'User::id')
// CHECK: wrappers.cpp:72:47: note: passed to 'setCrashUser'
// CHECK: wrappers.cpp:64:38: note: received as parameter 'userId' of 'setCrashUser'
// CHECK: wrappers.cpp:66:3: note: stored in 'user' under key "id"
// CHECK: wrappers.cpp:68:3: note: sent to Sentry by 'sentry_set_user'
// CHECK: wrappers.cpp:87:8: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' through 'Sink::send' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:87:24: note: 'user.email' is an email address (field 'User::email')
// CHECK: wrappers.cpp:87:13: note: passed to 'Sink::send'
// CHECK: wrappers.cpp:82:32: note: received as parameter 'message' of 'SentrySink::send'
// CHECK: wrappers.cpp:82:52: note: sent to Sentry by 'sentry_set_transaction'
// CHECK: wrappers.cpp:92:49: warning: phone number sent to Sentry as event property "phone" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:92:73: note: 'phone' is a phone number (name 'phone')
// CHECK: wrappers.cpp:104:34: warning: email address sent to Sentry as event property "value" in call to 'sentry_set_tag' through 'retry' [privacy-pii-to-analytics]
// CHECK: wrappers.cpp:104:43: note: 'user.email' is an email address (field 'User::email')
// CHECK: wrappers.cpp:104:43: note: passed to 'retry'
// CHECK: wrappers.cpp:95:45: note: received as parameter 'value' of 'retry'
// CHECK: wrappers.cpp:97:5: note: sent to Sentry by 'sentry_set_tag'
