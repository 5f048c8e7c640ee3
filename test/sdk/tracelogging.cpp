// Microsoft TraceLogging events with a telemetry keyword are uploaded: their fields are read from
// the TraceLoggingWrite invocation as written, each value under its field name. Negatives beside
// the positives: the same fields in an event without a telemetry keyword (local ETW only), a field
// tagged MICROSOFT_FIELDTAG_DROP_PII, and build data. A field tagged MICROSOFT_FIELDTAG_HASH_PII
// is declared personal (the client hashes it, and still sends it). A project's wrapper of a field
// macro (winget-cli's AICLI_TraceLoggingStringView) is read from its definition: which of its
// arguments is the value, which the name, and the tags it writes itself.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %s %t.tool.cpp
#include <MicrosoftTelemetry.h>
#include <string>
#include <string_view>

TRACELOGGING_DEFINE_PROVIDER(g_hProvider, "Contoso.Terminal",
                             (0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa, 0xb),
                             TraceLoggingOptionMicrosoftTelemetry());

bool IsDataDiagnosticsEnabled();
// A project's own wrapper and keyword, as PowerToys' ProjectTelemetry.h has them.
#define PROJECT_KEYWORD_MEASURE MICROSOFT_KEYWORD_MEASURES
#define TraceLoggingWriteWrapper(provider, eventName, ...) \
  if (IsDataDiagnosticsEnabled()) {                         \
    TraceLoggingWrite(provider, eventName, __VA_ARGS__);    \
  }

struct Session {
  std::wstring user_name;
  std::string email;
  std::string build;
  unsigned long address = 0;
  std::wstring profile;
};

// Positive: the user's name and email in a telemetry event; an address by its field macro; a
// value declared personal by its field tag.
void reportSignIn(const Session &session) {
  TraceLoggingWrite(g_hProvider, "SignIn",
                    TraceLoggingWideString(session.user_name.c_str(), "UserName"),
                    TraceLoggingValue(session.email.c_str(), "Account"),
                    TraceLoggingIPv4Address(session.address, "Peer"),
                    TraceLoggingWideString(session.profile.c_str(), "Profile", "the profile",
                                           MICROSOFT_FIELDTAG_HASH_PII),
                    TraceLoggingKeyword(MICROSOFT_KEYWORD_MEASURES),
                    TelemetryPrivacyDataTag(PDT_ProductAndServiceUsage));
}
// CHECK: tracelogging.cpp:[[@LINE-9]]:3: warning: IP address sent to Microsoft (Windows telemetry, UTC) as attribute "Peer" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-7]]:45: note: the field is an IP address (field macro 'TraceLoggingIPv4Address')
// CHECK: tracelogging.cpp:[[@LINE-11]]:3: warning: email address sent to Microsoft (Windows telemetry, UTC) as attribute "Account" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-10]]:39: note: 'session.email' is an email address (field 'Session::email')
// CHECK: tracelogging.cpp:[[@LINE-13]]:3: warning: user identifier sent to Microsoft (Windows telemetry, UTC) as attribute "Profile" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-10]]:44: note: the field is a user identifier (declared by its field tag MICROSOFT_FIELDTAG_HASH_PII)
// CHECK: tracelogging.cpp:[[@LINE-15]]:3: warning: username sent to Microsoft (Windows telemetry, UTC) as attribute "UserName" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-15]]:44: note: 'session.user_name' is a username (field 'Session::user_name')

// Negative: the same fields in a local-only event; a dropped field and build data in telemetry.
void traceSignIn(const Session &session) {
  TraceLoggingWrite(g_hProvider, "SignInTrace",
                    TraceLoggingWideString(session.user_name.c_str(), "UserName"),
                    TraceLoggingValue(session.email.c_str(), "Account"),
                    TraceLoggingLevel(WINEVENT_LEVEL_VERBOSE));
  TraceLoggingWrite(g_hProvider, "Build",
                    TraceLoggingValue(session.build.c_str(), "Build"),
                    TraceLoggingValue(session.email.c_str(), "Account", "the account",
                                      MICROSOFT_FIELDTAG_DROP_PII),
                    TraceLoggingKeyword(MICROSOFT_KEYWORD_TELEMETRY));
}

// Positive: through the project's wrapper and keyword macros.
void reportProfile(const Session &session) {
  TraceLoggingWriteWrapper(g_hProvider, "Profile",
                           TraceLoggingValue(session.email.c_str(), "Account"),
                           TraceLoggingKeyword(PROJECT_KEYWORD_MEASURE));
}
// CHECK: tracelogging.cpp:[[@LINE-4]]:3: warning: email address sent to Microsoft (Windows telemetry, UTC) as attribute "Account" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-4]]:46: note: 'session.email' is an email address (field 'Session::email')

// Negative: the wrapper without a telemetry keyword.
void traceProfile(const Session &session) {
  TraceLoggingWriteWrapper(g_hProvider, "ProfileTrace",
                           TraceLoggingValue(session.email.c_str(), "Account"));
}

// A project's wrappers of field macros: the value and the name in either order, a tag written in
// the wrapper's definition.
#define PROJECT_TraceLoggingStringView(_sv_, _name_) \
  TraceLoggingCountedUtf8String(_sv_.data(), static_cast<unsigned long>(_sv_.size()), _name_)
#define PROJECT_TraceLoggingDropped(_name_, _value_) \
  TraceLoggingValue(_value_, _name_, "removed before upload", MICROSOFT_FIELDTAG_DROP_PII)

// Positive: the email through the wrapper. Negatives: build data through it, and the email
// through the wrapper that drops it.
void reportSearch(std::string_view email, std::string_view build) {
  TraceLoggingWrite(g_hProvider, "Search",
                    PROJECT_TraceLoggingStringView(email, "Contact"),
                    PROJECT_TraceLoggingStringView(build, "Build"),
                    PROJECT_TraceLoggingDropped("Account", email.data()),
                    TraceLoggingKeyword(MICROSOFT_KEYWORD_CRITICAL_DATA));
}
// CHECK: tracelogging.cpp:[[@LINE-6]]:3: warning: email address sent to Microsoft (Windows telemetry, UTC) as attribute "Contact" in call to 'TraceLoggingWrite' [privacy-pii-to-analytics]
// CHECK: tracelogging.cpp:[[@LINE-6]]:52: note: 'email' is an email address (name 'email')

