// Sanitizers: keyed hashes (HMAC, libsodium crypto_auth, crypto_generichash with a key, the
// configured HashFunction, functions named for keyed pseudonymisation) end the flow. Plain hashes
// (SHA-256, crypto_generichash without a key, std::hash, functions named for hashing) leave a
// pseudonym a dictionary reverses: privacy-weak-pseudonymization reports them for emails, phone
// numbers and names, at lower severity, and leaves a plain hash of a device id alone. Other
// unknown functions do not end the flow: a personal key still classifies their result.
// RUN: %tidy %s --config="{CheckOptions: {privacy-pii-to-analytics.HashFunction: 'privacy::KeyedHash', privacy-weak-pseudonymization.HashFunction: 'privacy::KeyedHash'}}" -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow --hash-function=privacy::KeyedHash %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"

#include "analytics.hpp"
#include "privacy/hash.h"
#include <functional>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <sodium.h>
#include <string>

using segment::analytics::Analytics;
using segment::analytics::Object;

std::string sha256Hex(const std::string &value);
std::string pseudonymizeId(const std::string &value);
std::string normalize(const std::string &value);
std::string hex(const unsigned char *digest, size_t length);
extern const unsigned char kKey[32];

// Negative: keyed hashes end the flow.
void keyed(Analytics &analytics, const std::string &userId, const std::string &email) {
  unsigned char mac[32];
  unsigned int macLength = 0;
  HMAC(EVP_sha256(), kKey, 32, reinterpret_cast<const unsigned char *>(email.data()), email.size(),
       mac, &macLength);
  unsigned char tag[crypto_auth_BYTES];
  crypto_auth(tag, reinterpret_cast<const unsigned char *>(email.data()), email.size(), kKey);
  unsigned char keyedDigest[crypto_generichash_BYTES];
  crypto_generichash(keyedDigest, sizeof(keyedDigest),
                     reinterpret_cast<const unsigned char *>(email.data()), email.size(), kKey,
                     sizeof(kKey));
  Object props;
  props["a"] = hex(mac, macLength);
  props["b"] = hex(tag, sizeof(tag));
  props["c"] = hex(keyedDigest, sizeof(keyedDigest));
  analytics.Track(privacy::KeyedHash(userId), "Keyed", props);
  analytics.Track(pseudonymizeId(userId), "Named", nullptr);
}

// Positive (weak): plain hashes of an email, a phone number and a name.
void plain(Analytics &analytics, const std::string &email, const std::string &phone,
           const std::string &fullName, const std::string &deviceId) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char *>(email.data()), email.size(), digest);
  unsigned char unkeyed[crypto_generichash_BYTES];
  crypto_generichash(unkeyed, sizeof(unkeyed),
                     reinterpret_cast<const unsigned char *>(phone.data()), phone.size(), nullptr,
                     0);
  Object props;
  props["email_sha"] = hex(digest, sizeof(digest));
  props["phone_hash"] = hex(unkeyed, sizeof(unkeyed));
  props["name_hash"] = std::to_string(std::hash<std::string>{}(fullName));
  props["device"] = sha256Hex(deviceId);
  analytics.Track("anonymous", "Plain", props);
}

// Positive: an unknown transformation keeps the key's evidence; the raw id is still an identity.
void transformed(Analytics &analytics, const std::string &userId, const std::string &email) {
  Object props;
  props["email"] = normalize(email);
  analytics.Track(userId, "Signed Up", props);
}
// CHECK: sanitizers.cpp:63:13: warning: email address hashed without a key sent to Segment as event property "email_sha" in call to 'segment::analytics::Analytics::Track' [privacy-weak-pseudonymization]
// CHECK: sanitizers.cpp:53:50: note: 'email' is an email address (name 'email')
// CHECK: sanitizers.cpp:53:3: note: hashed without a key by 'SHA256'
// CHECK: sanitizers.cpp:53:3: note: written to 'digest'
// CHECK: sanitizers.cpp:59:3: note: stored in 'props' under key "email_sha"
// CHECK: sanitizers.cpp:63:13: warning: person name hashed without a key sent to Segment as event property "name_hash" in call to 'segment::analytics::Analytics::Track' [privacy-weak-pseudonymization]
// CHECK: sanitizers.cpp:61:64: note: 'fullName' is a person name (name 'fullName')
// CHECK: sanitizers.cpp:61:39: note: hashed without a key by 'std::hash::operator()'
// CHECK: sanitizers.cpp:61:3: note: stored in 'props' under key "name_hash"
// CHECK: sanitizers.cpp:63:13: warning: phone number hashed without a key sent to Segment as event property "phone_hash" in call to 'segment::analytics::Analytics::Track' [privacy-weak-pseudonymization]
// CHECK: sanitizers.cpp:56:62: note: 'phone' is a phone number (name 'phone')
// CHECK: sanitizers.cpp:55:3: note: hashed without a key by 'crypto_generichash'
// CHECK: sanitizers.cpp:55:3: note: written to 'unkeyed'
// CHECK: sanitizers.cpp:60:3: note: stored in 'props' under key "phone_hash"
// CHECK: sanitizers.cpp:70:13: warning: email address sent to Segment as event property "email" in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: sanitizers.cpp:69:3: note: the value stored under key "email" is an email address (key "email")
// CHECK: sanitizers.cpp:69:20: note: or pseudonymise the value with 'privacy::KeyedHash'
// CHECK: sanitizers.cpp:70:13: warning: user identifier sent to Segment as user identity in call to 'segment::analytics::Analytics::Track' [privacy-pii-to-analytics]
// CHECK: sanitizers.cpp:70:19: note: 'userId' is a user identifier (name 'userId')
