// State a function writes and then reads through a method it calls: a constructor that sets a
// member and then calls the method that sends it is analysed after that method, so the unit is
// analysed a second time with what every writer stored. A member that every writer of the unit
// gives a constant (a project token from the build) is not judged by its name where it is read.
// Negatives beside the positive: the token, and a member that holds the plan.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <sentry.h>
#include <string>

#define PROJECT_TOKEN "d41d8cd98f00b204e9800998ecf8427e"

struct Account {
  std::string user_id;
  std::string plan;
};

class CrashTags {
public:
  explicit CrashTags(const Account &account) {
    auth_token_ = std::string(PROJECT_TOKEN);
    current_ = account.user_id;
    tier_ = account.plan;
    apply();
  }
  void apply() {
    sentry_set_tag("who", current_.c_str());
    sentry_set_tag("token", auth_token_.c_str());
    sentry_set_tag("tier", tier_.c_str());
  }

private:
  std::string current_;
  std::string auth_token_;
  std::string tier_;
};
// CHECK: state-written-by-callers.cpp:[[@LINE-10]]:5: warning: user identifier sent to Sentry as event property "who" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: state-written-by-callers.cpp:[[@LINE-16]]:16: note: 'account.user_id' is a user identifier (field 'Account::user_id')
// CHECK: state-written-by-callers.cpp:[[@LINE-17]]:5: note: assigned to 'current_'
// CHECK: state-written-by-callers.cpp:[[@LINE-13]]:27: note: read from 'current_', which 'CrashTags::CrashTags' stored it in
