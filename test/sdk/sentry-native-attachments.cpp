// sentry-native attachments by path and feedback.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: diff %s %t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of sentry-native's attachment API (0.16.3 shapes) through piiflow's stubs.
#include <sentry.h>

#include <cstring>
#include <string>

// Positive: a per-user log file, named after the email, is attached to every event.
void optionsAttachUserLog(sentry_options_t* options, const std::string& email) {
  std::string path = "/var/log/app/" + email + ".log";
  sentry_options_add_attachment(options, path.c_str());
  sentry_options_add_attachment_n(options, path.c_str(), path.size());
}

// Negative: a fixed application log.
void optionsAttachAppLog(sentry_options_t* options) {
  sentry_options_add_attachment(options, "/var/log/app/app.log");
  sentry_options_add_attachment_n(options, "app.log", 7);
}

// Negative: a constant wide path.
void optionsAttachWideConst(sentry_options_t* options) {
  sentry_options_add_attachmentw(options, L"C:\\ProgramData\\App\\app.log");
  sentry_options_add_attachmentw_n(options, L"app.log", 7);
}

// Positive: attach the file at a path built from the user's id, globally and on a scope.
void attachUserFiles(sentry_scope_t* scope, const std::string& userId) {
  std::string path = "/data/users/" + userId + "/profile.json";
  sentry_attach_file(path.c_str());
  sentry_attach_file_n(path.c_str(), path.size());
  sentry_scope_attach_file(scope, path.c_str());
  sentry_scope_attach_file_n(scope, path.c_str(), path.size());
}

// Negative: attach constant files.
void attachConstFiles(sentry_scope_t* scope) {
  sentry_attachment_t* a = sentry_attach_file("config.ini");
  sentry_attachment_set_content_type(a, "text/plain");
  sentry_attach_file_n("build.txt", 9);
  sentry_scope_attach_file(scope, "state.json");
  sentry_scope_attach_file_n(scope, "state.json", 10);
}

// Positive: wide-character attachments under the user's name.
void attachWide(sentry_scope_t* scope, const std::wstring& username) {
  std::wstring path = L"C:\\Users\\" + username + L"\\app.log";
  sentry_attach_filew(path.c_str());
  sentry_attach_filew_n(path.c_str(), path.size());
  sentry_scope_attach_filew(scope, path.c_str());
  sentry_scope_attach_filew_n(scope, path.c_str(), path.size());
}

// Negative: constant wide-character attachments.
void attachWideConst(sentry_scope_t* scope) {
  sentry_attach_filew(L"app.log");
  sentry_attach_filew_n(L"app.log", 7);
  sentry_scope_attach_filew(scope, L"app.log");
  sentry_scope_attach_filew_n(scope, L"app.log", 7);
}

// Positive: the bytes of an attachment are the user's email and phone.
void attachUserBytes(sentry_scope_t* scope, const std::string& email,
                     const std::string& phone) {
  std::string contact = email + ";" + phone;
  sentry_attach_bytes(contact.data(), contact.size(), "contact.txt");
  sentry_attach_bytes_n(contact.data(), contact.size(), "contact.txt", 11);
  sentry_scope_attach_bytes(scope, contact.data(), contact.size(), "contact.txt");
  sentry_scope_attach_bytes_n(scope, contact.data(), contact.size(),
                              "contact.txt", 11);
}

// Negative: the bytes are a constant build manifest.
void attachConstBytes(sentry_scope_t* scope) {
  static const char manifest[] = "build=1.2.3";
  sentry_attach_bytes(manifest, sizeof manifest - 1, "manifest.txt");
  sentry_attach_bytes_n(manifest, sizeof manifest - 1, "manifest.txt", 12);
  sentry_scope_attach_bytes(scope, manifest, sizeof manifest - 1, "m.txt");
  sentry_scope_attach_bytes_n(scope, manifest, sizeof manifest - 1, "m.txt", 5);
}

// Positive: feedback with the user's email and a hint attaching a user file.
void feedbackWithUserHint(const std::string& email, const std::string& userId,
                          const std::wstring& home) {
  sentry_hint_t* hint = sentry_hint_new();
  std::string path = "/data/users/" + userId + "/screenshot.png";
  sentry_hint_attach_file(hint, path.c_str());
  sentry_hint_attach_file_n(hint, path.c_str(), path.size());
  std::wstring wpath = home + L"\\shot.png";
  sentry_hint_attach_filew(hint, wpath.c_str());
  sentry_hint_attach_filew_n(hint, wpath.c_str(), wpath.size());
  sentry_hint_attach_bytes(hint, email.data(), email.size(), "who.txt");
  sentry_value_t feedback =
      sentry_value_new_feedback("it broke", email.c_str(), nullptr, nullptr);
  sentry_capture_feedback_with_hint(feedback, hint);
}

// Negative: anonymous feedback with a constant hint attachment.
void feedbackWithConstHint() {
  sentry_hint_t* hint = sentry_hint_new();
  sentry_hint_attach_file(hint, "screenshot.png");
  sentry_hint_attach_file_n(hint, "screenshot.png", 14);
  sentry_hint_attach_filew(hint, L"screenshot.png");
  sentry_hint_attach_filew_n(hint, L"screenshot.png", 14);
  sentry_hint_attach_bytes(hint, "ok", 2, "status.txt");
  sentry_value_t feedback =
      sentry_value_new_feedback("it broke", nullptr, nullptr, nullptr);
  sentry_capture_feedback_with_hint(feedback, hint);
}

// CHECK: sentry-native-attachments.cpp:20:3: warning: email address sent to Sentry as attachment in call to 'sentry_options_add_attachment' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:19:40: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:19:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:21:3: warning: email address sent to Sentry as attachment in call to 'sentry_options_add_attachment_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:19:40: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:19:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:39:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_attach_file' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:38:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:38:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:40:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_attach_file_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:38:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:38:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:41:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_scope_attach_file' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:38:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:38:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:42:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_scope_attach_file_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:38:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:38:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:57:3: warning: username sent to Sentry as attachment in call to 'sentry_attach_filew' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:56:40: note: 'username' is a username (name 'username')
// CHECK: sentry-native-attachments.cpp:56:16: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:58:3: warning: username sent to Sentry as attachment in call to 'sentry_attach_filew_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:56:40: note: 'username' is a username (name 'username')
// CHECK: sentry-native-attachments.cpp:56:16: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:59:3: warning: username sent to Sentry as attachment in call to 'sentry_scope_attach_filew' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:56:40: note: 'username' is a username (name 'username')
// CHECK: sentry-native-attachments.cpp:56:16: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:60:3: warning: username sent to Sentry as attachment in call to 'sentry_scope_attach_filew_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:56:40: note: 'username' is a username (name 'username')
// CHECK: sentry-native-attachments.cpp:56:16: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:75:3: warning: email address sent to Sentry as free text in call to 'sentry_attach_bytes' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:25: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:75:3: warning: phone number sent to Sentry as free text in call to 'sentry_attach_bytes' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:39: note: 'phone' is a phone number (name 'phone')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:76:3: warning: email address sent to Sentry as free text in call to 'sentry_attach_bytes_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:25: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:76:3: warning: phone number sent to Sentry as free text in call to 'sentry_attach_bytes_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:39: note: 'phone' is a phone number (name 'phone')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:77:3: warning: email address sent to Sentry as free text in call to 'sentry_scope_attach_bytes' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:25: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:77:3: warning: phone number sent to Sentry as free text in call to 'sentry_scope_attach_bytes' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:39: note: 'phone' is a phone number (name 'phone')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:78:3: warning: email address sent to Sentry as free text in call to 'sentry_scope_attach_bytes_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:25: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:78:3: warning: phone number sent to Sentry as free text in call to 'sentry_scope_attach_bytes_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:74:39: note: 'phone' is a phone number (name 'phone')
// CHECK: sentry-native-attachments.cpp:74:15: note: assigned to 'contact'
// CHECK: sentry-native-attachments.cpp:96:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_hint_attach_file' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:95:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:95:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:97:3: warning: user identifier sent to Sentry as attachment in call to 'sentry_hint_attach_file_n' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:95:39: note: 'userId' is a user identifier (name 'userId')
// CHECK: sentry-native-attachments.cpp:95:15: note: assigned to 'path'
// CHECK: sentry-native-attachments.cpp:101:3: warning: email address sent to Sentry as free text in call to 'sentry_hint_attach_bytes' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:101:34: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:104:3: warning: email address sent to Sentry as event property "contact_email" in call to 'sentry_capture_feedback_with_hint' [privacy-pii-to-analytics]
// CHECK: sentry-native-attachments.cpp:103:45: note: 'email' is an email address (name 'email')
// CHECK: sentry-native-attachments.cpp:103:45: note: stored under key "contact_email"
