// The notes walk a path on which the data is personal: a user object built from "Anonymous"
// literals on one branch and from the account on the other, a helper called with literals on
// one branch and the account on the other, a struct whose defaults are literals, a choice
// between two user objects. Each warning's notes start at the account's field, never at a
// literal; the calls and objects that only ever hold literals are not reported (a field whose
// default is a literal holds it until a call piiflow knows nothing of may write the object).
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <sentry.h>
#include <string>

struct Account {
  std::string name;
  std::string email;
  bool loggedIn;
};

void setUserOnBranches(const Account &account) {
  sentry_value_t user = sentry_value_new_object();
  if (account.loggedIn) {
    sentry_value_set_by_key(user, "username", sentry_value_new_string(account.name.c_str()));
  } else {
    sentry_value_set_by_key(user, "username", sentry_value_new_string("Anonymous"));
    sentry_value_set_by_key(user, "email", sentry_value_new_string("anonymous@example.org"));
  }
  sentry_set_user(user);
}
// CHECK: trace-personal-path.cpp:[[@LINE-2]]:3: warning: person name sent to Sentry as user identity (key "username") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-8]]:71: note: 'account.name' is a person name (field 'Account::name')
// CHECK: trace-personal-path.cpp:[[@LINE-9]]:5: note: stored in 'user' under key "username"

static void applyUser(const char *name, const char *email) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "username", sentry_value_new_string(name));
  sentry_value_set_by_key(user, "email", sentry_value_new_string(email));
  sentry_set_user(user);
}
void setUserThroughHelper(const Account &account) {
  if (!account.loggedIn)
    applyUser("Anonymous", "Anonymous");
  else
    applyUser(account.name.c_str(), account.email.c_str());
}
// CHECK: trace-personal-path.cpp:[[@LINE-2]]:5: warning: email address sent to Sentry as user identity (key "email") in call to 'sentry_set_user' through 'applyUser' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-3]]:37: note: 'account.email' is an email address (field 'Account::email')
// CHECK: trace-personal-path.cpp:[[@LINE-4]]:37: note: passed to 'applyUser'
// CHECK: trace-personal-path.cpp:[[@LINE-15]]:53: note: received as parameter 'email' of 'applyUser'
// CHECK: trace-personal-path.cpp:[[@LINE-13]]:3: note: stored in 'user' under key "email"
// CHECK: trace-personal-path.cpp:[[@LINE-13]]:3: note: sent to Sentry by 'sentry_set_user'
// CHECK: trace-personal-path.cpp:[[@LINE-8]]:5: warning: person name sent to Sentry as user identity (key "username") in call to 'sentry_set_user' through 'applyUser' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-9]]:15: note: 'account.name' is a person name (field 'Account::name')
// CHECK: trace-personal-path.cpp:[[@LINE-10]]:15: note: passed to 'applyUser'
// CHECK: trace-personal-path.cpp:[[@LINE-21]]:35: note: received as parameter 'name' of 'applyUser'
// CHECK: trace-personal-path.cpp:[[@LINE-20]]:3: note: stored in 'user' under key "username"
// CHECK: trace-personal-path.cpp:[[@LINE-19]]:3: note: sent to Sentry by 'sentry_set_user'

struct UserInfo {
  std::string name = "Anonymous";
  std::string mail = "Anonymous";
};
void setUserFromDefaults(const Account &account) {
  UserInfo info;
  if (account.loggedIn)
    info.mail = account.email;
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "username", sentry_value_new_string(info.name.c_str()));
  sentry_value_set_by_key(user, "email", sentry_value_new_string(info.mail.c_str()));
  sentry_set_user(user);
}
// CHECK: trace-personal-path.cpp:[[@LINE-2]]:3: warning: email address sent to Sentry as user identity (key "email") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-7]]:17: note: 'account.email' is an email address (field 'Account::email')
// CHECK: trace-personal-path.cpp:[[@LINE-8]]:5: note: assigned to 'info.mail'
// CHECK: trace-personal-path.cpp:[[@LINE-6]]:3: note: stored in 'user' under key "email"

void setOneOfTwoUsers(const Account &account) {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_t anonymous = sentry_value_new_object();
  sentry_value_set_by_key(anonymous, "username", sentry_value_new_string("Anonymous"));
  sentry_value_set_by_key(user, "username", sentry_value_new_string(account.name.c_str()));
  sentry_set_user(account.loggedIn ? user : anonymous);
}
// CHECK: trace-personal-path.cpp:[[@LINE-2]]:3: warning: person name sent to Sentry as user identity (key "username") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-4]]:69: note: 'account.name' is a person name (field 'Account::name')
// CHECK: trace-personal-path.cpp:[[@LINE-5]]:3: note: stored in 'user' under key "username"

// The same struct filled by a function piiflow knows nothing of: its defaults say nothing now.
void loadUserInfo(UserInfo &info);
void setUserFromLoaded() {
  UserInfo info;
  loadUserInfo(info);
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "username", sentry_value_new_string(info.name.c_str()));
  sentry_set_user(user);
}
// CHECK: trace-personal-path.cpp:[[@LINE-2]]:3: warning: person name sent to Sentry as user identity (key "username") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: trace-personal-path.cpp:[[@LINE-4]]:69: note: 'info.name' is a person name (field 'UserInfo::name')
// CHECK: trace-personal-path.cpp:[[@LINE-5]]:3: note: stored in 'user' under key "username"
