// Property bags: std::map and nlohmann::json, filled by initializer lists, operator[], insert and emplace; erase, clear and late inserts.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

using segment::analytics::Analytics;
using segment::analytics::Object;

Object toObject(const std::map<std::string, std::string> &properties);

// Positive: std::map initializer list, insert, emplace and make_pair.
void maps(Analytics &analytics, const std::string &email, const std::string &phone,
          const std::string &city) {
  std::map<std::string, std::string> props{{"email", email}, {"city", city}};
  props.insert({"phone", phone});
  props.emplace("contact", email);
  props.insert(std::make_pair("mobile", phone));
  analytics.Track("anonymous", "Ordered", Object(props));
}

// Positive: a temporary object built in the call, from an entry read back out of a map.
void inCall(Analytics &analytics, const std::string &city, const std::string &email) {
  std::map<std::string, std::string> props{{"email", email}};
  analytics.Track("anonymous", "Ordered", {{"email", props["email"]}, {"city", city}});
}

// Negative: erased before the call, cleared before the call, inserted after the call.
void removed(Analytics &analytics, const std::string &email) {
  Object erased;
  erased["email"] = email;
  erased.erase("email");
  analytics.Track("anonymous", "A", erased);
  Object cleared;
  cleared["email"] = email;
  cleared.clear();
  analytics.Track("anonymous", "B", cleared);
  Object late;
  analytics.Track("anonymous", "C", late);
  late["email"] = email;
}

// Positive: nested json keys and a copied bag; negative: the original key-based value is a literal.
void nestedAndCopied(Analytics &analytics, const std::string &username) {
  Object props;
  props["user"]["login"] = username;
  Object copy = props;
  analytics.Track("anonymous", "Nested", copy);
  Object literal;
  literal["email"] = "support@example.com";
  analytics.Track("anonymous", "Literal", literal);
}

// Positive: a value without a personal name stored under a personal key.
void keyOnly(Analytics &analytics, const std::string &input) {
  Object props;
  props["$email"] = input;
  analytics.Track("anonymous", "Signed Up", props);
}
// CHECK: bags.cpp:25:13: warning: email address sent to Segment as event property "contact" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:23:28: note: 'email' is an email address (name 'email')
// CHECK: bags.cpp:23:3: note: stored in 'props' under key "contact"
// CHECK: bags.cpp:25:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:21:54: note: 'email' is an email address (name 'email')
// CHECK: bags.cpp:21:44: note: stored under key "email"
// CHECK: bags.cpp:25:13: warning: phone number sent to Segment as event property "mobile" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:24:41: note: 'phone' is a phone number (name 'phone')
// CHECK: bags.cpp:24:3: note: stored in 'props' under key "mobile"
// CHECK: bags.cpp:25:13: warning: phone number sent to Segment as event property "phone" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:22:26: note: 'phone' is a phone number (name 'phone')
// CHECK: bags.cpp:22:3: note: stored in 'props' under key "phone"
// CHECK: bags.cpp:31:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:30:54: note: 'email' is an email address (name 'email')
// CHECK: bags.cpp:30:44: note: stored under key "email"
// CHECK: bags.cpp:31:44: note: stored under key "email"
// CHECK: bags.cpp:54:13: warning: username sent to Segment as event property "user.login" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:52:28: note: 'username' is a username (name 'username')
// CHECK: bags.cpp:52:3: note: stored in 'props' under key "user.login"
// CHECK: bags.cpp:64:13: warning: email address sent to Segment as event property "$email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: bags.cpp:63:3: note: the value stored under key "$email" is an email address (key "$email")
