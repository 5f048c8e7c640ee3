// The words around a vocabulary phrase that change what it names (models/vocabulary/
// personal-data.json): a group before a protocol id makes it the group's (owners.groups), a phrase
// after "by" or "with" is what the value was found by (lookAlikes.argumentMarkers), a Hungarian
// prefix is dropped (lookAlikes.droppedPrefixes), a complement may stand between a generic word and
// its owner (nome_do_cliente), and a service's token is a credential in a field or key, after
// every other phrase. Each positive flows into sentry_set_tag; each negative beside it differs in
// that one word.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <sentry.h>
#include <string>

// Positive: a sender's JID; negative: a chat room's JID.
void tagJids(const std::string &sender_jid, const std::string &room_jid) {
  sentry_set_tag("from", sender_jid.c_str());
  sentry_set_tag("room", room_jid.c_str());
}
// CHECK: vocabulary-context.cpp:[[@LINE-3]]:3: warning: user identifier sent to Sentry as event property "from" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-context.cpp:[[@LINE-4]]:26: note: 'sender_jid' is a user identifier (name 'sender_jid')

// Positive: the card's billing ZIP code behind a Hungarian prefix; negative: a code looked up by
// the user's email, which is what the code was found by.
void tagPrefixes(const char *szBillingZip, const std::string &code_by_email) {
  sentry_set_tag("zip", szBillingZip);
  sentry_set_tag("code", code_by_email.c_str());
}
// CHECK: vocabulary-context.cpp:[[@LINE-3]]:3: warning: postal address sent to Sentry as event property "zip" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-context.cpp:[[@LINE-4]]:25: note: 'szBillingZip' is a postal address (name 'szBillingZip')

// Positive: "the name of the customer" in Portuguese; negative: "the name of the file".
void tagComplements(const std::string &nome_do_cliente, const std::string &nome_do_arquivo) {
  sentry_set_tag("cliente", nome_do_cliente.c_str());
  sentry_set_tag("arquivo", nome_do_arquivo.c_str());
}
// CHECK: vocabulary-context.cpp:[[@LINE-3]]:3: warning: person name sent to Sentry as event property "cliente" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-context.cpp:[[@LINE-4]]:29: note: 'nome_do_cliente' is a person name (name 'nome_do_cliente')

struct SyncSettings {
  std::string dropbox_token;
  std::string next_token; // a paging token
};

// Positive: a service's token kept in a field; negative: the next page's token.
void tagTokens(const SyncSettings &settings) {
  sentry_set_tag("dropbox", settings.dropbox_token.c_str());
  sentry_set_tag("page", settings.next_token.c_str());
}
// CHECK: vocabulary-context.cpp:[[@LINE-3]]:3: warning: credential or secret sent to Sentry as event property "dropbox" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-context.cpp:[[@LINE-4]]:29: note: 'settings.dropbox_token' is a credential or secret (field 'SyncSettings::dropbox_token')
