// Crashpad annotations, simple string dictionaries and handler annotations and attachments.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the Crashpad client API through piiflow's stubs.
#include "client/annotation.h"
#include "client/crashpad_client.h"
#include "client/crashpad_info.h"
#include "client/simple_string_dictionary.h"

#include <map>
#include <string>
#include <vector>

namespace {
crashpad::StringAnnotation<64> g_user("user");
crashpad::StringAnnotation<64> g_channel("channel");
crashpad::SimpleStringDictionary* g_simple = nullptr;
char g_raw_buffer[128];
}  // namespace

// Positive: the signed-in user's email becomes a crash annotation.
void annotateUser(const std::string& email) {
  g_user.Set(email);
  g_user.Set(email.c_str());
}

// Negative: the release channel is not personal.
void annotateChannel() {
  g_channel.Set("beta");
  g_channel.Set(std::string("stable"));
}

// Negative: a raw annotation over a constant build string.
void rawBuildAnnotation() {
  static char build[] = "1.2.3";
  static crashpad::Annotation build_annotation(
      crashpad::Annotation::Type::kString, "build", build);
  build_annotation.SetSize(sizeof build - 1);
}

// Positive: the phone number goes into the simple annotations.
void simpleAnnotations(const std::string& phone) {
  g_simple = new crashpad::SimpleStringDictionary();
  crashpad::CrashpadInfo::GetCrashpadInfo()->set_simple_annotations(g_simple);
  g_simple->SetKeyValue("phone", phone);
}

// Negative: only the product name goes into the simple annotations.
void simpleProduct() {
  crashpad::CrashpadInfo::GetCrashpadInfo()->simple_annotations()->SetKeyValue(
      "prod", "MyApp");
}

// Positive: the user's email is a process annotation, and a log file named
// after the user is attached to every report.
bool startWithUser(const std::string& email, const std::string& userName) {
  crashpad::CrashpadClient client;
  std::map<std::string, std::string> annotations;
  annotations["prod"] = "MyApp";
  annotations["email"] = email;
  std::vector<base::FilePath> attachments = {
      base::FilePath("/tmp/logs/" + userName + ".log")};
  return client.StartHandler(base::FilePath("/opt/app/crashpad_handler"),
                             base::FilePath("/var/crash/db"),
                             base::FilePath(), "https://crash.example.com/submit",
                             annotations, {}, true, false, attachments);
}

// Negative: constant annotations and a constant attachment.
bool startPlain() {
  crashpad::CrashpadClient client;
  std::map<std::string, std::string> annotations = {{"prod", "MyApp"},
                                                    {"ver", "1.2.3"}};
  std::vector<base::FilePath> attachments = {base::FilePath("/var/log/app.log")};
  return client.StartHandler(base::FilePath("/opt/app/crashpad_handler"),
                             base::FilePath("/var/crash/db"), base::FilePath(),
                             "https://crash.example.com/submit", annotations,
                             {}, true, false, attachments);
}

// Positive: StartHandlerAtCrash with the user id annotation and an attachment
// in the user's home directory.
bool startAtCrashWithUser(const std::string& userId, const std::string& home) {
  crashpad::CrashpadClient client;
  std::map<std::string, std::string> annotations = {{"user_id", userId}};
  base::FilePath dir(home);
  std::vector<base::FilePath> attachments = {dir.Append("app/session.log")};
  return client.StartHandlerAtCrash(base::FilePath("/opt/app/crashpad_handler"),
                                    base::FilePath("/var/crash/db"),
                                    base::FilePath(), "https://crash.example.com",
                                    annotations, {}, attachments);
}

// Negative: StartHandlerAtCrash without personal data.
bool startAtCrashPlain() {
  crashpad::CrashpadClient client;
  return client.StartHandlerAtCrash(base::FilePath("/opt/app/crashpad_handler"),
                                    base::FilePath("/var/crash/db"),
                                    base::FilePath(), "https://crash.example.com",
                                    {{"prod", "MyApp"}}, {});
}

// Positive: StartHandlerForClient with the username annotation.
bool startForClientWithUser(const std::string& username, int socket) {
  std::map<std::string, std::string> annotations;
  annotations.emplace("username", username);
  return crashpad::CrashpadClient::StartHandlerForClient(
      base::FilePath("/opt/app/crashpad_handler"), base::FilePath("/var/crash/db"),
      base::FilePath(), "https://crash.example.com", annotations, {}, socket);
}

// Negative: StartHandlerForClient with constant annotations.
bool startForClientPlain(int socket) {
  return crashpad::CrashpadClient::StartHandlerForClient(
      base::FilePath("/opt/app/crashpad_handler"), base::FilePath("/var/crash/db"),
      base::FilePath(), "https://crash.example.com", {{"prod", "MyApp"}}, {},
      socket);
}

// CHECK: crashpad.cpp:30:10: warning: email address sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as attribute in call to 'crashpad::StringAnnotation::Set' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:30:14: note: 'email' is an email address (name 'email')
// CHECK: crashpad.cpp:31:10: warning: email address sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as attribute in call to 'crashpad::StringAnnotation::Set' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:31:14: note: 'email' is an email address (name 'email')
// CHECK: crashpad.cpp:52:13: warning: phone number sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as attribute "phone" in call to 'crashpad::TSimpleStringDictionary::SetKeyValue' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:52:34: note: 'phone' is a phone number (name 'phone')
// CHECK: crashpad.cpp:70:17: warning: email address sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as event property "email" in call to 'crashpad::CrashpadClient::StartHandler' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:67:26: note: 'email' is an email address (name 'email')
// CHECK: crashpad.cpp:67:3: note: stored in 'annotations' under key "email"
// CHECK: crashpad.cpp:70:17: warning: username sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as attachment in call to 'crashpad::CrashpadClient::StartHandler' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:69:37: note: 'userName' is a username (name 'userName')
// CHECK: crashpad.cpp:68:31: note: assigned to 'attachments'
// CHECK: crashpad.cpp:95:17: warning: user identifier sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as event property "user_id" in call to 'crashpad::CrashpadClient::StartHandlerAtCrash' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:92:65: note: 'userId' is a user identifier (name 'userId')
// CHECK: crashpad.cpp:92:53: note: stored under key "user_id"
// CHECK: crashpad.cpp:114:10: warning: username sent to the crash-report server configured for Crashpad (Chromium's, Sentry, Backtrace, BugSplat, ...) as event property "username" in call to 'crashpad::CrashpadClient::StartHandlerForClient' [privacy-pii-to-analytics]
// CHECK: crashpad.cpp:113:35: note: 'username' is a username (name 'username')
// CHECK: crashpad.cpp:113:3: note: stored in 'annotations' under key "username"
// FIX: {{^}}-  annotations["email"] = email;
// FIX: {{^}}-  std::map<std::string, std::string> annotations = {{[{][{]}}"user_id", userId}};
// FIX: {{^}}+  std::map<std::string, std::string> annotations = {};
// FIX: {{^}}-  annotations.emplace("username", username);
