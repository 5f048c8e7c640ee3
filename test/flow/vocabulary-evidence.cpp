// The classifier's evidence beyond the spelling of one rule (models/vocabulary/personal-data.json):
// concatenated names split into the vocabulary's words, names in other languages, generic words
// ("name", "body", "id") that a person-like or user-content owner makes personal (in the name, the
// field's class or the object it is read from), types that are evidence whatever the name
// (QHostAddress, CSteamID, QGeoCoordinate) and types that rule kinds out, and the new kinds.
// Each positive flows into sentry_set_tag; each negative beside it has a look-alike name, a thing
// as owner, or a type that cannot hold the kind.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <QtNetwork/QTcpSocket>
#include <QtPositioning/QGeoPositionInfo>
#include <cstddef>
#include <sentry.h>
#include <steam/steam_api.h>
#include <string>

// Positive: concatenated and digit-split names; negative: words the vocabulary keeps whole.
void tagCompounds(const std::string &homephone, const std::string &workemailaddr,
                  unsigned long long steamid64, const std::string &microphone,
                  const std::string &geoipdb) {
  sentry_set_tag("home", homephone.c_str());
  sentry_set_tag("work", workemailaddr.c_str());
  sentry_set_tag("steam", std::to_string(steamid64).c_str());
  sentry_set_tag("mic", microphone.c_str());
  sentry_set_tag("geo", geoipdb.c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-6]]:3: warning: phone number sent to Sentry as event property "home" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:26: note: 'homephone' is a phone number (name 'homephone')
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:3: warning: email address sent to Sentry as event property "work" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:26: note: 'workemailaddr' is an email address (name 'workemailaddr')
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:3: warning: user identifier sent to Sentry as event property "steam" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:42: note: 'steamid64' is a user identifier (name 'steamid64')

// Positive: German, French, Spanish, Portuguese and Italian names; negative: a French count.
void tagLanguages(const std::string &benutzername, const std::string &courriel,
                  const std::string &telefone, const std::string &cognome,
                  const std::string &fecha_nacimiento, int nombre_joueurs) {
  sentry_set_tag("a", benutzername.c_str());
  sentry_set_tag("b", courriel.c_str());
  sentry_set_tag("c", telefone.c_str());
  sentry_set_tag("d", cognome.c_str());
  sentry_set_tag("e", fecha_nacimiento.c_str());
  sentry_set_tag("f", std::to_string(nombre_joueurs).c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:3: warning: username sent to Sentry as event property "a" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:23: note: 'benutzername' is a username (name 'benutzername')
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:3: warning: email address sent to Sentry as event property "b" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:23: note: 'courriel' is an email address (name 'courriel')
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:3: warning: phone number sent to Sentry as event property "c" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-10]]:23: note: 'telefone' is a phone number (name 'telefone')
// CHECK: vocabulary-evidence.cpp:[[@LINE-10]]:3: warning: person name sent to Sentry as event property "d" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-11]]:23: note: 'cognome' is a person name (name 'cognome')
// CHECK: vocabulary-evidence.cpp:[[@LINE-11]]:3: warning: date of birth sent to Sentry as event property "e" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:23: note: 'fecha_nacimiento' is a date of birth (name 'fecha_nacimiento')

struct Contact {
  std::string name;
  std::string handle;
};
struct Product {
  std::string name;
  std::string id;
};
struct Ticket {
  std::string body;
  std::string status;
};
struct Message {
  const Contact *sender() const;
  std::string text() const;
  std::string id() const;
};

// Positive: the owner decides: a contact's name and handle, a ticket's body, the sender's name,
// a requester's name in the name itself; negative: a product's name and id, a ticket's status.
void tagOwners(const Contact &c, const Product &p, const Ticket &t, const Message &m,
               const std::string &requester_name, const std::string &server_name) {
  sentry_set_tag("contact", c.name.c_str());
  sentry_set_tag("handle", c.handle.c_str());
  sentry_set_tag("product", p.name.c_str());
  sentry_set_tag("sku", p.id.c_str());
  sentry_set_tag("ticket", t.body.c_str());
  sentry_set_tag("state", t.status.c_str());
  sentry_set_tag("from", m.sender()->name.c_str());
  sentry_set_tag("text", m.text().c_str());
  sentry_set_tag("requester", requester_name.c_str());
  sentry_set_tag("server", server_name.c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-11]]:3: warning: person name sent to Sentry as event property "contact" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:29: note: 'c.name' is a person name (field 'Contact::name')
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:3: warning: username sent to Sentry as event property "handle" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-13]]:28: note: 'c.handle' is a username (field 'Contact::handle')
// CHECK: vocabulary-evidence.cpp:[[@LINE-11]]:3: warning: free text written by the user sent to Sentry as event property "ticket" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:28: note: 't.body' is free text written by the user (field 'Ticket::body')
// CHECK: vocabulary-evidence.cpp:[[@LINE-11]]:3: warning: person name sent to Sentry as event property "from" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:26: note: 'm.sender()->name' is a person name (field 'Contact::name')
// CHECK: vocabulary-evidence.cpp:[[@LINE-12]]:3: warning: free text written by the user sent to Sentry as event property "text" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-13]]:26: note: 'm.text()' is free text written by the user (function 'text')
// CHECK: vocabulary-evidence.cpp:[[@LINE-13]]:3: warning: person name sent to Sentry as event property "requester" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-14]]:31: note: 'requester_name' is a person name (name 'requester_name')

// Positive: types that carry an IP address, a precise location and a Steam user, whatever the
// variable is called; negative: the same type named as the server's own address.
void tagTypes(const QTcpSocket &socket, const QGeoPositionInfoSource &gps, const CSteamID &who,
              const QHostAddress &bindAddress) {
  QHostAddress peer = socket.peerAddress();
  sentry_set_tag("peer", peer.toString().toStdString().c_str());
  QGeoCoordinate here = gps.lastKnownPosition().coordinate();
  sentry_set_tag("where", here.toString().toStdString().c_str());
  sentry_set_tag("who", std::to_string(who.ConvertToUint64()).c_str());
  sentry_set_tag("bind", bindAddress.toString().toStdString().c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-6]]:3: warning: IP address sent to Sentry as event property "peer" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:23: note: 'socket.peerAddress()' is an IP address (function 'peerAddress')
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:16: note: assigned to 'peer'
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:3: warning: precise location sent to Sentry as event property "where" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:25: note: 'gps.lastKnownPosition().coordinate()' is a precise location (type 'QGeoCoordinate')
// CHECK: vocabulary-evidence.cpp:[[@LINE-10]]:18: note: assigned to 'here'
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:3: warning: user identifier sent to Sentry as event property "who" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-10]]:40: note: 'who' is a user identifier (type 'CSteamID')

enum class Gender { Unknown, Female, Male, Other };
enum class Theme { Light, Dark };

// Positive: an enumeration can be a gender, by its name or its type's; a coordinate's latitude is
// a number a location can be. Negative: a bool and a size named after an email cannot be one, nor
// an enumeration of something else.
void tagTypedKinds(Gender gender, Gender g, Theme theme, bool emailVerified,
                   std::size_t emailLength, const QGeoCoordinate &home) {
  sentry_set_tag("a", std::to_string(static_cast<int>(gender)).c_str());
  sentry_set_tag("b", std::to_string(static_cast<int>(g)).c_str());
  sentry_set_tag("c", std::to_string(static_cast<int>(theme)).c_str());
  sentry_set_tag("d", emailVerified ? "yes" : "no");
  sentry_set_tag("e", std::to_string(emailLength).c_str());
  sentry_set_tag("f", std::to_string(home.latitude()).c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:3: warning: gender sent to Sentry as event property "a" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:55: note: 'gender' is gender (name 'gender')
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:3: warning: gender sent to Sentry as event property "b" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-9]]:55: note: 'g' is gender (type 'Gender')
// CHECK: vocabulary-evidence.cpp:[[@LINE-6]]:3: warning: precise location sent to Sentry as event property "f" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:38: note: 'home.latitude()' is a precise location (function 'latitude')

// Positive: the new kinds: an advertising id, an installation id as an event property, health
// data; negative: an installation count.
void tagNewKinds(const std::string &idfa, const std::string &installation_id,
                 const std::string &blood_type, int installation_count) {
  sentry_set_tag("ad", idfa.c_str());
  sentry_set_tag("install", installation_id.c_str());
  sentry_set_tag("blood", blood_type.c_str());
  sentry_set_tag("installs", std::to_string(installation_count).c_str());
}
// CHECK: vocabulary-evidence.cpp:[[@LINE-5]]:3: warning: advertising identifier sent to Sentry as event property "ad" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-6]]:24: note: 'idfa' is an advertising identifier (name 'idfa')
// CHECK: vocabulary-evidence.cpp:[[@LINE-6]]:3: warning: pseudonymous installation identifier sent to Sentry as event property "install" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:29: note: 'installation_id' is a pseudonymous installation identifier (name 'installation_id')
// CHECK: vocabulary-evidence.cpp:[[@LINE-7]]:3: warning: health or biometric data sent to Sentry as event property "blood" in call to 'sentry_set_tag' [privacy-pii-to-analytics]
// CHECK: vocabulary-evidence.cpp:[[@LINE-8]]:27: note: 'blood_type' is health or biometric data (name 'blood_type')
