// GameAnalytics C++ legacy SDK (GA-SDK-CPP 3.x).
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: diff %s %t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the legacy GameAnalytics C++ SDK 3.2.6 (const char* overloads) through the piiflow stubs.
#include "GameAnalytics.h"

#include <string>

using gameanalytics::GameAnalytics;

// Positive: the player's email as the user id.
void startAnalytics(const std::string &email) {
  GameAnalytics::configureUserId(email.c_str());
  GameAnalytics::initialize("game-key", "secret-key");
}

// Negative: a constant build; positive, at an installation id's low severity: a random id.
void startAnonymous(const char *installUuid) {
  GameAnalytics::configureBuild("1.0.0");
  GameAnalytics::configureUserId(installUuid);
}

// Positive: the user's email in the customFields of a legacy progression event with score.
void levelCompleted(const std::string &email, int score) {
  std::string fields = "{\"player\": \"" + email + "\"}";
  GameAnalytics::addProgressionEvent(gameanalytics::Complete, "world1", "level1", "", score, fields.c_str());
}

// Negative: legacy progression events without personal data.
void levelStarted(int score) {
  GameAnalytics::addProgressionEvent(gameanalytics::Start, "world1", "level1", "");
  GameAnalytics::addProgressionEvent(gameanalytics::Fail, "world1", "level1", "", score);
  GameAnalytics::addProgressionEvent(gameanalytics::Start, "world1", "level2", "", "{}", false);
}

// Positive: the username inside a legacy design event id, and the phone number in its custom fields.
void friendInvited(const std::string &username, const std::string &phone) {
  GameAnalytics::addDesignEvent(("invite:" + username).c_str());
  std::string fields = "{\"to\": \"" + phone + "\"}";
  GameAnalytics::addDesignEvent("invite:sms", fields.c_str());
}

// Negative: legacy design events with values.
void frameStats(double fps) {
  GameAnalytics::addDesignEvent("perf:fps", fps);
  GameAnalytics::addDesignEvent("perf:fps", fps, "{}");
}

// Positive: the user id in a legacy error message.
void saveFailed(const std::string &userId) {
  GameAnalytics::addErrorEvent(gameanalytics::Error, ("save failed for " + userId).c_str(), "{}");
}

// Negative: legacy business and resource events with constant data.
void shop() {
  GameAnalytics::addBusinessEvent("USD", 99, "weapon", "sword_01", "shop");
  GameAnalytics::addResourceEvent(gameanalytics::Source, "gems", 5.0f, "reward", "quest", "{}", true);
}

// Negative: a constant legacy global custom field.
void setChannel() {
  GameAnalytics::setGlobalCustomEventFields("{\"channel\": \"beta\"}");
}

// CHECK: gameanalytics-cpp-legacy.cpp:20:3: warning: email address sent to GameAnalytics as user identity in call to 'gameanalytics::GameAnalytics::configureUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:20:34: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp-legacy.cpp:27:3: warning: pseudonymous installation identifier sent to GameAnalytics as user identity in call to 'gameanalytics::GameAnalytics::configureUserId' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:27:34: note: 'installUuid' is a pseudonymous installation identifier (name 'installUuid')
// CHECK: gameanalytics-cpp-legacy.cpp:33:3: warning: email address sent to GameAnalytics as event property "player" in call to 'gameanalytics::GameAnalytics::addProgressionEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:32:44: note: 'email' is an email address (name 'email')
// CHECK: gameanalytics-cpp-legacy.cpp:32:42: note: stored under key "player"
// CHECK: gameanalytics-cpp-legacy.cpp:45:3: warning: username sent to GameAnalytics as event name in call to 'gameanalytics::GameAnalytics::addDesignEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:45:46: note: 'username' is a username (name 'username')
// CHECK: gameanalytics-cpp-legacy.cpp:47:3: warning: phone number sent to GameAnalytics as event property "to" in call to 'gameanalytics::GameAnalytics::addDesignEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:46:40: note: 'phone' is a phone number (name 'phone')
// CHECK: gameanalytics-cpp-legacy.cpp:46:38: note: stored under key "to"
// CHECK: gameanalytics-cpp-legacy.cpp:58:3: warning: user identifier sent to GameAnalytics as free text in call to 'gameanalytics::GameAnalytics::addErrorEvent' [privacy-pii-to-analytics]
// CHECK: gameanalytics-cpp-legacy.cpp:58:76: note: 'userId' is a user identifier (name 'userId')
