// Stub of Crashpad (chromium/crashpad, main at 48b459d7, 2026) public API for
// piiflow tests: declarations written from the real header
// client/simple_string_dictionary.h; shapes only, not the SDK's code.  Once
// registered with CrashpadInfo::set_simple_annotations(), its key/value pairs
// are copied into every crash report.
#ifndef PIIFLOW_STUB_CRASHPAD_CLIENT_SIMPLE_STRING_DICTIONARY_H_
#define PIIFLOW_STUB_CRASHPAD_CLIENT_SIMPLE_STRING_DICTIONARY_H_

#include <stddef.h>

#include <string_view>

namespace crashpad {

template <size_t KeySize = 256, size_t ValueSize = 256, size_t NumEntries = 64>
class TSimpleStringDictionary {
 public:
  struct Entry {
    char key[KeySize];
    char value[ValueSize];
  };

  TSimpleStringDictionary();
  TSimpleStringDictionary(const TSimpleStringDictionary& other);
  TSimpleStringDictionary& operator=(const TSimpleStringDictionary& other);

  size_t GetCount() const;
  const char* GetValueForKey(std::string_view key) const;
  // Key and value were base::StringPiece from 2017 to 2025 and const char*
  // before; a const char* argument converts to std::string_view.
  void SetKeyValue(std::string_view key, std::string_view value);
  void RemoveKey(std::string_view key);

 private:
  Entry entries_[NumEntries];
};

using SimpleStringDictionary = TSimpleStringDictionary<256, 256, 64>;

}  // namespace crashpad

#endif  // PIIFLOW_STUB_CRASHPAD_CLIENT_SIMPLE_STRING_DICTIONARY_H_
