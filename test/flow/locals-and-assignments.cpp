// Locals, assignments, copies, moves, branches, loops and macros: flow-sensitive, may-analysis.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "firebase/analytics.h"
#include <string>
#include <utility>

namespace fa = firebase::analytics;

// Positive: a parameter copied through two locals.
void copies(const std::string &email) {
  std::string contact = email;
  std::string recipient;
  recipient = contact;
  fa::SetUserId(recipient.c_str());
}

// Negative: the value is overwritten with a constant before the call.
void overwritten(const std::string &email) {
  std::string contact = email;
  contact = "anonymous";
  fa::SetUserId(contact.c_str());
}

// Negative: overwritten on every path before the call.
void overwrittenOnBothPaths(const std::string &email, bool flag) {
  std::string contact = email;
  if (flag)
    contact = "a";
  else
    contact = "b";
  fa::SetUserId(contact.c_str());
}

// Positive: tainted on one path only (the analysis joins paths).
void oneBranch(const std::string &phone, bool flag) {
  std::string value = "none";
  if (flag)
    value = phone;
  fa::LogEvent("contact", "value", value.c_str());
}

// Positive: assigned in a loop, sent after it.
void loop(const std::string *usernames, int count) {
  std::string last;
  for (int i = 0; i < count; ++i)
    last = usernames[i];
  fa::SetUserProperty("last", last.c_str());
}

// Positive: std::move keeps the data.
void moved(std::string password) {
  std::string secret = std::move(password);
  fa::LogEvent("debug", "value", secret.c_str());
}

// Positive: reported at the macro's use in the user's code.
#define LOG_ID(id) fa::SetUserId((id).c_str())
void macro(const std::string &userId) {
  LOG_ID(userId);
}

// Negative: an unrelated local with a literal, and a derived boolean.
void unrelated(const std::string &email) {
  std::string screen = "home";
  bool known = !email.empty();
  fa::LogEvent("view", "screen", screen.c_str());
  fa::LogEvent("view", "known", known ? 1 : 0);
}
// CHECK: locals-and-assignments.cpp:18:3: warning: email address sent to Google Analytics for Firebase as user identity in call to 'firebase::analytics::SetUserId' [privacy-pii-to-analytics]
// CHECK: locals-and-assignments.cpp:15:25: note: 'email' is an email address (name 'email')
// CHECK: locals-and-assignments.cpp:15:15: note: assigned to 'contact'
// CHECK: locals-and-assignments.cpp:17:3: note: assigned to 'recipient'
// CHECK: locals-and-assignments.cpp:43:3: warning: phone number sent to Google Analytics for Firebase as event property "value" in call to 'firebase::analytics::LogEvent' [privacy-pii-to-analytics]
// CHECK: locals-and-assignments.cpp:42:13: note: 'phone' is a phone number (name 'phone')
// CHECK: locals-and-assignments.cpp:42:5: note: assigned to 'value'
// CHECK: locals-and-assignments.cpp:51:3: warning: username sent to Google Analytics for Firebase as user trait "last" in call to 'firebase::analytics::SetUserProperty' [privacy-pii-to-analytics]
// CHECK: locals-and-assignments.cpp:50:12: note: 'usernames' is a username (name 'usernames')
// CHECK: locals-and-assignments.cpp:50:5: note: assigned to 'last'
// CHECK: locals-and-assignments.cpp:57:3: warning: credential or secret sent to Google Analytics for Firebase as event property "value" in call to 'firebase::analytics::LogEvent' [privacy-pii-to-analytics]
// CHECK: locals-and-assignments.cpp:56:34: note: 'password' is a credential or secret (name 'password')
// CHECK: locals-and-assignments.cpp:56:15: note: assigned to 'secret'
// CHECK: locals-and-assignments.cpp:63:3: warning: user identifier sent to Google Analytics for Firebase as user identity in call to 'firebase::analytics::SetUserId' [privacy-pii-to-analytics]
// CHECK: locals-and-assignments.cpp:63:10: note: 'userId' is a user identifier (name 'userId')
