// Stub of the C++ classes protoc generates from opentelemetry/proto/common/v1/common.proto
// (open-telemetry/opentelemetry-proto, v1.3) for piiflow tests: the message classes and the
// accessors protoc writes for their fields (set_, mutable_, add_); shapes only.
#ifndef PIIFLOW_STUB_OTLP_COMMON_PB_H
#define PIIFLOW_STUB_OTLP_COMMON_PB_H

#include <cstddef>
#include <cstdint>
#include <string>

namespace opentelemetry {
namespace proto {
namespace common {
namespace v1 {

class KeyValue;

class AnyValue {
 public:
  AnyValue();
  const std::string& string_value() const;
  void set_string_value(const std::string& value);
  void set_string_value(std::string&& value);
  void set_string_value(const char* value);
  void set_string_value(const char* value, size_t size);
  std::string* mutable_string_value();
  void set_bool_value(bool value);
  void set_int_value(int64_t value);
  void set_double_value(double value);
  void set_bytes_value(const std::string& value);
};

class KeyValue {
 public:
  KeyValue();
  const std::string& key() const;
  void set_key(const std::string& value);
  void set_key(const char* value);
  const AnyValue& value() const;
  AnyValue* mutable_value();
};

}  // namespace v1
}  // namespace common
}  // namespace proto
}  // namespace opentelemetry

#endif
