// Stub of Mixpanel C++ SDK v1.3.1 public API for piiflow tests: declarations
// written from the real header native/include/mixpanel/json/json.h
// (mixpanel/mixpanel-unity, tag v1.3.1 = e2e3b80f; an embedded JsonCpp moved
// into namespace mixpanel::detail::Json); shapes only, not the SDK's code.
// Only the members a test program needs are declared.
#ifndef PIIFLOW_STUB_MIXPANEL_JSON_H_
#define PIIFLOW_STUB_MIXPANEL_JSON_H_

#include <string>
#include <vector>

namespace mixpanel {
namespace detail {
namespace Json {

typedef int Int;
typedef unsigned int UInt;
typedef long long int Int64;
typedef unsigned long long int UInt64;
typedef Int64 LargestInt;
typedef UInt64 LargestUInt;
typedef unsigned int ArrayIndex;

enum ValueType {
  nullValue = 0,
  intValue,
  uintValue,
  realValue,
  stringValue,
  booleanValue,
  arrayValue,
  objectValue
};

// JSON value; objects are filled with operator[](key) = value, arrays with
// append(value).
class Value {
 public:
  typedef std::vector<std::string> Members;
  typedef Json::UInt UInt;
  typedef Json::Int Int;
  typedef Json::Int64 Int64;
  typedef Json::UInt64 UInt64;
  typedef Json::LargestInt LargestInt;
  typedef Json::LargestUInt LargestUInt;
  typedef Json::ArrayIndex ArrayIndex;

  Value(ValueType type = nullValue) {}
  Value(Int value) {}
  Value(UInt value) {}
  Value(Int64 value) {}
  Value(UInt64 value) {}
  Value(double value) {}
  Value(const char* value) {}
  Value(const char* beginValue, const char* endValue) {}
  Value(const std::string& value) {}
  Value(bool value) {}
  Value(const Value& other) {}
  ~Value() {}

  Value& operator=(Value other);

  ValueType type() const;
  const char* asCString() const;
  std::string asString() const;
  Int asInt() const;
  Int64 asInt64() const;
  double asDouble() const;
  bool asBool() const;
  bool isNull() const;
  bool isString() const;
  bool isArray() const;
  bool isObject() const;
  ArrayIndex size() const;
  bool empty() const;

  Value& operator[](ArrayIndex index);
  Value& operator[](int index);
  const Value& operator[](ArrayIndex index) const;
  const Value& operator[](int index) const;
  Value get(ArrayIndex index, const Value& defaultValue) const;
  Value& append(const Value& value);

  Value& operator[](const char* key);
  const Value& operator[](const char* key) const;
  Value& operator[](const std::string& key);
  const Value& operator[](const std::string& key) const;
  Value get(const char* key, const Value& defaultValue) const;
  Value get(const std::string& key, const Value& defaultValue) const;
  Value removeMember(const char* key);
  Value removeMember(const std::string& key);
  bool isMember(const char* key) const;
  bool isMember(const std::string& key) const;
  Members getMemberNames() const;

  std::string toStyledString() const;
};

}  // namespace Json
}  // namespace detail
}  // namespace mixpanel

#endif  // PIIFLOW_STUB_MIXPANEL_JSON_H_
