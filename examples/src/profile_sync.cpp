// Profile properties mirrored to Mixpanel People.
#include "notes/user.h"
#include <mixpanel/mixpanel.hpp>

namespace notes {

// Leak: the email and the phone number are copied into the Mixpanel profile.
void syncProfile(mixpanel::Mixpanel &mixpanel, const User &user) {
  mixpanel.people.set_email(user.email);
  std::string contact = user.phone;
  mixpanel.people.set("$phone", contact);
}

// Benign: the plan and the note count as super properties.
void registerPlan(mixpanel::Mixpanel &mixpanel, const User &user) {
  mixpanel::Value props;
  props["plan"] = user.plan;
  props["notes"] = user.note_count;
  mixpanel.register_properties(props);
}

} // namespace notes
