// Stub of Mixpanel C++ SDK v1.3.1 public API for piiflow tests: declarations
// written from the real header native/include/mixpanel/mixpanel.hpp
// (mixpanel/mixpanel-unity, tag v1.3.1 = e2e3b80f, the last release that
// shipped the native C++ SDK); shapes only, not the SDK's code.
//
// The real header puts dynamic exception specifications
// (`throw(std::invalid_argument)`) on identify, alias, the timed-event
// functions and most People::*_properties / increment / union_ members.
// Those are ill-formed in C++17, so the stub omits them.
#ifndef PIIFLOW_STUB_MIXPANEL_HPP_
#define PIIFLOW_STUB_MIXPANEL_HPP_

#include <cstddef>
#include <ctime>
#include <stdexcept>
#include <string>

#include "./value.hpp"

namespace mixpanel {

class Mixpanel {
 public:
  Mixpanel(const std::string& token, const bool enable_log_queue = false,
           const bool opt_out = false)
      : people(this) {}
  Mixpanel(const std::string& token, const std::string& distinct_id,
           const std::string& storage_directory,
           const bool enable_log_queue = false, const bool opt_out = false)
      : people(this) {}
  virtual ~Mixpanel() {}

  // Sets the distinct_id.
  void identify(const std::string& unique_id);
  // Sends a $create_alias event and sets distinct_id to alias.
  void alias(const std::string& alias);

  // Super properties (attached to every tracked event).
  void register_(const std::string& key, const Value& value);
  void register_properties(const Value& properties);
  bool register_once(const std::string& key, const Value& value);
  bool register_once_properties(const Value& properties);
  bool unregister(const std::string& key);
  bool unregister_properties(const Value& properties);
  Value get_super_properties() const;
  void clear_super_properties();

  bool start_timed_event(const std::string& event_name);
  bool start_timed_event_once(const std::string& event_name);
  bool clear_timed_event(const std::string& event_name);
  void clear_timed_events();

  void reset();

  bool has_tracked_integration();
  void set_tracked_integration();
  bool has_opted_out();
  void opt_out_tracking();
  void opt_in_tracking(const std::string distinct_id,
                       const Value& properties = Value());

  // Tracks event `event` with optional `properties` (note: by value).
  void track(const std::string event, const Value& properties = Value());

  // Profile ("engage") updates; reached through the `people` member.
  class People {
   public:
    void set(const std::string& property, const Value& to);
    void set_properties(const Value& properties);
    void set_once(const std::string& property, const Value& to);
    void set_once_properties(const Value& properties);
    void unset(const std::string& property);
    void unset_properties(const Value& properties);
    void increment(const std::string& property, const Value& by);
    void increment_properties(const Value& properties);
    void append(const std::string& list_name, const Value& value);
    void append_properties(const Value& properties);
    void union_(const std::string& list_name, const Value& values);
    void union_properties(const Value& properties);
    void track_charge(double amount, const Value& properties = Value());
    void clear_charges();
    void delete_user();
    void set_push_id(const std::string& token);
    // Convenience setters for reserved profile properties.
    void set_first_name(const std::string& to);
    void set_last_name(const std::string& to);
    void set_name(const std::string& to);
    void set_email(const std::string& to);
    void set_phone(const std::string& to);

   private:
    friend class Mixpanel;
    People(class Mixpanel* mixpanel) : mixpanel(mixpanel) {}
    class Mixpanel* mixpanel;
  };

  People people;

  struct LogEntry {
    enum Level {
      LL_TRACE = 0,
      LL_DEBUG = 1,
      LL_INFO = 2,
      LL_WARNING = 3,
      LL_ERROR = 4,
      LL_NONE = 5
    };
    Level level;
    std::string message;
  };

  void set_minimum_log_level(LogEntry::Level level);
  bool get_next_log_entry(LogEntry& entry);

  typedef unsigned Seconds;
  typedef unsigned Days;
  static std::string utc_now();

  enum class NetworkReachability {
    NotReachable,
    ReachableViaCarrierDataNetwork,
    ReachableViaLocalAreaNetwork
  };
  void on_reachability_changed(NetworkReachability network_reachability);
  void set_maximum_queue_size(std::size_t maximum_size);
  void set_flush_interval(unsigned seconds);
  void flush_queue();
};

}  // namespace mixpanel

#endif  // PIIFLOW_STUB_MIXPANEL_HPP_
