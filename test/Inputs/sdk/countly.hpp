// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly.hpp (Countly/countly-sdk-cpp,
// master 9b47134, COUNTLY_SDK_VERSION "23.2.2"); shapes only, not the SDK's
// code.  Left out: the nlohmann::json-typed members (remote config, event
// queue internals), the test-only members and all private state.
#ifndef PIIFLOW_STUB_COUNTLY_HPP_
#define PIIFLOW_STUB_COUNTLY_HPP_

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

#include "countly/constants.hpp"
#include "countly/crash_module.hpp"
#include "countly/event.hpp"
#include "countly/logger_module.hpp"
#include "countly/views_module.hpp"

namespace cly {

class Countly : public cly::CountlyDelegates {
public:
  Countly();
  virtual ~Countly();

  static Countly &getInstance();

  Countly(const Countly &) = delete;
  void operator=(const Countly &) = delete;

  void alwaysUsePost(bool value);
  void setMaxRequestQueueSize(unsigned int requestQueueSize);
  void setMaxRQProcessingBatchSize(unsigned int requestQueueProcessingSize);
  void setSalt(const std::string &value);
  void setLogger(void (*fun)(LogLevel level, const std::string &message));
  void setSha256(cly::SHA256Function fun);
  void enableManualSessionControl();
  void setHTTPClient(HTTPClientFunction fun);

  // Stored as "_os", "_os_version", "_device", "_resolution", "_carrier",
  // "_app_version" metrics.
  void setMetrics(const std::string &os, const std::string &os_version, const std::string &device,
                  const std::string &resolution, const std::string &carrier, const std::string &app_version);

  // Sent as "user_details"; documented keys: name, username, email,
  // organization, phone, picture, gender, byear.
  void setUserDetails(const std::map<std::string, std::string> &value);
  // Sent as "user_details" -> "custom".
  void setCustomUserDetails(const std::map<std::string, std::string> &value);

  // Deprecated location setters.
  void setCountry(const std::string &country_code);
  void setCity(const std::string &city_name);
  void setLocation(double lattitude, double longitude);
  // gpsCoordinates: "lat,lon"; ipAddress: e.g. "192.168.88.33".
  void setLocation(const std::string &countryCode, const std::string &city, const std::string &gpsCoordinates,
                   const std::string &ipAddress);

  // Changes the device id (the Countly user identity); same_user merges the
  // old id's data on the server.
  void setDeviceID(const std::string &value, bool same_user = false);

  void start(const std::string &app_key, const std::string &host, int port = 0, bool start_thread = false);
  void startOnCloud(const std::string &app_key);
  void stop();
  void setUpdateInterval(size_t milliseconds);

  void addEvent(const cly::Event &event);

  int checkEQSize();
  int checkRQSize();
  void setMaxEvents(size_t value);
  void setEventsToRQThreshold(int value);
  void flushEvents(std::chrono::seconds timeout = std::chrono::seconds(30));

  bool beginSession();
  bool updateSession();
  bool endSession();

  void enableRemoteConfig();
  void updateRemoteConfig();
  void updateRemoteConfigFor(std::string *keys, size_t key_count);
  void updateRemoteConfigExcept(std::string *keys, size_t key_count);

  static std::chrono::system_clock::time_point getTimestamp();
  std::string calculateChecksum(const std::string &salt, const std::string &data);

  void SetPath(const std::string &path);
  void SetMetrics(const std::string &os, const std::string &os_version, const std::string &device,
                  const std::string &resolution, const std::string &carrier, const std::string &app_version);
  void SetMaxEventsPerMessage(int maxEvents);
  void SetMinUpdatePeriod(int minUpdateMillis);
  void Start(const std::string &appKey, const std::string &host, int port);
  void StartOnCloud(const std::string &appKey);
  void Stop();

  cly::ViewsModule &views() const;
  cly::CrashModule &crash() const;

  void RecordEvent(const std::string &key, int count) override;
  void RecordEvent(const std::string &key, int count, double sum) override;
  void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count) override;
  void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count,
                   double sum) override;
  void RecordEvent(const std::string &key, const std::map<std::string, std::string> &segmentation, int count,
                   double sum, double duration) override;

  void setAutomaticSessionUpdateInterval(unsigned short updateInterval);
};

} // namespace cly

#endif
