// Writes through a local reference are writes to the place it names: a reference to a JSON
// document's sub-object (`auto &user = event["user"]`), to a map, to a Sentry value. The entries
// land in the named bag (a sub-object's under "user.<key>") and are reported where that bag is
// sent. Negatives beside each: the same shapes holding only the plan, and a const reference
// (a value like any other local: it names nothing to write through).
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <map>
#include <nlohmann/json.hpp>
#include <sentry.h>
#include <string>

struct Account {
  std::string email;
  std::string plan;
};

void sendPayload(const nlohmann::json &event) {
  sentry_value_t v = sentry_value_new_object();
  sentry_value_set_by_key(v, "payload", sentry_value_new_string(event.dump().c_str()));
  sentry_capture_event(v);
}

// Positive: a sub-object filled through a reference to it.
void reportThroughSubObject(const Account &account) {
  nlohmann::json event;
  nlohmann::json &user = event["user"];
  user["contact"] = account.email;
  user["plan"] = account.plan;
  sendPayload(event);
}
// CHECK: reference-aliases.cpp:[[@LINE-2]]:3: warning: email address sent to Sentry as event property "user.contact" in call to 'sentry_capture_event' through 'sendPayload' [privacy-pii-to-analytics]
// CHECK: reference-aliases.cpp:[[@LINE-5]]:21: note: 'account.email' is an email address (field 'Account::email')
// CHECK: reference-aliases.cpp:[[@LINE-6]]:3: note: stored in 'event' under key "user.contact"
// CHECK: reference-aliases.cpp:[[@LINE-5]]:15: note: passed to 'sendPayload'
// CHECK: reference-aliases.cpp:[[@LINE-18]]:40: note: received as parameter 'event' of 'sendPayload'
// CHECK: reference-aliases.cpp:[[@LINE-17]]:3: note: stored in 'v' under key "payload"
// CHECK: reference-aliases.cpp:[[@LINE-17]]:3: note: sent to Sentry by 'sentry_capture_event'

// Negative: the same with the plan only.
void reportPlanThroughSubObject(const Account &account) {
  nlohmann::json event;
  auto &user = event["user"];
  user["plan"] = account.plan;
  sendPayload(event);
}

// Positive: a map filled through a reference, its entries sent as tags.
void tagThroughReference(const Account &account) {
  std::map<std::string, std::string> tags;
  std::map<std::string, std::string> &alias = tags;
  alias["contact"] = account.email;
  for (const auto &kv : tags)
    sentry_set_tag(kv.first.c_str(), kv.second.c_str());
}
// CHECK: reference-aliases.cpp:[[@LINE-2]]:5: warning: email address sent to Sentry as event property "kv.first.c_str()" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: reference-aliases.cpp:[[@LINE-5]]:22: note: 'account.email' is an email address (field 'Account::email')
// CHECK: reference-aliases.cpp:[[@LINE-6]]:3: note: stored in 'tags' under key "contact"

// Positive: a Sentry user object written through a reference.
void userThroughReference(const Account &account) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_t &current = user;
  sentry_value_set_by_key(current, "contact", sentry_value_new_string(account.email.c_str()));
  sentry_set_user(user);
}
// CHECK: reference-aliases.cpp:[[@LINE-2]]:3: warning: email address sent to Sentry as user identity (key "contact") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: reference-aliases.cpp:[[@LINE-4]]:71: note: 'account.email' is an email address (field 'Account::email')
// CHECK: reference-aliases.cpp:[[@LINE-5]]:3: note: stored in 'user' under key "contact"

// Negative: a const reference copies nothing into the map it reads.
void tagFromConstReference(const Account &account) {
  std::map<std::string, std::string> tags;
  tags["plan"] = account.plan;
  const std::map<std::string, std::string> &view = tags;
  for (const auto &kv : view)
    sentry_set_tag(kv.first.c_str(), kv.second.c_str());
}
