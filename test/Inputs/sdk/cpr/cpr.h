// Stub of C++ Requests (libcpr/cpr, 1.10) for piiflow tests: declarations written from the real
// include/cpr/api.h, session.h, cprtypes.h, parameters.h, payload.h and body.h; the free
// request functions (variadic templates over the options), the Session and the option types;
// shapes only, not cpr's code.
#ifndef PIIFLOW_STUB_CPR_CPR_H
#define PIIFLOW_STUB_CPR_CPR_H

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cpr {

template <class T>
class StringHolder {
 public:
  StringHolder() = default;
  explicit StringHolder(std::string str) : str_(std::move(str)) {}
  StringHolder(const char* str) : str_(str) {}
  const std::string& str() const { return str_; }

 protected:
  std::string str_{};
};

class Url : public StringHolder<Url> {
 public:
  Url() = default;
  Url(std::string url) : StringHolder<Url>(std::move(url)) {}
  Url(const char* url) : StringHolder<Url>(url) {}
};

class Body : public StringHolder<Body> {
 public:
  Body() = default;
  Body(std::string body) : StringHolder<Body>(std::move(body)) {}
  Body(const char* body) : StringHolder<Body>(body) {}
};

struct CaseInsensitiveCompare {
  bool operator()(const std::string& a, const std::string& b) const noexcept;
};
using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

struct Parameter {
  Parameter(std::string p_key, std::string p_value)
      : key{std::move(p_key)}, value{std::move(p_value)} {}
  std::string key;
  std::string value;
};

struct Pair {
  Pair(std::string p_key, std::string p_value)
      : key{std::move(p_key)}, value{std::move(p_value)} {}
  std::string key;
  std::string value;
};

template <class T>
class CurlContainer {
 public:
  CurlContainer() = default;
  CurlContainer(const std::initializer_list<T>&);
  void Add(const std::initializer_list<T>&);
  void Add(const T&);
  const std::string GetContent() const;

 protected:
  std::vector<T> containerList_;
};

class Parameters : public CurlContainer<Parameter> {
 public:
  Parameters() = default;
  Parameters(const std::initializer_list<Parameter>& parameters);
};

class Payload : public CurlContainer<Pair> {
 public:
  Payload() = default;
  Payload(const std::initializer_list<Pair>& pairs);
};

class Response {
 public:
  long status_code{};
  std::string text{};
};

class Session {
 public:
  Session();
  void SetUrl(const Url& url);
  void SetParameters(const Parameters& parameters);
  void SetParameters(Parameters&& parameters);
  void SetHeader(const Header& header);
  void UpdateHeader(const Header& header);
  void SetPayload(const Payload& payload);
  void SetPayload(Payload&& payload);
  void SetBody(const Body& body);
  void SetBody(Body&& body);
  Response Delete();
  Response Get();
  Response Patch();
  Response Post();
  Response Put();
};

template <typename... Ts>
Response Get(Ts&&... ts);
template <typename... Ts>
Response Post(Ts&&... ts);
template <typename... Ts>
Response Put(Ts&&... ts);
template <typename... Ts>
Response Patch(Ts&&... ts);

}  // namespace cpr

#endif
