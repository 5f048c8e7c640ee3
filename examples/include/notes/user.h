// The app's user record and the small helpers the event code uses.
#ifndef NOTES_USER_H
#define NOTES_USER_H

#include <string>

namespace notes {

struct User {
  std::string id;
  std::string email;
  std::string display_name;
  std::string phone;
  std::string plan;
  int note_count = 0;
  bool email_verified = false;
};

/// An opaque, per-install identifier the app generates itself; not tied to the person.
std::string installToken();

/// The app's keyed pseudonym of an internal id (HMAC under a server-held key).
std::string pseudonymize(const std::string &value);

} // namespace notes

#endif
