// Containers as collections of entries: a range-for over a bag (structured bindings or
// .first/.second), iterators (find, it->second), lookups (at), pairs and tuples (std::get), copies
// and merges, and a loop that re-inserts one bag's entries into the SDK's bag each keep every
// entry's key and data. A facade that does that with its parameter is a sink for the caller's
// entries, reported at the caller under the caller's key. Each positive has a negative beside it:
// the same shape carrying only data that is not personal.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "analytics.hpp"
#include <map>
#include <sentry.h>
#include <string>
#include <tuple>
#include <utility>

using segment::analytics::Analytics;
using segment::analytics::Object;
using Attributes = std::map<std::string, std::string>;

struct Customer {
  std::string email;
  std::string plan;
};

// Positive: each entry of a std::map re-inserted into the SDK's bag, by structured bindings and
// by .first/.second; negative: the same loops over a map of plans.
void copyByBindings(Analytics &analytics, const Customer &customer) {
  Attributes attributes;
  attributes["email"] = customer.email;
  Object props;
  for (const auto &[key, value] : attributes)
    props[key] = value;
  analytics.Track("anonymous", "Bindings", props);
}
void copyByMembers(Analytics &analytics, const Customer &customer) {
  Attributes attributes{{"contact", customer.email}, {"tier", customer.plan}};
  Object props;
  for (const auto &entry : attributes)
    props[entry.first] = entry.second;
  analytics.Track("anonymous", "Members", props);
}
void copyPlans(Analytics &analytics, const Customer &customer) {
  Attributes attributes{{"tier", customer.plan}};
  Object props;
  for (const auto &[key, value] : attributes)
    props[key] = value;
  analytics.Track("anonymous", "Plans", props);
}

// Positive: an iterator's value, a lookup, and a pair's second; negative: the entry under another
// key, and a pair's first.
void lookups(Analytics &analytics, const Customer &customer) {
  Attributes attributes{{"contact", customer.email}, {"tier", customer.plan}};
  auto found = attributes.find("contact");
  analytics.Track(found->second, "Found", nullptr);
  analytics.Track(attributes.at("tier"), "Tier", nullptr);
  std::pair<std::string, std::string> pair{customer.plan, customer.email};
  analytics.Track(pair.second, "Second", nullptr);
  analytics.Track(pair.first, "First", nullptr);
  auto tuple = std::make_tuple(customer.plan, customer.email);
  analytics.Track(std::get<1>(tuple), "Get", nullptr);
  analytics.Track(std::get<0>(tuple), "GetPlan", nullptr);
}

// Positive: a copy and a merge carry every entry; negative: the copy after the entry is erased.
void copies(Analytics &analytics, const Customer &customer) {
  Attributes attributes{{"contact", customer.email}};
  Attributes copy = attributes;
  Object props;
  props["contact"] = copy["contact"];
  analytics.Track("anonymous", "Copy", props);
  std::map<std::string, std::string> merged;
  merged.merge(copy);
  Object again;
  for (const auto &[key, value] : merged)
    again[key] = value;
  analytics.Track("anonymous", "Merged", again);
  attributes.erase("contact");
  Attributes emptied = attributes;
  Object none;
  for (const auto &[key, value] : emptied)
    none[key] = value;
  analytics.Track("anonymous", "Emptied", none);
}

// A facade that converts its parameter's entries for the SDK is a sink for them: positive at the
// caller under the caller's key, through a list and through a map; negative with a plan.
class Telemetry {
public:
  explicit Telemetry(Analytics &analytics) : analytics_(analytics) {}
  void log(const std::string &event, const Attributes &attributes) {
    Object props;
    for (const auto &[key, value] : attributes)
      props[key] = value;
    analytics_.Track("anonymous", event, props);
  }

private:
  Analytics &analytics_;
};

void onCheckout(Telemetry &telemetry, const Customer &customer) {
  telemetry.log("Checkout", {{"email", customer.email}, {"plan", customer.plan}});
  Attributes attributes;
  attributes["buyer"] = customer.email;
  telemetry.log("Paid", attributes);
  telemetry.log("Upgrade", {{"plan", customer.plan}});
}

// The same loop into Sentry's bag with a hashed value: not raw data any more.
std::string keyedHash(const std::string &value);
void toSentry(const Attributes &attributes) {
  sentry_value_t context = sentry_value_new_object();
  for (const auto &[key, value] : attributes)
    sentry_value_set_by_key(context, key.c_str(), sentry_value_new_string(value.c_str()));
  sentry_set_context("customer", context);
}
void toSentryHashed(const Attributes &attributes) {
  sentry_value_t context = sentry_value_new_object();
  for (const auto &[key, value] : attributes)
    sentry_value_set_by_key(context, key.c_str(),
                            sentry_value_new_string(keyedHash(value).c_str()));
  sentry_set_context("customer", context);
}
void onCrashContext(const Customer &customer) {
  toSentry({{"email", customer.email}});
  toSentryHashed({{"email", customer.email}});
  toSentry({{"plan", customer.plan}});
}
// CHECK: containers.cpp:41:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:37:25: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:37:3: note: stored in 'attributes' under key "email"
// CHECK: containers.cpp:40:5: note: copied into 'props' under its key
// CHECK: containers.cpp:48:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:44:37: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:44:25: note: stored under key "contact"
// CHECK: containers.cpp:47:5: note: copied into 'props' under its key
// CHECK: containers.cpp:63:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:61:37: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:61:25: note: stored under key "contact"
// CHECK: containers.cpp:66:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:65:59: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:69:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:68:47: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:79:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:75:37: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:75:25: note: stored under key "contact"
// CHECK: containers.cpp:78:3: note: stored in 'props' under key "contact"
// CHECK: containers.cpp:85:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: containers.cpp:75:37: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:75:25: note: stored under key "contact"
// CHECK: containers.cpp:81:3: note: copied into 'merged' under its key
// CHECK: containers.cpp:84:5: note: copied into 'again' under its key
// CHECK: containers.cpp:111:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' through 'Telemetry::log' [privacy-pii-to-analytics]
// CHECK: containers.cpp:111:40: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:111:30: note: stored under key "email"
// CHECK: containers.cpp:111:29: note: passed to 'Telemetry::log'
// CHECK: containers.cpp:99:56: note: received as parameter 'attributes' of 'Telemetry::log'
// CHECK: containers.cpp:102:7: note: copied into 'props' under its key
// CHECK: containers.cpp:103:16: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: containers.cpp:114:13: warning: email address sent to Segment as event property "buyer" in call to 'segment::analytics::Analytics::Track' through 'Telemetry::log' [privacy-pii-to-analytics]
// CHECK: containers.cpp:113:25: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:113:3: note: stored in 'attributes' under key "buyer"
// CHECK: containers.cpp:114:25: note: passed to 'Telemetry::log'
// CHECK: containers.cpp:99:56: note: received as parameter 'attributes' of 'Telemetry::log'
// CHECK: containers.cpp:102:7: note: copied into 'props' under its key
// CHECK: containers.cpp:103:16: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: containers.cpp:134:3: warning: email address sent to Sentry as event property "email" in call to 'sentry_set_context' through 'toSentry' [privacy-pii-to-analytics]
// CHECK: containers.cpp:134:23: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: containers.cpp:134:13: note: stored under key "email"
// CHECK: containers.cpp:134:12: note: passed to 'toSentry'
// CHECK: containers.cpp:120:33: note: received as parameter 'attributes' of 'toSentry'
// CHECK: containers.cpp:123:5: note: copied into 'context' under its key
// CHECK: containers.cpp:124:3: note: sent to Sentry by 'sentry_set_context'
// The drop fix-its remove the entry where the caller put it.
// FIXED: {{^}}  Attributes attributes{{[{][{]}}"tier", customer.plan}};
// FIXED: {{^}}  Attributes attributes{};
// FIXED: {{^}}  telemetry.log("Checkout", {{[{][{]}}"plan", customer.plan}});
// FIXED: {{^}}  toSentry({});
// FIXED-NEXT: {{^}}  toSentryHashed({{[{][{]}}"email", customer.email}});
