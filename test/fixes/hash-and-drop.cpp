// Fix-its: identity slots get the hash, properties are dropped (the hash is offered on a note);
// both front ends apply the same edits and the fixed file compiles.
// RUN: %tidy %s --config="{CheckOptions: {privacy-pii-to-analytics.HashFunction: 'privacy::KeyedHash', privacy-pii-to-analytics.HashHeader: 'privacy/hash.h'}}" -- %cxxflags > %t.tidy
// RUN: not %piiflow --hash-function=privacy::KeyedHash --hash-header=privacy/hash.h %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp --config="{CheckOptions: {privacy-pii-to-analytics.HashFunction: 'privacy::KeyedHash', privacy-pii-to-analytics.HashHeader: 'privacy/hash.h'}}" -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && not %piiflow --fix --hash-function=privacy::KeyedHash --hash-header=privacy/hash.h %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "analytics.hpp"
#include "firebase/analytics.h"
#include <map>
#include <string>
// FIXED: {{^}}#include <string>
// FIXED-NEXT: {{^}}#include "privacy/hash.h"
// FIXED-NOT: {{^}}#include "privacy/hash.h"

using segment::analytics::Analytics;
using segment::analytics::Object;

// Identity slots: the hash, around the string rather than its c_str().
void identity(Analytics &analytics, const std::string &userId) {
  firebase::analytics::SetUserId(userId.c_str());
  analytics.Track(userId, "Opened", nullptr);
}
// FIXED: {{^}}  firebase::analytics::SetUserId(privacy::KeyedHash(userId).c_str());
// FIXED-NEXT: {{^}}  analytics.Track(privacy::KeyedHash(userId), "Opened", nullptr);

// The last element of an initializer list goes with the comma before it; an only element alone.
void lists(Analytics &analytics, const std::string &plan, const std::string &email) {
  analytics.Track("anonymous", "Upgraded", {{"plan", plan}, {"email", email}});
  analytics.Track("anonymous", "Contacted", {{"email", email}});
}
// FIXED: {{^}}  analytics.Track("anonymous", "Upgraded", {{[{][{]}}"plan", plan}});
// FIXED-NEXT: {{^}}  analytics.Track("anonymous", "Contacted", {});

// Insertion statements go with their line.
void statements(Analytics &analytics, const std::string &phone) {
  std::map<std::string, std::string> props;
  props.emplace("plan", "pro");
  props.emplace("phone", phone);
  props.emplace("source", "ad");
  analytics.Track("anonymous", "Called", Object(props));
}
// FIXED: {{^}}  props.emplace("plan", "pro");
// FIXED-NEXT: {{^}}  props.emplace("source", "ad");

// Negative for fixes: an insertion inside a macro gets no fix.
#define PUT(bag, key, value) bag[key] = value
void macro(Analytics &analytics, const std::string &email) {
  Object props;
  PUT(props, "email", email);
  analytics.Track("anonymous", "Macro", props);
}
// FIXED: {{^}}  PUT(props, "email", email);
// CHECK: hash-and-drop.cpp:26:3: warning: user identifier sent to Google Analytics for Firebase as user identity in call to 'firebase::analytics::SetUserId' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:26:34: note: 'userId' is a user identifier (name 'userId')
// CHECK: hash-and-drop.cpp:27:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:27:19: note: 'userId' is a user identifier (name 'userId')
// CHECK: hash-and-drop.cpp:34:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:34:71: note: 'email' is an email address (name 'email')
// CHECK: hash-and-drop.cpp:34:61: note: stored under key "email"
// CHECK: hash-and-drop.cpp:34:71: note: or pseudonymise the value with 'privacy::KeyedHash'
// CHECK: hash-and-drop.cpp:35:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:35:56: note: 'email' is an email address (name 'email')
// CHECK: hash-and-drop.cpp:35:46: note: stored under key "email"
// CHECK: hash-and-drop.cpp:35:56: note: or pseudonymise the value with 'privacy::KeyedHash'
// CHECK: hash-and-drop.cpp:46:13: warning: phone number sent to Segment as event property "phone" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:44:26: note: 'phone' is a phone number (name 'phone')
// CHECK: hash-and-drop.cpp:44:3: note: stored in 'props' under key "phone"
// CHECK: hash-and-drop.cpp:44:26: note: or pseudonymise the value with 'privacy::KeyedHash'
// CHECK: hash-and-drop.cpp:56:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: hash-and-drop.cpp:55:23: note: 'email' is an email address (name 'email')
// CHECK: hash-and-drop.cpp:55:7: note: stored in 'props' under key "email"
