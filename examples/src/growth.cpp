// Growth events logged to Google Analytics for Firebase.
#include "notes/user.h"
#include <firebase/analytics.h>

namespace notes {

using firebase::analytics::Parameter;

// Leak: the share event includes the phone number the note was shared with.
void logShare(const std::string &recipientPhone, int noteLength) {
  Parameter params[] = {
      Parameter("length", noteLength),
      Parameter("recipient_phone", recipientPhone.c_str()),
  };
  firebase::analytics::LogEvent("share", params, 2);
}

// Leak: the raw user id as Firebase's user id; benign: the plan as a user property.
void setUser(const User &user) {
  firebase::analytics::SetUserId(user.id.c_str());
  firebase::analytics::SetUserProperty("plan", user.plan.c_str());
}

} // namespace notes
