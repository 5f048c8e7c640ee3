// Mixpanel C++: mixpanel::Value properties, identify/alias, super properties and People updates.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && not %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include <mixpanel/mixpanel.hpp>
#include <string>

// Positive: an email inserted with operator[] into the event properties.
void trackSignup(mixpanel::Mixpanel &mp, const std::string &userEmail) {
  mixpanel::Value props;
  props["email"] = userEmail;
  props["source"] = "ad";
  mp.track("signup", props);
}
// FIXED: {{^}}  mixpanel::Value props;
// FIXED-NEXT: {{^}}  props["source"] = "ad";

// Negative: the key was erased... by overwriting the value with a constant before the call.
void trackSignupRedacted(mixpanel::Mixpanel &mp, const std::string &userEmail) {
  std::string contact = userEmail;
  contact = "redacted";
  mixpanel::Value props;
  props["contact"] = contact;
  mp.track("signup", props);
}

// Positive: the user's email as the distinct id.
void identify(mixpanel::Mixpanel &mp, const std::string &userEmail) {
  mp.identify(userEmail);
}

// Negative: an opaque session token that is not named like personal data.
void identifySession(mixpanel::Mixpanel &mp, const std::string &sessionHandle) {
  mp.identify(sessionHandle);
}

// Positive: People setters whose API fixes the kind, and a reserved key.
void profile(mixpanel::Mixpanel &mp, const std::string &input) {
  mp.people.set_email(input);
  mp.people.set("$phone", input);
}

// Negative: literal profile values and a non-personal key.
void profileClean(mixpanel::Mixpanel &mp, const std::string &plan) {
  mp.people.set_email("nobody@example.com");
  mp.people.set("plan", plan);
}
// CHECK: mixpanel.cpp:20:6: warning: email address sent to Mixpanel as event property "email" in call to 'mixpanel::Mixpanel::track' [privacy-pii-to-analytics]
// CHECK: mixpanel.cpp:18:20: note: 'userEmail' is an email address (name 'userEmail')
// CHECK: mixpanel.cpp:18:3: note: stored in 'props' under key "email"
// CHECK: mixpanel.cpp:36:6: warning: email address sent to Mixpanel as user identity in call to 'mixpanel::Mixpanel::identify' [privacy-pii-to-analytics]
// CHECK: mixpanel.cpp:36:15: note: 'userEmail' is an email address (name 'userEmail')
// CHECK: mixpanel.cpp:46:13: warning: email address sent to Mixpanel as user trait in call to 'mixpanel::Mixpanel::People::set_email' [privacy-pii-to-analytics]
// CHECK: mixpanel.cpp:46:23: note: the argument is an email address (parameter of 'mixpanel::Mixpanel::People::set_email')
// CHECK: mixpanel.cpp:47:13: warning: phone number sent to Mixpanel as user trait "$phone" in call to 'mixpanel::Mixpanel::People::set' [privacy-pii-to-analytics]
// CHECK: mixpanel.cpp:47:27: note: the value of key "$phone" is a phone number (key "$phone")
