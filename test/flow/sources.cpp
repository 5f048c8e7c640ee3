// Sources: getters named after personal data and modelled system functions; predicates and counts are not.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: not %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <mixpanel/mixpanel.hpp>
#include <string>
#include <unistd.h>

class Account {
public:
  std::string getEmail() const;
  std::string displayName() const;
  bool isEmailVerified() const;
  int getEmailCount() const;
  std::string getTheme() const;
};

// Positive: getters.
void getters(mixpanel::Mixpanel &mp, const Account &account) {
  mp.identify(account.getEmail());
  mp.people.set("shown_as", account.displayName());
}

// Negative: a predicate, a count and an unrelated getter.
void notSources(mixpanel::Mixpanel &mp, const Account &account) {
  mp.people.set("verified", account.isEmailVerified());
  mp.people.set("emails", account.getEmailCount());
  mp.people.set("theme", account.getTheme());
}

// Positive: modelled system sources, returned and written into a buffer.
void system(mixpanel::Mixpanel &mp) {
  mp.people.set("os_user", getlogin());
  char host[256];
  gethostname(host, sizeof(host));
  mp.people.set("machine", host);
}
// CHECK: sources.cpp:22:6: warning: email address sent to Mixpanel as user identity in call to 'mixpanel::Mixpanel::identify' [privacy-pii-to-analytics]
// CHECK: sources.cpp:22:15: note: 'account.getEmail()' is an email address (function 'getEmail')
// CHECK: sources.cpp:23:13: warning: person name sent to Mixpanel as user trait "shown_as" in call to 'mixpanel::Mixpanel::People::set' [privacy-pii-to-analytics]
// CHECK: sources.cpp:23:29: note: 'account.displayName()' is a person name (function 'displayName')
// CHECK: sources.cpp:35:13: warning: username sent to Mixpanel as user trait "os_user" in call to 'mixpanel::Mixpanel::People::set' [privacy-pii-to-analytics]
// CHECK: sources.cpp:35:28: note: the result of 'getlogin' is a username (function 'getlogin')
// CHECK: sources.cpp:38:13: warning: device identifier sent to Mixpanel as user trait "machine" in call to 'mixpanel::Mixpanel::People::set' [privacy-pii-to-analytics]
// CHECK: sources.cpp:37:3: note: the buffer filled by 'gethostname' is a device identifier (function 'gethostname')
