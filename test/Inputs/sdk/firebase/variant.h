// Stub of Firebase C++ SDK v13.11.0 public API for piiflow tests: declarations
// written from the real header app/src/include/firebase/variant.h
// (firebase/firebase-cpp-sdk, tag v13.11.0, checked at c28b2519); shapes only,
// not the SDK's code.
//
// In the real header the converting constructor is a template whose
// per-type setter is specialised for int64_t, int, int16_t, uint8_t, int8_t,
// char (-> Int64), double, float (-> Double), bool (-> Bool),
// const char* (-> StaticString, pointer kept, not copied) and char*
// (-> MutableString, copied); any other T fails to compile because the
// generic setter is deleted.  The stub keeps that behaviour.
#ifndef PIIFLOW_STUB_FIREBASE_VARIANT_H_
#define PIIFLOW_STUB_FIREBASE_VARIANT_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace firebase {

class Variant {
 public:
  enum Type {
    kTypeNull,
    kTypeInt64,
    kTypeDouble,
    kTypeBool,
    kTypeStaticString,
    kTypeMutableString,
    kTypeVector,
    kTypeMap,
    kTypeStaticBlob,
    kTypeMutableBlob,
  };

  Variant() {}
  template <typename T>
  Variant(T value) {  // NOLINT: implicit on purpose, as in the SDK
    set_value_t(value);
  }
  Variant(const std::string& value) {}  // NOLINT
  Variant(const std::vector<Variant>& value) {}  // NOLINT
  template <typename T>
  Variant(const std::vector<T>& value) {}  // NOLINT
  template <typename T>
  Variant(const T array_of_values[], size_t array_size) {}
  Variant(const std::map<Variant, Variant>& value) {}  // NOLINT
  template <typename K, typename V>
  Variant(const std::map<K, V>& value) {}  // NOLINT
  Variant(const Variant& other) {}
  Variant& operator=(const Variant& other) { return *this; }
  Variant(Variant&& other) noexcept {}
  Variant& operator=(Variant&& other) noexcept { return *this; }
  ~Variant() {}

  Type type() const;
  bool is_null() const;
  bool is_int64() const;
  bool is_double() const;
  bool is_bool() const;
  bool is_string() const;
  bool is_vector() const;
  bool is_map() const;
  Variant AsString() const;
  int64_t int64_value() const;
  double double_value() const;
  bool bool_value() const;
  const char* string_value() const;
  const std::string& mutable_string() const;
  std::vector<Variant>& vector();
  std::map<Variant, Variant>& map();
  bool operator<(const Variant& other) const;

  static Variant Null() { return Variant(); }
  static Variant FromInt64(int64_t value) { return Variant(value); }
  static Variant FromDouble(double value) { return Variant(value); }
  static Variant FromBool(bool value) { return Variant(value); }
  static Variant FromStaticString(const char* value) { return Variant(value); }
  static Variant FromMutableString(const std::string& value) {
    return Variant(value);
  }

 private:
  template <typename T>
  void set_value_t(T value) = delete;
  void set_int64_value(int64_t value) {}
  void set_double_value(double value) {}
  void set_bool_value(bool value) {}
  void set_string_value(const char* value) {}
  void set_mutable_string(const std::string& value) {}
};

template <>
inline void Variant::set_value_t<int64_t>(int64_t value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<int>(int value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<int16_t>(int16_t value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<uint8_t>(uint8_t value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<int8_t>(int8_t value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<char>(char value) {
  set_int64_value(value);
}
template <>
inline void Variant::set_value_t<double>(double value) {
  set_double_value(value);
}
template <>
inline void Variant::set_value_t<float>(float value) {
  set_double_value(value);
}
template <>
inline void Variant::set_value_t<bool>(bool value) {
  set_bool_value(value);
}
template <>
inline void Variant::set_value_t<const char*>(const char* value) {
  set_string_value(value);
}
template <>
inline void Variant::set_value_t<char*>(char* value) {
  set_mutable_string(value);
}

}  // namespace firebase

#endif  // PIIFLOW_STUB_FIREBASE_VARIANT_H_
