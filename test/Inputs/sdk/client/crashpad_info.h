// Stub of Crashpad (chromium/crashpad, main at 48b459d7, 2026) public API for
// piiflow tests: declarations written from the real header
// client/crashpad_info.h; shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_INFO_H_
#define PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_INFO_H_

#include <stdint.h>

#include "client/simple_string_dictionary.h"

namespace crashpad {

class AnnotationList;
class SimpleAddressRangeBag;

// From util/misc/tri_state.h.
enum class TriState : uint8_t { kUnset = 0, kEnabled, kDisabled };

class CrashpadInfo {
 public:
  // The process's one CrashpadInfo structure, read by the handler at crash time.
  static CrashpadInfo* GetCrashpadInfo();

  CrashpadInfo();
  CrashpadInfo(const CrashpadInfo&) = delete;
  CrashpadInfo& operator=(const CrashpadInfo&) = delete;

  void set_extra_memory_ranges(SimpleAddressRangeBag* address_range_bag);
  // Its entries go into every crash report.
  void set_simple_annotations(SimpleStringDictionary* simple_annotations);
  SimpleStringDictionary* simple_annotations() const;
  void set_annotations_list(AnnotationList* list);
  AnnotationList* annotations_list() const;
  void set_crashpad_handler_behavior(TriState crashpad_handler_behavior);
  void set_system_crash_reporter_forwarding(
      TriState system_crash_reporter_forwarding);
  void set_gather_indirectly_referenced_memory(TriState gather, uint32_t limit);
};

}  // namespace crashpad

#endif  // PIIFLOW_STUB_CRASHPAD_CLIENT_CRASHPAD_INFO_H_
