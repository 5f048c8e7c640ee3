// Segment analytics-cpp: properties and traits as nlohmann::json, identity in the userId argument.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && not %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "analytics.hpp"
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct Customer {
  std::string email;
  std::string name;
  std::string plan;
  int email_count;
};

// Positive: an email in a brace-initialised properties object.
void trackSignup(Analytics &analytics, const Customer &customer) {
  Object props = {{"email", customer.email}, {"plan", customer.plan}};
  analytics.Track("anonymous", "Signed Up", props);
}
// FIXED: {{^}}  Object props = {{[{][{]}}"plan", customer.plan}};

// Negative: the same event with only non-personal properties.
void trackSignupClean(Analytics &analytics, const Customer &customer) {
  Object props = {{"plan", customer.plan}, {"emails_sent", customer.email_count}};
  analytics.Track("anonymous", "Signed Up", props);
}

// Positive: a person's name inserted with operator[] and passed as traits to Identify.
void identify(Analytics &analytics, const Customer &customer, const std::string &accountId) {
  Object traits;
  traits["name"] = customer.name;
  traits["plan"] = customer.plan;
// FIXED: {{^}}  Object traits;
// FIXED-NEXT: {{^}}  traits["plan"] = customer.plan;
  analytics.Identify(accountId, traits);
}

// Negative: a literal identity and a literal-only object.
void identifyAnonymous(Analytics &analytics) {
  Object traits;
  traits["name"] = "Guest";
  analytics.Identify("anonymous", traits);
}

// Positive: Page takes the name first and the user id second.
void page(Analytics &analytics, const std::string &userId) {
  analytics.Page("Pricing", userId);
}
// CHECK: segment.cpp:28:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: segment.cpp:27:29: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: segment.cpp:27:19: note: stored under key "email"
// CHECK: segment.cpp:45:13: warning: person name sent to Segment as user trait "name" in call to 'segment::analytics::Analytics::Identify' [privacy-pii-to-analytics]
// CHECK: segment.cpp:41:20: note: 'customer.name' is a person name (field 'Customer::name')
// CHECK: segment.cpp:41:3: note: stored in 'traits' under key "name"
// CHECK: segment.cpp:45:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Identify' [privacy-pii-to-analytics]
// CHECK: segment.cpp:45:22: note: 'accountId' is a user identifier (name 'accountId')
// CHECK: segment.cpp:57:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Page' [privacy-pii-to-analytics]
// CHECK: segment.cpp:57:29: note: 'userId' is a user identifier (name 'userId')
