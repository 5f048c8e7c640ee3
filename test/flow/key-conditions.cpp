// Keys compared in the callee. A tracing driver that dispatches on the key it is given sends a
// caller's value by one branch only; where a wrapper's sink call is on a branch whose condition
// compares its key parameter with a literal (==, !=, compare(), strcmp(), negated or not), only
// the callers whose literal key can take that branch are reported. A caller whose key is not a
// literal is reported, as the branch may be taken.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <cstring>
#include <sentry.h>
#include <string>

class Driver {
public:
  void setTag(const std::string &name, const std::string &value) {
    if (name == "resource.name")
      resource_ = value;
    else
      sentry_set_tag(name.c_str(), value.c_str());
  }
  void setAttribute(const char *key, const char *value) {
    if (std::strcmp(key, "internal.note") != 0)
      sentry_set_tag(key, value);
  }
  void setField(const std::string &key, const std::string &value) {
    key.compare("debug.owner") == 0 ? keep(value) : sentry_set_tag(key.c_str(), value.c_str());
  }

private:
  void keep(const std::string &value) { resource_ = value; }
  std::string resource_;
};

struct Peer {
  std::string email;
};
std::string pickKey(int n);

// Positive: keys that take the sending branches, and a key that is not a literal.
void tagPeer(Driver &driver, const Peer &peer, int n) {
  driver.setTag("peer.email", peer.email);
  driver.setAttribute("peer.contact", peer.email.c_str());
  driver.setField("peer.mail", peer.email);
  driver.setTag(pickKey(n), peer.email);
}
// CHECK: key-conditions.cpp:[[@LINE-5]]:10: warning: email address sent to Sentry as event property "peer.email" in call to 'sentry_set_tag' through 'Driver::setTag' [privacy-pii-to-analytics]
// CHECK: key-conditions.cpp:[[@LINE-6]]:31: note: 'peer.email' is an email address (field 'Peer::email')
// CHECK: key-conditions.cpp:[[@LINE-7]]:31: note: passed to 'Driver::setTag'
// CHECK: key-conditions.cpp:[[@LINE-34]]:59: note: received as parameter 'value' of 'Driver::setTag'
// CHECK: key-conditions.cpp:[[@LINE-31]]:7: note: sent to Sentry by 'sentry_set_tag'
// CHECK: key-conditions.cpp:[[@LINE-9]]:10: warning: email address sent to Sentry as event property "peer.contact" in call to 'sentry_set_tag' through 'Driver::setAttribute' [privacy-pii-to-analytics]
// CHECK: key-conditions.cpp:[[@LINE-10]]:39: note: 'peer.email' is an email address (field 'Peer::email')
// CHECK: key-conditions.cpp:[[@LINE-11]]:39: note: passed to 'Driver::setAttribute'
// CHECK: key-conditions.cpp:[[@LINE-33]]:50: note: received as parameter 'value' of 'Driver::setAttribute'
// CHECK: key-conditions.cpp:[[@LINE-32]]:7: note: sent to Sentry by 'sentry_set_tag'
// CHECK: key-conditions.cpp:[[@LINE-13]]:10: warning: email address sent to Sentry as event property "peer.mail" in call to 'sentry_set_tag' through 'Driver::setField' [privacy-pii-to-analytics]
// CHECK: key-conditions.cpp:[[@LINE-14]]:32: note: 'peer.email' is an email address (field 'Peer::email')
// CHECK: key-conditions.cpp:[[@LINE-15]]:32: note: passed to 'Driver::setField'
// CHECK: key-conditions.cpp:[[@LINE-34]]:60: note: received as parameter 'value' of 'Driver::setField'
// CHECK: key-conditions.cpp:[[@LINE-34]]:53: note: sent to Sentry by 'sentry_set_tag'
// CHECK: key-conditions.cpp:[[@LINE-17]]:10: warning: email address sent to Sentry as event property "pickKey(n)" in call to 'sentry_set_tag' through 'Driver::setTag' [privacy-pii-to-analytics]
// CHECK: key-conditions.cpp:[[@LINE-18]]:29: note: 'peer.email' is an email address (field 'Peer::email')
// CHECK: key-conditions.cpp:[[@LINE-19]]:29: note: passed to 'Driver::setTag'
// CHECK: key-conditions.cpp:[[@LINE-49]]:59: note: received as parameter 'value' of 'Driver::setTag'
// CHECK: key-conditions.cpp:[[@LINE-46]]:7: note: sent to Sentry by 'sentry_set_tag'

// Negative: the keys that take the other branches.
void keepLocally(Driver &driver, const Peer &peer) {
  driver.setTag("resource.name", peer.email);
  driver.setAttribute("internal.note", peer.email.c_str());
  driver.setField("debug.owner", peer.email);
}
