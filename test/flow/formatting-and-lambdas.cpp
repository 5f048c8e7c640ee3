// Formatting functions carry every argument (snprintf, sprintf, fmt::format, absl::StrCat); lambdas
// start from what they capture, by value or by reference, whether they are called at once, kept
// in a std::function queue or run on a std::thread.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <absl/strings/str_cat.h>
#include <cstdio>
#include <fmt/format.h>
#include <functional>
#include <sentry.h>
#include <string>
#include <thread>
#include <vector>

struct User {
  std::string email;
  std::string phone;
  std::string plan;
};

// Positive: snprintf and sprintf write the data into their buffer.
void printed(const User &user) {
  char line[128];
  snprintf(line, sizeof(line), "reset for %s", user.email.c_str());
  sentry_set_transaction(line);
  char other[128];
  sprintf(other, "sms to %s", user.phone.c_str());
  sentry_set_transaction(other);
}

// Negative: the same with a plan.
void printedPlan(const User &user) {
  char line[128];
  snprintf(line, sizeof(line), "plan %s", user.plan.c_str());
  sentry_set_transaction(line);
}

// Positive: fmt::format and absl::StrCat results.
void formatted(const User &user) {
  std::string a = fmt::format("login {} ok", user.email);
  sentry_set_transaction(a.c_str());
  std::string b = absl::StrCat("sms:", user.phone);
  sentry_set_transaction(b.c_str());
}

// Negative: formatting non-personal data.
void formattedPlan(const User &user) {
  std::string a = fmt::format("plan {}", user.plan);
  sentry_set_transaction(a.c_str());
}

std::vector<std::function<void()>> &jobs();

// Positive: a captured copy under a neutral name, in a queued job and on a thread.
void queued(const User &user) {
  std::string contact = user.email;
  jobs().push_back([contact] { sentry_set_tag("contact", contact.c_str()); });
  std::string number = user.phone;
  std::thread worker([&number] { sentry_set_tag("number", number.c_str()); });
  worker.join();
}

// Positive: an init-capture, and a lambda called at once with an argument.
void immediate(const User &user) {
  auto report = [who = user.email] { sentry_set_transaction(who.c_str()); };
  report();
  auto tag = [](const std::string &value) { sentry_set_tag("value", value.c_str()); };
  tag(user.phone);
}

// Negative: captures and arguments that are not personal.
void clean(const User &user) {
  std::string tier = user.plan;
  jobs().push_back([tier] { sentry_set_tag("tier", tier.c_str()); });
  auto tag = [](const std::string &value) { sentry_set_tag("value", value.c_str()); };
  tag(user.plan);
}
// CHECK: formatting-and-lambdas.cpp:28:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:27:48: note: 'user.email' is an email address (field 'User::email')
// CHECK: formatting-and-lambdas.cpp:27:3: note: written to 'line'
// CHECK: formatting-and-lambdas.cpp:31:3: warning: phone number sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:30:31: note: 'user.phone' is a phone number (field 'User::phone')
// CHECK: formatting-and-lambdas.cpp:30:3: note: written to 'other'
// CHECK: formatting-and-lambdas.cpp:44:3: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:43:46: note: 'user.email' is an email address (field 'User::email')
// CHECK: formatting-and-lambdas.cpp:43:15: note: assigned to 'a'
// CHECK: formatting-and-lambdas.cpp:46:3: warning: phone number sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:45:40: note: 'user.phone' is a phone number (field 'User::phone')
// CHECK: formatting-and-lambdas.cpp:45:15: note: assigned to 'b'
// CHECK: formatting-and-lambdas.cpp:60:32: warning: email address sent to Sentry as event property "contact" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:59:25: note: 'user.email' is an email address (field 'User::email')
// CHECK: formatting-and-lambdas.cpp:59:15: note: assigned to 'contact'
// CHECK: formatting-and-lambdas.cpp:60:21: note: captured by the lambda
// CHECK: formatting-and-lambdas.cpp:62:34: warning: phone number sent to Sentry as event property "number" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:61:24: note: 'user.phone' is a phone number (field 'User::phone')
// CHECK: formatting-and-lambdas.cpp:61:15: note: assigned to 'number'
// CHECK: formatting-and-lambdas.cpp:62:24: note: captured by the lambda
// CHECK: formatting-and-lambdas.cpp:68:38: warning: email address sent to Sentry as free text in call to 'sentry_set_transaction' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:68:24: note: 'user.email' is an email address (field 'User::email')
// CHECK: formatting-and-lambdas.cpp:68:18: note: captured by the lambda
// CHECK: formatting-and-lambdas.cpp:71:3: warning: phone number sent to Sentry as event property "value" in call to 'sentry_set_tag' through 'immediate::(lambda)' [privacy-pii-to-analytics]
// CHECK: formatting-and-lambdas.cpp:71:7: note: 'user.phone' is a phone number (field 'User::phone')
// CHECK: formatting-and-lambdas.cpp:71:7: note: passed to 'immediate::(lambda)'
// CHECK: formatting-and-lambdas.cpp:70:36: note: received as parameter 'value' of 'immediate::(lambda)'
// CHECK: formatting-and-lambdas.cpp:70:45: note: sent to Sentry by 'sentry_set_tag'
