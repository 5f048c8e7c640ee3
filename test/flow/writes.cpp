// Writes piiflow does not see the data of are not "known clean": after std::getline, `>>`, fgets,
// strcpy, a C API that fills a caller's buffer or a project function that writes through a
// reference, the variable is judged again by its own name, type and key, and modelled writers
// pass their data on (strcpy from an email). Negatives: the same writes into variables whose
// names say nothing, and a variable overwritten with a constant after the write.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sentry.h>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

// Positive: read from the console, then sent under a neutral key or as the user.
void fromConsole(Analytics &analytics) {
  std::string email;
  std::getline(std::cin, email);
  Object props;
  props["value"] = email;
  analytics.Track("anonymous", "Console", props);
  long userId = 0;
  std::cin >> userId;
  analytics.Track(std::to_string(userId), "Number", nullptr);
}
// Negative: the same reads into a variable named for nothing personal, and one overwritten.
void fromConsoleClean(Analytics &analytics) {
  std::string answer;
  std::getline(std::cin, answer);
  analytics.Track("anonymous", answer, nullptr);
  std::string email;
  std::cin >> email;
  email = "anonymous";
  analytics.Track(email, "Overwritten", nullptr);
}

// Positive: C buffers filled by fgets and strcpy (by its name), and strcpy of an email (by its data).
void fromBuffers(Analytics &analytics, const std::string &contactEmail) {
  char phone[32];
  std::fgets(phone, sizeof phone, stdin);
  analytics.Track(phone, "Fgets", nullptr);
  char copy[64];
  std::strcpy(copy, contactEmail.c_str());
  analytics.Track(copy, "Strcpy", nullptr);
}
// Negative: strcpy of a constant into a neutral buffer.
void fromBuffersClean(Analytics &analytics) {
  char label[16];
  std::strcpy(label, "checkout");
  analytics.Track("anonymous", label, nullptr);
}

// Positive: a C API that fills the caller's buffer; negative: the same buffer named for nothing.
void fromSentryUuid(Analytics &analytics) {
  sentry_uuid_t uuid = sentry_uuid_new_v4();
  char deviceId[37];
  sentry_uuid_as_string(&uuid, deviceId);
  analytics.Track(deviceId, "Uuid", nullptr);
  char eventTag[37];
  sentry_uuid_as_string(&uuid, eventTag);
  analytics.Track("anonymous", eventTag, nullptr);
}

// Positive: project functions that write through a reference, one defined elsewhere (judged by
// the variable's name) and one defined here (its data passes on); negative: filled with a plan.
void loadEmail(std::string &out);
void copyInto(std::string &out, const std::string &in) { out = in; }
void fromProject(Analytics &analytics, const std::string &customerEmail, const std::string &plan) {
  std::string email;
  loadEmail(email);
  analytics.Track(email, "Loaded", nullptr);
  std::string target;
  copyInto(target, customerEmail);
  analytics.Track(target, "Copied", nullptr);
  std::string tier;
  copyInto(tier, plan);
  analytics.Track(tier, "Tier", nullptr);
}
// CHECK: writes.cpp:27:13: warning: email address sent to Segment as event property "value" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:24:26: note: 'email' is an email address (name 'email')
// CHECK: writes.cpp:26:3: note: stored in 'props' under key "value"
// CHECK: writes.cpp:30:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:29:15: note: 'userId' is a user identifier (name 'userId')
// CHECK: writes.cpp:47:13: warning: phone number sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:46:14: note: 'phone' is a phone number (name 'phone')
// CHECK: writes.cpp:50:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:49:21: note: 'contactEmail' is an email address (name 'contactEmail')
// CHECK: writes.cpp:49:3: note: written to 'copy' by 'strcpy'
// CHECK: writes.cpp:64:13: warning: device identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:63:32: note: 'deviceId' is a device identifier (name 'deviceId')
// CHECK: writes.cpp:77:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:77:19: note: 'email' is an email address (name 'email')
// CHECK: writes.cpp:80:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: writes.cpp:79:20: note: 'customerEmail' is an email address (name 'customerEmail')
// CHECK: writes.cpp:79:3: note: written into 'target' by 'copyInto'
