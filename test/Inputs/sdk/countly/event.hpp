// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly/event.hpp
// (Countly/countly-sdk-cpp, master 9b47134); shapes only, not the SDK's code.
// The real Event keeps its data in a private nlohmann::json; the stub has no
// data members.
#ifndef PIIFLOW_STUB_COUNTLY_EVENT_HPP_
#define PIIFLOW_STUB_COUNTLY_EVENT_HPP_

#include <cstddef>
#include <string>

namespace cly {

class Event {
public:
  // key is the event name.
  Event(const std::string &key, size_t count = 1) {}
  Event(const std::string &key, size_t count, double sum) {}
  Event(const std::string &key, size_t count, double sum, double duration) {}

  void setTimestamp();
  void startTimer();
  void stopTimer();

  // Adds one segmentation (event property) key/value; T is any type
  // nlohmann::json accepts (string, const char*, int, double, bool, ...).
  template <typename T> void addSegmentation(const std::string &key, T value) {}

  std::string serialize() const;
};

} // namespace cly

#endif
