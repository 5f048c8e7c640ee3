// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly/crash_module.hpp
// (Countly/countly-sdk-cpp, master 9b47134); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_COUNTLY_CRASH_MODULE_HPP_
#define PIIFLOW_STUB_COUNTLY_CRASH_MODULE_HPP_

#include <map>
#include <string>

#include "countly/constants.hpp"

namespace cly {

class CrashModule {
public:
  ~CrashModule();
  // A breadcrumb string, sent with the next crash report.
  void addBreadcrumb(const std::string &value);
  // title: error description; stackTrace: call stack text; fatal; crashMetrics:
  // device/app metrics ("_os", "_app_version", ...); segmentation: custom
  // key/values.
  void recordException(const std::string &title, const std::string &stackTrace, const bool fatal,
                       const std::map<std::string, std::string> &crashMetrics,
                       const std::map<std::string, std::string> &segmentation = {});
};

} // namespace cly

#endif
