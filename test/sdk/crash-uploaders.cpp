// Crash reporters reached without a modelled SDK call: BugSplat's MiniDmpSender (default user
// name, email and description, attributes), Breakpad's multipart upload (its parameters are the
// form fields, here Sentry's minidump keys), Firebase Crashlytics for C++ (user id, custom keys,
// log lines). Negatives: the same calls with build data, constants and a user id that is hashed.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <BugSplat.h>
#include <common/linux/http_upload.h>
#include <firebase/crashlytics.h>
#include <map>
#include <string>

struct Account {
  std::wstring display_name;
  std::wstring email;
  std::string email_utf8;
  std::string user_id;
  std::string plan;
};
std::wstring build_tag();

// Positive: the signed-in user's name and email as BugSplat's defaults, the email as an
// attribute.
void bugsplat(MiniDmpSender &sender, const Account &account) {
  sender.setDefaultUserName(account.display_name.c_str());
  sender.setDefaultUserEmail(account.email.c_str());
  sender.setAttribute(L"contact", account.email.c_str());
}
// CHECK: crash-uploaders.cpp:[[@LINE-4]]:10: warning: person name sent to BugSplat as user trait in call to 'MiniDmpSender::setDefaultUserName' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-5]]:29: note: 'account.display_name' is a person name (field 'Account::display_name')
// CHECK: crash-uploaders.cpp:[[@LINE-5]]:10: warning: email address sent to BugSplat as user trait in call to 'MiniDmpSender::setDefaultUserEmail' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-6]]:30: note: 'account.email' is an email address (field 'Account::email')
// CHECK: crash-uploaders.cpp:[[@LINE-6]]:10: warning: email address sent to BugSplat as attribute "contact" in call to 'MiniDmpSender::setAttribute' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-7]]:35: note: 'account.email' is an email address (field 'Account::email')

// Negative: constants and build data.
void bugsplatBuild(MiniDmpSender &sender) {
  sender.setDefaultUserName(L"Crash.Reporter");
  sender.setAttribute(L"build", build_tag().c_str());
  sender.setDefaultUserDescription(L"Automatic report");
}

// Positive: Sentry's user fields as Breakpad form fields.
bool breakpad(const Account &account, const std::string &dump) {
  std::map<std::string, std::string> parameters, files;
  parameters["sentry[user][email]"] = account.email_utf8;
  parameters["sentry[tags][plan]"] = account.plan;
  files["upload_file_minidump"] = dump;
  std::string body, error;
  long code = 0;
  return google_breakpad::HTTPUpload::SendMultipartPostRequest(
      "https://o0.ingest.sentry.io/api/1/minidump/?sentry_key=k", parameters, files, "", "", "",
      &body, &code, &error);
}
// CHECK: crash-uploaders.cpp:[[@LINE-4]]:10: warning: email address sent to the crash-report server Breakpad uploads to (Mozilla Socorro, Sentry, BugSplat, Backtrace, ...) as event property "sentry[user][email]" in call to 'google_breakpad::HTTPUpload::SendMultipartPostRequest' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-10]]:39: note: 'account.email_utf8' is an email address (field 'Account::email_utf8')
// CHECK: crash-uploaders.cpp:[[@LINE-11]]:3: note: stored in 'parameters' under key "sentry[user][email]"

// Positive: the user id and the email as a custom key.
void crashlytics(firebase::crashlytics::Crashlytics &crashlytics, const Account &account) {
  crashlytics.SetUserId(account.user_id.c_str());
  crashlytics.SetCustomKey("email", account.email_utf8.c_str());
}
// CHECK: crash-uploaders.cpp:[[@LINE-3]]:15: warning: user identifier sent to Firebase Crashlytics as user identity in call to 'firebase::crashlytics::Crashlytics::SetUserId' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-4]]:25: note: 'account.user_id' is a user identifier (field 'Account::user_id')
// CHECK: crash-uploaders.cpp:[[@LINE-4]]:15: warning: email address sent to Firebase Crashlytics as attribute "email" in call to 'firebase::crashlytics::Crashlytics::SetCustomKey' [privacy-pii-to-analytics]
// CHECK: crash-uploaders.cpp:[[@LINE-5]]:37: note: 'account.email_utf8' is an email address (field 'Account::email_utf8')

// Negative: the plan as a custom key, a fixed log line.
void crashlyticsPlan(firebase::crashlytics::Crashlytics &crashlytics, const Account &account) {
  crashlytics.SetCustomKey("plan", account.plan.c_str());
  crashlytics.Log("checkout started");
}
