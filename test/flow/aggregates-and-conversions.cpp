// Aggregates and conversions keep the data: a struct built from a braced list (designated
// initialisers too) has each field's data under the field, an array its elements'; getter chains
// are judged by the last getter's name; a default argument carries what its expression gives; an
// identifier turned into text (std::to_string, QString::number) is still that identifier;
// std::optional and std::variant hold their value, std::string_view and c_str() round trips keep
// it. Negatives: the fields, elements and defaults that hold nothing personal.
// RUN: %tidy %s -- %cxxflags -std=c++20 > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags -std=c++20 > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix --hash-function=privacy::KeyedHash --hash-header=privacy/hash.h %t.tool.cpp -- %cxxflags -std=c++20 > /dev/null
// RUN: FileCheck --check-prefix=FIXED %s --input-file=%t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags -std=c++20 %t.tool.cpp

#include "analytics.hpp"
#include <QtCore/QString>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

using segment::analytics::Analytics;

struct Recipient {
  std::string email;
  std::string plan;
  long customer_no = 0;
};
struct Envelope {
  std::string to;
  std::string subject;
};

// Positive: the field given the email, by position and by designator, and the array element;
// negative: the fields given constants, the element given a plan.
void aggregates(Analytics &analytics, const Recipient &recipient) {
  Envelope byPosition{recipient.email, "Welcome"};
  analytics.Track(byPosition.to, "Position", nullptr);
  analytics.Track(byPosition.subject, "Subject", nullptr);
  Envelope byName{.to = recipient.email, .subject = "Receipt"};
  analytics.Track(byName.to, "Designated", nullptr);
  std::string values[] = {recipient.plan, recipient.email};
  analytics.Track(values[1], "Element", nullptr);
}

// Positive: the last getter of a chain names the data; negative: a chain ending in the plan.
class Profile {
public:
  const std::string &contactEmail() const { return value_; }
  const std::string &tier() const { return value_; }

private:
  std::string value_;
};
class Session {
public:
  const Profile &profile() const { return profile_; }

private:
  Profile profile_;
};
void getterChains(Analytics &analytics, const Session &session) {
  analytics.Track(session.profile().contactEmail(), "Chain", nullptr);
  analytics.Track("anonymous", session.profile().tier(), nullptr);
}

// Positive: a default argument that reads the signed-in user's email; negative: a constant one.
std::string currentUserEmail();
void trackVisit(Analytics &analytics, const std::string &visitor = currentUserEmail()) {
  analytics.Track(visitor, "Visit", nullptr);
}
void trackLabel(Analytics &analytics, const std::string &label = "guest") {
  analytics.Track(label, "Label", nullptr);
}
void onVisit(Analytics &analytics) {
  trackVisit(analytics);
  trackLabel(analytics);
}

// Positive: conversions of the email and the customer number; negative: of the plan.
void conversions(Analytics &analytics, const Recipient &recipient) {
  analytics.Track(std::to_string(recipient.customer_no), "Number", nullptr);
  std::optional<std::string> maybe = recipient.email;
  analytics.Track(maybe.value(), "Optional", nullptr);
  std::variant<long, std::string> either = recipient.email;
  analytics.Track(std::get<std::string>(either), "Variant", nullptr);
  std::string_view view = recipient.email;
  std::string back(view);
  analytics.Track(back, "View", nullptr);
  const char *raw = recipient.email.c_str();
  std::string again = raw;
  analytics.Track(again, "CString", nullptr);
  analytics.Track(QString::number(recipient.customer_no).toStdString(), "Qt", nullptr);
  std::optional<std::string> tier = recipient.plan;
  analytics.Track(tier.value(), "Tier", nullptr);
}
// The hash fix-its wrap the value where it is sent; the default argument has none.
// CHECK: aggregates-and-conversions.cpp:38:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:37:23: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:37:23: note: stored in field 'to'
// CHECK: aggregates-and-conversions.cpp:41:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:40:25: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:40:25: note: stored in field 'to'
// CHECK: aggregates-and-conversions.cpp:43:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:42:43: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:42:15: note: assigned to 'values'
// CHECK: aggregates-and-conversions.cpp:63:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:63:19: note: 'session.profile().contactEmail()' is an email address (function 'contactEmail')
// CHECK: aggregates-and-conversions.cpp:76:3: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' through 'trackVisit' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:69:68: note: 'currentUserEmail()' is an email address (function 'currentUserEmail')
// CHECK: aggregates-and-conversions.cpp:76:3: note: passed to 'trackVisit'
// CHECK: aggregates-and-conversions.cpp:69:58: note: received as parameter 'visitor' of 'trackVisit'
// CHECK: aggregates-and-conversions.cpp:70:13: note: sent to Segment by 'segment::analytics::Analytics::Track'
// CHECK: aggregates-and-conversions.cpp:82:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:82:34: note: 'recipient.customer_no' is a user identifier (field 'Recipient::customer_no')
// CHECK: aggregates-and-conversions.cpp:84:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:83:38: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:83:30: note: assigned to 'maybe'
// CHECK: aggregates-and-conversions.cpp:86:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:85:44: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:85:35: note: assigned to 'either'
// CHECK: aggregates-and-conversions.cpp:89:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:87:27: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:87:20: note: assigned to 'view'
// CHECK: aggregates-and-conversions.cpp:88:15: note: assigned to 'back'
// CHECK: aggregates-and-conversions.cpp:92:13: warning: email address sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:90:21: note: 'recipient.email' is an email address (field 'Recipient::email')
// CHECK: aggregates-and-conversions.cpp:90:15: note: assigned to 'raw'
// CHECK: aggregates-and-conversions.cpp:91:15: note: assigned to 'again'
// CHECK: aggregates-and-conversions.cpp:93:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: aggregates-and-conversions.cpp:93:35: note: 'recipient.customer_no' is a user identifier (field 'Recipient::customer_no')
// FIXED: {{^}}  analytics.Track(privacy::KeyedHash(byPosition.to), "Position", nullptr);
// FIXED: {{^}}  analytics.Track(privacy::KeyedHash(session.profile().contactEmail()), "Chain", nullptr);
// FIXED: {{^}}  trackVisit(analytics);
// FIXED: {{^}}  analytics.Track(privacy::KeyedHash(std::to_string(recipient.customer_no)), "Number", nullptr);
// FIXED: {{^}}  analytics.Track(tier.value(), "Tier", nullptr);
