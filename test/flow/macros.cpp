// Macros that wrap SDK calls: the finding is at the macro's use in the user's code, with the key
// as it reads after expansion (#key stringizing, a key made by token pasting and stringizing).
// No fix-it edits a macro's expansion: the use is left as written. Negatives: the same macros
// given data that is not personal.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix --hash-function=privacy::KeyedHash --hash-header=privacy/hash.h %t.tool.cpp -- %cxxflags > /dev/null
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "analytics.hpp"
#include <sentry.h>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct Buyer {
  std::string email;
  std::string plan;
};

#define TRACK_PROPERTY(analytics, event, key, value)                                           \
  do {                                                                                         \
    Object props_;                                                                             \
    props_[#key] = value;                                                                      \
    (analytics).Track("anonymous", event, props_);                                             \
  } while (0)
#define STRINGIZE(x) #x
#define PASTE(a, b) STRINGIZE(a##b)
#define CRASH_TAG(prefix, name, value) sentry_set_tag(PASTE(prefix, name), (value).c_str())
#define CRASH_USER(value) sentry_set_transaction((value).c_str())

// Positive: a stringized neutral key given an email; negative: the plan under a neutral key.
void onPurchase(Analytics &analytics, const Buyer &buyer) {
  TRACK_PROPERTY(analytics, "Purchase", buyer, buyer.email);
  TRACK_PROPERTY(analytics, "Tier", tier, buyer.plan);
}

// Positive: a key pasted together names the data of a value piiflow cannot see, and the macro's
// argument is the email; negative: a pasted key that names nothing, given the plan.
std::string lookupContact();
void onCrash(const Buyer &buyer) {
  CRASH_TAG(user_, email, lookupContact());
  CRASH_TAG(plan_, tier, buyer.plan);
  CRASH_USER(buyer.email);
}
// CHECK: macros.cpp:38:3: warning: email address sent to Segment as event property "buyer" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: macros.cpp:38:48: note: 'buyer.email' is an email address (field 'Buyer::email')
// CHECK: macros.cpp:38:3: note: stored in 'props_' under key "buyer"
// CHECK: macros.cpp:46:3: warning: email address sent to Sentry as event property "user_email" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: macros.cpp:46:3: note: the value of key "user_email" is an email address (key "user_email")
// CHECK: macros.cpp:48:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: macros.cpp:48:14: note: 'buyer.email' is an email address (field 'Buyer::email')
// FIXED: {{^}}  TRACK_PROPERTY(analytics, "Purchase", buyer, buyer.email);
// FIXED: {{^}}  CRASH_USER(buyer.email);
