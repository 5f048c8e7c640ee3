//===--- Vocabulary.cpp - Reading and checking vocabulary files -------------------------------===//
//
// See Vocabulary.h. The checks follow models/vocabulary/schema.json: every member has its type,
// every kind is known, no member is unknown (a misspelt member would be lost in silence). An error
// names the file, the line of the offending entry when it can be found, and the entry's path.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Vocabulary.h"
#include "piiflow/InstallLayout.h"
#include "piiflow/JsonInput.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

namespace piiflow {

using nlohmann::json;

std::string defaultVocabularyFile() {
  llvm::SmallString<256> Path(installedModelsDirectory());
  llvm::sys::path::append(Path, "vocabulary", "personal-data.json");
  return std::string(Path);
}

namespace {

/// "a b c" -> {"a", "b", "c"}: phrases are written as lower-case words separated by spaces.
TokenSequence words(llvm::StringRef Phrase) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Phrase.split(Parts, ' ', -1, /*KeepEmpty=*/false);
  TokenSequence Out;
  for (llvm::StringRef P : Parts)
    Out.push_back(P.lower());
  return Out;
}

/// Reads one file's members into a Vocabulary, with errors that say where.
class FileReader {
public:
  FileReader(Vocabulary &V, llvm::StringRef Text, llvm::StringRef Path)
      : V(V), Text(Text), Path(Path) {}

  llvm::Error read(const json &Root);

private:
  Vocabulary &V;
  llvm::StringRef Text, Path;

  /// An error at the first place Needle is written in the file (its line), naming Where.
  llvm::Error fail(const std::string &Where, const std::string &Message,
                   llvm::StringRef Needle = {}) {
    size_t Offset = Needle.empty() ? llvm::StringRef::npos : Text.find(("\"" + Needle + "\"").str());
    if (Offset == llvm::StringRef::npos)
      Offset = 0;
    return jsonErrorAt(Path, Text, Offset, "vocabulary " + Where + ": " + Message);
  }
  llvm::Expected<DataKind> kindAt(const json &J, const std::string &Where) {
    if (!J.is_string())
      return fail(Where, "expected a kind id");
    std::optional<DataKind> Kind = parseDataKind(J.get<std::string>());
    if (!Kind)
      return fail(Where, "unknown kind '" + J.get<std::string>() + "'", J.get<std::string>());
    return *Kind;
  }
  llvm::Error strings(const json &J, const std::string &Where, std::vector<std::string> &Out) {
    if (!J.is_array())
      return fail(Where, "expected an array of strings");
    for (size_t I = 0; I < J.size(); ++I) {
      if (!J[I].is_string() || J[I].get<std::string>().empty())
        return fail(Where + "[" + std::to_string(I) + "]", "expected a non-empty string");
      Out.push_back(J[I].get<std::string>());
    }
    return llvm::Error::success();
  }
  llvm::Error wordSet(const json &J, const std::string &Where, llvm::StringSet<> &Out) {
    std::vector<std::string> List;
    if (llvm::Error E = strings(J, Where, List))
      return E;
    for (const std::string &S : List)
      Out.insert(llvm::StringRef(S).lower());
    return llvm::Error::success();
  }
  llvm::Error onlyMembers(const json &J, const std::string &Where,
                          std::initializer_list<const char *> Allowed) {
    if (!J.is_object())
      return fail(Where, "expected an object");
    for (auto It = J.begin(); It != J.end(); ++It)
      if (!llvm::any_of(Allowed, [&](const char *A) { return It.key() == A; }))
        return fail(Where, "unknown member '" + It.key() + "'", It.key());
    return llvm::Error::success();
  }
  llvm::Error phrases(const json &J);
  llvm::Error lookAlikes(const json &J);
  llvm::Error owners(const json &J);
  llvm::Error ownerWords(const json &J);
  llvm::Error ownerFields(const json &J);
  llvm::Error types(const json &J);
};

llvm::Error FileReader::phrases(const json &J) {
  if (!J.is_array())
    return fail("phrases", "expected an array of groups");
  std::vector<Vocabulary::PhraseGroup> Groups;
  for (size_t I = 0; I < J.size(); ++I) {
    std::string Where = "phrases[" + std::to_string(I) + "]";
    if (llvm::Error E = onlyMembers(J[I], Where, {"kind", "phrases", "contexts", "keeps", "qualified", "note"}))
      return E;
    Vocabulary::PhraseGroup G;
    G.File = Path.str();
    if (!J[I].contains("kind") || !J[I].contains("phrases"))
      return fail(Where, "a group needs 'kind' and 'phrases'");
    auto Kind = kindAt(J[I]["kind"], Where + ".kind");
    if (!Kind)
      return Kind.takeError();
    G.Kind = *Kind;
    std::vector<std::string> List;
    if (llvm::Error E = strings(J[I]["phrases"], Where + ".phrases", List))
      return E;
    for (const std::string &P : List)
      G.Phrases.push_back(words(P));
    // Within a kind the longest phrase decides first: "email id" before "email".
    std::stable_sort(G.Phrases.begin(), G.Phrases.end(),
                     [](const TokenSequence &A, const TokenSequence &B) {
                       return A.size() > B.size();
                     });
    if (J[I].contains("contexts")) {
      if (llvm::Error E = strings(J[I]["contexts"], Where + ".contexts", G.Contexts))
        return E;
      for (const std::string &C : G.Contexts)
        if (!llvm::is_contained({"variable", "field", "function", "key", "trait-key"}, C))
          return fail(Where + ".contexts", "unknown context '" + C + "'", C);
    }
    if (J[I].contains("keeps"))
      if (llvm::Error E = wordSet(J[I]["keeps"], Where + ".keeps", G.Keeps))
        return E;
    if (J[I].contains("qualified")) {
      if (!J[I]["qualified"].is_boolean())
        return fail(Where + ".qualified", "expected true or false");
      G.Qualified = J[I]["qualified"].get<bool>();
    }
    Groups.push_back(std::move(G));
  }
  // A project's phrases are read before the bundled ones: its words decide first.
  V.Phrases.insert(V.Phrases.begin(), std::make_move_iterator(Groups.begin()),
                   std::make_move_iterator(Groups.end()));
  return llvm::Error::success();
}

llvm::Error FileReader::lookAlikes(const json &J) {
  if (llvm::Error E = onlyMembers(J, "lookAlikes",
                                  {"after", "first", "foreignBefore", "constantBefore",
                                   "droppedPrefixes", "getterVerbs", "keyFillers", "singulars",
                                   "complementStarts", "argumentMarkers"}))
    return E;
  std::pair<const char *, llvm::StringSet<> *> Lists[] = {
      {"after", &V.After},           {"first", &V.First},
      {"foreignBefore", &V.ForeignBefore}, {"constantBefore", &V.ConstantBefore},
      {"droppedPrefixes", &V.DroppedPrefixes}, {"getterVerbs", &V.GetterVerbs},
      {"keyFillers", &V.KeyFillers}, {"singulars", &V.Singulars},
      {"complementStarts", &V.ComplementStarts}, {"argumentMarkers", &V.ArgumentMarkers}};
  for (auto &[Name, Set] : Lists)
    if (J.contains(Name))
      if (llvm::Error E = wordSet(J[Name], std::string("lookAlikes.") + Name, *Set))
        return E;
  return llvm::Error::success();
}

llvm::Error FileReader::owners(const json &J) {
  if (llvm::Error E = onlyMembers(J, "owners",
                                  {"person", "recordSuffixes", "content", "thing", "notInName",
                                   "device", "network", "groups"}))
    return E;
  std::pair<const char *, llvm::StringSet<> *> Lists[] = {{"person", &V.PersonOwners},
                                                         {"recordSuffixes", &V.RecordSuffixes},
                                                         {"content", &V.ContentOwners},
                                                         {"thing", &V.ThingOwners},
                                                         {"notInName", &V.NotInName},
                                                         {"device", &V.DeviceOwners},
                                                         {"network", &V.NetworkOwners},
                                                         {"groups", &V.GroupOwners}};
  for (auto &[Name, Set] : Lists)
    if (J.contains(Name))
      if (llvm::Error E = wordSet(J[Name], std::string("owners.") + Name, *Set))
        return E;
  return llvm::Error::success();
}

llvm::Error FileReader::ownerWords(const json &J) {
  if (!J.is_array())
    return fail("ownerWords", "expected an array");
  for (size_t I = 0; I < J.size(); ++I) {
    std::string Where = "ownerWords[" + std::to_string(I) + "]";
    if (llvm::Error E = onlyMembers(J[I], Where, {"owner", "kind", "words", "modifiable"}))
      return E;
    Vocabulary::OwnerWord W;
    const json &OwnerJson = J[I].value("owner", json());
    std::string Owner = OwnerJson.is_string() ? OwnerJson.get<std::string>() : "";
    if (Owner == "person")
      W.Owner = OwnerClass::Person;
    else if (Owner == "content")
      W.Owner = OwnerClass::Content;
    else if (Owner == "device")
      W.Owner = OwnerClass::Device;
    else if (Owner == "network")
      W.Owner = OwnerClass::Network;
    else if (Owner == "key")
      W.Owner = OwnerClass::Key;
    else
      return fail(Where + ".owner",
                  "expected \"person\", \"content\", \"device\", \"network\" or \"key\"", Owner);
    auto Kind = kindAt(J[I].value("kind", json()), Where + ".kind");
    if (!Kind)
      return Kind.takeError();
    W.Kind = *Kind;
    std::vector<std::string> List;
    if (llvm::Error E = strings(J[I].value("words", json()), Where + ".words", List))
      return E;
    for (const std::string &S : List)
      W.Words.push_back(words(S));
    if (J[I].contains("modifiable")) {
      if (!J[I]["modifiable"].is_boolean())
        return fail(Where + ".modifiable", "expected true or false");
      W.Modifiable = J[I]["modifiable"].get<bool>();
    }
    V.OwnerWords.push_back(std::move(W));
  }
  return llvm::Error::success();
}

llvm::Error FileReader::ownerFields(const json &J) {
  if (!J.is_array())
    return fail("ownerFields", "expected an array");
  for (size_t I = 0; I < J.size(); ++I) {
    std::string Where = "ownerFields[" + std::to_string(I) + "]";
    if (llvm::Error E = onlyMembers(J[I], Where, {"owner", "kind", "words", "minTokens"}))
      return E;
    Vocabulary::OwnerField F;
    if (llvm::Error E = wordSet(J[I].value("owner", json()), Where + ".owner", F.OwnerTokens))
      return E;
    auto Kind = kindAt(J[I].value("kind", json()), Where + ".kind");
    if (!Kind)
      return Kind.takeError();
    F.Kind = *Kind;
    if (llvm::Error E = wordSet(J[I].value("words", json()), Where + ".words", F.Words))
      return E;
    if (J[I].contains("minTokens")) {
      if (!J[I]["minTokens"].is_number_unsigned())
        return fail(Where + ".minTokens", "expected a positive integer");
      F.MinTokens = J[I]["minTokens"].get<unsigned>();
    }
    V.OwnerFields.push_back(std::move(F));
  }
  return llvm::Error::success();
}

llvm::Error FileReader::types(const json &J) {
  if (!J.is_array())
    return fail("types", "expected an array");
  for (size_t I = 0; I < J.size(); ++I) {
    std::string Where = "types[" + std::to_string(I) + "]";
    if (llvm::Error E = onlyMembers(J[I], Where, {"kind", "names"}))
      return E;
    auto Kind = kindAt(J[I].value("kind", json()), Where + ".kind");
    if (!Kind)
      return Kind.takeError();
    std::vector<std::string> Names;
    if (llvm::Error E = strings(J[I].value("names", json()), Where + ".names", Names))
      return E;
    for (std::string &N : Names)
      V.Types.push_back({std::move(N), *Kind});
  }
  return llvm::Error::success();
}

llvm::Error FileReader::read(const json &Root) {
  if (llvm::Error E = onlyMembers(Root, "file",
                                  {"$schema", "vocabulary", "description", "phrases", "synonyms",
                                   "segmentWords", "shortSegments", "keepWhole", "headWords",
                                   "lookAlikes",
                                   "owners", "ownerWords", "ownerFields", "types", "typeVetoes",
                                   "typeKinds"}))
    return E;
  if (!Root.contains("vocabulary") || Root["vocabulary"] != 1)
    return fail("file", "expected \"vocabulary\": 1 (the format's version)");
  if (Root.contains("phrases"))
    if (llvm::Error E = phrases(Root["phrases"]))
      return E;
  if (Root.contains("synonyms")) {
    if (!Root["synonyms"].is_object())
      return fail("synonyms", "expected an object of word: \"replacement words\"");
    for (auto It = Root["synonyms"].begin(); It != Root["synonyms"].end(); ++It) {
      if (!It.value().is_string() || words(It.value().get<std::string>()).empty())
        return fail("synonyms." + It.key(), "expected the words it stands for", It.key());
      V.Synonyms[llvm::StringRef(It.key()).lower()] = words(It.value().get<std::string>());
    }
  }
  std::pair<const char *, llvm::StringSet<> *> Sets[] = {{"segmentWords", &V.SegmentWords},
                                                        {"shortSegments", &V.ShortSegments},
                                                        {"keepWhole", &V.KeepWhole},
                                                        {"headWords", &V.HeadWords},
                                                        {"typeVetoes", &V.TypeVetoes}};
  for (auto &[Name, Set] : Sets)
    if (Root.contains(Name))
      if (llvm::Error E = wordSet(Root[Name], Name, *Set))
        return E;
  if (Root.contains("lookAlikes"))
    if (llvm::Error E = lookAlikes(Root["lookAlikes"]))
      return E;
  if (Root.contains("owners"))
    if (llvm::Error E = owners(Root["owners"]))
      return E;
  if (Root.contains("ownerWords"))
    if (llvm::Error E = ownerWords(Root["ownerWords"]))
      return E;
  if (Root.contains("ownerFields"))
    if (llvm::Error E = ownerFields(Root["ownerFields"]))
      return E;
  if (Root.contains("types"))
    if (llvm::Error E = types(Root["types"]))
      return E;
  if (Root.contains("typeKinds")) {
    const json &K = Root["typeKinds"];
    if (llvm::Error E = onlyMembers(K, "typeKinds",
                                    {"bool", "enum", "integer", "floating", "duration", "size"}))
      return E;
    for (auto It = K.begin(); It != K.end(); ++It) {
      std::vector<std::string> Ids;
      if (llvm::Error E = strings(It.value(), "typeKinds." + It.key(), Ids))
        return E;
      std::vector<DataKind> Kinds;
      for (const std::string &Id : Ids) {
        auto Kind = kindAt(Id, "typeKinds." + It.key());
        if (!Kind)
          return Kind.takeError();
        Kinds.push_back(*Kind);
      }
      V.TypeKinds[It.key()] = std::move(Kinds);
    }
  }
  return llvm::Error::success();
}

void addWords(llvm::StringSet<> &Known, const TokenSequence &Words) {
  for (const std::string &W : Words)
    Known.insert(W);
}

} // namespace

const llvm::StringSet<> &Vocabulary::ownersOf(OwnerClass C) const {
  static const llvm::StringSet<> None;
  switch (C) {
  case OwnerClass::Person:
    return PersonOwners;
  case OwnerClass::Content:
    return ContentOwners;
  case OwnerClass::Device:
    return DeviceOwners;
  case OwnerClass::Network:
    return NetworkOwners;
  case OwnerClass::Key:
    break;
  }
  return None;
}

llvm::Error Vocabulary::addText(llvm::StringRef Text, llvm::StringRef Path) {
  if (llvm::Error E = checkJsonNesting(Text, Path, 64))
    return E;
  json Root = json::parse(Text.begin(), Text.end(), nullptr, /*allow_exceptions=*/false);
  if (Root.is_discarded())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: invalid JSON in vocabulary file", Path.str().c_str());
  // The reader checks each member's type before it reads it; a type it did not foresee is still
  // an error that names the file, never an exception out of the analysis.
  try {
    if (llvm::Error E = FileReader(*this, Text, Path).read(Root))
      return E;
  } catch (const json::exception &X) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: vocabulary file: %s",
                                   Path.str().c_str(), jsonExceptionMessage(X.what()).c_str());
  }
  Files.push_back(Path.str());
  Fingerprint += llvm::utohexstr(llvm::xxh3_64bits(Text)) + ";";
  // The words a concatenated name may be split into, and the phrases by their first word.
  PhrasesByFirstWord.clear();
  for (unsigned GroupIndex = 0; GroupIndex < Phrases.size(); ++GroupIndex)
    for (unsigned PhraseIndex = 0; PhraseIndex < Phrases[GroupIndex].Phrases.size();
         ++PhraseIndex) {
      const TokenSequence &P = Phrases[GroupIndex].Phrases[PhraseIndex];
      addWords(KnownWords, P);
      if (!P.empty())
        PhrasesByFirstWord[P.front()].emplace_back(GroupIndex, PhraseIndex);
    }
  for (const auto &S : Synonyms) {
    KnownWords.insert(S.getKey());
    addWords(KnownWords, S.getValue());
  }
  for (const llvm::StringSet<> *Set :
       {&SegmentWords, &After, &PersonOwners, &ContentOwners, &ThingOwners, &ForeignBefore,
        &DeviceOwners, &NetworkOwners})
    for (const auto &W : *Set)
      KnownWords.insert(W.getKey());
  for (const OwnerWord &W : OwnerWords)
    for (const TokenSequence &S : W.Words)
      addWords(KnownWords, S);
  return llvm::Error::success();
}

llvm::Error Vocabulary::addFile(llvm::StringRef Path) {
  auto Buffer = readBoundedFile(Path.str(), "vocabulary file");
  if (!Buffer)
    return Buffer.takeError();
  return addText((*Buffer)->getBuffer(), Path);
}

} // namespace piiflow
