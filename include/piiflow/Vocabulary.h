//===--- Vocabulary.h - The words and types that name personal data, read from data files ----===//
//
// The classifier's knowledge is data: models/vocabulary/personal-data.json (installed beside the
// models) and any files a project adds with the Vocabulary option. A file lists ordered phrase
// groups per kind, synonyms and abbreviations, words that only help to split concatenated names,
// look-alike markers, the owners (person, user content, thing) that decide generic words, and the
// types that are evidence or rule kinds out. Files are checked against the layout of
// models/vocabulary/schema.json when read; an error names the file and the entry. A project's
// file is read after the bundled one: its phrase groups come first, its lists are added.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_VOCABULARY_H
#define PIIFLOW_VOCABULARY_H

#include "piiflow/DataKind.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace piiflow {

using TokenSequence = std::vector<std::string>;

/// The class of thing that owns a generic word such as "name" or "body".
enum class OwnerClass { Person, Content, Device, Network, Key };

struct Vocabulary {
  struct PhraseGroup {
    DataKind Kind;
    std::vector<TokenSequence> Phrases;
    /// Name contexts ("variable", "field", "function", "key", "trait-key") the group applies in;
    /// empty for all. A phrase of a group that does not apply in the context vetoes the name.
    std::vector<std::string> Contexts;
    /// Look-alike markers that do not veto this group's phrases: a hashed password is still a
    /// credential.
    llvm::StringSet<> Keeps;
    /// The group's phrases decide only after another word of the name: dropbox_token, not a
    /// bare token (Mixpanel's project token).
    bool Qualified = false;
    std::string File; ///< where the group was read, for explanations
  };
  struct OwnerWord {
    OwnerClass Owner;
    DataKind Kind;
    std::vector<TokenSequence> Words;
    /// A modified word is the owner's too: Addressee::formattedName.
    bool Modifiable = false;
  };
  struct OwnerField {
    llvm::StringSet<> OwnerTokens;
    DataKind Kind;
    llvm::StringSet<> Words;
    unsigned MinTokens = 1;
  };
  struct TypeEvidence {
    std::string Name; ///< "QHostAddress", "boost::asio::ip::address"
    DataKind Kind;
  };

  std::vector<PhraseGroup> Phrases; ///< in order: the first phrase that matches decides
  /// Where a phrase stands in Phrases: its group and its place in the group.
  using PhrasePlace = std::pair<unsigned, unsigned>;
  /// The phrases by their first word, each list in the order of Phrases: a name is matched only
  /// against the phrases that start with one of its words.
  llvm::StringMap<std::vector<PhrasePlace>> PhrasesByFirstWord;
  llvm::StringMap<TokenSequence> Synonyms;
  llvm::StringSet<> SegmentWords, ShortSegments, KeepWhole;
  /// Words that may follow an unknown prefix alone: kdemail, qsemail.
  llvm::StringSet<> HeadWords;
  llvm::StringSet<> After, First, ForeignBefore, ConstantBefore, DroppedPrefixes, GetterVerbs,
      KeyFillers, Singulars, ComplementStarts;
  /// Words after which a phrase is what the value is found by, not the value: "by", "with".
  llvm::StringSet<> ArgumentMarkers;
  llvm::StringSet<> PersonOwners, RecordSuffixes, ContentOwners, ThingOwners, NotInName,
      DeviceOwners, NetworkOwners;
  /// Things with members, whose protocol addresses look like a person's: room, clan, lobby.
  llvm::StringSet<> GroupOwners;
  /// The owner words of a class (none for Key).
  const llvm::StringSet<> &ownersOf(OwnerClass C) const;
  std::vector<OwnerWord> OwnerWords;
  std::vector<OwnerField> OwnerFields;
  std::vector<TypeEvidence> Types;
  llvm::StringSet<> TypeVetoes;
  /// "bool", "enum", "integer", "floating", "duration", "size": the kinds a value of that type
  /// can be. A category not listed can be any kind.
  llvm::StringMap<std::vector<DataKind>> TypeKinds;
  /// Every word the vocabulary knows: a concatenated name is split only into these.
  llvm::StringSet<> KnownWords;
  std::vector<std::string> Files;
  /// A digest of every file's text, for caches keyed by the configuration.
  std::string Fingerprint;

  /// Reads one vocabulary file and adds it; errors name the file and the entry.
  llvm::Error addFile(llvm::StringRef Path);
  /// The same from text (Path names it in errors).
  llvm::Error addText(llvm::StringRef Text, llvm::StringRef Path);
};

/// The bundled vocabulary file: <models directory>/vocabulary/personal-data.json.
std::string defaultVocabularyFile();

} // namespace piiflow

#endif
