//===--- Classifier.h - Decides whether a name or key denotes personal data -----------------===//
//
// The classifier reads identifiers (variables, fields, parameters, getters) and string keys
// ("email", "$email", "user.email", "enduser.id") and answers which kind of personal data they
// denote, with the evidence for the answer. Identifiers are split into lower-case tokens (snake,
// camel, digits; m_/s_/g_/k prefixes and get/fetch prefixes dropped; compounds such as "username"
// expanded) and matched against token-sequence rules; look-alikes (email_template_id, num_emails,
// emailEnabled, ip_protocol) are excluded by metadata tokens.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_CLASSIFIER_H
#define PIIFLOW_CLASSIFIER_H

#include "piiflow/DataKind.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace piiflow {

struct Classification {
  DataKind Kind;
  /// Why, for the diagnostic: "name 'userEmail'", "key \"$email\"".
  std::string Evidence;
};

/// Where a name comes from; it changes a few rules (a getter's verb is dropped, a bare "name" on a
/// User record or in user traits is a person's name).
enum class NameContext {
  Variable,   ///< local, parameter or global variable
  Field,      ///< a data member; OwnerRecord names its class
  Function,   ///< a getter-like function or method returning the value
  Key,        ///< a string key of a property bag
  TraitKey,   ///< a string key of user traits / identity, where "name" and "id" are the user's
};

class Classifier {
public:
  /// Classifies Name in Context. OwnerRecord is the unqualified name of the class that declares a
  /// field or method, or empty.
  std::optional<Classification> classify(llvm::StringRef Name, NameContext Context,
                                         llvm::StringRef OwnerRecord = {}) const;

  /// Adds a project's own names: "acct_ref=user-id;x-customer=email" (';'-separated
  /// name=kind). A name matches the identifiers and keys that contain its tokens, before any
  /// built-in rule; errors name the entry.
  llvm::Error addExtraNames(llvm::StringRef Text);

  /// Splits an identifier or key into normalised lower-case tokens: "m_userEmailAddr2" ->
  /// {"user", "email", "address", "2"}. Exposed for tests.
  static std::vector<std::string> tokenize(llvm::StringRef Name, NameContext Context);

private:
  std::vector<std::pair<std::vector<std::string>, DataKind>> ExtraNames;
};

} // namespace piiflow

#endif
