// sentry-native: sentry_value_t objects, the user, tags and breadcrumbs.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && not %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include <sentry.h>
#include <string>

// Positive: a username set on the user object with sentry_value_set_by_key.
void setUser(const std::string &username) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "username", sentry_value_new_string(username.c_str()));
  sentry_value_set_by_key(user, "segment", sentry_value_new_string("paid"));
  sentry_set_user(user);
}
// FIXED: {{^}}  sentry_value_t user = sentry_value_new_object();
// FIXED-NEXT: {{^}}  sentry_value_set_by_key(user, "segment", sentry_value_new_string("paid"));

// Positive: sentry_value_new_user puts its arguments under fixed keys.
void setUserFromParts(const std::string &ip) {
  sentry_set_user(sentry_value_new_user(nullptr, nullptr, nullptr, ip.c_str()));
}

// Negative: a user object with only an opaque, non-personal value.
void setUserClean(const std::string &tier) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "tier", sentry_value_new_string(tier.c_str()));
  sentry_set_user(user);
}

// Positive: an IP address as a tag; negative: a build id as a tag.
void tags(const std::string &clientIp, const std::string &buildId) {
  sentry_set_tag("client", clientIp.c_str());
  sentry_set_tag("build", buildId.c_str());
}

// Positive: an email in a breadcrumb's message.
void breadcrumb(const std::string &email) {
  std::string message = "login failed for " + email;
  sentry_add_breadcrumb(sentry_value_new_breadcrumb("auth", message.c_str()));
}
// CHECK: sentry-native.cpp:20:3: warning: username sent to Sentry as user identity (key "username") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: sentry-native.cpp:18:69: note: 'username' is a username (name 'username')
// CHECK: sentry-native.cpp:18:3: note: stored in 'user' under key "username"
// CHECK: sentry-native.cpp:27:3: warning: IP address sent to Sentry as user identity (key "ip_address") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: sentry-native.cpp:27:68: note: 'ip' is an IP address (name 'ip')
// CHECK: sentry-native.cpp:27:68: note: stored under key "ip_address"
// CHECK: sentry-native.cpp:39:3: warning: IP address sent to Sentry as event property "client" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: sentry-native.cpp:39:28: note: 'clientIp' is an IP address (name 'clientIp')
// CHECK: sentry-native.cpp:46:3: warning: email address sent to Sentry as event property "message" in call to 'sentry_add_breadcrumb' [privacy-pii-to-analytics]
// CHECK: sentry-native.cpp:45:47: note: 'email' is an email address (name 'email')
// CHECK: sentry-native.cpp:45:15: note: assigned to 'message'
// CHECK: sentry-native.cpp:46:61: note: stored under key "message"
