// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly/constants.hpp
// (Countly/countly-sdk-cpp, master 9b47134, COUNTLY_SDK_VERSION "23.2.2");
// shapes only, not the SDK's code.  The real header also pulls in
// nlohmann/json.hpp for HTTPResponse; that member is left out here.
#ifndef PIIFLOW_STUB_COUNTLY_CONSTANTS_HPP_
#define PIIFLOW_STUB_COUNTLY_CONSTANTS_HPP_

#include <functional>
#include <map>
#include <string>

#define COUNTLY_SDK_NAME "cpp-native-unknown"
#define COUNTLY_SDK_VERSION "23.2.2"

namespace cly {

struct HTTPResponse {
  bool success;
};

using HTTPClientFunction = std::function<HTTPResponse(bool, const std::string &, const std::string &)>;
using SHA256Function = std::function<std::string(const std::string &)>;

// The RecordEvent overloads are declared here (pure virtual) and overridden
// by cly::Countly; ViewsModule records views through this interface.
class CountlyDelegates {
public:
  virtual void RecordEvent(const std::string &key, int count) = 0;
  virtual void RecordEvent(const std::string &key, int count, double sum) = 0;
  virtual void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count) = 0;
  virtual void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count, double sum) = 0;
  virtual void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count, double sum, double duration) = 0;
};

} // namespace cly

#endif
