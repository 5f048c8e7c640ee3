// 1DS PiiKind markers as evidence: a value tagged with a PII kind is a declared flow, reported
// with that kind even when nothing else says it is personal; a value tagged PiiKind_None that is
// personal data is still a leak; PiiKind_None on a non-personal value declares nothing.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "LogManager.hpp"
#include <string>

using namespace Microsoft::Applications::Events;

// Positive: a declared flow: nothing but the marker says the reference is an email address.
void declared(ILogger *logger, const std::string &reference) {
  EventProperties event("Support.Ticket");
  event.SetProperty("Reference", reference, PiiKind_SmtpAddress);
  logger->LogEvent(event);
}

// Positive: marked PiiKind_None, but the value is an email address.
void markedNone(ILogger *logger, const std::string &email) {
  EventProperties event("Support.Ticket");
  event.SetProperty("Contact", email, PiiKind_None);
  logger->LogEvent(event);
}

// Negative: PiiKind_None on a value that is not personal.
void notPersonal(ILogger *logger, const std::string &ticketState) {
  EventProperties event("Support.Ticket");
  event.SetProperty("State", ticketState, PiiKind_None);
  logger->LogEvent(event);
}

// Positive: the semantic context's user id, declared PiiKind_Identity by its default argument.
void identity(const std::string &handle) {
  LogManager::GetSemanticContext()->SetUserId(handle);
}
// CHECK: 1ds-pii-kind.cpp:18:11: warning: email address sent to Microsoft 1DS (OneCollector) as event property "Reference" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: 1ds-pii-kind.cpp:17:45: note: the value is declared an email address (PiiKind_SmtpAddress)
// CHECK: 1ds-pii-kind.cpp:17:3: note: stored in 'event' under key "Reference"
// CHECK: 1ds-pii-kind.cpp:25:11: warning: email address sent to Microsoft 1DS (OneCollector) as event property "Contact" in call to 'Microsoft::Applications::Events::ILogger::LogEvent' [privacy-pii-to-analytics]
// CHECK: 1ds-pii-kind.cpp:24:32: note: 'email' is an email address (name 'email')
// CHECK: 1ds-pii-kind.cpp:24:3: note: stored in 'event' under key "Contact"
// CHECK: 1ds-pii-kind.cpp:37:37: warning: user identifier sent to Microsoft 1DS (OneCollector) as user identity in call to 'Microsoft::Applications::Events::ISemanticContext::SetUserId' [privacy-pii-to-analytics]
// CHECK: 1ds-pii-kind.cpp:37:37: note: the value is declared a user identifier (PiiKind_Identity)
