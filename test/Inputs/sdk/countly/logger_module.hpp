// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly/logger_module.hpp
// (Countly/countly-sdk-cpp, master 9b47134); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_COUNTLY_LOGGER_MODULE_HPP_
#define PIIFLOW_STUB_COUNTLY_LOGGER_MODULE_HPP_

#include <functional>
#include <string>

namespace cly {
enum class LogLevel { DEBUG = 1, INFO = 2, WARNING = 3, ERROR = 4, FATAL = 5 };
using LoggerFunction = std::function<void(LogLevel, const std::string &)>;
} // namespace cly

#endif
