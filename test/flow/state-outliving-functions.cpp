// State that outlives a function: a file-scope annotations map filled at start-up and handed to
// Crashpad later, a singleton's member set at login and sent from another function, a member
// set by a setter and read by the method that reports. What a function leaves in a global, a
// static local or a member is what other functions of the unit read there (the writers are
// analysed first). Negatives beside each: the same state holding only build data, a local map of
// the same shape, a member written with a constant.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include "client/crashpad_client.h"
#include <map>
#include <sentry.h>
#include <string>
#include <vector>

struct Account {
  std::string email;
  std::string user_id;
  std::string plan;
};
std::string build_id();

static std::map<std::string, std::string> g_annotations;
static std::map<std::string, std::string> g_build_annotations;

// Positive: filled in one function, handed to the handler in another.
void rememberAccount(const Account &account) { g_annotations["contact"] = account.email; }
bool startCrashHandler(crashpad::CrashpadClient &client) {
  return client.StartHandler(base::FilePath(), base::FilePath(), base::FilePath(),
                             "https://crash.example.org", g_annotations, {}, true, false);
}
// CHECK: state-outliving-functions.cpp:[[@LINE-3]]:17: warning: email address sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as event property "contact" in call to 'crashpad::CrashpadClient::StartHandler' [privacy-pii-to-analytics]
// CHECK: state-outliving-functions.cpp:[[@LINE-6]]:75: note: 'account.email' is an email address (field 'Account::email')
// CHECK: state-outliving-functions.cpp:[[@LINE-7]]:48: note: stored in 'g_annotations' under key "contact"
// CHECK: state-outliving-functions.cpp:[[@LINE-5]]:59: note: read from 'g_annotations', which 'rememberAccount' stored it in

// Negative: the other map holds build data only; a local map of the same shape.
void rememberBuild() { g_build_annotations["build"] = build_id(); }
bool startBuildHandler(crashpad::CrashpadClient &client) {
  std::map<std::string, std::string> local;
  local["plan"] = "free";
  client.StartHandler(base::FilePath(), base::FilePath(), base::FilePath(),
                      "https://crash.example.org", local, {}, true, false);
  return client.StartHandler(base::FilePath(), base::FilePath(), base::FilePath(),
                             "https://crash.example.org", g_build_annotations, {}, true, false);
}

// Positive: a singleton's member set at login and sent from the crash callback.
class Session {
public:
  static Session &instance();
  void setUser(const std::string &value) { current_ = value; }
  void setPlan(const std::string &plan) { plan_ = plan; }
  const std::string &plan() const { return plan_; }
  std::string current_;

private:
  std::string plan_;
};
void onLogin(const Account &account) {
  Session::instance().setUser(account.user_id);
  Session::instance().setPlan(account.plan);
}
void onCrash() {
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "id", sentry_value_new_string(Session::instance().current_.c_str()));
  sentry_set_user(user);
}
// CHECK: state-outliving-functions.cpp:[[@LINE-2]]:3: warning: user identifier sent to Sentry as user identity (key "id") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: state-outliving-functions.cpp:[[@LINE-9]]:31: note: 'account.user_id' is a user identifier (field 'Account::user_id')
// CHECK: state-outliving-functions.cpp:[[@LINE-10]]:23: note: written into 'current_' by 'Session::setUser'
// CHECK: state-outliving-functions.cpp:[[@LINE-6]]:63: note: read from 'current_', which 'onLogin' stored it in
// CHECK: state-outliving-functions.cpp:[[@LINE-7]]:3: note: stored in 'user' under key "id"

// Negative: the plan stored the same way, sent as a tag.
void onCrashPlan() { sentry_set_tag("plan", Session::instance().plan().c_str()); }

// Positive: a member set by a setter and reported by another method of the object.
class CrashContext {
public:
  void setContact(const Account &account) { contact_ = account.email; channel_ = "stable"; }
  void report() {
    sentry_set_tag("contact", contact_.c_str());
    sentry_set_tag("channel", channel_.c_str());
  }

private:
  std::string contact_;
  std::string channel_;
};
// CHECK: state-outliving-functions.cpp:[[@LINE-8]]:5: warning: email address sent to Sentry as event property "contact" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: state-outliving-functions.cpp:[[@LINE-11]]:56: note: 'account.email' is an email address (field 'Account::email')
// CHECK: state-outliving-functions.cpp:[[@LINE-12]]:45: note: assigned to 'contact_'
// CHECK: state-outliving-functions.cpp:[[@LINE-11]]:31: note: read from 'contact_', which 'CrashContext::setContact' stored it in

// Positive: a queue filled through a pimpl pointer by one class's method, drained by a method of
// the other class that the filler never calls (the writer is analysed first).
class Outbox {
public:
  struct Impl {
    void enqueue(const std::string &line) { pending.push_back(line); }
    void flush() { sentry_set_tag("pending", pending.front().c_str()); }
    std::vector<std::string> pending;
  };
  void noteContact(const Account &account) { impl->enqueue(account.email); }
  Impl *impl;
};
// CHECK: state-outliving-functions.cpp:[[@LINE-6]]:20: warning: email address sent to Sentry as event property "pending" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: state-outliving-functions.cpp:[[@LINE-4]]:60: note: 'account.email' is an email address (field 'Account::email')
// CHECK: state-outliving-functions.cpp:[[@LINE-5]]:52: note: written into 'impl.pending' by 'Outbox::Impl::enqueue'
// CHECK: state-outliving-functions.cpp:[[@LINE-9]]:46: note: read from 'pending', which 'Outbox::noteContact' stored it in

// Negative: the same queue shape filled with the plan only.
class PlanOutbox {
public:
  struct Impl {
    void enqueue(const std::string &line) { pending.push_back(line); }
    void flush() { sentry_set_tag("pending", pending.front().c_str()); }
    std::vector<std::string> pending;
  };
  void notePlan(const Account &account) { impl->enqueue(account.plan); }
  Impl *impl;
};
