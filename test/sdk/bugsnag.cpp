// Bugsnag's C++ SDKs (NDK C API, cocos2d-x, Unreal): user, metadata, breadcrumbs, notify, context.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of Bugsnag's C/C++ APIs (Android NDK, cocos2d-x, Unreal) through
// piiflow's stubs.  Negative set-user calls pass null/empty literals only:
// the argument kinds (user-id, email, person-name) make any real value a finding.
#include <bugsnag.h>
#include <BugsnagCocos2dx/Bugsnag.hpp>
#include "BugsnagFunctionLibrary.h"

#include <map>
#include <stdexcept>
#include <string>

// ---------------------------------------------------------------- Android NDK

// Positive: the NDK user is the signed-in user's id, email and name.
void ndkSetUser(const char* userId, const char* email, const char* name, JNIEnv* env) {
  bugsnag_set_user(userId, email, name);
  bugsnag_set_user_env(env, userId, email, name);
}

// Negative: the NDK user is cleared.
void ndkClearUser(JNIEnv* env) {
  bugsnag_set_user(nullptr, nullptr, nullptr);
  bugsnag_set_user_env(env, nullptr, nullptr, nullptr);
}

// Positive: breadcrumbs naming the user's email.
void ndkBreadcrumb(const std::string& email, JNIEnv* env) {
  std::string msg = "login " + email;
  bugsnag_leave_breadcrumb(msg.c_str(), BSG_CRUMB_USER);
  bugsnag_leave_breadcrumb_env(env, msg.c_str(), BSG_CRUMB_USER);
}

// Negative: constant breadcrumbs.
void ndkBreadcrumbConst(JNIEnv* env) {
  bugsnag_leave_breadcrumb("settings opened", BSG_CRUMB_NAVIGATION);
  bugsnag_leave_breadcrumb_env(env, "settings opened", BSG_CRUMB_NAVIGATION);
}

// Positive: a handled error whose message holds the phone number.
void ndkNotify(const std::string& phone, JNIEnv* env) {
  std::string msg = "SMS to " + phone + " failed";
  bugsnag_notify("SmsError", msg.c_str(), BSG_SEVERITY_WARN);
  bugsnag_notify_env(env, "SmsError", msg.c_str(), BSG_SEVERITY_WARN);
}

// Negative: a constant handled error.
void ndkNotifyConst(JNIEnv* env) {
  bugsnag_notify("Timeout", "request timed out", BSG_SEVERITY_INFO);
  bugsnag_notify_env(env, "Timeout", "request timed out", BSG_SEVERITY_INFO);
}

struct Session {
  const char* userId;
  const char* email;
  const char* name;
  const char* plan;
  const char* deviceSerial;
  double balance;
  bool premium;
};
static Session g_session;

// Positive: the on-error callback copies the user, metadata and context into the event.
bool ndkOnError(void* event) {
  bugsnag_event_set_user(event, g_session.userId, g_session.email, g_session.name);
  bugsnag_event_add_metadata_string(event, "account", "email", g_session.email);
  bugsnag_event_add_metadata_double(event, "account", "balance", g_session.balance);
  bugsnag_event_add_metadata_bool(event, "account", "premium", g_session.premium);
  bugsnag_event_set_context(event, g_session.email);
  std::string msg = std::string("user ") + g_session.userId + " crashed";
  bugsnag_error_set_error_message(event, msg.c_str());
  bugsnag_device_set_id(event, g_session.deviceSerial);
  return true;
}

// Negative: the on-error callback adds only the plan and a constant context.
bool ndkOnErrorPlain(void* event) {
  bugsnag_event_set_user(event, nullptr, nullptr, nullptr);
  bugsnag_event_add_metadata_string(event, "account", "plan", g_session.plan);
  bugsnag_event_add_metadata_double(event, "app", "fps", 59.9);
  bugsnag_event_add_metadata_bool(event, "app", "debug", false);
  bugsnag_event_set_context(event, "MainActivity");
  bugsnag_error_set_error_message(event, "render failed");
  return true;
}

void ndkRegister() {
  bugsnag_add_on_error(ndkOnError);
  bugsnag_add_on_error(ndkOnErrorPlain);
}

// ------------------------------------------------------------------ cocos2d-x

// Positive: cocos2d-x user from the account, both overloads.
void cocosSetUser(const std::string& userId, std::string email, std::string name) {
  bugsnag::Bugsnag::setUser(userId.c_str(), email.c_str(), name.c_str());
  bugsnag::Bugsnag::setUser(nullptr, &email, &name);
}

// Negative: cocos2d-x user cleared.
void cocosClearUser() {
  bugsnag::Bugsnag::setUser(static_cast<const char*>(nullptr), nullptr, nullptr);
}

// Positive: breadcrumb with the email in its metadata (both argument orders).
void cocosBreadcrumb(const std::string& email) {
  std::map<std::string, std::string> meta = {{"email", email}};
  bugsnag::Bugsnag::leaveBreadcrumb("Signed in", meta, bugsnag::User);
  bugsnag::Bugsnag::leaveBreadcrumb("Signed in as " + email, bugsnag::User, {});
}

// Negative: breadcrumb with a scene name.
void cocosBreadcrumbPlain() {
  bugsnag::Bugsnag::leaveBreadcrumb("Scene", {{"scene", "Menu"}}, bugsnag::Navigation);
  bugsnag::Bugsnag::leaveBreadcrumb("Scene", bugsnag::Navigation, {{"scene", "Game"}});
}

// Positive: metadata with the phone number, by key and as a section map.
void cocosMetadata(const std::string& phone) {
  bugsnag::Bugsnag::addMetadata("account", "phone", phone);
  std::map<std::string, std::string> section;
  section["phone"] = phone;
  bugsnag::Bugsnag::addMetadata("account", section);
}

// Negative: metadata with the level number.
void cocosMetadataPlain(int level) {
  bugsnag::Bugsnag::addMetadata("game", "level", std::to_string(level));
  bugsnag::Bugsnag::addMetadata("game", {{"mode", "arcade"}});
}

// Positive: notify with the user's email in the message and context.
void cocosNotify(const std::string& email) {
  bugsnag::Bugsnag::notify("PurchaseError", "purchase failed for " + email);
  std::runtime_error ex("no profile for " + email);
  bugsnag::Bugsnag::notify(ex);
  bugsnag::Bugsnag::setContext("profile/" + email);
}

// Negative: constant notify and context.
void cocosNotifyPlain() {
  bugsnag::Bugsnag::notify("PurchaseError", "store unavailable");
  std::runtime_error ex("store unavailable");
  bugsnag::Bugsnag::notify(ex);
  bugsnag::Bugsnag::setContext("StoreScene");
}

// --------------------------------------------------------------------- Unreal

// Positive: the Unreal user from the player's account.
void unrealSetUser(const FString& UserId, const FString& Email, const FString& Name) {
  UBugsnagFunctionLibrary::SetUser(UserId, Email, Name);
}

// Negative: the Unreal user cleared.
void unrealClearUser() {
  UBugsnagFunctionLibrary::SetUser();
  UBugsnagFunctionLibrary::SetUser(TEXT(""), TEXT(""), TEXT(""));
}

// Positive: metadata with the email, as a value and in a JSON object.
void unrealMetadata(const FString& Email) {
  UBugsnagFunctionLibrary::AddMetadata(TEXT("account"), TEXT("email"), Email);
  TSharedRef<FJsonObject> Obj = MakeShared<FJsonObject>();
  Obj->SetStringField(TEXT("email"), Email);
  UBugsnagFunctionLibrary::AddMetadata(TEXT("account"), Obj);
  UBugsnagFunctionLibrary::AddMetadata(TEXT("account"), TEXT("contact"),
                                       MakeShared<FJsonValueString>(Email));
}

// Negative: metadata with the map name and a score.
void unrealMetadataPlain(int32 Score) {
  UBugsnagFunctionLibrary::AddMetadata(TEXT("game"), TEXT("map"), TEXT("Forest"));
  UBugsnagFunctionLibrary::AddMetadata(TEXT("game"), TEXT("score"), Score);
  TSharedRef<FJsonObject> Obj = MakeShared<FJsonObject>();
  Obj->SetNumberField(TEXT("score"), Score);
  UBugsnagFunctionLibrary::AddMetadata(TEXT("game"), Obj);
}

// Positive: breadcrumbs naming the player.
void unrealBreadcrumb(const FString& Name, const FString& Phone) {
  UBugsnagFunctionLibrary::LeaveBreadcrumb(TEXT("Player ") + Name + TEXT(" joined"));
  TSharedPtr<FJsonObject> Meta = MakeShareable(new FJsonObject());
  Meta->SetStringField(TEXT("phone"), Phone);
  UBugsnagFunctionLibrary::LeaveBreadcrumb(TEXT("Verified"), Meta, EBugsnagBreadcrumbType::User);
}

// Negative: constant breadcrumbs.
void unrealBreadcrumbPlain() {
  UBugsnagFunctionLibrary::LeaveBreadcrumb(TEXT("Level loaded"));
  TSharedPtr<FJsonObject> Meta = MakeShareable(new FJsonObject());
  Meta->SetStringField(TEXT("level"), TEXT("2"));
  UBugsnagFunctionLibrary::LeaveBreadcrumb(TEXT("Level"), Meta, EBugsnagBreadcrumbType::State);
}

// Positive: notify and context with the player's email.
void unrealNotify(const FString& Email) {
  UBugsnagFunctionLibrary::Notify(TEXT("LoginError"), TEXT("bad password for ") + Email);
  UBugsnagFunctionLibrary::SetContext(Email);
}

// Negative: constant notify and context.
void unrealNotifyPlain() {
  UBugsnagFunctionLibrary::Notify(TEXT("LoginError"), TEXT("server unreachable"));
  UBugsnagFunctionLibrary::SetContext(TEXT("MainMenu"));
}

// Positive: the configuration carries the user, a metadata value and the
// context; callbacks copy personal data into the event, session and breadcrumbs.
void unrealConfigure(const FString& UserId, const FString& Email, const FString& Name) {
  TSharedRef<FBugsnagConfiguration> Config = MakeShared<FBugsnagConfiguration>(TEXT("api-key"));
  Config->SetUser(UserId, Email, Name);
  Config->AddMetadata(TEXT("account"), TEXT("email"), Email);
  Config->SetContext(Email);
  Config->AddOnSendError([Email, UserId](TSharedRef<IBugsnagEvent> Event) {
    Event->SetUser(UserId, Email, TOptional<FString>());
    Event->AddMetadata(TEXT("account"), TEXT("email"), Email);
    Event->SetContext(Email);
    for (const TSharedRef<IBugsnagError>& Error : Event->GetErrors())
      Error->SetErrorMessage(TEXT("failed for ") + Email);
    return true;
  });
  Config->AddOnSession([UserId, Email](TSharedRef<IBugsnagSession> Session) {
    Session->SetUser(UserId, Email);
    return true;
  });
  Config->AddOnBreadcrumb([Email](TSharedRef<IBugsnagBreadcrumb> Crumb) {
    Crumb->SetMessage(Crumb->GetMessage() + TEXT(" by ") + Email);
    TSharedPtr<FJsonObject> Meta = MakeShareable(new FJsonObject());
    Meta->SetStringField(TEXT("email"), Email);
    Crumb->SetMetadata(Meta);
    return true;
  });
  UBugsnagFunctionLibrary::Start(Config);
}

// Negative: configuration and callbacks without personal data.
void unrealConfigurePlain() {
  TSharedRef<FBugsnagConfiguration> Config = MakeShared<FBugsnagConfiguration>(TEXT("api-key"));
  Config->SetUser();
  Config->AddMetadata(TEXT("build"), TEXT("branch"), TEXT("main"));
  Config->SetContext(FString(TEXT("Boot")));
  Config->AddOnSendError([](TSharedRef<IBugsnagEvent> Event) {
    Event->SetUser();
    Event->AddMetadata(TEXT("build"), TEXT("branch"), TEXT("main"));
    Event->SetContext(FString(TEXT("Boot")));
    for (const TSharedRef<IBugsnagError>& Error : Event->GetErrors())
      Error->SetErrorMessage(TEXT("redacted"));
    return true;
  });
  Config->AddOnSession([](TSharedRef<IBugsnagSession> Session) {
    Session->SetUser();
    return true;
  });
  Config->AddOnBreadcrumb([](TSharedRef<IBugsnagBreadcrumb> Crumb) {
    Crumb->SetMessage(TEXT("redacted"));
    Crumb->SetMetadata(nullptr);
    return true;
  });
  UBugsnagFunctionLibrary::Start(Config);
}

// CHECK: bugsnag.cpp:26:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:26:28: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:26:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:26:35: note: the argument is a person name (parameter of 'bugsnag_set_user')
// CHECK: bugsnag.cpp:26:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'bugsnag_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:26:20: note: 'userId' is a user identifier (name 'userId')
// CHECK: bugsnag.cpp:27:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_set_user_env' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:27:37: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:27:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_set_user_env' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:27:44: note: the argument is a person name (parameter of 'bugsnag_set_user_env')
// CHECK: bugsnag.cpp:27:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'bugsnag_set_user_env' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:27:29: note: 'userId' is a user identifier (name 'userId')
// CHECK: bugsnag.cpp:39:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_leave_breadcrumb' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:38:32: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:38:15: note: assigned to 'msg'
// CHECK: bugsnag.cpp:40:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_leave_breadcrumb_env' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:38:32: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:38:15: note: assigned to 'msg'
// CHECK: bugsnag.cpp:52:3: warning: phone number sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_notify' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:51:33: note: 'phone' is a phone number (name 'phone')
// CHECK: bugsnag.cpp:51:15: note: assigned to 'msg'
// CHECK: bugsnag.cpp:53:3: warning: phone number sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_notify_env' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:51:33: note: 'phone' is a phone number (name 'phone')
// CHECK: bugsnag.cpp:51:15: note: assigned to 'msg'
// CHECK: bugsnag.cpp:75:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_event_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:75:51: note: 'g_session.email' is an email address (field 'Session::email')
// CHECK: bugsnag.cpp:75:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag_event_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:75:68: note: the argument is a person name (parameter of 'bugsnag_event_set_user')
// CHECK: bugsnag.cpp:75:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'bugsnag_event_set_user' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:75:33: note: 'g_session.userId' is a user identifier (field 'Session::userId')
// CHECK: bugsnag.cpp:76:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as attribute "email" in call to 'bugsnag_event_add_metadata_string' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:76:64: note: 'g_session.email' is an email address (field 'Session::email')
// CHECK: bugsnag.cpp:79:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_event_set_context' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:79:36: note: 'g_session.email' is an email address (field 'Session::email')
// CHECK: bugsnag.cpp:81:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag_error_set_error_message' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:80:44: note: 'g_session.userId' is a user identifier (field 'Session::userId')
// CHECK: bugsnag.cpp:80:15: note: assigned to 'msg'
// CHECK: bugsnag.cpp:82:3: warning: device identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'bugsnag_device_set_id' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:82:32: note: 'g_session.deviceSerial' is a device identifier (field 'Session::deviceSerial')
// CHECK: bugsnag.cpp:106:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag::Bugsnag::setUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:106:45: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:106:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag::Bugsnag::setUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:106:60: note: the argument is a person name (parameter of 'bugsnag::Bugsnag::setUser')
// CHECK: bugsnag.cpp:106:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'bugsnag::Bugsnag::setUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:106:29: note: 'userId' is a user identifier (name 'userId')
// CHECK: bugsnag.cpp:107:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag::Bugsnag::setUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:107:39: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:107:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'bugsnag::Bugsnag::setUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:107:46: note: the argument is a person name (parameter of 'bugsnag::Bugsnag::setUser')
// CHECK: bugsnag.cpp:118:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as event property "email" in call to 'bugsnag::Bugsnag::leaveBreadcrumb' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:117:56: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:117:46: note: stored under key "email"
// CHECK: bugsnag.cpp:119:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag::Bugsnag::leaveBreadcrumb' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:119:55: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:130:3: warning: phone number sent to Bugsnag (SmartBear Insight Hub) as attribute "phone" in call to 'bugsnag::Bugsnag::addMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:130:53: note: 'phone' is a phone number (name 'phone')
// CHECK: bugsnag.cpp:133:3: warning: phone number sent to Bugsnag (SmartBear Insight Hub) as event property "phone" in call to 'bugsnag::Bugsnag::addMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:132:22: note: 'phone' is a phone number (name 'phone')
// CHECK: bugsnag.cpp:132:3: note: stored in 'section' under key "phone"
// CHECK: bugsnag.cpp:144:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag::Bugsnag::notify' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:144:70: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:146:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag::Bugsnag::notify' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:145:45: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:145:22: note: assigned to 'ex'
// CHECK: bugsnag.cpp:147:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'bugsnag::Bugsnag::setContext' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:147:45: note: 'email' is an email address (name 'email')
// CHECK: bugsnag.cpp:162:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'UBugsnagFunctionLibrary::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:162:44: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:162:3: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'UBugsnagFunctionLibrary::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:162:51: note: the argument is a person name (parameter of 'UBugsnagFunctionLibrary::SetUser')
// CHECK: bugsnag.cpp:162:3: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'UBugsnagFunctionLibrary::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:162:36: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: bugsnag.cpp:173:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as attribute "email" in call to 'UBugsnagFunctionLibrary::AddMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:173:72: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:176:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as event property "email" in call to 'UBugsnagFunctionLibrary::AddMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:175:38: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:175:3: note: stored in 'Obj' under key "email"
// CHECK: bugsnag.cpp:177:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as attribute "contact" in call to 'UBugsnagFunctionLibrary::AddMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:178:69: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:195:3: warning: phone number sent to Bugsnag (SmartBear Insight Hub) as event property "phone" in call to 'UBugsnagFunctionLibrary::LeaveBreadcrumb' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:194:39: note: 'Phone' is a phone number (name 'Phone')
// CHECK: bugsnag.cpp:194:3: note: stored in 'Meta' under key "phone"
// CHECK: bugsnag.cpp:208:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'UBugsnagFunctionLibrary::Notify' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:208:83: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:209:3: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'UBugsnagFunctionLibrary::SetContext' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:209:39: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:222:11: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'FBugsnagConfiguration::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:222:27: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:222:11: warning: person name sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'FBugsnagConfiguration::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:222:34: note: the argument is a person name (parameter of 'FBugsnagConfiguration::SetUser')
// CHECK: bugsnag.cpp:222:11: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'FBugsnagConfiguration::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:222:19: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: bugsnag.cpp:223:11: warning: email address sent to Bugsnag (SmartBear Insight Hub) as attribute "email" in call to 'IBugsnagMetadataStore::AddMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:223:55: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:224:11: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'FBugsnagConfiguration::SetContext' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:224:22: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:226:12: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'IBugsnagEvent::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:225:27: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:225:27: note: captured by the lambda
// CHECK: bugsnag.cpp:226:12: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'IBugsnagEvent::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:225:34: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: bugsnag.cpp:225:34: note: captured by the lambda
// CHECK: bugsnag.cpp:227:12: warning: email address sent to Bugsnag (SmartBear Insight Hub) as attribute "email" in call to 'IBugsnagMetadataStore::AddMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:225:27: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:225:27: note: captured by the lambda
// CHECK: bugsnag.cpp:228:12: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'IBugsnagEvent::SetContext' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:225:27: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:225:27: note: captured by the lambda
// CHECK: bugsnag.cpp:230:14: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'IBugsnagError::SetErrorMessage' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:225:27: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:225:27: note: captured by the lambda
// CHECK: bugsnag.cpp:234:14: warning: email address sent to Bugsnag (SmartBear Insight Hub) as user trait in call to 'IBugsnagSession::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:233:33: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:233:33: note: captured by the lambda
// CHECK: bugsnag.cpp:234:14: warning: user identifier sent to Bugsnag (SmartBear Insight Hub) as user identity in call to 'IBugsnagSession::SetUser' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:233:25: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: bugsnag.cpp:233:25: note: captured by the lambda
// CHECK: bugsnag.cpp:238:12: warning: email address sent to Bugsnag (SmartBear Insight Hub) as free text in call to 'IBugsnagBreadcrumb::SetMessage' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:237:28: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:237:28: note: captured by the lambda
// CHECK: bugsnag.cpp:241:12: warning: email address sent to Bugsnag (SmartBear Insight Hub) as event property "email" in call to 'IBugsnagBreadcrumb::SetMetadata' [privacy-pii-to-analytics]
// CHECK: bugsnag.cpp:237:28: note: 'Email' is an email address (name 'Email')
// CHECK: bugsnag.cpp:237:28: note: captured by the lambda
// CHECK: bugsnag.cpp:240:5: note: stored in 'Meta' under key "email"
// FIX: {{^}}-  std::map<std::string, std::string> meta = {{[{][{]}}"email", email}};
// FIX: {{^}}+  std::map<std::string, std::string> meta = {};
// FIX: {{^}}-  section["phone"] = phone;
// FIX: {{^}}-  Obj->SetStringField(TEXT("email"), Email);
// FIX: {{^}}-  Meta->SetStringField(TEXT("phone"), Phone);
// FIX: {{^}}-    Meta->SetStringField(TEXT("email"), Email);
