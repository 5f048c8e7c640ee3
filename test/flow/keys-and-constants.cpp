// What a key or a constant says: keys are evidence only as text (string literals, "..."s
// literals, constants initialised with one); a key computed by an expression, such as a parameter
// named `name`, says nothing. A const or constexpr variable initialised from a literal holds that
// literal, whatever its name. A "location" whose value is a place in the program (__FILE__,
// __func__, a source-location type, an exception's where()) is no geographic location.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <countly.hpp>
#include <map>
#include <string>

using namespace std::string_literals;
using Details = std::map<std::string, std::string>;

std::string lookup(const std::string &what);

// A project helper whose key is its caller's: the key is an expression, not text.
void setDetail(const std::string &name, const std::string &prop) {
  Details details;
  details[name] = prop;
  cly::Countly::getInstance().setUserDetails(details);
}

constexpr const char *kEmailKey = "email";
constexpr const char *kEventLogin = "login";
const std::string kSupportEmail = "support@example.com";

// Positive: literal keys, a "..."s literal and a constant key name personal data.
void sendProfile() {
  Details details;
  details["name"] = lookup("display");
  details["phone"s] = lookup("phone");
  details[kEmailKey] = lookup("mail");
  cly::Countly::getInstance().setUserDetails(details);
}

// Negative: a key computed from a parameter; constants used as values.
void sendPlan() {
  setDetail("plan", lookup("plan"));
  Details details;
  details["event"] = kEventLogin;
  details["contact"] = kSupportEmail;
  cly::Countly::getInstance().setUserDetails(details);
}

struct ParseError {
  const char *where() const;
};
struct SourceLocation {
  const char *file;
  int line;
};
SourceLocation currentLocation();

// Positive: a location under its key; negative: places in the program under the same key.
void sendLocations(const ParseError &error) {
  Details where;
  where["location"] = lookup("geo");
  cly::Countly::getInstance().setUserDetails(where);
  Details program;
  program["location"] = error.where();
  program["location"] = std::string(__FILE__) + ":" + __func__;
  cly::Countly::getInstance().setUserDetails(program);
}

// CHECK: keys-and-constants.cpp:37:31: warning: email address sent to Countly as user trait "email" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: keys-and-constants.cpp:36:3: note: the value stored under key "email" is an email address (key "email")
// CHECK: keys-and-constants.cpp:37:31: warning: person name sent to Countly as user trait "name" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: keys-and-constants.cpp:34:3: note: the value stored under key "name" is a person name (key "name")
// CHECK: keys-and-constants.cpp:37:31: warning: phone number sent to Countly as user trait "phone" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: keys-and-constants.cpp:35:3: note: the value stored under key "phone" is a phone number (key "phone")
// CHECK: keys-and-constants.cpp:62:31: warning: precise location sent to Countly as user trait "location" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: keys-and-constants.cpp:61:3: note: the value stored under key "location" is a precise location (key "location")
