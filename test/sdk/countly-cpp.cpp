// Countly C++: events and segmentation, user details, device id and location.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the Countly C++ SDK (23.2.2) through the piiflow stubs.
#include <countly.hpp>

#include <map>
#include <string>

using cly::Countly;

// Positive: the user's email as an event segmentation value (RecordEvent with segmentation).
void signupCompleted(const std::string &email) {
  std::map<std::string, std::string> segmentation;
  segmentation["email"] = email;
  Countly::getInstance().RecordEvent("signup_completed", segmentation, 1);
}

// Negative: only a plan name and a count (RecordEvent with segmentation).
void planChosen(const std::string &planName) {
  std::map<std::string, std::string> segmentation = {{"plan", planName}};
  Countly::getInstance().RecordEvent("plan_chosen", segmentation, 1);
}

// Positive: the user id in the event name (RecordEvent key, count).
void profileOpened(const std::string &userId) {
  Countly::getInstance().RecordEvent("profile_opened_" + userId, 1);
}

// Negative: constant event name with count and sum.
void purchase(double amount) {
  Countly::getInstance().RecordEvent("purchase", 1, amount);
}

// Positive: phone number in the segmentation of a timed event (count, sum, duration).
void callFinished(const std::string &phone, double seconds) {
  std::map<std::string, std::string> segmentation = {{"callee", phone}};
  Countly::getInstance().RecordEvent("call_finished", segmentation, 1, 0, seconds);
}

// Negative: level name in a timed event with sum.
void levelFinished(const std::string &levelName, double score) {
  std::map<std::string, std::string> segmentation = {{"level", levelName}};
  Countly::getInstance().RecordEvent("level_finished", segmentation, 1, score);
}

// Positive: username added to a cly::Event's segmentation, then addEvent.
void chatOpened(const std::string &username) {
  cly::Event event("chat_opened", 1);
  event.addSegmentation("username", username);
  Countly::getInstance().addEvent(event);
}

// Negative: an Event with only a numeric segmentation.
void settingsSaved(int changedCount) {
  cly::Event event("settings_saved", 1, 0.0, 2.5);
  event.addSegmentation("changed", changedCount);
  Countly::getInstance().addEvent(event);
}

// Positive: name, email and phone as user details.
void updateProfile(const std::string &fullName, const std::string &email, const std::string &phone) {
  std::map<std::string, std::string> details = {
      {"name", fullName}, {"email", email}, {"phone", phone}, {"byear", "1991"}};
  Countly::getInstance().setUserDetails(details);
}

// Negative: only the organization type as a user detail.
void updateOrgType() {
  Countly::getInstance().setUserDetails({{"organization", "nonprofit"}});
}

// Negative: a favourite colour in the custom user details.
void updateColour() {
  Countly::getInstance().setCustomUserDetails({{"favourite_colour", "green"}});
}

// Positive: the user's email as the Countly device id.
void login(const std::string &email) {
  Countly::getInstance().setDeviceID(email, true);
}

// Positive, at an installation id's low severity: a random installation token as the device id.
void installationStarted(const std::string &installToken) {
  Countly::getInstance().setDeviceID(installToken);
}

// Positive: GPS coordinates and IP address (argument order: countryCode, city, gpsCoordinates,
// ipAddress); country and city are coarse location, off in the default policy.
void reportLocation(const std::string &countryCode, const std::string &city, double latitude, double longitude,
                    const std::string &ipAddress) {
  std::string gps = std::to_string(latitude) + "," + std::to_string(longitude);
  Countly::getInstance().setLocation(countryCode, city, gps, ipAddress);
}

// Negative: only a country code, every other location field empty.
void reportCountryOnly() {
  Countly::getInstance().setLocation("de", "", "", "");
}

// Positive: deprecated setters with the user's GPS position; negative by default: the city.
void legacyLocation(const std::string &city, double latitude, double longitude) {
  Countly::getInstance().setCity(city);
  Countly::getInstance().setLocation(latitude, longitude);
}

// Negative: deprecated setCountry with a constant.
void legacyCountry() {
  Countly::getInstance().setCountry("us");
}

// Positive: the user's name as the "device" metric.
void configureMetrics(const std::string &userName) {
  Countly::getInstance().setMetrics("Linux", "6.1", userName + "'s PC", "1920x1080", "none", "1.0");
}

// Negative: constant metrics.
void configureDefaultMetrics() {
  Countly::getInstance().SetMetrics("Windows 10", "10.22", "Desktop", "800x600", "Carrier", "1.0");
}

// Positive: the email in a view's segmentation.
void openAccountView(const std::string &email) {
  Countly::getInstance().views().openView("Account", {{"account", email}});
}

// Negative: a view with a platform segmentation, closed by name.
void openMainView() {
  Countly::getInstance().views().openView("Main view", {{"platform", "ubuntu"}});
  Countly::getInstance().views().closeViewWithName("Main view");
}

// Positive: the user id in a breadcrumb.
void breadcrumbLogin(const std::string &userId) {
  Countly::getInstance().crash().addBreadcrumb("login as " + userId);
}

// Negative: a constant breadcrumb.
void breadcrumbStart() {
  Countly::getInstance().crash().addBreadcrumb("start");
}

// Positive: the email in a handled exception's title and segmentation.
void reportPaymentError(const std::string &email, const std::string &stack) {
  std::map<std::string, std::string> metrics = {{"_os", "linux"}, {"_app_version", "1.0"}};
  Countly::getInstance().crash().recordException("payment failed for " + email, stack, false, metrics,
                                                 {{"customer", email}});
}

// Negative: a crash report with only technical data.
void reportDivideByZero(const std::string &stack) {
  std::map<std::string, std::string> metrics = {{"_os", "windows"}, {"_app_version", "1.0"}};
  Countly::getInstance().crash().recordException("Divided by zero", stack, true, metrics);
}

// CHECK: countly-cpp.cpp:23:26: warning: email address sent to Countly as event property "email" in call to 'cly::CountlyDelegates::RecordEvent' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:22:27: note: 'email' is an email address (name 'email')
// CHECK: countly-cpp.cpp:22:3: note: stored in 'segmentation' under key "email"
// CHECK: countly-cpp.cpp:34:26: warning: user identifier sent to Countly as event name in call to 'cly::CountlyDelegates::RecordEvent' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:34:58: note: 'userId' is a user identifier (name 'userId')
// CHECK: countly-cpp.cpp:45:26: warning: phone number sent to Countly as event property "callee" in call to 'cly::CountlyDelegates::RecordEvent' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:44:65: note: 'phone' is a phone number (name 'phone')
// CHECK: countly-cpp.cpp:44:54: note: stored under key "callee"
// CHECK: countly-cpp.cpp:58:26: warning: username sent to Countly as event property "username" in call to 'cly::Countly::addEvent' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:57:37: note: 'username' is a username (name 'username')
// CHECK: countly-cpp.cpp:57:3: note: stored in 'event' under key "username"
// CHECK: countly-cpp.cpp:72:26: warning: email address sent to Countly as user trait "email" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:71:37: note: 'email' is an email address (name 'email')
// CHECK: countly-cpp.cpp:71:27: note: stored under key "email"
// CHECK: countly-cpp.cpp:72:26: warning: person name sent to Countly as user trait "name" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:71:16: note: 'fullName' is a person name (name 'fullName')
// CHECK: countly-cpp.cpp:71:7: note: stored under key "name"
// CHECK: countly-cpp.cpp:72:26: warning: phone number sent to Countly as user trait "phone" in call to 'cly::Countly::setUserDetails' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:71:55: note: 'phone' is a phone number (name 'phone')
// CHECK: countly-cpp.cpp:71:45: note: stored under key "phone"
// CHECK: countly-cpp.cpp:87:26: warning: email address sent to Countly as user identity in call to 'cly::Countly::setDeviceID' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:87:38: note: 'email' is an email address (name 'email')
// CHECK: countly-cpp.cpp:92:26: warning: pseudonymous installation identifier sent to Countly as user identity in call to 'cly::Countly::setDeviceID' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:92:38: note: 'installToken' is a pseudonymous installation identifier (name 'installToken')
// CHECK: countly-cpp.cpp:100:26: warning: IP address sent to Countly as user trait in call to 'cly::Countly::setLocation' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:100:62: note: 'ipAddress' is an IP address (name 'ipAddress')
// CHECK: countly-cpp.cpp:100:26: warning: precise location sent to Countly as user trait in call to 'cly::Countly::setLocation' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:99:36: note: 'latitude' is a precise location (name 'latitude')
// CHECK: countly-cpp.cpp:99:15: note: assigned to 'gps'
// CHECK: countly-cpp.cpp:111:26: warning: precise location sent to Countly as user trait in call to 'cly::Countly::setLocation' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:111:38: note: 'latitude' is a precise location (name 'latitude')
// CHECK: countly-cpp.cpp:121:26: warning: username sent to Countly as attribute in call to 'cly::Countly::setMetrics' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:121:53: note: 'userName' is a username (name 'userName')
// CHECK: countly-cpp.cpp:131:34: warning: email address sent to Countly as event property "account" in call to 'cly::ViewsModule::openView' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:131:67: note: 'email' is an email address (name 'email')
// CHECK: countly-cpp.cpp:131:55: note: stored under key "account"
// CHECK: countly-cpp.cpp:142:34: warning: user identifier sent to Countly as free text in call to 'cly::CrashModule::addBreadcrumb' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:142:62: note: 'userId' is a user identifier (name 'userId')
// CHECK: countly-cpp.cpp:153:34: warning: email address sent to Countly as event property "customer" in call to 'cly::CrashModule::recordException' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:154:64: note: 'email' is an email address (name 'email')
// CHECK: countly-cpp.cpp:154:51: note: stored under key "customer"
// CHECK: countly-cpp.cpp:153:34: warning: email address sent to Countly as free text in call to 'cly::CrashModule::recordException' [privacy-pii-to-analytics]
// CHECK: countly-cpp.cpp:153:74: note: 'email' is an email address (name 'email')
// FIX: {{^}}-  segmentation["email"] = email;
// FIX: {{^}}-  std::map<std::string, std::string> segmentation = {{[{][{]}}"callee", phone}};
// FIX: {{^}}+  std::map<std::string, std::string> segmentation = {};
// FIX: {{^}}-  event.addSegmentation("username", username);
// FIX: {{^}}-      {"name", fullName}, {"email", email}, {"phone", phone}, {"byear", "1991"}};
// FIX: {{^}}+      {"byear", "1991"}};
// FIX: {{^}}-  Countly::getInstance().views().openView("Account", {{[{][{]}}"account", email}});
// FIX: {{^}}+  Countly::getInstance().views().openView("Account", {});
// FIX: {{^}}-                                                 {{[{][{]}}"customer", email}});
// FIX: {{^}}+                                                 {});
