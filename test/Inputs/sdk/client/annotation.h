// Stub of Crashpad (chromium/crashpad, main at 48b459d7, 2026) public API for
// piiflow tests: declarations written from the real header client/annotation.h;
// shapes only, not the SDK's code.  An annotation is a named value stored in
// the process and copied into the minidump when the process crashes, then
// uploaded with the crash report.
#ifndef PIIFLOW_STUB_CRASHPAD_CLIENT_ANNOTATION_H_
#define PIIFLOW_STUB_CRASHPAD_CLIENT_ANNOTATION_H_

#include <stddef.h>
#include <stdint.h>

#include <string_view>

namespace crashpad {

class AnnotationList;

class Annotation {
 public:
  static constexpr size_t kNameMaxLength = 256;
  static constexpr size_t kValueMaxSize = 5 * 4096;

  using ValueSizeType = uint32_t;

  enum class Type : uint16_t {
    kInvalid = 0,
    kString = 1,
    kUserDefinedStart = 0x8000,
  };

  enum class ConcurrentAccessGuardMode : bool {
    kUnguarded = false,
    kScopedSpinGuard = true,
  };

  static constexpr Type UserDefinedType(uint16_t value) {
    return static_cast<Type>(static_cast<uint16_t>(Type::kUserDefinedStart) +
                             value);
  }

  // value_ptr points at the caller's buffer of the annotation's value; only
  // SetSize() bytes of it are captured.
  Annotation(Type type, const char name[], void* value_ptr);

  Annotation(const Annotation&) = delete;
  Annotation& operator=(const Annotation&) = delete;

  void SetSize(ValueSizeType size);
  void Clear();

  bool is_set() const;
  Type type() const;
  ValueSizeType size() const;
  const char* name() const;
  const void* value() const;

 protected:
  Annotation(Type type,
             const char name[],
             void* value_ptr,
             ConcurrentAccessGuardMode concurrent_access_guard_mode);
};

// A string annotation of at most MaxSize bytes, usually a static object:
//   static crashpad::StringAnnotation<32> user("user"); user.Set(name);
template <Annotation::ValueSizeType MaxSize>
class StringAnnotation : public Annotation {
 public:
  enum class Tag { kArray };

  explicit StringAnnotation(const char name[]);
  StringAnnotation(const char name[], Tag tag);

  StringAnnotation(const StringAnnotation&) = delete;
  StringAnnotation& operator=(const StringAnnotation&) = delete;

  void Set(const char* value);
  // base::StringPiece until 2025-08, std::string_view since.
  void Set(std::string_view string);

  const std::string_view value() const;

 private:
  char value_[MaxSize];
};

}  // namespace crashpad

#endif  // PIIFLOW_STUB_CRASHPAD_CLIENT_ANNOTATION_H_
