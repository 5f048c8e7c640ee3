// Fields as access paths: user.email is not user.plan; this->, pointers and owner records.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <memory>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

struct Profile {
  std::string email;
  std::string theme;
};

struct User {
  std::string name;
  Profile profile;
};

struct Level {
  std::string name;
};

// Positive: a nested field; negative: its sibling.
void nested(Analytics &analytics, const User &user) {
  analytics.Track("anonymous", user.profile.email, nullptr);
  analytics.Track("anonymous", user.profile.theme, nullptr);
}

// Positive: User::name is a person's name; negative: Level::name is not.
void owners(Analytics &analytics, const User &user, const Level &level) {
  Object props;
  props["who"] = user.name;
  props["level"] = level.name;
  analytics.Track("anonymous", "Played", props);
}

// Positive: a field written then read; negative: a field overwritten before the call.
void writtenFields(Analytics &analytics, const std::string &email) {
  Profile copy;
  copy.theme = email;
  analytics.Track("anonymous", copy.theme, nullptr);
  Profile cleaned;
  cleaned.email = email;
  cleaned.email = "hidden";
  analytics.Track("anonymous", cleaned.email, nullptr);
}

// Positive: through a raw pointer and a smart pointer.
void pointers(Analytics &analytics, const Profile *profile, std::shared_ptr<User> owner) {
  analytics.Track("anonymous", profile->email, nullptr);
  analytics.Track("anonymous", owner->profile.email, nullptr);
}

class Session {
public:
  // Positive: a member reached through this.
  void report(Analytics &analytics) { analytics.Track(userId_, "Session Ended", nullptr); }

private:
  std::string userId_;
};
// CHECK: fields.cpp:30:13: warning: email address sent to Segment as event name in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:30:32: note: 'user.profile.email' is an email address (field 'Profile::email')
// CHECK: fields.cpp:39:13: warning: person name sent to Segment as event property "who" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:37:18: note: 'user.name' is a person name (field 'User::name')
// CHECK: fields.cpp:37:3: note: stored in 'props' under key "who"
// CHECK: fields.cpp:46:13: warning: email address sent to Segment as event name in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:45:16: note: 'email' is an email address (name 'email')
// CHECK: fields.cpp:45:3: note: assigned to 'copy.theme'
// CHECK: fields.cpp:55:13: warning: email address sent to Segment as event name in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:55:32: note: 'profile.email' is an email address (field 'Profile::email')
// CHECK: fields.cpp:56:13: warning: email address sent to Segment as event name in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:56:32: note: 'owner.profile.email' is an email address (field 'Profile::email')
// CHECK: fields.cpp:62:49: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: fields.cpp:62:55: note: 'userId_' is a user identifier (field 'Session::userId_')
