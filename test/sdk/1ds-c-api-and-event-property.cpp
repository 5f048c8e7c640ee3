// 1DS: EventProperty(value, PiiKind) declares its value wherever it is built (inside an
// initializer list, given to SetProperty), and the C API's evt_prop arrays built with _STR and
// PII_STR are bags whose numeric piiKind declares the value, sent by evt_log and evt_log_s.
// Negatives: PiiKind_None, the plain constructor given a plan, a _STR of a constant.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp

#include "LogManager.hpp"
#include <mat.h>
#include <string>

using namespace Microsoft::Applications::Events;

struct Customer {
  std::string email;
  std::string plan;
  std::string extra;
};

// Positive: the email in a list; an extra value declared an identity; negative: the plan, PiiKind_None.
void logProperties(ILogger *logger, const Customer &customer) {
  EventProperties signup("Signup", {{"contact", EventProperty(customer.email)},
                                    {"tier", EventProperty(customer.plan, PiiKind_None)}});
  logger->LogEvent(signup);
  EventProperties order("Order");
  order.SetProperty("remark", EventProperty(customer.extra, PiiKind_Identity));
  order.SetProperty("tier", EventProperty(customer.plan));
  logger->LogEvent(order);
}

// Positive: the C API with an email and a value declared an identity (10); negative: constants
// and the plan.
void logWithCApi(evt_handle_t handle, const Customer &customer) {
  evt_prop event[] = {
      _STR("name", "Signup"),
      _STR("contact", customer.email.c_str()),
      PII_STR("account", customer.extra.c_str(), 10),
      _STR("tier", customer.plan.c_str()),
  };
  evt_log_s(handle, sizeof(event) / sizeof(event[0]), event);
  evt_prop plain[] = {_STR("name", "Plain"), _STR("tier", customer.plan.c_str())};
  evt_log(handle, plain);
}
// CHECK: 1ds-c-api-and-event-property.cpp:31:11: warning: email address sent to Microsoft 1DS (OneCollector) as event property "contact" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: 1ds-c-api-and-event-property.cpp:29:63: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: 1ds-c-api-and-event-property.cpp:29:37: note: stored under key "contact"
// CHECK: 1ds-c-api-and-event-property.cpp:35:11: warning: user identifier sent to Microsoft 1DS (OneCollector) as event property "remark" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: 1ds-c-api-and-event-property.cpp:33:61: note: the value is declared a user identifier (PiiKind_Identity)
// CHECK: 1ds-c-api-and-event-property.cpp:33:3: note: stored in 'order' under key "remark"
// CHECK: 1ds-c-api-and-event-property.cpp:47:3: warning: email address sent to Microsoft 1DS (OneCollector) as event property "contact" in call to 'evt_log_s' [privacy-pii-to-analytics]
// CHECK: 1ds-c-api-and-event-property.cpp:43:23: note: 'customer.email' is an email address (field 'Customer::email')
// CHECK: 1ds-c-api-and-event-property.cpp:43:7: note: stored under key "contact"
// CHECK: 1ds-c-api-and-event-property.cpp:47:3: warning: user identifier sent to Microsoft 1DS (OneCollector) as event property "account" in call to 'evt_log_s' [privacy-pii-to-analytics]
// CHECK: 1ds-c-api-and-event-property.cpp:44:50: note: the value is declared a user identifier (10)
// CHECK: 1ds-c-api-and-event-property.cpp:44:7: note: stored under key "account"
// The C++ entries are dropped where they are listed or set; the C array's are macro uses, left.
// FIXED: {{^}}  EventProperties signup("Signup", {{[{][{]}}"tier", EventProperty(customer.plan, PiiKind_None)}});
// FIXED: {{^}}  EventProperties order("Order");
// FIXED-NEXT: {{^}}  order.SetProperty("tier", EventProperty(customer.plan));
// FIXED: {{^}}      _STR("contact", customer.email.c_str()),
