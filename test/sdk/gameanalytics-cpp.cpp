// GameAnalytics C++ 5.x and its C API: user ids, design/progression/business/error events, custom fields and dimensions.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: diff %s %t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the GameAnalytics C++ SDK 5.4.0 (class API and C API) through the piiflow stubs.
#include "GameAnalytics/GameAnalytics.h"
#include "GameAnalytics/GameAnalyticsExtern.h"

#include <string>

using gameanalytics::GameAnalytics;

// Positive: the player's email as the GameAnalytics user id.
void startAnalytics(const std::string &email) {
  GameAnalytics::configureBuild("1.0.0");
  GameAnalytics::configureUserId(email);
  GameAnalytics::initialize("game-key", "secret-key");
}

// Positive, at an installation id's low severity: a random install UUID as the user id.
void startAnonymous(const std::string &installUuid) {
  GameAnalytics::configureUserId(installUuid);
}

// Positive: the account username as the external user id.
void linkAccount(const std::string &username) {
  GameAnalytics::configureExternalUserId(username);
}

// Negative: an opaque external id from our backend.
void linkBackend(const std::string &backendToken) {
  GameAnalytics::configureExternalUserId(backendToken);
}

// Positive: the buyer's email in the customFields JSON of a business event.
void purchased(const std::string &email, int cents) {
  std::string fields = "{\"buyer\": \"" + email + "\"}";
  GameAnalytics::addBusinessEvent("USD", cents, "weapon", "sword_01", "shop", fields);
}

// Negative: a business event with constant item data.
void purchasedSword(int cents) {
  GameAnalytics::addBusinessEvent("USD", cents, "weapon", "sword_01", "shop");
}

// Positive: the recipient's user id as the resource item id.
void giftSent(const std::string &recipientUserId) {
  GameAnalytics::addResourceEvent(gameanalytics::Sink, "gems", 10.0f, "gift", recipientUserId);
}

// Negative: a resource event with constant item data.
void gemsEarned() {
  GameAnalytics::addResourceEvent(gameanalytics::Source, "gems", 25.0f, "reward", "daily_login");
}

// Positive: the player's name as a progression level name.
void customLevelStarted(const std::string &playerName) {
  GameAnalytics::addProgressionEvent(gameanalytics::Start, "custom", playerName + "_level");
}

// Negative: a progression event with score and constant world/level.
void levelCompleted(int score) {
  GameAnalytics::addProgressionEvent(gameanalytics::Complete, score, "world1", "level3");
}

// Positive: the phone number inside the design event id.
void smsVerified(const std::string &phone) {
  GameAnalytics::addDesignEvent("verify:sms:" + phone);
}

// Negative: a design event with a value.
void tutorialStep(double step) {
  GameAnalytics::addDesignEvent("tutorial:step", step);
}

// Positive: the user's email in an error message.
void loginFailed(const std::string &email) {
  GameAnalytics::addErrorEvent(gameanalytics::Error, "login failed for " + email);
}

// Negative: a constant error message.
void assetMissing() {
  GameAnalytics::addErrorEvent(gameanalytics::Warning, "texture missing");
}

// Positive: the player's city as a custom dimension, and the user id in the global fields.
void setDimensions(const std::string &city, const std::string &userId) {
  GameAnalytics::setCustomDimension01(city);
  GameAnalytics::setGlobalCustomEventFields("{\"uid\": \"" + userId + "\"}");
}

// Negative: constant custom dimensions and global fields.
void setDefaultDimensions() {
  GameAnalytics::setCustomDimension02("ninja");
  GameAnalytics::setCustomDimension03("season_3");
  GameAnalytics::setGlobalCustomEventFields("{\"build_channel\": \"beta\"}");
}

// Positive: the owner's name as the device model.
void describeDevice(const std::string &ownerName) {
  GameAnalytics::configureDeviceModel(ownerName + "'s laptop");
}

// Negative: constant manufacturer.
void describeManufacturer() {
  GameAnalytics::configureDeviceManufacturer("Framework");
}

// Positive: C API with the user's email as user id and in a design event's custom fields.
void cApiLogin(const std::string &email) {
  gameAnalytics_configureUserId(email.c_str());
  std::string fields = "{\"email\": \"" + email + "\"}";
  gameAnalytics_addDesignEvent("login:success", fields.c_str(), EGADisabled);
}

// Negative: C API events with constant data.
void cApiEvents() {
  gameAnalytics_addDesignEventWithValue("fps:average", 58.5, "", EGADisabled);
  gameAnalytics_addErrorEvent(EGAWarning, "shader cache rebuilt", "", EGADisabled);
  gameAnalytics_addProgressionEvent(EGAStart, "world1", "", "", "", EGADisabled);
  gameAnalytics_addProgressionEventWithScore(EGAComplete, "world1", "", "", 100, "", EGADisabled);
  gameAnalytics_addBusinessEvent("USD", 99, "weapon", "sword_01", "shop", "", EGADisabled);
  gameAnalytics_addResourceEvent(EGASource, "gems", 5, "reward", "quest", "", EGADisabled);
  gameAnalytics_setCustomDimension01("ninja");
  gameAnalytics_setGlobalCustomEventFields("{}");
}

// Positive: C API with a username as external id and a phone number in a custom dimension.
void cApiProfile(const std::string &username, const std::string &phone) {
  gameAnalytics_configureExternalUserId(username.c_str());
  gameAnalytics_setCustomDimension02(phone.c_str());
}

// CHECK: gameanalytics-cpp.cpp:22:3: warning: email address sent to GameAnalytics as user identity in call to 'gameanalytics::GameAnalytics::configureUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:22:34: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp.cpp:28:3: warning: pseudonymous installation identifier sent to GameAnalytics as user identity in call to 'gameanalytics::GameAnalytics::configureUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:28:34: note: 'installUuid' is a pseudonymous installation identifier (name 'installUuid')
// CHECK: gameanalytics-cpp.cpp:33:3: warning: username sent to GameAnalytics as user identity in call to 'gameanalytics::GameAnalytics::configureExternalUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:33:42: note: 'username' is a username (name 'username')
// CHECK: gameanalytics-cpp.cpp:44:3: warning: email address sent to GameAnalytics as event property "buyer" in call to 'gameanalytics::GameAnalytics::addBusinessEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:43:43: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp.cpp:43:41: note: stored under key "buyer"
// CHECK: gameanalytics-cpp.cpp:54:3: warning: user identifier sent to GameAnalytics as attribute in call to 'gameanalytics::GameAnalytics::addResourceEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:54:79: note: 'recipientUserId' is a user identifier (name 'recipientUserId')
// CHECK: gameanalytics-cpp.cpp:64:3: warning: username sent to GameAnalytics as attribute in call to 'gameanalytics::GameAnalytics::addProgressionEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:64:70: note: 'playerName' is a username (name 'playerName')
// CHECK: gameanalytics-cpp.cpp:74:3: warning: phone number sent to GameAnalytics as event name in call to 'gameanalytics::GameAnalytics::addDesignEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:74:49: note: 'phone' is a phone number (name 'phone')
// CHECK: gameanalytics-cpp.cpp:84:3: warning: email address sent to GameAnalytics as free text in call to 'gameanalytics::GameAnalytics::addErrorEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:84:76: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp.cpp:95:3: warning: user identifier sent to GameAnalytics as event property "uid" in call to 'gameanalytics::GameAnalytics::setGlobalCustomEventFields' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:95:62: note: 'userId' is a user identifier (name 'userId')
// CHECK: gameanalytics-cpp.cpp:95:60: note: stored under key "uid"
// CHECK: gameanalytics-cpp.cpp:107:3: warning: person name sent to GameAnalytics as attribute in call to 'gameanalytics::GameAnalytics::configureDeviceModel' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:107:39: note: 'ownerName' is a person name (name 'ownerName')
// CHECK: gameanalytics-cpp.cpp:117:3: warning: email address sent to GameAnalytics as user identity in call to 'gameAnalytics_configureUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:117:33: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp.cpp:119:3: warning: email address sent to GameAnalytics as event property "email" in call to 'gameAnalytics_addDesignEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:118:43: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp.cpp:118:41: note: stored under key "email"
// CHECK: gameanalytics-cpp.cpp:136:3: warning: username sent to GameAnalytics as user identity in call to 'gameAnalytics_configureExternalUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:136:41: note: 'username' is a username (name 'username')
// CHECK: gameanalytics-cpp.cpp:137:3: warning: phone number sent to GameAnalytics as attribute in call to 'gameAnalytics_setCustomDimension02' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp.cpp:137:38: note: 'phone' is a phone number (name 'phone')
