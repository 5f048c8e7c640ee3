// Calls through values: a function pointer (local, in a struct of handlers, to an SDK function,
// to a member function), a std::function and a lambda called where they are made, a lambda
// passed to a project function that calls it with personal data (reported at that call), and
// calls through an interface in a loop over a list of sinks (every overrider); callbacks
// registered in a member now and called by another function later. With --explain (Explain in
// .clang-tidy), a call whose targets the unit does not show is said to be so where it is given
// personal data.
// Negatives beside each: the same shapes carrying a plan.
// RUN: %tidy %s --config="{CheckOptions: {privacy-pii-to-analytics.Explain: true}}" -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow --explain %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --check-prefixes=CHECK,EXPLAIN --input-file=%t.tidy --implicit-check-not="{{warning|note|error|remark}}:"
// RUN: FileCheck %s --check-prefixes=CHECK,EXPLAIN --input-file=%t.tool --implicit-check-not="{{warning|note|error|remark}}:"
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.quiet
// RUN: FileCheck %s --input-file=%t.quiet --implicit-check-not="{{warning|note|error|remark}}:"

#include "analytics.hpp"
#include <functional>
#include <memory>
#include <sentry.h>
#include <string>
#include <vector>

using segment::analytics::Analytics;

struct Member {
  std::string email;
  std::string plan;
};

void sendUser(Analytics &analytics, const std::string &user) {
  analytics.Track(user, "Pointer", nullptr);
}
using Sender = void (*)(Analytics &, const std::string &);

// Positive: a local function pointer; negative: the same pointer given a plan.
void throughPointer(Analytics &analytics, const Member &member) {
  Sender send = &sendUser;
  send(analytics, member.email);
  send(analytics, member.plan);
}

// Positive: a struct of handlers whose member points to an SDK function; negative: a plan.
struct Handlers {
  void (*onName)(const char *);
};
void throughTable(const Member &member) {
  Handlers handlers{&sentry_set_transaction};
  handlers.onName(member.email.c_str());
  handlers.onName(member.plan.c_str());
}

// Positive: a std::function and a lambda called where they are made; negative: a plan.
void throughLocalCallables(Analytics &analytics, const Member &member) {
  std::function<void(const std::string &)> track = [&](const std::string &value) {
    analytics.Track(value, "Function", nullptr);
  };
  track(member.email);
  track(member.plan);
}

// Positive: a lambda passed to a function that calls it with an email; negative: with a plan.
void forEachEmail(const Member &member, const std::function<void(const std::string &)> &visit) {
  visit(member.email);
}
void forEachPlan(const Member &member, const std::function<void(const std::string &)> &visit) {
  visit(member.plan);
}
void throughCallback(Analytics &analytics, const Member &member) {
  forEachEmail(member, [&](const std::string &value) { analytics.Track(value, "Visited", nullptr); });
  forEachPlan(member, [&](const std::string &value) { analytics.Track(value, "Plan", nullptr); });
}

// Positive: every sink of a list of interface pointers; negative: a plan.
class Sink {
public:
  virtual ~Sink() = default;
  virtual void send(const std::string &text) = 0;
};
class SentrySink : public Sink {
public:
  void send(const std::string &text) override { sentry_set_transaction(text.c_str()); }
};
void fanOut(const std::vector<std::unique_ptr<Sink>> &sinks, const Member &member) {
  for (const auto &sink : sinks) {
    sink->send(member.email);
    sink->send(member.plan);
  }
}

// Positive: a pointer to a member function that sends; negative: the same pointer given a plan.
class Reporter {
public:
  void report(const std::string &text) { sentry_set_transaction(text.c_str()); }
};
void throughMemberPointer(Reporter &reporter, const Member &member) {
  void (Reporter::*send)(const std::string &) = &Reporter::report;
  (reporter.*send)(member.email);
  (reporter.*send)(member.plan);
}

// Callbacks registered now and called later through a member (a list of handlers, one
// handler): positive where the later call gives them an email, negative where it gives a plan.
class EventBus {
public:
  void subscribe(std::function<void(const std::string &)> handler) {
    handlers_.push_back(std::move(handler));
  }
  void onPlan(std::function<void(const std::string &)> handler) { planHandler_ = handler; }
  void publish(const Member &member) {
    for (auto &handler : handlers_)
      handler(member.email);
  }
  void publishPlan(const Member &member) { planHandler_(member.plan); }

private:
  std::vector<std::function<void(const std::string &)>> handlers_;
  std::function<void(const std::string &)> planHandler_;
};
void throughRegistered(EventBus &bus, Analytics &analytics, const Member &member) {
  bus.subscribe([&](const std::string &value) { analytics.Track(value, "Published", nullptr); });
  bus.onPlan([&](const std::string &value) { analytics.Track(value, "Plan", nullptr); });
  bus.publish(member);
  bus.publishPlan(member);
}

// Unknown targets: a std::function the unit is given, with an email (said with --explain) and
// with a plan (nothing).
void throughUnknown(std::function<void(const std::string &)> *handler, const Member &member) {
  (*handler)(member.email);
  (*handler)(member.plan);
}
// CHECK: indirect-calls.cpp:38:3: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' through 'sendUser' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:38:19: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:38:19: note: passed to 'sendUser'
// CHECK: indirect-calls.cpp:30:56: note: received as parameter 'user' of 'sendUser'
// CHECK: indirect-calls.cpp:31:13: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: indirect-calls.cpp:48:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:48:19: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:57:3: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' through 'throughLocalCallables::(lambda)' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:57:9: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:57:9: note: passed to 'throughLocalCallables::(lambda)'
// CHECK: indirect-calls.cpp:54:75: note: received as parameter 'value' of 'throughLocalCallables::(lambda)'
// CHECK: indirect-calls.cpp:55:15: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: indirect-calls.cpp:69:3: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' through 'forEachEmail' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:63:9: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:63:3: note: given to the callback by 'forEachEmail'
// CHECK: indirect-calls.cpp:69:24: note: passed to 'forEachEmail'
// CHECK: indirect-calls.cpp:69:47: note: received as parameter 'value' of 'throughCallback::(lambda)'
// CHECK: indirect-calls.cpp:69:66: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: indirect-calls.cpp:85:11: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' through 'Sink::send' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:85:16: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:85:16: note: passed to 'Sink::send'
// CHECK: indirect-calls.cpp:81:32: note: received as parameter 'text' of 'SentrySink::send'
// CHECK: indirect-calls.cpp:81:49: note: sent to Sentry by 'sentry_set_transaction'
// CHECK: indirect-calls.cpp:97:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' through 'Reporter::report' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:97:20: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:97:20: note: passed to 'Reporter::report'
// CHECK: indirect-calls.cpp:93:34: note: received as parameter 'text' of 'Reporter::report'
// CHECK: indirect-calls.cpp:93:42: note: sent to Sentry by 'sentry_set_transaction'
// CHECK: indirect-calls.cpp:122:7: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' through 'EventBus::publish' [privacy-pii-to-analytics]
// CHECK: indirect-calls.cpp:111:15: note: 'member.email' is an email address (field 'Member::email'{{(: .*)?}})
// CHECK: indirect-calls.cpp:111:7: note: given to the callback by 'EventBus::publish'
// CHECK: indirect-calls.cpp:122:3: note: passed to 'EventBus::publish'
// CHECK: indirect-calls.cpp:120:40: note: received as parameter 'value' of 'throughRegistered::(lambda)'
// CHECK: indirect-calls.cpp:120:59: note: sent to Segment by 'segment::analytics::Analytics::Track'
// EXPLAIN: indirect-calls.cpp:129:3: remark: the targets of this indirect call are not known in this unit; the personal data given to it is not followed [privacy-pii-to-analytics]
