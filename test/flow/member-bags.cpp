// Bags and values held by the object itself (this->props_): a method fills a member bag and
// another sends it; paths rooted at `this` are followed like locals, in every file of the engine.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <string>

struct User {
  std::string email;
  std::string plan;
};

class SignupTracker {
public:
  explicit SignupTracker(segment::analytics::Analytics &analytics) : analytics_(analytics) {}

  // Positive: the member bag holds an email when it is sent.
  void trackSignup(const User &user) {
    props_["plan"] = user.plan;
    props_["email"] = user.email;
    analytics_.Track("anonymous", "Signed Up", props_);
  }

  // Negative: the member bag is cleared and refilled with the plan only.
  void trackUpgrade(const User &user) {
    props_.clear();
    props_["plan"] = user.plan;
    analytics_.Track("anonymous", "Upgraded", props_);
  }

private:
  segment::analytics::Analytics &analytics_;
  segment::analytics::Object props_;
};

// CHECK: member-bags.cpp:24:16: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: member-bags.cpp:23:23: note: 'user.email' is an email address (field 'User::email')
// CHECK: member-bags.cpp:23:5: note: stored in 'props_' under key "email"
