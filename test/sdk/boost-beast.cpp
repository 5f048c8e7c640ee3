// A vendor's HTTP API called through Boost.Beast: a request message whose Host field, target or
// stream (connected to what the resolver was given) names a vendor's endpoint goes to that vendor
// when it is written; its body's entries (the body assigned through `req.body()`) and its query
// items are judged by their keys. Negatives beside each: the same request to the app's own
// backend, and a request to the vendor that carries nothing personal.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct Profile {
  std::string email;
  std::string user_id;
  std::string plan;
};

// Positive: Mixpanel's /track, the host in the Host field, the event as the body.
void trackSignUp(beast::tcp_stream &stream, const Profile &p) {
  nlohmann::json event;
  event["event"] = "sign_up";
  event["properties"]["$email"] = p.email;
  event["properties"]["plan"] = p.plan;
  http::request<http::string_body> req{http::verb::post, "/track", 11};
  req.set(http::field::host, "api.mixpanel.com");
  req.set(http::field::content_type, "application/json");
  req.body() = event.dump();
  req.prepare_payload();
  http::write(stream, req);
}
// CHECK: boost-beast.cpp:[[@LINE-2]]:3: warning: email address sent to Mixpanel (api.mixpanel.com) as HTTP request field "properties.$email" in call to 'boost::beast::http::write' [privacy-pii-to-analytics]
// CHECK: boost-beast.cpp:[[@LINE-10]]:35: note: 'p.email' is an email address (field 'Profile::email')
// CHECK: boost-beast.cpp:[[@LINE-11]]:3: note: stored in 'event' under key "properties.$email"

// Negative: the same event to the app's own backend.
void trackSignUpAtHome(beast::tcp_stream &stream, const Profile &p) {
  nlohmann::json event;
  event["properties"]["$email"] = p.email;
  http::request<http::string_body> req{http::verb::post, "/v1/events", 11};
  req.set(http::field::host, "telemetry.example.org");
  req.body() = event.dump();
  http::write(stream, req);
}

// Positive: Google Analytics' /collect, the host given to the resolver, the user id as a query
// item of the target.
void collectPageView(net::io_context &ioc, const Profile &p) {
  tcp::resolver resolver(ioc);
  beast::tcp_stream stream(ioc);
  stream.connect(resolver.resolve("www.google-analytics.com", "443"));
  std::string target = "/collect?v=1&t=pageview&uid=" + p.user_id;
  http::request<http::string_body> req{http::verb::get, target, 11};
  http::write(stream, req);
}
// CHECK: boost-beast.cpp:[[@LINE-2]]:3: warning: user identifier sent to Google Analytics (www.google-analytics.com) as HTTP request field "uid" in call to 'boost::beast::http::write' [privacy-pii-to-analytics]
// CHECK: boost-beast.cpp:[[@LINE-5]]:57: note: 'p.user_id' is a user identifier (field 'Profile::user_id')
// CHECK: boost-beast.cpp:[[@LINE-6]]:55: note: stored under key "uid"

// Negative: a page view to Google Analytics with nothing personal.
void collectAnonymousPageView(net::io_context &ioc, const std::string &page) {
  tcp::resolver resolver(ioc);
  beast::tcp_stream stream(ioc);
  stream.connect(resolver.resolve("www.google-analytics.com", "443"));
  http::request<http::string_body> req{http::verb::get, "/collect?v=1&t=pageview", 11};
  req.set(http::field::user_agent, "app/1.0");
  http::write(stream, req);
}
