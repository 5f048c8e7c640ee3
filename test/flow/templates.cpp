// Templates are analysed as each instantiation the unit uses, and a finding is reported once per
// call site, not once per instantiation: variadic track(event, Args&&...) helpers, a
// setProperty(props, key, value) template that fills the caller's bag under the caller's key, a
// builder class template whose set() fills a member, and a set(key, value) wrapper whose key
// is the caller's. Negatives beside each: the same helpers given a plan.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "analytics.hpp"
#include <sentry.h>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct Account {
  std::string email;
  std::string plan;
  long id = 0;
};

template <class T> void setProperty(Object &props, const char *key, const T &value) {
  props[key] = value;
}

template <class... Args>
void track(Analytics &analytics, const std::string &event, Args &&...args) {
  Object props;
  (setProperty(props, "value", args), ...);
  analytics.Track("anonymous", event, props);
}

// Positive: through each instantiation the calls use (two of them), once per call.
void onVariadic(Analytics &analytics, const Account &account) {
  track(analytics, "Variadic", account.email);
  track(analytics, "Pair", account.plan, account.email);
  track(analytics, "Plan", account.plan);
}

// Positive: the template fills the caller's bag under the caller's key; negative: a plan.
void onSetProperty(Analytics &analytics, const Account &account) {
  Object props;
  setProperty(props, "contact", account.email);
  setProperty(props, "tier", account.plan);
  analytics.Track("anonymous", "Set", props);
}

template <class Value> class EventBuilder {
public:
  EventBuilder &set(const std::string &key, const Value &value) {
    props_[key] = value;
    return *this;
  }
  Object props_;
};

// Positive: a builder class template's set() fills its member; negative: a plan.
void onBuilder(Analytics &analytics, const Account &account) {
  EventBuilder<std::string> builder;
  builder.set("owner", account.email);
  builder.set("tier", account.plan);
  analytics.Track("anonymous", "Built", builder.props_);
}

// A set(key, value) wrapper of Sentry's tags: positive with the caller's key, negative a plan.
void setTag(const std::string &key, const std::string &value) {
  sentry_set_tag(key.c_str(), value.c_str());
}
void onTags(const Account &account) {
  setTag("customer", account.email);
  setTag("tier", account.plan);
}
// CHECK: templates.cpp:40:3: warning: email address sent to Segment as event property "value" in call to 'segment::analytics::Analytics::Track' through 'track' [privacy-pii-to-analytics]
// CHECK: templates.cpp:40:32: note: 'account.email' is an email address (field 'Account::email')
// CHECK: templates.cpp:40:32: note: passed to 'track'
// CHECK: templates.cpp:32:70: note: received as parameter 'args' of 'track'
// CHECK: templates.cpp:34:4: note: passed to 'setProperty'
// CHECK: templates.cpp:34:4: note: stored in 'props' under key "value"
// CHECK: templates.cpp:35:13: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: templates.cpp:41:3: warning: email address sent to Segment as event property "value" in call to 'segment::analytics::Analytics::Track' through 'track' [privacy-pii-to-analytics]
// CHECK: templates.cpp:41:42: note: 'account.email' is an email address (field 'Account::email')
// CHECK: templates.cpp:41:42: note: passed to 'track'
// CHECK: templates.cpp:32:70: note: received as parameter 'args' of 'track'
// CHECK: templates.cpp:34:4: note: passed to 'setProperty'
// CHECK: templates.cpp:34:4: note: stored in 'props' under key "value"
// CHECK: templates.cpp:35:13: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: templates.cpp:50:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: templates.cpp:48:33: note: 'account.email' is an email address (field 'Account::email')
// CHECK: templates.cpp:48:3: note: passed to 'setProperty'
// CHECK: templates.cpp:48:3: note: stored in 'props' under key "contact"
// CHECK: templates.cpp:67:13: warning: email address sent to Segment as event property "owner" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: templates.cpp:65:24: note: 'account.email' is an email address (field 'Account::email')
// CHECK: templates.cpp:65:11: note: passed to 'EventBuilder::set'
// CHECK: templates.cpp:65:3: note: stored in 'builder.props_' under key "owner"
// CHECK: templates.cpp:75:3: warning: email address sent to Sentry as event property "customer" in call to 'sentry_set_tag' through 'setTag' [privacy-pii-to-analytics]
// CHECK: templates.cpp:75:22: note: 'account.email' is an email address (field 'Account::email')
// CHECK: templates.cpp:75:22: note: passed to 'setTag'
// CHECK: templates.cpp:71:56: note: received as parameter 'value' of 'setTag'
// CHECK: templates.cpp:72:3: note: sent to Sentry by 'sentry_set_tag'
// The drop fix-its remove the call that put the entry in the caller's bag.
// FIXED: {{^}}void onSetProperty(Analytics &analytics, const Account &account) {
// FIXED-NEXT: {{^}}  Object props;
// FIXED-NEXT: {{^}}  setProperty(props, "tier", account.plan);
// FIXED: {{^}}  EventBuilder<std::string> builder;
// FIXED-NEXT: {{^}}  builder.set("tier", account.plan);
