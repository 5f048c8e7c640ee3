// sentry-native's structured logs (sentry_log_* with the attributes object that comes first
// among the format arguments when logs_with_attributes is on, and the format arguments
// themselves; sentry_log with explicit attributes; global and scope attributes), the current
// and the deprecated user feedback, and contexts. Negatives: the same calls with a plan.
// RUN: %tidy %s -- %cxxflags -Wno-deprecated-declarations > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags -Wno-deprecated-declarations > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include <sentry.h>
#include <string>

struct Shopper {
  std::string email;
  std::string plan;
};

static sentry_value_t attribute(const std::string &text) {
  return sentry_value_new_attribute(sentry_value_new_string(text.c_str()), nullptr);
}

// Positive: an attribute and a format argument with the email; negative: the plan.
void logCheckout(const Shopper &shopper) {
  sentry_value_t attributes = sentry_value_new_object();
  sentry_value_set_by_key(attributes, "shopper", attribute(shopper.email));
  sentry_log_info("checkout by %s", attributes, shopper.email.c_str());
  sentry_log_warn("plan %s", shopper.plan.c_str());
  sentry_value_t tier = sentry_value_new_object();
  sentry_value_set_by_key(tier, "tier", attribute(shopper.plan));
  sentry_log(SENTRY_LEVEL_INFO, "checkout", tier);
}

// Positive: a global attribute with the email; negative: with the plan.
void setAttributes(const Shopper &shopper) {
  sentry_set_attribute("buyer", attribute(shopper.email));
  sentry_set_attribute("tier", attribute(shopper.plan));
}

// Positive: deprecated and current feedback with the email; negative: a context with the plan.
void sendFeedback(const Shopper &shopper, const char *comments) {
  sentry_value_t report = sentry_value_new_user_feedback(nullptr, "Shopper", shopper.email.c_str(), comments);
  sentry_capture_user_feedback(report);
  sentry_value_t feedback = sentry_value_new_feedback(comments, shopper.email.c_str(), nullptr, nullptr);
  sentry_capture_feedback(feedback);
  sentry_value_t context = sentry_value_new_object();
  sentry_value_set_by_key(context, "tier", sentry_value_new_string(shopper.plan.c_str()));
  sentry_set_context("subscription", context);
}
// CHECK: sentry-native-logs-and-feedback.cpp:26:3: warning: email address sent to Sentry as event property "shopper" in call to 'sentry_log_info' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:25:60: note: 'shopper.email' is an email address (field 'Shopper::email')
// CHECK: sentry-native-logs-and-feedback.cpp:25:50: note: passed through 'attribute'
// CHECK: sentry-native-logs-and-feedback.cpp:25:3: note: stored in 'attributes' under key "shopper"
// CHECK: sentry-native-logs-and-feedback.cpp:26:3: warning: email address sent to Sentry as event property in call to 'sentry_log_info' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:26:49: note: 'shopper.email' is an email address (field 'Shopper::email')
// CHECK: sentry-native-logs-and-feedback.cpp:35:3: warning: email address sent to Sentry as event property "buyer" in call to 'sentry_set_attribute' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:35:43: note: 'shopper.email' is an email address (field 'Shopper::email')
// CHECK: sentry-native-logs-and-feedback.cpp:35:33: note: passed through 'attribute'
// CHECK: sentry-native-logs-and-feedback.cpp:42:3: warning: email address sent to Sentry as event property "email" in call to 'sentry_capture_user_feedback' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:41:78: note: 'shopper.email' is an email address (field 'Shopper::email')
// CHECK: sentry-native-logs-and-feedback.cpp:41:78: note: stored under key "email"
// The deprecated feedback stores its comments under the key "comments": free text the user wrote.
// CHECK: sentry-native-logs-and-feedback.cpp:42:3: warning: free text written by the user sent to Sentry as event property "comments" in call to 'sentry_capture_user_feedback' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:41:101: note: the value stored under key "comments" is free text written by the user (key "comments")
// CHECK: sentry-native-logs-and-feedback.cpp:44:3: warning: email address sent to Sentry as event property "contact_email" in call to 'sentry_capture_feedback' [privacy-pii-to-analytics]
// CHECK: sentry-native-logs-and-feedback.cpp:43:65: note: 'shopper.email' is an email address (field 'Shopper::email')
// CHECK: sentry-native-logs-and-feedback.cpp:43:65: note: stored under key "contact_email"
