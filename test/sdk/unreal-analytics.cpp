// Unreal IAnalyticsProvider: RecordEvent with FAnalyticsEventAttribute arrays, user id, location, purchases, errors and progress.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of Unreal Engine's IAnalyticsProvider (UE 5.x) through the piiflow stubs.
#include "Analytics.h"
#include "AnalyticsEventAttribute.h"
#include "CoreMinimal.h"
#include "Interfaces/IAnalyticsProvider.h"

static TSharedPtr<IAnalyticsProvider> Provider() { return FAnalytics::Get().GetDefaultConfiguredProvider(); }

// Positive: the player's email as the analytics user id.
void OnLogin(const FString &Email) {
  Provider()->SetUserID(Email);
}

// Negative: a generated account GUID string as the user id.
void OnGuestLogin(const FString &AccountGuid) {
  Provider()->SetUserID(AccountGuid);
}

// Positive: the email in an attribute array built with MakeAnalyticsEventAttributeArray.
void OnSignup(const FString &Email, int32 Age) {
  Provider()->RecordEvent(TEXT("Signup"), MakeAnalyticsEventAttributeArray(TEXT("Email"), Email, TEXT("Age"), Age));
}

// Negative: MakeAnalyticsEventAttributeArray with a map name and a score.
void OnMatchEnd(const FString &MapName, int32 Score) {
  Provider()->RecordEvent(TEXT("MatchEnd"), MakeAnalyticsEventAttributeArray(TEXT("Map"), MapName, TEXT("Score"), Score));
}

// Positive: the phone number added to a TArray with Add(FAnalyticsEventAttribute(...)).
void OnPhoneVerified(const FString &PhoneNumber) {
  TArray<FAnalyticsEventAttribute> Attributes;
  Attributes.Add(FAnalyticsEventAttribute(TEXT("Phone"), PhoneNumber));
  Attributes.Emplace(TEXT("Method"), TEXT("sms"));
  Provider()->RecordEvent(TEXT("PhoneVerified"), Attributes);
}

// Negative: a TArray with a quality setting, recorded immediately.
void OnSettingsChanged(const FString &Quality) {
  TArray<FAnalyticsEventAttribute> Attributes;
  Attributes.Emplace(TEXT("Quality"), Quality);
  Provider()->RecordEvent(TEXT("SettingsChanged"), Attributes, EAnalyticsRecordEventMode::Immediate);
}

// Positive: the user name in the event name (single-argument RecordEvent).
void OnProfileViewed(const FString &UserName) {
  Provider()->RecordEvent(FString(TEXT("ProfileViewed_")) + UserName);
}

// Negative: a constant event name.
void OnMainMenu() {
  Provider()->RecordEvent(TEXT("MainMenu"));
}

// Positive: the email as a name/value pair (RecordEvent(name, ParamName, ParamValue)).
void OnNewsletter(const FString &Email) {
  Provider()->RecordEvent(TEXT("Newsletter"), TEXT("Address"), Email);
}

// Negative: a single FAnalyticsEventAttribute with a difficulty.
void OnDifficulty(const FString &Difficulty) {
  Provider()->RecordEvent(TEXT("Difficulty"), FAnalyticsEventAttribute(TEXT("Level"), Difficulty));
}

// Positive: the user id in the session attributes and in the default attributes.
void OnSessionStart(const FString &UserId, const FString &Platform) {
  Provider()->StartSession(MakeAnalyticsEventAttributeArray(TEXT("UserId"), UserId));
  TArray<FAnalyticsEventAttribute> Defaults;
  Defaults.Add(FAnalyticsEventAttribute(TEXT("Player"), UserId));
  Defaults.Add(FAnalyticsEventAttribute(TEXT("Platform"), Platform));
  Provider()->SetDefaultEventAttributes(MoveTemp(Defaults));
}

// Negative: session start with a name/value pair and the build info.
void OnSessionStartPlain(const FString &BuildVersion) {
  Provider()->StartSession(TEXT("Build"), BuildVersion);
  Provider()->SetBuildInfo(BuildVersion);
}

// Positive: the user's gender; negative by default: the city (coarse location), the age.
void OnDemographics(const FString &City, const FString &Gender, int32 Age) {
  Provider()->SetLocation(City);
  Provider()->SetGender(Gender);
  Provider()->SetAge(Age);
}

// Negative: a constant region string as the location.
void OnRegionUnknown() {
  Provider()->SetLocation(TEXT("unknown"));
}

// Positive: the buyer's email appended to the item id of a purchase.
void OnItemPurchased(const FString &BuyerEmail) {
  Provider()->RecordItemPurchase(FString(TEXT("sword:")) + BuyerEmail, TEXT("Gold"), 100, 1);
}

// Negative: purchases and currency events with constant data.
void OnShop() {
  Provider()->RecordItemPurchase(TEXT("sword_01"), 1);
  Provider()->RecordItemPurchase(TEXT("shield_01"), 1, MakeAnalyticsEventAttributeArray(TEXT("Shop"), TEXT("main")));
  Provider()->RecordCurrencyPurchase(TEXT("Gems"), 500, TEXT("USD"), 4.99f, TEXT("AppStore"));
  Provider()->RecordCurrencyGiven(TEXT("Gems"), 50);
}

// Positive: the cardholder's name as the payment provider of a currency purchase.
void OnCardPurchase(const FString &CardholderName) {
  Provider()->RecordCurrencyPurchase(TEXT("Gems"), 500, TEXT("USD"), 4.99f, CardholderName);
}

// Positive: the user's email in an error message (FString::Printf).
void OnLoginError(const FString &Email) {
  Provider()->RecordError(FString::Printf(TEXT("login failed for %s"), *Email));
}

// Negative: an error with an error code attribute.
void OnNetworkError(int32 Code) {
  Provider()->RecordError(TEXT("network"), MakeAnalyticsEventAttributeArray(TEXT("Code"), Code));
}

// Positive: the player's name as a progress hierarchy entry.
void OnCustomLevel(const FString &PlayerName) {
  TArray<FString> Hierarchy;
  Hierarchy.Add(TEXT("Custom"));
  Hierarchy.Add(PlayerName);
  Provider()->RecordProgress(TEXT("Start"), Hierarchy, TArray<FAnalyticsEventAttribute>());
}

// Negative: progress with constant hierarchy.
void OnLevelComplete() {
  Provider()->RecordProgress(TEXT("Complete"), TEXT("World1.Level3"));
}

// Positive: the user id as the session id.
void OnServerSession(const FString &PlayerUserId) {
  Provider()->SetSessionID(PlayerUserId);
}

// CHECK: unreal-analytics.cpp:21:15: warning: email address sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as user identity in call to 'IAnalyticsProvider::SetUserID' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:21:25: note: 'Email' is an email address (name 'Email')
// CHECK: unreal-analytics.cpp:31:15: warning: email address sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Email" in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:31:91: note: 'Email' is an email address (name 'Email')
// CHECK: unreal-analytics.cpp:31:91: note: stored under key "Email"
// CHECK: unreal-analytics.cpp:44:15: warning: phone number sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Phone" in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:42:58: note: 'PhoneNumber' is a phone number (name 'PhoneNumber')
// CHECK: unreal-analytics.cpp:42:18: note: stored under key "Phone"
// CHECK: unreal-analytics.cpp:56:15: warning: username sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event name in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:56:61: note: 'UserName' is a username (name 'UserName')
// CHECK: unreal-analytics.cpp:66:15: warning: email address sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Address" in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:66:64: note: 'Email' is an email address (name 'Email')
// CHECK: unreal-analytics.cpp:76:15: warning: user identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "UserId" in call to 'IAnalyticsProvider::StartSession' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:76:77: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: unreal-analytics.cpp:76:77: note: stored under key "UserId"
// CHECK: unreal-analytics.cpp:80:15: warning: user identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Player" in call to 'IAnalyticsProvider::SetDefaultEventAttributes' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:78:57: note: 'UserId' is a user identifier (name 'UserId')
// CHECK: unreal-analytics.cpp:78:16: note: stored under key "Player"
// CHECK: unreal-analytics.cpp:92:15: warning: gender sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as user trait in call to 'IAnalyticsProvider::SetGender' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:92:25: note: 'Gender' is gender (name 'Gender')
// CHECK: unreal-analytics.cpp:103:15: warning: email address sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as attribute in call to 'IAnalyticsProvider::RecordItemPurchase' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:103:60: note: 'BuyerEmail' is an email address (name 'BuyerEmail')
// CHECK: unreal-analytics.cpp:116:15: warning: person name sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as attribute in call to 'IAnalyticsProvider::RecordCurrencyPurchase' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:116:77: note: 'CardholderName' is a person name (name 'CardholderName')
// CHECK: unreal-analytics.cpp:121:15: warning: email address sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as free text in call to 'IAnalyticsProvider::RecordError' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:121:73: note: 'Email' is an email address (name 'Email')
// CHECK: unreal-analytics.cpp:134:15: warning: username sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as attribute in call to 'IAnalyticsProvider::RecordProgress' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:133:17: note: 'PlayerName' is a username (name 'PlayerName')
// CHECK: unreal-analytics.cpp:133:13: note: added to 'Hierarchy'
// CHECK: unreal-analytics.cpp:144:15: warning: user identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as attribute in call to 'IAnalyticsProvider::SetSessionID' [privacy-pii-to-analytics]
// CHECK: unreal-analytics.cpp:144:28: note: 'PlayerUserId' is a user identifier (name 'PlayerUserId')
// FIX: {{^}}-  Attributes.Add(FAnalyticsEventAttribute(TEXT("Phone"), PhoneNumber));
// FIX: {{^}}-  Defaults.Add(FAnalyticsEventAttribute(TEXT("Player"), UserId));
