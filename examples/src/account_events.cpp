// Account lifecycle events sent to Segment.
#include "notes/user.h"
#include <analytics.hpp>

namespace notes {

using segment::analytics::Analytics;
using segment::analytics::Object;

// Leak: the sign-up event carries the user's email address as a property.
void trackSignup(Analytics &analytics, const User &user) {
  Object props = {{"plan", user.plan}, {"email", user.email}};
  analytics.Track(pseudonymize(user.id), "Signed Up", props);
}

// Benign: counts and the plan, under a pseudonymous id.
void trackNoteCreated(Analytics &analytics, const User &user) {
  Object props;
  props["notes"] = user.note_count;
  props["plan"] = user.plan;
  analytics.Track(pseudonymize(user.id), "Note Created", props);
}

// Leak: identify with the raw internal user id and the person's name as a trait.
void identify(Analytics &analytics, const User &user) {
  Object traits;
  traits["name"] = user.display_name;
  traits["verified"] = user.email_verified;
  analytics.Identify(user.id, traits);
}

// Benign: a page view under the install token, pseudonymised with the app's key like the user id
// above (an install token sent as it is would be reported, at an installation id's low severity).
void trackPage(Analytics &analytics) { analytics.Page("Editor", pseudonymize(installToken())); }

} // namespace notes
