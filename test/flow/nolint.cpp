// Suppression comments, honoured the same way by both front ends: NOLINT on the warning's line,
// NOLINTNEXTLINE on the line before, NOLINTBEGIN/NOLINTEND around it, bare or naming the check
// (globs too); a NOLINT for another check suppresses nothing.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <sentry.h>
#include <string>

void suppressed(const std::string &email, const std::string &phone) {
  sentry_set_tag("a", email.c_str()); // NOLINT
  sentry_set_tag("b", email.c_str()); // NOLINT(privacy-pii-to-analytics)
  // NOLINTNEXTLINE(privacy-*)
  sentry_set_tag("c", phone.c_str());
  // NOLINTBEGIN(privacy-pii-to-analytics)
  sentry_set_tag("d", email.c_str());
  sentry_set_tag("e", phone.c_str());
  // NOLINTEND(privacy-pii-to-analytics)
}

// Positive: suppressions for other checks, or that ended before.
void reported(const std::string &email) {
  sentry_set_tag("f", email.c_str()); // NOLINT(bugprone-*)
  // NOLINTNEXTLINE(readability-identifier-naming)
  sentry_set_tag("g", email.c_str());
  sentry_set_tag("h", email.c_str());
}
// CHECK: nolint.cpp:25:3: warning: email address sent to Sentry as event property "f" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: nolint.cpp:25:23: note: 'email' is an email address (name 'email')
// CHECK: nolint.cpp:27:3: warning: email address sent to Sentry as event property "g" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: nolint.cpp:27:23: note: 'email' is an email address (name 'email')
// CHECK: nolint.cpp:28:3: warning: email address sent to Sentry as event property "h" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: nolint.cpp:28:23: note: 'email' is an email address (name 'email')
