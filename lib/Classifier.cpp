//===--- Classifier.cpp - Deciding from the vocabulary whether a name denotes personal data ---===//
//
// Tokenisation (case, digits, prefixes, synonyms, and splitting concatenated words into the
// vocabulary's words), then the decision: the vocabulary's ordered phrases with their look-alike
// vetoes, the fields a record's kind implies (Card::number), the generic words an owner decides
// (sender_name, Ticket::body, a trait key "name"), and type names as evidence. Every decision
// carries its reason (Classification::Why). The words themselves are in Vocabulary.h's files.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Classifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <cctype>
#include <cstring>

namespace piiflow {
namespace {

std::string evidenceFor(llvm::StringRef Name, NameContext Context, llvm::StringRef Owner) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  switch (Context) {
  case NameContext::Variable:
    OS << "name '" << Name << "'";
    break;
  case NameContext::Field:
    OS << "field '";
    if (!Owner.empty())
      OS << Owner << "::";
    OS << Name << "'";
    break;
  case NameContext::Function:
    OS << "function '" << Name << "'";
    break;
  case NameContext::Key:
  case NameContext::TraitKey:
    OS << "key \"" << Name << "\"";
    break;
  }
  return Out;
}

std::string joined(llvm::ArrayRef<std::string> Tokens) {
  std::string Out;
  for (const std::string &T : Tokens)
    Out += (Out.empty() ? "" : " ") + T;
  return Out;
}

/// The tokens of a name split at case changes, digits and punctuation, lower-cased.
std::vector<std::string> rawTokens(llvm::StringRef NameIn) {
  // Acronyms with a lower-case letter inside would split wrongly: IPv4Address.
  std::string Normalized = NameIn.str();
  for (auto [Acronym, Word] : {std::pair<const char *, const char *>{"IPv4", "Ipv4"},
                                {"IPv6", "Ipv6"},
                                {"IDs", "Ids"}}) {
    size_t Pos;
    while ((Pos = Normalized.find(Acronym)) != std::string::npos)
      Normalized.replace(Pos, std::strlen(Acronym), Word);
  }
  llvm::StringRef Name = Normalized;
  std::vector<std::string> Raw;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Raw.push_back(Current);
    Current.clear();
  };
  auto Lower = [](char C) { return std::islower(static_cast<unsigned char>(C)) != 0; };
  auto Upper = [](char C) { return std::isupper(static_cast<unsigned char>(C)) != 0; };
  auto Digit = [](char C) { return std::isdigit(static_cast<unsigned char>(C)) != 0; };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!std::isalnum(static_cast<unsigned char>(C))) {
      Flush();
      continue;
    }
    if (!Current.empty()) {
      char Prev = Name[I - 1];
      bool Boundary = (Lower(Prev) && Upper(C)) || (Digit(Prev) != Digit(C)) ||
                      (Upper(Prev) && Upper(C) && I + 1 < Name.size() && Lower(Name[I + 1]));
      if (Boundary)
        Flush();
    }
    Current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(C))));
  }
  Flush();
  return Raw;
}

/// Where a phrase stands among the tokens, if it does.
std::optional<std::pair<size_t, size_t>> findSequence(const std::vector<std::string> &Tokens,
                                                      const std::vector<std::string> &Sequence) {
  if (Sequence.empty() || Sequence.size() > Tokens.size())
    return std::nullopt;
  for (size_t I = 0; I + Sequence.size() <= Tokens.size(); ++I)
    if (std::equal(Sequence.begin(), Sequence.end(), Tokens.begin() + I))
      return std::make_pair(I, I + Sequence.size());
  return std::nullopt;
}

llvm::StringRef contextId(NameContext Context) {
  switch (Context) {
  case NameContext::Variable:
    return "variable";
  case NameContext::Field:
    return "field";
  case NameContext::Function:
    return "function";
  case NameContext::Key:
    return "key";
  case NameContext::TraitKey:
    return "trait-key";
  }
  return "variable";
}

bool isIdentifierKind(DataKind Kind) {
  return Kind == DataKind::UserId || Kind == DataKind::DeviceId ||
         Kind == DataKind::GovernmentId || Kind == DataKind::AdvertisingId ||
         Kind == DataKind::InstallationId;
}

} // namespace

Classifier::Classifier() : Words(std::make_shared<Vocabulary>()) {}

llvm::Error Classifier::addVocabularyFile(llvm::StringRef Path) {
  // Classifiers copied from this one keep the vocabulary they were copied with.
  auto Copy = std::make_shared<Vocabulary>(*Words);
  if (llvm::Error E = Copy->addFile(Path))
    return E;
  Words = std::move(Copy);
  return llvm::Error::success();
}

llvm::Error Classifier::addVocabularyList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 4> Paths;
  List.split(Paths, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Paths)
    if (!P.trim().empty())
      if (llvm::Error E = addVocabularyFile(P.trim()))
        return E;
  return llvm::Error::success();
}

llvm::Expected<Classifier> Classifier::withVocabulary(llvm::StringRef List) {
  Classifier C;
  if (llvm::Error E = C.addVocabularyFile(defaultVocabularyFile()))
    return E;
  if (llvm::Error E = C.addVocabularyList(List))
    return E;
  return C;
}

/// Splits a concatenated lower-case word into the fewest vocabulary words ("homephone" ->
/// home, phone); a word the vocabulary knows, or one it keeps whole, stays as it is. An unknown
/// prefix (a product or a namespace: mozillahomestreet, kdemail) may stand before at least two
/// words once synonyms are expanded.
static std::vector<std::string> segment(const Vocabulary &V, const std::string &Token) {
  size_t N = Token.size();
  if (N < 5 || V.KnownWords.contains(Token) || V.KeepWhole.contains(Token) ||
      V.Synonyms.count(Token))
    return {Token};
  auto isWord = [&](llvm::StringRef Piece) {
    return (Piece.size() >= 3 && (V.KnownWords.contains(Piece) || V.Synonyms.count(Piece))) ||
           V.ShortSegments.contains(Piece);
  };
  // Suffix[I]: the fewest words that make up Token[I..N), and where the first of them ends.
  constexpr unsigned None = ~0u;
  constexpr size_t LongestWord = 24;
  std::vector<unsigned> Suffix(N + 1, None), End(N + 1, 0), Tokens(N + 1, 0);
  Suffix[N] = 0;
  for (size_t I = N; I-- > 0;)
    for (size_t J = I + 2; J <= std::min(N, I + LongestWord); ++J) {
      if (Suffix[J] == None || !isWord(llvm::StringRef(Token).slice(I, J)))
        continue;
      if (Suffix[J] + 1 < Suffix[I]) {
        Suffix[I] = Suffix[J] + 1;
        End[I] = static_cast<unsigned>(J);
        auto It = V.Synonyms.find(Token.substr(I, J - I));
        Tokens[I] = Tokens[J] + (It == V.Synonyms.end() ? 1 : It->second.size());
      }
    }
  auto piecesFrom = [&](size_t I) {
    std::vector<std::string> Pieces;
    for (; I < N; I = End[I])
      Pieces.push_back(Token.substr(I, End[I] - I));
    return Pieces;
  };
  if (Suffix[0] != None && Suffix[0] >= 2)
    return piecesFrom(0);
  for (size_t K = 2; K + 5 <= N; ++K)
    if (Suffix[K] != None &&
        (Tokens[K] >= 2 || (Suffix[K] == 1 && V.HeadWords.contains(Token.substr(K))))) {
      std::vector<std::string> Pieces = piecesFrom(K);
      Pieces.insert(Pieces.begin(), Token.substr(0, K));
      return Pieces;
    }
  return {Token};
}

std::vector<std::string> Classifier::tokenize(llvm::StringRef Name, NameContext Context) const {
  const Vocabulary &V = *Words;
  std::vector<std::string> Raw = rawTokens(Name);
  // Hungarian-ish prefixes: m_email, s_userId, g_phone, kEmailKey, szUserName, pchCardHolderName.
  if (Raw.size() > 1 && V.DroppedPrefixes.contains(Raw.front()))
    Raw.erase(Raw.begin());
  // A getter's verb: getEmail, fetchUserId, and a C API's account_get_pass; currentLocation stays.
  if (Context == NameContext::Function)
    for (size_t I = 0; I + 1 < Raw.size() && Raw.size() > 1; ++I)
      if (V.GetterVerbs.contains(Raw[I]))
        Raw.erase(Raw.begin() + I--);
  // Compounds split by case or digits: Sur|Name, ipv|6, U|Id, and a phrase's first word that
  // ends in digits: spo|2, track|2.
  for (size_t I = 0; I + 1 < Raw.size(); ++I) {
    std::string Joined = Raw[I] + Raw[I + 1];
    bool WordWithDigits =
        llvm::all_of(Raw[I + 1], ::isdigit) && V.PhrasesByFirstWord.contains(Joined);
    if (V.Synonyms.count(Joined) || WordWithDigits) {
      Raw[I] = Joined;
      Raw.erase(Raw.begin() + I + 1);
    }
  }
  // Plurals of the nouns the phrases use: usernames, phones, user_ids, addresses.
  auto singular = [&](std::string T) {
    if (T.size() > 2 && T.back() == 's' && !V.Synonyms.count(T)) {
      llvm::StringRef Singular = llvm::StringRef(T).drop_back();
      if (Singular.ends_with("se") && V.Singulars.contains(Singular.drop_back()))
        Singular = Singular.drop_back();
      if (V.Singulars.contains(Singular))
        return Singular.str();
    }
    return T;
  };
  // A synonym's words may be synonyms themselves, once: latlng -> lat lng -> latitude longitude.
  std::vector<std::string> Tokens;
  auto expand = [&](const std::string &T, int Depth, auto &Self) -> void {
    auto It = V.Synonyms.find(T);
    if (It == V.Synonyms.end() || Depth > 1) {
      Tokens.push_back(T);
      return;
    }
    for (const std::string &W : It->second)
      Self(W, Depth + 1, Self);
  };
  for (const std::string &T : Raw) {
    std::vector<std::string> Pieces = segment(V, singular(T));
    for (const std::string &Piece : Pieces)
      expand(Pieces.size() > 1 ? singular(Piece) : Piece, 0, expand);
  }
  return Tokens;
}

namespace {

/// The class of an owner's name: its last word once record suffixes are dropped (UserInfo,
/// customer_record_t, TicketDto).
std::optional<OwnerClass> ownerClassOf(const Vocabulary &V, std::vector<std::string> Tokens) {
  while (Tokens.size() > 1 && V.RecordSuffixes.contains(Tokens.back()))
    Tokens.pop_back();
  if (Tokens.empty())
    return std::nullopt;
  // A thing's or a system's message, user, name is not a person's nor user content: LogMessage,
  // SystemUser, ErrorMessage.
  if (Tokens.size() > 1 && !V.DeviceOwners.contains(Tokens.back()) &&
      !V.NetworkOwners.contains(Tokens.back())) {
    const std::string &Before = Tokens[Tokens.size() - 2];
    if (V.ThingOwners.contains(Before) || V.ForeignBefore.contains(Before) ||
        V.ConstantBefore.contains(Before))
      return std::nullopt;
  }
  for (OwnerClass C : {OwnerClass::Person, OwnerClass::Content, OwnerClass::Device,
                       OwnerClass::Network})
    if (V.ownersOf(C).contains(Tokens.back()))
      return C;
  return std::nullopt;
}

llvm::StringRef ownerPhrase(OwnerClass C) {
  switch (C) {
  case OwnerClass::Person:
    return "a person";
  case OwnerClass::Content:
    return "user content";
  case OwnerClass::Device:
    return "a device";
  case OwnerClass::Network:
    return "a network peer";
  case OwnerClass::Key:
    break;
  }
  return "a key";
}

/// The look-alike markers in the name that did not decide: shown as what argued against.
std::string lostLookAlikes(const Vocabulary &V, const std::vector<std::string> &Tokens,
                           size_t PhraseBegin, size_t PhraseEnd) {
  std::string Out;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    if (I >= PhraseBegin && I < PhraseEnd)
      continue;
    if (V.After.contains(Tokens[I]) || V.ForeignBefore.contains(Tokens[I]))
      Out += (Out.empty() ? "" : ", ") + ("'" + Tokens[I] + "'");
  }
  return Out.empty() ? Out : "; against: look-alike " + Out + " (not the head noun)";
}

/// Whether a phrase of another kind than Kind ends the name after the token at End, with no
/// complement between them: the head noun is the last (remote_addr_city is a city, not an IP
/// address; player_name_by_steam_id stays a name).
bool endsWithAnotherHead(const Vocabulary &V, const std::vector<std::string> &Tokens,
                         llvm::ArrayRef<Vocabulary::PhrasePlace> Candidates, DataKind Kind,
                         size_t End) {
  return llvm::any_of(Candidates, [&](Vocabulary::PhrasePlace Other) {
    const Vocabulary::PhraseGroup &OtherGroup = V.Phrases[Other.first];
    const TokenSequence &Head = OtherGroup.Phrases[Other.second];
    if (OtherGroup.Kind == Kind || Head.size() > Tokens.size() - End ||
        !std::equal(Head.begin(), Head.end(), Tokens.end() - Head.size()))
      return false;
    return llvm::none_of(llvm::ArrayRef(Tokens).slice(End, Tokens.size() - Head.size() - End),
                         [&](const std::string &T) {
                           return V.ComplementStarts.contains(T) ||
                                  V.ArgumentMarkers.contains(T);
                         });
  });
}

} // namespace

std::optional<Classification> Classifier::classify(llvm::StringRef Name, NameContext Context,
                                                   llvm::StringRef OwnerRecord) const {
  const Vocabulary &V = *Words;
  std::vector<std::string> Tokens = tokenize(Name, Context);
  // How the name was read, said only when a kind is decided and only if it differs from the
  // name's own words: 'kdnr' read as 'customer number'.
  std::vector<std::string> ReadAs;
  if (Context == NameContext::Key || Context == NameContext::TraitKey)
    ReadAs = Tokens; // before the record fillers are dropped below
  auto withReading = [&](std::optional<Classification> C) {
    const std::vector<std::string> &Read = ReadAs.empty() ? Tokens : ReadAs;
    if (C && joined(Read) != joined(rawTokens(Name)))
      C->Why += "; '" + Name.str() + "' read as '" + joined(Read) + "'";
    return C;
  };
  auto decided = [&](DataKind Kind, std::string Why) {
    return withReading(Classification{Kind, evidenceFor(Name, Context, OwnerRecord), Why});
  };
  for (const auto &[Sequence, Kind] : ExtraNames)
    if (findSequence(Tokens, Sequence))
      return decided(Kind, "the project's extra name '" + joined(Sequence) + "'");
  // Telemetry keys nest their fields in records: UserInfo.MsaId, DeviceInfo.Id.
  if (Context == NameContext::Key || Context == NameContext::TraitKey)
    llvm::erase_if(Tokens, [&](const std::string &T) { return V.KeyFillers.contains(T); });
  if (Tokens.empty())
    return std::nullopt;
  if (V.First.contains(Tokens.front()) && Tokens.size() > 1)
    return std::nullopt;

  // Only the phrases that start with a word of the name can match; they are tried in the
  // vocabulary's order, as if every phrase were.
  std::vector<Vocabulary::PhrasePlace> Candidates;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    if (llvm::is_contained(llvm::ArrayRef(Tokens).take_front(I), Tokens[I]))
      continue;
    auto It = V.PhrasesByFirstWord.find(Tokens[I]);
    if (It != V.PhrasesByFirstWord.end())
      Candidates.insert(Candidates.end(), It->second.begin(), It->second.end());
  }
  llvm::sort(Candidates);
  bool Vetoed = false;
  for (auto [GroupIndex, PhraseIndex] : Candidates) {
    const Vocabulary::PhraseGroup &G = V.Phrases[GroupIndex];
    const TokenSequence &Phrase = G.Phrases[PhraseIndex];
    std::optional<std::pair<size_t, size_t>> At = findSequence(Tokens, Phrase);
    if (!At || (G.Qualified && At->first == 0))
      continue;
    // The head noun decides: a marker after the phrase makes the name about the data, not
    // the data (email_template_id, phone_country_code, password_generator).
    bool IdOfSomethingElse = false;
    for (size_t I = At->second; I < Tokens.size(); ++I) {
      if (V.ComplementStarts.contains(Tokens[I]))
        break; // player_name_by_steam_id: what follows qualifies the head
      if (G.Keeps.contains(Tokens[I]))
        continue;
      if (V.After.contains(Tokens[I]))
        return std::nullopt;
      IdOfSomethingElse |= Tokens[I] == "id" && !isIdentifierKind(G.Kind);
    }
    // An id after a phrase of another kind is that thing's id (email_id of a row), unless a
    // longer phrase names it: my_login_id is a login id, not a login.
    if (IdOfSomethingElse) {
      Vetoed = true;
      continue;
    }
    // The head noun is the last: remote_addr_city is a city.
    if (endsWithAnotherHead(V, Tokens, Candidates, G.Kind, At->second))
      continue;
    // A name of a thing is no person's: app_display_name, room_alias_name. Nor is a group's
    // protocol address, unless the phrase names its person: room_jid, lobby_steam_id, but
    // room_user_id.
    bool NamesItsPerson = llvm::any_of(
        Phrase, [&](const std::string &T) { return V.PersonOwners.contains(T); });
    if (At->first > 0) {
      const std::string &Before = Tokens[At->first - 1];
      if (((G.Kind == DataKind::PersonName || G.Kind == DataKind::Username) &&
           V.ThingOwners.contains(Before)) ||
          (G.Kind == DataKind::UserId && !NamesItsPerson && V.GroupOwners.contains(Before)))
        return std::nullopt;
    }
    // A phrase after "by" or "with" is what the value is found by or done with, not the
    // value: InviteFriendByEmail, users_by_phone, PurchaseWithMachineID.
    if (llvm::any_of(llvm::ArrayRef(Tokens).take_front(At->first),
                     [&](const std::string &T) { return V.ArgumentMarkers.contains(T); }))
      continue;
    // A qualifier before it may make it someone else's or no value at all (bot_username,
    // need_email_address); a secret stays a secret whoever's it is (proxy_password).
    for (size_t I = 0; I < At->first; ++I)
      if ((I == 0 && V.First.contains(Tokens[I])) || V.ConstantBefore.contains(Tokens[I]) ||
          (G.Kind != DataKind::Credential && V.ForeignBefore.contains(Tokens[I])))
        return std::nullopt;
    // A phrase of a group bound to some contexts says nothing elsewhere: a variable named
    // hostname is mostly the server's.
    if (!G.Contexts.empty() && !llvm::is_contained(G.Contexts, contextId(Context))) {
      Vetoed = true; // unless another phrase of the name decides: nas_mobile_identity_imeisv
      continue;
    }
    return decided(G.Kind, "vocabulary phrase \"" + joined(Phrase) + "\" (" +
                               dataKindId(G.Kind).str() + ")" +
                               lostLookAlikes(V, Tokens, At->first, At->second));
  }
  if (Vetoed)
    return std::nullopt;
  std::vector<std::string> OwnerTokens;
  if (!OwnerRecord.empty())
    OwnerTokens = tokenize(OwnerRecord, NameContext::Variable);
  if (Context == NameContext::Field || Context == NameContext::Function)
    if (std::optional<Classification> C =
            classifyByOwnerRecord(Tokens, Name, Context, OwnerRecord, OwnerTokens))
      return C;
  for (const std::string &T : Tokens)
    if (V.After.contains(T))
      return std::nullopt;
  return withReading(classifyGenericWord(Tokens, Name, Context, OwnerRecord, OwnerTokens));
}

/// Generic field names that the owning record makes personal: Card::number, Address::zip.
std::optional<Classification>
Classifier::classifyByOwnerRecord(const std::vector<std::string> &Tokens, llvm::StringRef Name,
                                  NameContext Context, llvm::StringRef Owner,
                                  const std::vector<std::string> &OwnerTokens) const {
  const Vocabulary &V = *Words;
  for (const Vocabulary::OwnerField &F : V.OwnerFields) {
    auto OwnerWord = llvm::find_if(OwnerTokens, [&](const std::string &T) {
      return F.OwnerTokens.contains(T);
    });
    if (OwnerWord == OwnerTokens.end() || Tokens.size() < F.MinTokens)
      continue;
    bool AllFieldWords = llvm::all_of(Tokens, [&](const std::string &T) {
      return F.Words.contains(T) || llvm::all_of(T, ::isdigit);
    });
    if (AllFieldWords)
      return Classification{F.Kind, evidenceFor(Name, Context, Owner),
                            "'" + joined(Tokens) + "' of a record named for '" + *OwnerWord +
                                "' (" + dataKindId(F.Kind).str() + ")"};
  }
  return std::nullopt;
}

/// A generic word ("name", "id", "body") takes its kind from its owner: the word before it in
/// the name (sender_name, ticket_body), the record or object it belongs to (Contact::name,
/// comment->text()), or a key of user traits.
std::optional<Classification>
Classifier::classifyGenericWord(const std::vector<std::string> &TokensIn, llvm::StringRef Name,
                                NameContext Context, llvm::StringRef Owner,
                                const std::vector<std::string> &OwnerTokens) const {
  const Vocabulary &V = *Words;
  std::optional<OwnerClass> Around;
  std::string AroundWhy;
  if (Context == NameContext::TraitKey) {
    Around = OwnerClass::Person;
    AroundWhy = "a key of the user's traits";
  } else if (!Owner.empty() && Context != NameContext::Key) {
    Around = ownerClassOf(V, OwnerTokens);
    AroundWhy = "owner '" + Owner.str() + "'";
  }
  bool IsKey = Context == NameContext::Key || Context == NameContext::TraitKey;
  // The generic word may be followed by a record suffix: address_info, name_data.
  std::vector<std::string> Head(TokensIn);
  while (Head.size() > 1 && V.RecordSuffixes.contains(Head.back()))
    Head.pop_back();
  const std::vector<std::string> &Tokens = Head;
  for (const Vocabulary::OwnerWord &W : V.OwnerWords)
    for (const TokenSequence &Word : W.Words) {
      std::string Why; // said after the word, once it decides
      // The owner after the word, as Romance languages write it: nom_patient, id_cliente,
      // nome_do_cliente, name_of_physician.
      size_t Complement = Tokens.size() == Word.size() + 2 &&
                                  V.ComplementStarts.contains(Tokens[Word.size()])
                              ? 1
                              : 0;
      if (W.Owner != OwnerClass::Key && Tokens.size() == Word.size() + 1 + Complement &&
          std::equal(Word.begin(), Word.end(), Tokens.begin()) &&
          V.ownersOf(W.Owner).contains(Tokens.back()) && !V.NotInName.contains(Tokens.back()))
        return Classification{W.Kind, evidenceFor(Name, Context, Owner),
                              "generic word '" + joined(Word) + "' of '" + Tokens.back() + "', " +
                                  ownerPhrase(W.Owner).str() + " (" +
                                  dataKindId(W.Kind).str() + ")"};
      if (Word.size() > Tokens.size() ||
          !std::equal(Word.begin(), Word.end(), Tokens.end() - Word.size()))
        continue;
      size_t At = Tokens.size() - Word.size();
      if (At == 0) {
        // The whole name is the generic word: the owner around it decides.
        if (W.Owner == OwnerClass::Key ? !IsKey : (!Around || *Around != W.Owner))
          continue;
        Why += W.Owner == OwnerClass::Key ? "as an analytics key"
                                          : "on " + ownerPhrase(W.Owner).str() + ": " + AroundWhy;
      } else {
        // The word before it owns it: sender_name, ticket_body, patient_age.
        if (W.Owner == OwnerClass::Key)
          continue;
        const std::string &OwnerWord = Tokens[At - 1];
        const llvm::StringSet<> &Owners = V.ownersOf(W.Owner);
        bool OwnedInName = Owners.contains(OwnerWord) && !V.NotInName.contains(OwnerWord);
        // Or a modifier on a generic word of an owner around it: Addressee::formattedName.
        bool Modified = !OwnedInName && W.Modifiable && Around && *Around == W.Owner &&
                        llvm::none_of(llvm::ArrayRef(Tokens).take_front(At),
                                      [&](const std::string &T) {
                                        return V.ThingOwners.contains(T) ||
                                               (V.KnownWords.contains(T) &&
                                                !V.SegmentWords.contains(T) &&
                                                !V.PersonOwners.contains(T));
                                      });
        if (!OwnedInName && !Modified)
          continue;
        bool Vetoed = false;
        for (size_t I = 0; I < (OwnedInName ? At - 1 : At); ++I)
          Vetoed |= V.ForeignBefore.contains(Tokens[I]) || V.ConstantBefore.contains(Tokens[I]) ||
                    (I == 0 && V.First.contains(Tokens[I]));
        if (Vetoed)
          return std::nullopt;
        Why += OwnedInName ? "of '" + OwnerWord + "', " + ownerPhrase(W.Owner).str()
                           : "on " + ownerPhrase(W.Owner).str() + ": " + AroundWhy;
      }
      return Classification{W.Kind, evidenceFor(Name, Context, Owner),
                            "generic word '" + joined(Word) + "' " + Why + " (" +
                                dataKindId(W.Kind).str() + ")"};
    }
  return std::nullopt;
}

std::optional<Classification> Classifier::classifyTypeName(llvm::StringRef QualifiedName,
                                                           llvm::StringRef VariableName) const {
  const Vocabulary &V = *Words;
  llvm::StringRef Plain = QualifiedName.rsplit("::").second;
  if (Plain.empty())
    Plain = QualifiedName;
  for (const Vocabulary::TypeEvidence &T : V.Types) {
    bool Qualified = llvm::StringRef(T.Name).contains("::");
    if (Qualified ? T.Name != QualifiedName : T.Name != Plain)
      continue;
    if (!VariableName.empty())
      for (const std::string &W : tokenize(VariableName, NameContext::Variable))
        if (V.TypeVetoes.contains(W))
          return std::nullopt;
    return Classification{T.Kind, "type '" + QualifiedName.str() + "'",
                          "vocabulary type '" + T.Name + "' (" + dataKindId(T.Kind).str() + ")"};
  }
  return std::nullopt;
}

bool Classifier::typeCanHold(TypeCategory Category, DataKind Kind) const {
  const char *Name = nullptr;
  switch (Category) {
  case TypeCategory::Other:
    return true;
  case TypeCategory::Bool:
    Name = "bool";
    break;
  case TypeCategory::Enum:
    Name = "enum";
    break;
  case TypeCategory::Integer:
    Name = "integer";
    break;
  case TypeCategory::Floating:
    Name = "floating";
    break;
  case TypeCategory::Duration:
    Name = "duration";
    break;
  case TypeCategory::Size:
    Name = "size";
    break;
  }
  auto It = Words->TypeKinds.find(Name);
  return It == Words->TypeKinds.end() || llvm::is_contained(It->second, Kind);
}

llvm::Error Classifier::addExtraNames(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 4> Entries;
  Text.split(Entries, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    auto [Name, KindText] = Entry.split('=');
    std::optional<DataKind> Kind = parseDataKind(KindText.trim());
    std::vector<std::string> Tokens = tokenize(Name.trim(), NameContext::Key);
    if (Tokens.empty() || !Kind)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "extra name '%s': expected <name>=<kind> with a known kind",
                                     Entry.str().c_str());
    ExtraNames.emplace_back(std::move(Tokens), *Kind);
  }
  return llvm::Error::success();
}

} // namespace piiflow
