// The vendor boundary: an SDK's own implementation is not the app. Its calls of its own modelled
// functions (an overload forwarding to the full one, a deprecated setter forwarding to its
// replacement, the SDK putting its own device id on its own context) are never reported, whatever
// their parameters are named; the app's call of the SDK is reported once, at the app's call.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include <countly.hpp>
#include <string>

//===-- The SDKs' own code, as a project that builds them from source compiles it -------------===//

namespace segment {
namespace analytics {
// The short overload forwards to the full one: its parameter `userId` is not the app's data.
void Analytics::Track(std::string userId, std::string event, Object properties) {
  Track(userId, "", event, properties, nullptr, nullptr);
}
} // namespace analytics
} // namespace segment

namespace cly {
// A deprecated setter forwarding to its replacement.
void Countly::setCity(const std::string &city_name) { setLocation("", city_name, "", ""); }
// The SDK puts its own device id on its own context.
std::string generateDeviceId();
void Countly::start(const std::string &app_key, const std::string &host, int port,
                    bool start_thread) {
  std::string device_id = generateDeviceId();
  setDeviceID(device_id);
}
} // namespace cly

//===-- The app ---------------------------------------------------------------------------===//

struct User {
  std::string id;
  std::string city;
  std::string plan;
};

// Positive: the app sends a user id, one finding at the app's call; the city is coarse location,
// off in the default policy.
void onSignup(segment::analytics::Analytics &analytics, const User &user) {
  analytics.Track(user.id, "Signed Up", {{"plan", user.plan}});
}
void onMove(const User &user) { cly::Countly::getInstance().setCity(user.city); }

// Negative: the same calls with data that is not personal.
void onVisit(segment::analytics::Analytics &analytics, const User &user) {
  analytics.Track("anonymous", "Visited", {{"plan", user.plan}});
}
void onMoveToHeadquarters() { cly::Countly::getInstance().setCity("Berlin"); }

// CHECK: vendor-boundary.cpp:48:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: vendor-boundary.cpp:48:19: note: 'user.id' is a user identifier (field 'User::id')

// A policy that reports coarse location: the app's call of the deprecated setter is reported
// once, at the app's call, not where the SDK forwards it.
// RUN: %tidy %s --config="{CheckOptions: {Policy: 'report=coarse-location'}}" -- %cxxflags > %t.coarse.tidy
// RUN: %expect-exit 1 %piiflow --policy='report=coarse-location' %s -- %cxxflags > %t.coarse.tool
// RUN: FileCheck %s --check-prefixes=CHECK,COARSE --input-file=%t.coarse.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --check-prefixes=CHECK,COARSE --input-file=%t.coarse.tool --implicit-check-not="{{warning|note|error}}:"
// COARSE: vendor-boundary.cpp:50:61: warning: coarse location sent to Countly as user trait in call to 'cly::Countly::setCity' [privacy-pii-to-analytics]
// COARSE: vendor-boundary.cpp:50:69: note: 'user.city' is coarse location (field 'User::city')
