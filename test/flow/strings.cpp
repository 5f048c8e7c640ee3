// std::string operations carry personal data; sizes, emptiness and comparisons do not.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <sentry.h>
#include <sstream>
#include <string>

// Positive: concatenation.
void concatenation(const std::string &email) {
  std::string message = "password reset for " + email + " requested";
  sentry_set_transaction(message.c_str());
}

// Positive: += and append.
void appending(const std::string &firstName, const std::string &lastName) {
  std::string label = "user:";
  label += firstName;
  std::string other = "user:";
  other.append(lastName);
  sentry_set_transaction(label.c_str());
  sentry_set_transaction(other.c_str());
}

// Positive: substr and a numeric id through std::to_string.
void derived(const std::string &phone, long userId) {
  std::string prefix = phone.substr(0, 6);
  sentry_set_tag("prefix", prefix.c_str());
  std::string id = std::to_string(userId);
  sentry_set_tag("uid", id.c_str());
}

// Positive: an output string stream.
void streams(const std::string &ipAddress) {
  std::ostringstream out;
  out << "connect from " << ipAddress;
  sentry_set_transaction(out.str().c_str());
}

// Negative: sizes, emptiness, comparisons and booleans derived from personal data.
void notPropagated(const std::string &email) {
  std::string length = std::to_string(email.size());
  sentry_set_tag("email_length", length.c_str());
  bool corporate = email == "ceo@example.com";
  sentry_set_tag("corporate", corporate ? "yes" : "no");
  std::string empty = email.empty() ? "none" : "some";
  sentry_set_tag("state", empty.c_str());
}
// CHECK: strings.cpp:14:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: strings.cpp:13:49: note: 'email' is an email address (name 'email')
// CHECK: strings.cpp:13:15: note: assigned to 'message'
// CHECK: strings.cpp:23:3: warning: person name sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: strings.cpp:20:12: note: 'firstName' is a person name (name 'firstName')
// CHECK: strings.cpp:20:9: note: appended to 'label'
// CHECK: strings.cpp:24:3: warning: person name sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: strings.cpp:22:16: note: 'lastName' is a person name (name 'lastName')
// CHECK: strings.cpp:22:9: note: appended to 'other'
// CHECK: strings.cpp:30:3: warning: phone number sent to Sentry as event property "prefix" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: strings.cpp:29:24: note: 'phone' is a phone number (name 'phone')
// CHECK: strings.cpp:29:15: note: assigned to 'prefix'
// CHECK: strings.cpp:32:3: warning: user identifier sent to Sentry as event property "uid" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: strings.cpp:31:35: note: 'userId' is a user identifier (name 'userId')
// CHECK: strings.cpp:31:15: note: assigned to 'id'
// CHECK: strings.cpp:39:3: warning: IP address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: strings.cpp:38:29: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: strings.cpp:38:26: note: written to 'out'
