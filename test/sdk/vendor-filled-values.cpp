// Constants that make the vendor collect personal data itself: Sentry's "{{auto}}" as a user's
// ip_address (in a sentry_value_t user, through sentry_value_new_user, or as the
// sentry[user][ip_address] form key of a Crashpad upload to Sentry) tells Sentry to store the IP
// address each event comes from. Negatives: "{{auto}}" under a key that is no IP address, and a
// fixed address under ip_address.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
#include <client/crashpad_client.h>
#include <map>
#include <sentry.h>
#include <string>
#include <vector>

// Positive: the user object asks Sentry for the client's address.
void identify() {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "ip_address", sentry_value_new_string("{{auto}}"));
  sentry_set_user(user);
}
// CHECK: vendor-filled-values.cpp:[[@LINE-2]]:3: warning: IP address sent to Sentry as user identity (key "ip_address") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: vendor-filled-values.cpp:[[@LINE-4]]:3: note: the value stored under key "ip_address", "{{[{][{]auto[}][}]}}", tells Sentry to store the IP address the event comes from
// FIXED: void identify() {
// FIXED-NEXT:   sentry_value_t user = sentry_value_new_object();
// FIXED-NEXT:   sentry_set_user(user);

// Positive: the same as a form field of the minidump upload.
void startHandler(crashpad::CrashpadClient &client, const base::FilePath &handler,
                  const base::FilePath &database) {
  std::map<std::string, std::string> annotations;
  annotations["sentry[user][ip_address]"] = "{{auto}}";
  annotations["sentry[release]"] = "app@1.2.3";
  client.StartHandler(handler, database, database, "https://o0.ingest.sentry.io/api/1/minidump/",
                      annotations, {}, true, false, {});
}
// CHECK: vendor-filled-values.cpp:[[@LINE-3]]:10: warning: IP address sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as event property "sentry[user][ip_address]" in call to 'crashpad::CrashpadClient::StartHandler' [privacy-pii-to-analytics]
// CHECK: vendor-filled-values.cpp:[[@LINE-6]]:3: note: the value stored under key "sentry[user][ip_address]", "{{[{][{]auto[}][}]}}", tells Sentry to store the IP address the event comes from

// Negative: "{{auto}}" where it is no IP address; a fixed address.
void placeholders() {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "segment", sentry_value_new_string("{{auto}}"));
  sentry_value_set_by_key(user, "ip_address", sentry_value_new_string("0.0.0.0"));
  sentry_set_user(user);
}
