// Stub of cpp-httplib (yhirose/cpp-httplib, v0.15) for piiflow tests: declarations written from
// the real single header httplib.h; the client classes and their request methods (a few
// overloads of each); shapes only, not cpp-httplib's code.
#ifndef PIIFLOW_STUB_HTTPLIB_H
#define PIIFLOW_STUB_HTTPLIB_H

#include <cstddef>
#include <map>
#include <memory>
#include <string>

namespace httplib {

using Headers = std::multimap<std::string, std::string>;
using Params = std::multimap<std::string, std::string>;

struct Response {
  int status = -1;
  std::string body;
};

class Result {
 public:
  explicit operator bool() const;
  const Response& value() const;
  const Response* operator->() const;
};

class ClientImpl {
 public:
  explicit ClientImpl(const std::string& host);
  ClientImpl(const std::string& host, int port);
  virtual ~ClientImpl();

  Result Get(const std::string& path);
  Result Get(const std::string& path, const Headers& headers);
  Result Post(const std::string& path, const std::string& body, const std::string& content_type);
  Result Post(const std::string& path, const Headers& headers, const std::string& body,
              const std::string& content_type);
  Result Post(const std::string& path, const Params& params);
  Result Post(const std::string& path, const Headers& headers, const Params& params);
  Result Put(const std::string& path, const std::string& body, const std::string& content_type);
};

class Client {
 public:
  explicit Client(const std::string& scheme_host_port);
  Client(const std::string& host, int port);
  ~Client();

  Result Get(const std::string& path);
  Result Get(const std::string& path, const Headers& headers);
  Result Post(const std::string& path, const std::string& body, const std::string& content_type);
  Result Post(const std::string& path, const Headers& headers, const std::string& body,
              const std::string& content_type);
  Result Post(const std::string& path, const Params& params);
  Result Post(const std::string& path, const Headers& headers, const Params& params);
  Result Put(const std::string& path, const std::string& body, const std::string& content_type);
  void set_default_headers(Headers headers);
  void set_bearer_token_auth(const std::string& token);
};

class SSLClient : public ClientImpl {
 public:
  explicit SSLClient(const std::string& host);
  SSLClient(const std::string& host, int port);
};

}  // namespace httplib

#endif
