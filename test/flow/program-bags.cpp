// A program's own key-value class is a bag by its methods: `insert(key, value)` whose key is text
// (vcpkg's Json::Object, defined in another unit), its inserted element given back by reference
// (`Object &tags = obj.insert("tags", Object())` names the entry "tags"), a named constructor
// (`Value::string(s)`) holding what it is given, and its text (`obj.dump()`) keeping the keys.
// Negatives beside it: the same payload with build data only, and a class whose `set(key, value)`
// is defined here (a wrapper of Sentry's tags, analysed as the function it is: its callers'
// data is reported through it, not stored as entries).
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include <curl/curl.h>
#include <sentry.h>
#include <string>
#include <string_view>

namespace Json {
struct Value {
  static Value string(std::string_view s);
};
struct Object {
  Value &insert(std::string_view key, const Value &value);
  Object &insert(std::string_view key, const Object &value);
  std::string dump() const;
};
} // namespace Json

struct UserConfig {
  std::string user_id;
  std::string os_version;
};

static void upload(const std::string &payload) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://dc.services.visualstudio.com/v2/track");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.c_str());
  curl_easy_perform(curl);
}

// Positive: the user id under the envelope's tags.
void reportUsage(const UserConfig &user) {
  Json::Object obj;
  Json::Object &tags = obj.insert("tags", Json::Object());
  tags.insert("ai.device.osVersion", Json::Value::string(user.os_version));
  tags.insert("ai.user.id", Json::Value::string(user.user_id));
  upload(obj.dump());
}
// CHECK: program-bags.cpp:[[@LINE-2]]:3: warning: user identifier sent to Microsoft Azure Application Insights (dc.services.visualstudio.com) as HTTP request field "tags.ai.user.id" in call to 'curl_easy_perform' through 'upload' [privacy-pii-to-analytics]
// CHECK: program-bags.cpp:[[@LINE-4]]:49: note: 'user.user_id' is a user identifier (field 'UserConfig::user_id')
// CHECK: program-bags.cpp:[[@LINE-5]]:3: note: stored in 'obj' under key "tags.ai.user.id"
// CHECK: program-bags.cpp:[[@LINE-5]]:10: note: passed to 'upload'
// CHECK: program-bags.cpp:[[@LINE-19]]:39: note: received as parameter 'payload' of 'upload'
// CHECK: program-bags.cpp:[[@LINE-17]]:3: note: written to 'curl' by 'curl_easy_setopt'
// CHECK: program-bags.cpp:[[@LINE-17]]:3: note: sent to Microsoft Azure Application Insights (dc.services.visualstudio.com) by 'curl_easy_perform'

// Negative: build data only.
void reportPlatform(const UserConfig &user) {
  Json::Object obj;
  Json::Object &tags = obj.insert("tags", Json::Object());
  tags.insert("ai.device.osVersion", Json::Value::string(user.os_version));
  upload(obj.dump());
}

// A class whose set(key, value) is defined here: a wrapper, reported at its callers.
class CrashTags {
public:
  void set(const std::string &key, const std::string &value) {
    sentry_set_tag(key.c_str(), value.c_str());
  }
};
void tagCrash(CrashTags &tags, const UserConfig &user) {
  tags.set("os", user.os_version);
  tags.set("user", user.user_id);
}
// CHECK: program-bags.cpp:[[@LINE-2]]:8: warning: user identifier sent to Sentry as event property "user" in call to 'sentry_set_tag' through 'CrashTags::set' [privacy-pii-to-analytics]
// CHECK: program-bags.cpp:[[@LINE-3]]:20: note: 'user.user_id' is a user identifier (field 'UserConfig::user_id')
// CHECK: program-bags.cpp:[[@LINE-4]]:20: note: passed to 'CrashTags::set'
// CHECK: program-bags.cpp:[[@LINE-11]]:55: note: received as parameter 'value' of 'CrashTags::set'
// CHECK: program-bags.cpp:[[@LINE-11]]:5: note: sent to Sentry by 'sentry_set_tag'
