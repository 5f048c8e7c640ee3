// Stub of Segment analytics-cpp (2017-07-28 snapshot, no tagged release)
// public API for piiflow tests: declarations written from the real header
// analytics.hpp at the repository root (segmentio/analytics-cpp as mirrored
// by skyformat99/analytics-cpp, branch "coverall", commit d2980e9; API as
// introduced in 0c00c63 "Significant API improvements"); shapes only, not
// the SDK's code.
//
// The real header bundles nlohmann/json as "json.hpp" and declares the HTTP
// transport in "http.hpp"; the stub uses the system <nlohmann/json.hpp> and a
// minimal transport declaration instead.
#ifndef SEGMENT_ANALYTICS_HPP_
#define SEGMENT_ANALYTICS_HPP_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace segment {
namespace http {

class HttpRequest {
 public:
  std::string Method;
  std::string URL;
  std::map<std::string, std::string> Headers;
  std::string Body;
};

class HttpResponse {
 public:
  int Code;
  std::string Message;
  std::map<std::string, std::string> Headers;
  std::string Body;
};

class HttpHandler {
 public:
  virtual ~HttpHandler() {}
  virtual std::shared_ptr<HttpResponse> Handle(const HttpRequest& req) = 0;
};

}  // namespace http

namespace analytics {

// Any JSON value; properties, traits, context and integrations must be JSON
// objects.
using Object = nlohmann::json;

class Event {
 public:
  Event(std::string type, std::string userId, std::string anonymousId,
        Object context, Object integrations) {}
  ~Event() {}
  Object object;
};

// Current time as an ISO-8601 string.
std::string TimeStamp();

class Callback {
 public:
  virtual ~Callback() {}
  virtual void Success(std::shared_ptr<Event>) = 0;
  virtual void Failure(std::shared_ptr<Event> ev, const std::string reason) = 0;
};

class Analytics {
 public:
  Analytics(std::string writeKey) {}
  Analytics(std::string writeKey, std::string host) {}
  ~Analytics() {}

  void Flush();
  void FlushWait();
  void Scrub();

  std::shared_ptr<segment::http::HttpHandler> Handler;
  std::shared_ptr<segment::analytics::Callback> Callback;
  int MaxRetries;
  std::size_t FlushCount;
  std::size_t FlushSize;
  std::chrono::seconds FlushInterval;
  std::chrono::seconds RetryInterval;
  // Default context / integrations merged into every event.
  Object Context;
  Object Integrations;

  void Track(std::string userId, std::string event,
             Object properties = nullptr);
  void Track(std::string userId, std::string anonymousId, std::string event,
             Object properties, Object context, Object integrations);

  void Identify(std::string userId, Object traits = nullptr);
  void Identify(std::string userId, std::string anonymousId, Object traits,
                Object context, Object integrations);

  void Page(std::string name, std::string userId,
            Object properties = nullptr);
  void Page(std::string name, std::string userId, std::string anonymousId,
            Object properties, Object context, Object integrations);

  void Screen(std::string name, std::string userId,
              Object properties = nullptr);
  void Screen(std::string name, std::string userId, std::string anonymousId,
              Object properties, Object context, Object integrations);

  void Alias(std::string previousId, std::string userId);
  void Alias(std::string previousId, std::string userId,
             std::string anonymousId, Object context, Object integrations);

  void Group(std::string groupId, Object traits = nullptr);
  void Group(std::string groupId, std::string userId, std::string anonymousId,
             Object traits, Object context, Object integrations);
};

}  // namespace analytics
}  // namespace segment

#endif  // SEGMENT_ANALYTICS_HPP_
