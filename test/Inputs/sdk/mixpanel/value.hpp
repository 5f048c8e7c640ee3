// Stub of Mixpanel C++ SDK v1.3.1 public API for piiflow tests: declarations
// written from the real header native/include/mixpanel/value.hpp
// (mixpanel/mixpanel-unity, tag v1.3.1 = e2e3b80f); shapes only, not the
// SDK's code.
#ifndef PIIFLOW_STUB_MIXPANEL_VALUE_HPP_
#define PIIFLOW_STUB_MIXPANEL_VALUE_HPP_

#include <map>
#include <string>
#include <vector>

#include "./json/json.h"

namespace mixpanel {
// JSON-like value (null, bool, number, string, array, object).
typedef detail::Json::Value Value;
}  // namespace mixpanel

#endif  // PIIFLOW_STUB_MIXPANEL_VALUE_HPP_
