// Character conversions keep the data: std::wstring_convert both ways, a string built from
// another's iterators or assigned them, std::filesystem::path and its strings, Qt's wide-string
// conversions, Win32's WideCharToMultiByte. And a value that is a constant on one path and
// unknown on another is possibly personal: its key (or name) judges it where it is sent, as it
// would with no constant at all; a value that is a constant on every path is not.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <QtCore/QString>
#include <codecvt>
#include <filesystem>
#include <locale>
#include <sentry.h>
#include <string>
#include <windows.h>

struct Contact {
  std::wstring email;
  std::wstring plan;
};

// Positive: the email through each conversion.
void convert(const Contact &contact) {
  std::wstring_convert<std::codecvt_utf8<wchar_t>> utf8;
  sentry_set_tag("converted", utf8.to_bytes(contact.email).c_str());
  std::string copied(contact.email.begin(), contact.email.end());
  sentry_set_tag("copied", copied.c_str());
  std::string assigned;
  assigned.assign(contact.email.begin(), contact.email.end());
  sentry_set_tag("assigned", assigned.c_str());
  std::filesystem::path mailbox = contact.email;
  sentry_set_tag("path", mailbox.string().c_str());
  sentry_set_tag("qt", QString::fromStdWString(contact.email).toStdString().c_str());
  char narrow[256];
  WideCharToMultiByte(CP_UTF8, 0, contact.email.c_str(), -1, narrow, sizeof narrow, nullptr, nullptr);
  sentry_set_tag("win32", narrow);
}
// CHECK: conversions-and-branches.cpp:[[@LINE-13]]:3: warning: email address sent to Sentry as event property "converted" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-14]]:45: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-13]]:3: warning: email address sent to Sentry as event property "copied" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-15]]:22: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-16]]:15: note: assigned to 'copied'
// CHECK: conversions-and-branches.cpp:[[@LINE-13]]:3: warning: email address sent to Sentry as event property "assigned" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-15]]:19: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-16]]:12: note: appended to 'assigned'
// CHECK: conversions-and-branches.cpp:[[@LINE-14]]:3: warning: email address sent to Sentry as event property "path" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-16]]:35: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-17]]:25: note: assigned to 'mailbox'
// CHECK: conversions-and-branches.cpp:[[@LINE-16]]:3: warning: email address sent to Sentry as event property "qt" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-17]]:48: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-15]]:3: warning: email address sent to Sentry as event property "win32" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-17]]:35: note: 'contact.email' is an email address (field 'Contact::email')
// CHECK: conversions-and-branches.cpp:[[@LINE-18]]:3: note: written to 'narrow' by 'WideCharToMultiByte'

// Negative: the plan through the same conversions.
void convertPlan(const Contact &contact) {
  std::wstring_convert<std::codecvt_utf8<wchar_t>> utf8;
  sentry_set_tag("converted", utf8.to_bytes(contact.plan).c_str());
  std::string copied(contact.plan.begin(), contact.plan.end());
  sentry_set_tag("copied", copied.c_str());
  std::filesystem::path tier = contact.plan;
  sentry_set_tag("path", tier.string().c_str());
}

std::string lookupSteamAccount();

// Positive: "Anonymous" on one path, the account's id on the other, under a user's "id".
void identify(bool signedIn) {
  std::string id = "Anonymous";
  if (signedIn)
    id = lookupSteamAccount();
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "id", sentry_value_new_string(id.c_str()));
  sentry_set_user(user);
}
// CHECK: conversions-and-branches.cpp:[[@LINE-2]]:3: warning: user identifier sent to Sentry as user identity (key "id") in call to 'sentry_set_user' [privacy-pii-to-analytics]
// CHECK: conversions-and-branches.cpp:[[@LINE-4]]:3: note: the value stored under key "id" is a user identifier (key "id")

// Negative: a constant on every path.
void identifyGuest(bool beta) {
  std::string id = "Anonymous";
  if (beta)
    id = "Beta tester";
  sentry_value_t user = sentry_value_new_object();
  sentry_value_set_by_key(user, "id", sentry_value_new_string(id.c_str()));
  sentry_set_user(user);
}
