// Sanitizers end the flow: the configured HashFunction and functions named for hashing or
// pseudonymising. Other unknown functions do not, and a personal key still classifies their result.
// RUN: %tidy %s --config="{CheckOptions: {privacy-pii-to-analytics.HashFunction: 'privacy::KeyedHash'}}" -- %cxxflags > %t.tidy
// RUN: not %piiflow --hash-function=privacy::KeyedHash %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include "privacy/hash.h"
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

std::string sha256Hex(const std::string &value);
std::string normalize(const std::string &value);

// Negative: the configured hash and a hashing helper as identity and under a personal key.
void sanitized(Analytics &analytics, const std::string &userId, const std::string &email) {
  Object props;
  props["email"] = sha256Hex(email);
  analytics.Track(privacy::KeyedHash(userId), "Signed Up", props);
}

// Positive: an unknown transformation keeps the key's evidence; the raw id is still an identity.
void transformed(Analytics &analytics, const std::string &userId, const std::string &email) {
  Object props;
  props["email"] = normalize(email);
  analytics.Track(userId, "Signed Up", props);
}
// CHECK: sanitizers.cpp:29:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: sanitizers.cpp:28:3: note: the value stored under key "email" is an email address (key "email")
// CHECK: sanitizers.cpp:28:20: note: or pseudonymise the value with 'privacy::KeyedHash'
// CHECK: sanitizers.cpp:29:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: sanitizers.cpp:29:19: note: 'userId' is a user identifier (name 'userId')
