// Classification beyond names: annotations ([[clang::annotate("pii:<kind>")]], "pii:none"), types
// and typedefs (EmailAddress, struct PhoneNumber), the owning class, every kind of the taxonomy,
// and look-alikes that are not personal data. Each diagnostic names its evidence.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <sentry.h>
#include <string>

using EmailAddress = std::string;
struct PhoneNumber {
  std::string digits;
  const char *c_str() const;
};

struct Account {
  [[clang::annotate("pii:user-id")]] std::string ref;
  [[clang::annotate("pii:none")]] std::string email_hash_hex;
  EmailAddress contact;
  std::string street;
  std::string zip_code;
  std::string date_of_birth;
  std::string ssn;
  std::string card_number;
  std::string search_query;
  std::string name;
};

struct Level {
  std::string name;
  int email_count;
  std::string email_template_id;
  bool email_enabled;
  int ip_protocol;
  std::string address_family;
};

// Positive: annotation, typedef, every kind, the person's name on Account.
void positives(const Account &account, const PhoneNumber &primary) {
  sentry_set_tag("a", account.ref.c_str());
  sentry_set_tag("b", account.contact.c_str());
  sentry_set_tag("c", primary.c_str());
  sentry_set_tag("d", account.street.c_str());
  sentry_set_tag("e", account.zip_code.c_str());
  sentry_set_tag("f", account.date_of_birth.c_str());
  sentry_set_tag("g", account.ssn.c_str());
  sentry_set_tag("h", account.card_number.c_str());
  sentry_set_tag("i", account.search_query.c_str());
  sentry_set_tag("j", account.name.c_str());
}

// Negative: pii:none, the name of a Level, look-alikes.
void negatives(const Account &account, const Level &level) {
  sentry_set_tag("a", account.email_hash_hex.c_str());
  sentry_set_tag("b", level.name.c_str());
  sentry_set_tag("c", std::to_string(level.email_count).c_str());
  sentry_set_tag("d", level.email_template_id.c_str());
  sentry_set_tag("e", level.email_enabled ? "1" : "0");
  sentry_set_tag("f", std::to_string(level.ip_protocol).c_str());
  sentry_set_tag("g", level.address_family.c_str());
}
// CHECK: classification.cpp:42:3: warning: user identifier sent to Sentry as event property "a" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:42:23: note: 'account.ref' is a user identifier (annotation 'pii:user-id')
// CHECK: classification.cpp:43:3: warning: email address sent to Sentry as event property "b" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:43:23: note: 'account.contact' is an email address (type 'EmailAddress')
// CHECK: classification.cpp:44:3: warning: phone number sent to Sentry as event property "c" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:44:23: note: 'primary' is a phone number (type 'PhoneNumber')
// CHECK: classification.cpp:45:3: warning: postal address sent to Sentry as event property "d" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:45:23: note: 'account.street' is a postal address (field 'Account::street')
// CHECK: classification.cpp:46:3: warning: postal address sent to Sentry as event property "e" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:46:23: note: 'account.zip_code' is a postal address (field 'Account::zip_code')
// CHECK: classification.cpp:47:3: warning: date of birth sent to Sentry as event property "f" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:47:23: note: 'account.date_of_birth' is a date of birth (field 'Account::date_of_birth')
// CHECK: classification.cpp:48:3: warning: government identifier sent to Sentry as event property "g" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:48:23: note: 'account.ssn' is a government identifier (field 'Account::ssn')
// CHECK: classification.cpp:49:3: warning: payment card data sent to Sentry as event property "h" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:49:23: note: 'account.card_number' is payment card data (field 'Account::card_number')
// CHECK: classification.cpp:50:3: warning: free text written by the user sent to Sentry as event property "i" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:50:23: note: 'account.search_query' is free text written by the user (field 'Account::search_query')
// CHECK: classification.cpp:51:3: warning: person name sent to Sentry as event property "j" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: classification.cpp:51:23: note: 'account.name' is a person name (field 'Account::name')
