// PostHog C/C++ (community SDK): capture, identify, alias, groups and the Props builder.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of posthog-c (C API and posthog.hpp) through piiflow's stubs.
#include <posthog.hpp>

#include <cstring>
#include <string>

struct Account {
  std::string userId;
  std::string email;
  std::string phone;
  std::string plan;
  int seats;
};

// Positive: the user's email is the value of a C property set entry.
void captureSignupC(const Account& a) {
  ph_props p;
  ph_props_init(&p);
  ph_props_set_str(&p, "email", a.email.c_str());
  ph_props_set_int(&p, "seats", a.seats);
  ph_capture("signed_up", &p);
}

// Negative: only the plan and a count go into the C property set.
void captureUpgradeC(const Account& a) {
  ph_props p;
  ph_props_init(&p);
  ph_props_set_str(&p, "plan", a.plan.c_str());
  ph_props_set_double(&p, "ratio", 0.5);
  ph_props_set_bool(&p, "trial", 0);
  ph_capture("upgraded", &p);
}

// Positive: the phone number is an event name (string built from it).
void captureNamedByPhone(const std::string& phone) {
  std::string name = "call_" + phone;
  ph_capture(name.c_str(), nullptr);
}

// Positive: sign-in with the user id and the email as a person property.
void identifyC(const Account& a) {
  ph_props traits;
  ph_props_init(&traits);
  ph_props_set_str(&traits, "email", a.email.c_str());
  ph_identify(a.userId.c_str(), &traits);
}

// Negative: identify with an opaque, non-personal install token.
void identifyInstallC() {
  ph_identify("install-7f3a", nullptr);
}

// Positive: alias merges the anonymous id into the email.
void aliasC(const std::string& email) {
  ph_alias(email.c_str(), "anon-123");
}

// Negative: alias between two constant ids.
void aliasConstC() {
  ph_alias("team-a", "team-b");
}

// Positive: the group key is the user's email; group properties hold the phone.
void groupC(const Account& a) {
  ph_props gp;
  ph_props_init(&gp);
  ph_props_set_str(&gp, "contact_phone", a.phone.c_str());
  ph_group("company", a.email.c_str(), &gp);
}

// Negative: a constant group with a plan property.
void groupConstC(const Account& a) {
  ph_props gp;
  ph_props_init(&gp);
  ph_props_set_str(&gp, "plan", a.plan.c_str());
  ph_group("company", "acme", &gp);
}

// Positive: super properties carry the user id on every event.
void registerC(const std::string& userId) {
  ph_props sp;
  ph_props_init(&sp);
  ph_props_set_str(&sp, "user_id", userId.c_str());
  ph_register(&sp);
}

// Negative: super properties with the app build only.
void registerBuildC() {
  ph_props sp;
  ph_props_init(&sp);
  ph_props_set_str(&sp, "build", "1.2.3");
  ph_register(&sp);
}

// Positive: the exception message contains the email.
void exceptionC(const std::string& email) {
  std::string msg = "no account for " + email;
  ph_exception ex;
  std::memset(&ex, 0, sizeof ex);
  ex.type = "LookupError";
  ex.message = msg.c_str();
  ph_capture_exception(&ex);
}

// Negative: a constant exception.
void exceptionConstC() {
  ph_exception ex;
  std::memset(&ex, 0, sizeof ex);
  ex.type = "Timeout";
  ex.message = "request timed out";
  ph_capture_exception(&ex);
}

// Positive: the configured distinct id is the user's email.
void initC(const std::string& email) {
  ph_config cfg;
  ph_config_defaults(&cfg);
  cfg.api_key = "phc_test";
  cfg.distinct_id = email.c_str();
  ph_init(&cfg);
}

// Negative: the configured distinct id is an install id.
void initInstallC() {
  ph_config cfg;
  ph_config_defaults(&cfg);
  cfg.api_key = "phc_test";
  cfg.distinct_id = "install-7f3a";
  ph_init(&cfg);
}

// Positive: builder links; the email is the second link of the chain.
void captureCpp(const Account& a) {
  posthog::capture("checkout",
                   posthog::Props().str("plan", a.plan).str("email", a.email).i64("seats", a.seats));
}

// Negative: builder links with a plan, a price and a flag only.
void captureCppClean(const Account& a) {
  posthog::capture("checkout",
                   posthog::Props().str("plan", a.plan).num("price", 9.99).boolean("trial", false));
  posthog::capture("app_opened");
}

// Positive: a builder kept in a variable, the phone added later.
void captureCppVariable(const Account& a) {
  posthog::Props props;
  props.str("plan", a.plan);
  props.str("phone", a.phone);
  posthog::capture("call_started", props);
}

// Positive: identify with the user id, traits with the email.
void identifyCpp(const Account& a) {
  posthog::identify(a.userId.c_str(), posthog::Props().str("email", a.email));
  posthog::identify(a.userId.c_str());
}

// Negative: identify with a constant id and a plan trait.
void identifyCppClean(const Account& a) {
  posthog::identify("anonymous", posthog::Props().str("plan", a.plan));
}

// Positive: alias to the user's email.
void aliasCpp(const Account& a) {
  posthog::alias(a.email.c_str(), "anon-123");
}

// Negative: alias between constants.
void aliasCppClean() {
  posthog::alias("new-id", "old-id");
}

// Positive: the group key is the email, the group properties the phone.
void groupCpp(const Account& a) {
  posthog::group("company", a.email.c_str(),
                 posthog::Props().str("phone", a.phone));
}

// Negative: a constant group key.
void groupCppClean(const Account& a) {
  posthog::group("company", "acme");
  posthog::group("company", "acme", posthog::Props().str("plan", a.plan));
}

// Positive: super properties with the user id.
void registerCpp(const Account& a) {
  posthog::register_super(posthog::Props().str("user_id", a.userId));
}

// Negative: super properties with the build.
void registerCppClean() {
  posthog::register_super(posthog::Props().str("build", "1.2.3"));
}

// Positive: the exception's message is the email.
void exceptionCpp(const Account& a) {
  ph_exception ex;
  std::memset(&ex, 0, sizeof ex);
  ex.type = "AuthError";
  ex.message = a.email.c_str();
  posthog::capture_exception(ex);
}

// Negative: a constant exception message.
void exceptionCppClean() {
  ph_exception ex;
  std::memset(&ex, 0, sizeof ex);
  ex.type = "AuthError";
  ex.message = "token expired";
  posthog::capture_exception(ex);
}

// Positive: init and Session with the user id as distinct id.
void initCpp(const Account& a) {
  ph_config cfg;
  ph_config_defaults(&cfg);
  cfg.distinct_id = a.userId.c_str();
  posthog::init(cfg);
  posthog::Session session(cfg);
}

// Negative: Session with an install id.
void initCppClean() {
  ph_config cfg;
  ph_config_defaults(&cfg);
  cfg.distinct_id = "install-7f3a";
  posthog::Session session(cfg);
  posthog::flush(2000);
}

// CHECK: posthog-cpp.cpp:31:3: warning: email address sent to PostHog as event property "email" in call to 'ph_capture' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:29:33: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:29:3: note: stored in 'p' under key "email"
// CHECK: posthog-cpp.cpp:47:3: warning: phone number sent to PostHog as event name in call to 'ph_capture' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:46:32: note: 'phone' is a phone number (name 'phone')
// CHECK: posthog-cpp.cpp:46:15: note: assigned to 'name'
// CHECK: posthog-cpp.cpp:55:3: warning: email address sent to PostHog as user trait "email" in call to 'ph_identify' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:54:38: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:54:3: note: stored in 'traits' under key "email"
// CHECK: posthog-cpp.cpp:55:3: warning: user identifier sent to PostHog as user identity in call to 'ph_identify' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:55:15: note: 'a.userId' is a user identifier (field 'Account::userId')
// CHECK: posthog-cpp.cpp:65:3: warning: email address sent to PostHog as user identity in call to 'ph_alias' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:65:12: note: 'email' is an email address (name 'email')
// CHECK: posthog-cpp.cpp:78:3: warning: email address sent to PostHog as attribute "company" in call to 'ph_group' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:78:23: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:78:3: warning: phone number sent to PostHog as event property "contact_phone" in call to 'ph_group' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:77:42: note: 'a.phone' is a phone number (field 'Account::phone')
// CHECK: posthog-cpp.cpp:77:3: note: stored in 'gp' under key "contact_phone"
// CHECK: posthog-cpp.cpp:94:3: warning: user identifier sent to PostHog as event property "user_id" in call to 'ph_register' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:93:36: note: 'userId' is a user identifier (name 'userId')
// CHECK: posthog-cpp.cpp:93:3: note: stored in 'sp' under key "user_id"
// CHECK: posthog-cpp.cpp:112:3: warning: email address sent to PostHog as free text (key "message") in call to 'ph_capture_exception' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:107:41: note: 'email' is an email address (name 'email')
// CHECK: posthog-cpp.cpp:107:15: note: assigned to 'msg'
// CHECK: posthog-cpp.cpp:111:3: note: assigned to 'ex.message'
// CHECK: posthog-cpp.cpp:130:3: warning: email address sent to PostHog as user identity (key "distinct_id") in call to 'ph_init' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:129:21: note: 'email' is an email address (name 'email')
// CHECK: posthog-cpp.cpp:129:3: note: assigned to 'cfg.distinct_id'
// CHECK: posthog-cpp.cpp:144:3: warning: email address sent to PostHog as event property "email" in call to 'posthog::capture' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:145:70: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:145:57: note: stored under key "email"
// CHECK: posthog-cpp.cpp:160:3: warning: phone number sent to PostHog as event property "phone" in call to 'posthog::capture' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:159:22: note: 'a.phone' is a phone number (field 'Account::phone')
// CHECK: posthog-cpp.cpp:159:3: note: stored in 'props' under key "phone"
// CHECK: posthog-cpp.cpp:165:3: warning: email address sent to PostHog as user trait "email" in call to 'posthog::identify' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:165:69: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:165:39: note: stored under key "email"
// CHECK: posthog-cpp.cpp:165:3: warning: user identifier sent to PostHog as user identity in call to 'posthog::identify' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:165:21: note: 'a.userId' is a user identifier (field 'Account::userId')
// CHECK: posthog-cpp.cpp:166:3: warning: user identifier sent to PostHog as user identity in call to 'posthog::identify' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:166:21: note: 'a.userId' is a user identifier (field 'Account::userId')
// CHECK: posthog-cpp.cpp:176:3: warning: email address sent to PostHog as user identity in call to 'posthog::alias' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:176:18: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:186:3: warning: email address sent to PostHog as attribute "company" in call to 'posthog::group' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:186:29: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:186:3: warning: phone number sent to PostHog as event property "phone" in call to 'posthog::group' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:187:48: note: 'a.phone' is a phone number (field 'Account::phone')
// CHECK: posthog-cpp.cpp:187:18: note: stored under key "phone"
// CHECK: posthog-cpp.cpp:198:3: warning: user identifier sent to PostHog as event property "user_id" in call to 'posthog::register_super' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:198:59: note: 'a.userId' is a user identifier (field 'Account::userId')
// CHECK: posthog-cpp.cpp:198:27: note: stored under key "user_id"
// CHECK: posthog-cpp.cpp:212:3: warning: email address sent to PostHog as free text (key "message") in call to 'posthog::capture_exception' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:211:16: note: 'a.email' is an email address (field 'Account::email')
// CHECK: posthog-cpp.cpp:211:3: note: assigned to 'ex.message'
// CHECK: posthog-cpp.cpp:229:3: warning: user identifier sent to PostHog as user identity (key "distinct_id") in call to 'posthog::init' [privacy-pii-to-analytics]
// CHECK: posthog-cpp.cpp:228:21: note: 'a.userId' is a user identifier (field 'Account::userId')
// CHECK: posthog-cpp.cpp:228:3: note: assigned to 'cfg.distinct_id'
// FIX: {{^}}-  ph_props_set_str(&p, "email", a.email.c_str());
// FIX: {{^}}-  ph_props_set_str(&traits, "email", a.email.c_str());
// FIX: {{^}}-  ph_props_set_str(&gp, "contact_phone", a.phone.c_str());
// FIX: {{^}}-  ph_props_set_str(&sp, "user_id", userId.c_str());
// FIX: {{^}}-                   posthog::Props().str("plan", a.plan).str("email", a.email).i64("seats", a.seats));
// FIX: {{^}}+                   posthog::Props().str("plan", a.plan).i64("seats", a.seats));
// FIX: {{^}}-  props.str("phone", a.phone);
