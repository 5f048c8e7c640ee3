// A vendor's HTTP API called directly: a request is sent to the vendor whose endpoint host its
// URL is built from (a literal, a constant, a member initialised with it, a wrapper's caller), and
// its body's and query's entries are judged by their keys, the vendor's own field names first
// (Google Analytics' "cid" is a client id). Clients: libcurl, Qt's QNetworkAccessManager, cpr and
// cpp-httplib. Negatives beside each: the same requests to the app's own backend, fields that are
// not personal, a response buffer given to CURLOPT_WRITEDATA.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>

struct Profile {
  std::string email;
  std::string user_id;
  std::string plan;
};
std::string opaque_value();
size_t collect(char *data, size_t size, size_t count, void *out);

static const char *kMixpanelTrack = "https://api.mixpanel.com/track";
static const char *kBackend = "https://telemetry.example.org/v1/events";

// Positive: a JSON body posted to Mixpanel's /track with libcurl.
void mixpanelCurl(const Profile &p) {
  nlohmann::json event;
  event["event"] = "login";
  event["properties"]["distinct_id"] = p.user_id;
  event["properties"]["$email"] = p.email;
  event["properties"]["plan"] = p.plan;
  std::string body = event.dump();
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, kMixpanelTrack);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_perform(curl);
}
// CHECK: http-vendor-apis.cpp:[[@LINE-2]]:3: warning: email address sent to Mixpanel (api.mixpanel.com) as HTTP request field "properties.$email" in call to 'curl_easy_perform' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-9]]:35: note: 'p.email' is an email address (field 'Profile::email')
// CHECK: http-vendor-apis.cpp:[[@LINE-10]]:3: note: stored in 'event' under key "properties.$email"
// CHECK: http-vendor-apis.cpp:[[@LINE-5]]:3: warning: user identifier sent to Mixpanel (api.mixpanel.com) as HTTP request field "properties.distinct_id" in call to 'curl_easy_perform' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-13]]:40: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: http-vendor-apis.cpp:[[@LINE-14]]:3: note: stored in 'event' under key "properties.distinct_id"
// FIXED: void mixpanelCurl(const Profile &p) {
// FIXED-NEXT:   nlohmann::json event;
// FIXED-NEXT:   event["event"] = "login";
// FIXED-NEXT:   event["properties"]["plan"] = p.plan;

// Negative: the same body to the app's own backend; a personal buffer given for the response.
void backendCurl(const Profile &p, std::string &email_reply) {
  nlohmann::json event;
  event["email"] = p.email;
  std::string body = event.dump();
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, kBackend);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_perform(curl);
  CURL *ping = curl_easy_init();
  curl_easy_setopt(ping, CURLOPT_URL, "https://api.mixpanel.com/engage");
  curl_easy_setopt(ping, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(ping, CURLOPT_WRITEDATA, &email_reply);
  curl_easy_perform(ping);
}

// Positive: Measurement Protocol items concatenated into the URL, judged by their names.
void googleAnalyticsConcatenated(const std::string &clientId, const Profile &p) {
  std::string url = std::string("https://www.google-analytics.com/collect?v=1&t=event&cid=") +
                    clientId + "&uid=" + p.user_id;
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_perform(curl);
}
// CHECK: http-vendor-apis.cpp:[[@LINE-2]]:3: warning: device identifier sent to Google Analytics (www.google-analytics.com) as HTTP request field "cid" in call to 'curl_easy_perform' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-7]]:94: note: the value stored under key "cid" is a device identifier (a parameter of Google Analytics's Measurement Protocol)
// CHECK: http-vendor-apis.cpp:[[@LINE-4]]:3: warning: user identifier sent to Google Analytics (www.google-analytics.com) as HTTP request field "uid" in call to 'curl_easy_perform' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-8]]:42: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: http-vendor-apis.cpp:[[@LINE-9]]:40: note: stored under key "uid"

// Negative: the same items to the app's server; an event category to Google.
void googleAnalyticsConcatenatedNegative(const std::string &clientId, const std::string &category) {
  std::string own = std::string("https://metrics.example.org/collect?cid=") + clientId;
  CURL *toOwn = curl_easy_init();
  curl_easy_setopt(toOwn, CURLOPT_URL, own.c_str());
  curl_easy_perform(toOwn);
  std::string ga =
      std::string("https://www.google-analytics.com/collect?v=1&t=event&ec=") + category;
  CURL *toGoogle = curl_easy_init();
  curl_easy_setopt(toGoogle, CURLOPT_URL, ga.c_str());
  curl_easy_perform(toGoogle);
}

// Positive: Universal Analytics' /collect with Qt, its query items as the body.
void googleAnalyticsQt(QNetworkAccessManager &nam, const QString &clientId,
                       const QString &userEmail) {
  QUrlQuery query;
  query.addQueryItem("v", "1");
  query.addQueryItem("cid", clientId);
  query.addQueryItem("uid", userEmail);
  QNetworkRequest request(QUrl("https://www.google-analytics.com/collect"));
  nam.post(request, query.query().toUtf8());
}
// CHECK: http-vendor-apis.cpp:[[@LINE-2]]:7: warning: device identifier sent to Google Analytics (www.google-analytics.com) as HTTP request field "cid" in call to 'QNetworkAccessManager::post' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-6]]:3: note: the value stored under key "cid" is a device identifier (a parameter of Google Analytics's Measurement Protocol)
// CHECK: http-vendor-apis.cpp:[[@LINE-4]]:7: warning: email address sent to Google Analytics (www.google-analytics.com) as HTTP request field "uid" in call to 'QNetworkAccessManager::post' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-7]]:29: note: 'userEmail' is an email address (name 'userEmail')
// CHECK: http-vendor-apis.cpp:[[@LINE-8]]:3: note: stored in 'query' under key "uid"
// FIXED: query.addQueryItem("v", "1");
// FIXED-NEXT: QNetworkRequest request(QUrl("https://www.google-analytics.com/collect"));

// Negative: the same query to the app's own server, and a page view with no identifier.
void googleAnalyticsQtNegative(QNetworkAccessManager &nam, const QString &clientId) {
  QUrlQuery query;
  query.addQueryItem("cid", clientId);
  QNetworkRequest request(QUrl("https://stats.example.org/collect"));
  nam.post(request, query.query().toUtf8());
  QUrlQuery page;
  page.addQueryItem("v", "1");
  page.addQueryItem("dp", "/settings");
  QNetworkRequest toGoogle(QUrl("https://www.google-analytics.com/collect"));
  nam.post(toGoogle, page.query().toUtf8());
}

// Positive: the app's HTTP helper (cpr) given Segment's URL by its caller; negative: the same
// helper given the app's own URL.
void httpPost(const std::string &url, const std::string &body) {
  cpr::Post(cpr::Url{url}, cpr::Body{body});
}
void segmentThroughHelper(const Profile &p) {
  nlohmann::json j;
  j["userId"] = p.user_id;
  j["event"] = "Signed In";
  httpPost("https://api.segment.io/v1/track", j.dump());
  httpPost("https://api.internal.example.org/track", j.dump());
}
// CHECK: http-vendor-apis.cpp:[[@LINE-3]]:3: warning: user identifier sent to Segment (api.segment.io) as HTTP request field "userId" in call to 'cpr::Post' through 'httpPost' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-6]]:17: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: http-vendor-apis.cpp:[[@LINE-7]]:3: note: stored in 'j' under key "userId"
// CHECK: http-vendor-apis.cpp:[[@LINE-6]]:47: note: passed to 'httpPost'
// CHECK: http-vendor-apis.cpp:[[@LINE-14]]:58: note: received as parameter 'body' of 'httpPost'
// CHECK: http-vendor-apis.cpp:[[@LINE-14]]:3: note: sent to Segment (api.segment.io) by 'cpr::Post', the host the URL given to 'httpPost' names
// FIXED: nlohmann::json j;
// FIXED-NEXT: j["event"] = "Signed In";

// Positive: cpp-httplib's client made for PostHog's host; the vendor's field names its id.
void posthogHttplib(const Profile &p) {
  httplib::Client cli("https://us.i.posthog.com");
  nlohmann::json j;
  j["distinct_id"] = opaque_value();
  j["properties"]["email"] = p.email;
  cli.Post("/capture/", j.dump(), "application/json");
}
// CHECK: http-vendor-apis.cpp:[[@LINE-2]]:7: warning: email address sent to PostHog (us.i.posthog.com) as HTTP request field "properties.email" in call to 'httplib::Client::Post' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-4]]:30: note: 'p.email' is an email address (field 'Profile::email')
// CHECK: http-vendor-apis.cpp:[[@LINE-5]]:3: note: stored in 'j' under key "properties.email"
// CHECK: http-vendor-apis.cpp:[[@LINE-5]]:7: warning: user identifier sent to PostHog (us.i.posthog.com) as HTTP request field "distinct_id" in call to 'httplib::Client::Post' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-8]]:3: note: the value stored under key "distinct_id" is a user identifier (a parameter of PostHog's capture API)
// FIXED: httplib::Client cli("https://us.i.posthog.com");
// FIXED-NEXT: nlohmann::json j;
// FIXED-NEXT: cli.Post("/capture/", j.dump(), "application/json");

// Negative: the same client and body with the plan only, to the app's host.
void posthogHttplibNegative(const Profile &p) {
  httplib::Client vendor("https://us.i.posthog.com");
  nlohmann::json j;
  j["properties"]["plan"] = p.plan;
  vendor.Post("/capture/", j.dump(), "application/json");
  httplib::Client own("https://api.example.org");
  nlohmann::json k;
  k["distinct_id"] = opaque_value();
  own.Post("/capture/", k.dump(), "application/json");
}

// Positive: an Application Insights envelope whose tags name the user, built with Qt's JSON, its
// endpoint a member initialised in the constructor.
class Telemetry {
public:
  explicit Telemetry(QNetworkAccessManager &nam)
      : nam_(nam), endpoint_("https://dc.services.visualstudio.com/v2/track") {}
  void trackLogin(const QString &userName) {
    QJsonObject tags;
    tags["ai.user.authUserId"] = userName;
    QJsonObject envelope;
    envelope.insert("tags", tags);
    QNetworkRequest request{QUrl(endpoint_)};
    nam_.post(request, QJsonDocument(envelope).toJson());
  }

private:
  QNetworkAccessManager &nam_;
  QString endpoint_;
};
// CHECK: http-vendor-apis.cpp:[[@LINE-7]]:10: warning: username sent to Microsoft Azure Application Insights (dc.services.visualstudio.com) as HTTP request field "tags" in call to 'QNetworkAccessManager::post' [privacy-pii-to-analytics]
// CHECK: http-vendor-apis.cpp:[[@LINE-12]]:34: note: 'userName' is a username (name 'userName')
// CHECK: http-vendor-apis.cpp:[[@LINE-13]]:5: note: stored in 'tags' under key "ai.user.authUserId"
// CHECK: http-vendor-apis.cpp:[[@LINE-12]]:5: note: stored in 'envelope' under key "tags"
// FIXED: QJsonObject envelope;
// FIXED-NEXT: QNetworkRequest request{QUrl(endpoint_)};
