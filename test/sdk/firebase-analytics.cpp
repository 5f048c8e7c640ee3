// Firebase Analytics C++: Parameter arrays and vectors, key/value LogEvent, user id and properties.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && not %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "firebase/analytics.h"
#include <string>
#include <vector>

using firebase::analytics::Parameter;

struct Account {
  std::string email;
  std::string id;
  std::string phone_number;
  int level;
};

// Positive: an email in a Parameter array (no drop fix: the code passes the array's length).
void login(const Account &account) {
  Parameter params[] = {
      Parameter("method", "password"),
      Parameter("email", account.email.c_str()),
  };
// FIXED: {{^}}      Parameter("email", account.email.c_str()),
  firebase::analytics::LogEvent("login", params, 2);
}

// Positive: a vector of parameters built in the call.
void share(const Account &account) {
  firebase::analytics::LogEvent(
      "share", std::vector<Parameter>{Parameter("user_email", account.email.c_str())});
}
// FIXED: {{^}}      "share", std::vector<Parameter>{});

// Positive: user id and a phone number as a single-parameter event.
void identify(const Account &account) {
  firebase::analytics::SetUserId(account.id.c_str());
  firebase::analytics::LogEvent("verify", "phone", account.phone_number.c_str());
}

// Negative: numbers and literals only.
void levelUp(const Account &account) {
  firebase::analytics::LogEvent("level_up", "level", account.level);
  Parameter params[] = {Parameter("character", "wizard"), Parameter("level", account.level)};
  firebase::analytics::LogEvent("level_up", params, 2);
  firebase::analytics::SetUserProperty("favorite_food", "pizza");
}

// Positive: the conversion-measurement API takes an email by contract.
void conversion(const std::string &input) {
  firebase::analytics::InitiateOnDeviceConversionMeasurementWithEmailAddress(input.c_str());
}
// FIXED: {{^}}  firebase::analytics::InitiateOnDeviceConversionMeasurementWithEmailAddress(input.c_str());
// CHECK: firebase-analytics.cpp:32:3: warning: email address sent to Google Analytics for Firebase as event property "email" in call to 'firebase::analytics::LogEvent' [privacy-pii-to-analytics]
// CHECK: firebase-analytics.cpp:29:26: note: 'account.email' is an email address (field 'Account::email')
// CHECK: firebase-analytics.cpp:29:7: note: stored under key "email"
// CHECK: firebase-analytics.cpp:37:3: warning: email address sent to Google Analytics for Firebase as event property "user_email" in call to 'firebase::analytics::LogEvent' [privacy-pii-to-analytics]
// CHECK: firebase-analytics.cpp:38:63: note: 'account.email' is an email address (field 'Account::email')
// CHECK: firebase-analytics.cpp:38:39: note: stored under key "user_email"
// CHECK: firebase-analytics.cpp:44:3: warning: user identifier sent to Google Analytics for Firebase as user identity in call to 'firebase::analytics::SetUserId' [privacy-pii-to-analytics]
// CHECK: firebase-analytics.cpp:44:34: note: 'account.id' is a user identifier (field 'Account::id')
// CHECK: firebase-analytics.cpp:45:3: warning: phone number sent to Google Analytics for Firebase as event property "phone" in call to 'firebase::analytics::LogEvent' [privacy-pii-to-analytics]
// CHECK: firebase-analytics.cpp:45:52: note: 'account.phone_number' is a phone number (field 'Account::phone_number')
// CHECK: firebase-analytics.cpp:58:3: warning: email address sent to Google Analytics for Firebase as user identity in call to 'firebase::analytics::InitiateOnDeviceConversionMeasurementWithEmailAddress' [privacy-pii-to-analytics]
// CHECK: firebase-analytics.cpp:58:78: note: the argument is an email address (parameter of 'firebase::analytics::InitiateOnDeviceConversionMeasurementWithEmailAddress')
