//===--- Classifier.h - Decides whether a name or key denotes personal data -----------------===//
//
// The classifier reads identifiers (variables, fields, parameters, getters), string keys
// ("email", "$email", "user.email", "enduser.id") and type names, and answers which kind of
// personal data they denote, with the evidence for the answer and why. Its words are data
// (Vocabulary.h): identifiers are split into lower-case tokens (snake, camel, digits; prefixes and
// getter verbs dropped; synonyms and abbreviations replaced; concatenated compounds such as
// "homephone" split into the vocabulary's words), then matched against the ordered phrases;
// look-alike markers (email_template_id, num_emails, emailEnabled, ip_protocol) veto; generic words
// ("name", "id", "body") take their kind from a person-like or user-content owner, in the name
// (sender_name) or around it (the field's class, the object it is read from).
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_CLASSIFIER_H
#define PIIFLOW_CLASSIFIER_H

#include "piiflow/DataKind.h"
#include "piiflow/Vocabulary.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace piiflow {

struct Classification {
  DataKind Kind;
  /// Where, for the diagnostic: "name 'userEmail'", "key \"$email\"".
  std::string Evidence;
  /// Why, for --explain and SARIF: the vocabulary entry, owner or type that decided, and the
  /// look-alike markers that argued against and lost.
  std::string Why;
};

/// What a value's type allows, whatever its name says.
enum class TypeCategory { Other, Bool, Enum, Integer, Floating, Duration, Size };

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
  /// A classifier with an empty vocabulary: it classifies nothing until a file is added.
  Classifier();

  /// Adds a vocabulary file (the bundled one first, then a project's); errors name the file.
  llvm::Error addVocabularyFile(llvm::StringRef Path);
  /// Adds the files of a Vocabulary option: ';'-separated paths.
  llvm::Error addVocabularyList(llvm::StringRef List);
  /// The bundled vocabulary and then List: what both front ends read.
  static llvm::Expected<Classifier> withVocabulary(llvm::StringRef List);
  const Vocabulary &vocabulary() const { return *Words; }
  /// This classifier's own copy of its vocabulary, to add text to in tests.
  Vocabulary &vocabularyForTests() {
    Words = std::make_shared<Vocabulary>(*Words);
    return *Words;
  }

  /// Classifies Name in Context. OwnerRecord is the unqualified name of the class that declares a
  /// field or method, or empty.
  std::optional<Classification> classify(llvm::StringRef Name, NameContext Context,
                                         llvm::StringRef OwnerRecord = {}) const;

  /// Adds a project's own names: "acct_ref=user-id;x-customer=email" (';'-separated
  /// name=kind). A name matches the identifiers and keys that contain its tokens, before any
  /// built-in rule; errors name the entry.
  llvm::Error addExtraNames(llvm::StringRef Text);

  /// A type the vocabulary names as evidence (QHostAddress, CSteamID), by its qualified or plain
  /// name. VariableName, when given, may veto it (serverAddress, bind_addr).
  std::optional<Classification> classifyTypeName(llvm::StringRef QualifiedName,
                                                 llvm::StringRef VariableName) const;

  /// Whether a value of this category of type can be data of Kind (a bool is no email).
  bool typeCanHold(TypeCategory Category, DataKind Kind) const;

  /// Splits an identifier or key into normalised lower-case tokens: "m_userEmailAddr2" ->
  /// {"user", "email", "address", "2"}, "homephone" -> {"home", "phone"}.
  std::vector<std::string> tokenize(llvm::StringRef Name, NameContext Context) const;

private:
  std::optional<Classification> classifyByOwnerRecord(const std::vector<std::string> &Tokens,
                                                      llvm::StringRef Name, NameContext Context,
                                                      llvm::StringRef Owner,
                                                      const std::vector<std::string> &OwnerTokens)
      const;
  std::optional<Classification>
  classifyGenericWord(const std::vector<std::string> &Tokens, llvm::StringRef Name,
                      NameContext Context, llvm::StringRef Owner,
                      const std::vector<std::string> &OwnerTokens) const;

  std::shared_ptr<Vocabulary> Words;
  std::vector<std::pair<std::vector<std::string>, DataKind>> ExtraNames;
};

} // namespace piiflow

#endif
