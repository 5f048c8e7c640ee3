//===--- VocabularyTest.cpp - Unit tests of the vocabulary and the evidence it gives ----------===//
//
// The mechanisms of issue 22 one by one, each with a negative beside its positive: splitting
// concatenated names, other languages, owners that decide generic words, types as evidence and as
// vetoes, the new kinds and their policy defaults, explanations, and the errors of a vocabulary
// file that breaks the format.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Classifier.h"
#include "piiflow/Policy.h"
#include "BundledClassifier.h"
#include <gtest/gtest.h>

using namespace piiflow;
using piiflow::test::bundled;
using piiflow::test::kindOf;

namespace {

using Tokens = std::vector<std::string>;

TEST(VocabularyTest, SplitsConcatenatedNamesIntoItsWords) {
  EXPECT_EQ(bundled().tokenize("homephone", NameContext::Variable), (Tokens{"home", "phone"}));
  EXPECT_EQ(bundled().tokenize("steamid64", NameContext::Variable),
            (Tokens{"steam", "id", "64"}));
  EXPECT_EQ(bundled().tokenize("bareJid", NameContext::Variable), (Tokens{"bare", "jid"}));
  EXPECT_EQ(bundled().tokenize("emailaddr", NameContext::Variable), (Tokens{"email", "address"}));
  EXPECT_EQ(bundled().tokenize("mozillahomestreet", NameContext::Key),
            (Tokens{"mozilla", "home", "street"}));
  // Words kept whole, and words that are not all vocabulary.
  EXPECT_EQ(bundled().tokenize("microphone", NameContext::Variable), (Tokens{"microphone"}));
  EXPECT_EQ(bundled().tokenize("geoip", NameContext::Variable), (Tokens{"geoip"}));
  EXPECT_EQ(bundled().tokenize("ipad", NameContext::Variable), (Tokens{"ipad"}));
  EXPECT_EQ(kindOf("homephone"), DataKind::Phone);
  EXPECT_EQ(kindOf("microphone"), std::nullopt);
  EXPECT_EQ(kindOf("linphone"), std::nullopt);
}

TEST(VocabularyTest, ReadsOtherLanguages) {
  EXPECT_EQ(kindOf("benutzername"), DataKind::Username);
  EXPECT_EQ(kindOf("courriel"), DataKind::Email);
  EXPECT_EQ(kindOf("correo_electronico"), DataKind::Email);
  EXPECT_EQ(kindOf("telefone"), DataKind::Phone);
  EXPECT_EQ(kindOf("cognome"), DataKind::PersonName);
  EXPECT_EQ(kindOf("fecha_nacimiento"), DataKind::DateOfBirth);
  EXPECT_EQ(kindOf("passwort"), DataKind::Credential);
  EXPECT_EQ(kindOf("codice_fiscale"), DataKind::GovernmentId);
  // A French count, a German word that is no personal data.
  EXPECT_EQ(kindOf("nombre_joueurs"), std::nullopt);
  EXPECT_EQ(kindOf("dateiname"), std::nullopt);
}

TEST(VocabularyTest, RecognisesIdsOfPlatformsDocumentsAndTelecom) {
  for (llvm::StringRef Name : {"xuid", "steamId64", "bareJid", "mxid", "psn_account_id", "imsi"})
    EXPECT_EQ(kindOf(Name), DataKind::UserId) << Name.str();
  for (llvm::StringRef Name : {"gamertag", "personaName", "userPrincipalName"})
    EXPECT_EQ(kindOf(Name), DataKind::Username) << Name.str();
  for (llvm::StringRef Name : {"nino", "aadhaar_number", "cpf", "mrz", "pan_card"})
    EXPECT_EQ(kindOf(Name), DataKind::GovernmentId) << Name.str();
  for (llvm::StringRef Name : {"iccid", "imei", "pei"})
    EXPECT_EQ(kindOf(Name), DataKind::DeviceId) << Name.str();
  EXPECT_EQ(kindOf("msisdn"), DataKind::Phone);
  EXPECT_EQ(kindOf("cvv2"), DataKind::PaymentCard);
  // An audio pan and a sine are not a card number nor a social insurance number.
  EXPECT_EQ(kindOf("pan"), std::nullopt);
  EXPECT_EQ(kindOf("sin_addr"), std::nullopt);
}

TEST(VocabularyTest, OwnerDecidesGenericWords) {
  EXPECT_EQ(kindOf("name", NameContext::Field, "Contact"), DataKind::PersonName);
  EXPECT_EQ(kindOf("formattedName", NameContext::Function, "Addressee"), DataKind::PersonName);
  EXPECT_EQ(kindOf("handle", NameContext::Field, "PlayerInfo"), DataKind::Username);
  EXPECT_EQ(kindOf("body", NameContext::Field, "Ticket"), DataKind::FreeText);
  EXPECT_EQ(kindOf("text", NameContext::Function, "ChatMessage"), DataKind::FreeText);
  EXPECT_EQ(kindOf("requester_name"), DataKind::PersonName);
  EXPECT_EQ(kindOf("sender_id"), DataKind::UserId);
  EXPECT_EQ(kindOf("ticket_body"), DataKind::FreeText);
  EXPECT_EQ(kindOf("name", NameContext::TraitKey), DataKind::PersonName);
  // Things: a product's name, a ticket's status, a log's message, a room's name.
  EXPECT_EQ(kindOf("name", NameContext::Field, "Product"), std::nullopt);
  EXPECT_EQ(kindOf("status", NameContext::Field, "Ticket"), std::nullopt);
  EXPECT_EQ(kindOf("message", NameContext::Function, "LogMessage"), std::nullopt);
  EXPECT_EQ(kindOf("room_display_name"), std::nullopt);
  EXPECT_EQ(kindOf("server_name"), std::nullopt);
  EXPECT_EQ(kindOf("group_name", NameContext::Field, "User"), std::nullopt);
  EXPECT_EQ(kindOf("name", NameContext::Key), std::nullopt);
}

TEST(VocabularyTest, TypesAreEvidenceAndRuleKindsOut) {
  const Classifier &C = bundled();
  EXPECT_EQ(C.classifyTypeName("QHostAddress", "peer")->Kind, DataKind::IpAddress);
  EXPECT_EQ(C.classifyTypeName("boost::asio::ip::address", "")->Kind, DataKind::IpAddress);
  EXPECT_EQ(C.classifyTypeName("QGeoCoordinate", "here")->Kind, DataKind::Location);
  EXPECT_EQ(C.classifyTypeName("CSteamID", "who")->Kind, DataKind::UserId);
  EXPECT_FALSE(C.classifyTypeName("QHostAddress", "bindAddress"));
  EXPECT_FALSE(C.classifyTypeName("acme::ip::address", ""));
  EXPECT_TRUE(C.typeCanHold(TypeCategory::Enum, DataKind::Gender));
  EXPECT_FALSE(C.typeCanHold(TypeCategory::Enum, DataKind::Email));
  EXPECT_FALSE(C.typeCanHold(TypeCategory::Bool, DataKind::Email));
  EXPECT_TRUE(C.typeCanHold(TypeCategory::Integer, DataKind::UserId));
  EXPECT_FALSE(C.typeCanHold(TypeCategory::Integer, DataKind::Email));
  EXPECT_TRUE(C.typeCanHold(TypeCategory::Floating, DataKind::Location));
  EXPECT_FALSE(C.typeCanHold(TypeCategory::Size, DataKind::Phone));
  EXPECT_FALSE(C.typeCanHold(TypeCategory::Duration, DataKind::UserId));
  EXPECT_TRUE(C.typeCanHold(TypeCategory::Other, DataKind::Email));
}

TEST(VocabularyTest, ClassifiesTheNewKindsWithTheirPolicyDefaults) {
  EXPECT_EQ(kindOf("idfa"), DataKind::AdvertisingId);
  EXPECT_EQ(kindOf("gaid"), DataKind::AdvertisingId);
  EXPECT_EQ(kindOf("installation_id"), DataKind::InstallationId);
  EXPECT_EQ(kindOf("user_city"), DataKind::CoarseLocation);
  EXPECT_EQ(kindOf("gender"), DataKind::Gender);
  EXPECT_EQ(kindOf("blood_type"), DataKind::Health);
  EXPECT_EQ(kindOf("installation_count"), std::nullopt);
  EXPECT_EQ(kindOf("health_check"), std::nullopt);
  Policy Default = llvm::cantFail(Policy::parse(""));
  EXPECT_TRUE(Default.allows("countly-cpp", ArgRole::UserTraits, DataKind::CoarseLocation));
  EXPECT_FALSE(Default.allows("segment", ArgRole::UserIdentity, DataKind::InstallationId));
  EXPECT_FALSE(Default.allows("segment", ArgRole::PropertyValue, DataKind::InstallationId));
  EXPECT_FALSE(Default.allows("segment", ArgRole::UserTraits, DataKind::Gender));
  Policy Report = llvm::cantFail(Policy::parse("report=coarse-location"));
  EXPECT_FALSE(Report.allows("countly-cpp", ArgRole::UserTraits, DataKind::CoarseLocation));
  Policy Accept = llvm::cantFail(Policy::parse("*:user-identity=installation-id"));
  EXPECT_TRUE(Accept.allows("segment", ArgRole::UserIdentity, DataKind::InstallationId));
  EXPECT_FALSE(Accept.allows("segment", ArgRole::PropertyValue, DataKind::InstallationId));
  EXPECT_FALSE(static_cast<bool>(Policy::parse("report=towns")));
}

TEST(VocabularyTest, WordsAroundAPhraseChangeWhatItNames) {
  // A group before a protocol id makes it the group's, unless the phrase names its person.
  EXPECT_EQ(kindOf("sender_jid"), DataKind::UserId);
  EXPECT_EQ(kindOf("room_jid"), std::nullopt);
  EXPECT_EQ(kindOf("steamIDLobby"), std::nullopt);
  EXPECT_EQ(kindOf("room_user_id"), DataKind::UserId);
  // A phrase after "by" or "with" is what the value is found by or done with.
  EXPECT_EQ(kindOf("InviteFriendByEmail", NameContext::Function), std::nullopt);
  EXPECT_EQ(kindOf("PurchaseWithMachineID", NameContext::Function), std::nullopt);
  EXPECT_EQ(kindOf("GetPlayerNameBySteamID", NameContext::Function), DataKind::Username);
  // The head noun is the last phrase, unless a complement stands between.
  EXPECT_EQ(kindOf("ipAddrCity", NameContext::Key), DataKind::CoarseLocation);
  EXPECT_EQ(kindOf("ip_address"), DataKind::IpAddress);
  // Hungarian prefixes and words that end in digits.
  EXPECT_EQ(kindOf("szBillingZip"), DataKind::PostalAddress);
  EXPECT_EQ(kindOf("pchCardHolderName"), DataKind::PersonName);
  EXPECT_EQ(kindOf("spo2High", NameContext::Field), DataKind::Health);
  EXPECT_EQ(kindOf("cvv2"), DataKind::PaymentCard);
  // A complement between a generic word and its owner.
  EXPECT_EQ(kindOf("nome_do_cliente"), DataKind::PersonName);
  EXPECT_EQ(kindOf("nome_do_arquivo"), std::nullopt);
  // A phrase bound to other contexts lets another phrase of the name decide.
  EXPECT_EQ(kindOf("nas_mobile_identity_imeisv", NameContext::Field), DataKind::DeviceId);
  EXPECT_EQ(kindOf("mobile", NameContext::Field), std::nullopt);
  // A service's token is a credential in a field or key, not a paging token nor a variable.
  EXPECT_EQ(kindOf("dropbox_token", NameContext::Field), DataKind::Credential);
  EXPECT_EQ(kindOf("next_token", NameContext::Field), std::nullopt);
  EXPECT_EQ(kindOf("token", NameContext::Variable), std::nullopt);
  EXPECT_EQ(kindOf("token", NameContext::Key), std::nullopt); // Mixpanel's project token
  // Flags, enum results and tables about the data are not the data.
  EXPECT_EQ(kindOf("needPassword"), std::nullopt);
  EXPECT_EQ(kindOf("k_EResultIllegalPassword"), std::nullopt);
  EXPECT_EQ(kindOf("m_ip_ban_table", NameContext::Field), std::nullopt);
  // A SIM's PIN, by the record it is in.
  EXPECT_EQ(kindOf("pin", NameContext::Field, "usim_args_t"), DataKind::Credential);
  EXPECT_EQ(kindOf("pin", NameContext::Field, "GpioConfig"), std::nullopt);
  // A person's role alone as an analytics key holds the person's id.
  EXPECT_EQ(kindOf("recipient", NameContext::Key), DataKind::UserId);
  EXPECT_EQ(kindOf("recipient", NameContext::Variable), std::nullopt);
}

TEST(VocabularyTest, ExplainsTheDecision) {
  auto Phone = bundled().classify("homephone", NameContext::Variable);
  ASSERT_TRUE(Phone);
  EXPECT_EQ(Phone->Why, "vocabulary phrase \"phone\" (phone); 'homephone' read as 'home phone'");
  auto Lost = bundled().classify("template_email", NameContext::Variable);
  ASSERT_TRUE(Lost);
  EXPECT_EQ(Lost->Why, "vocabulary phrase \"email\" (email); against: look-alike 'template' (not "
                       "the head noun)");
  auto Owner = bundled().classify("body", NameContext::Field, "Ticket");
  ASSERT_TRUE(Owner);
  EXPECT_EQ(Owner->Why, "generic word 'body' on user content: owner 'Ticket' (free-text)");
}

TEST(VocabularyTest, ProjectFilesExtendAndErrorsNameTheFile) {
  Classifier C = bundled();
  llvm::cantFail(C.vocabularyForTests().addText(
      R"({"vocabulary": 1, "phrases": [{"kind": "user-id", "phrases": ["badge no"]}],
          "lookAlikes": {"after": ["draft"]}})",
      "club.json"));
  EXPECT_EQ(C.classify("badgeNo", NameContext::Variable)->Kind, DataKind::UserId);
  EXPECT_FALSE(C.classify("email_draft", NameContext::Variable));
  EXPECT_EQ(kindOf("badgeNo"), std::nullopt); // the bundled classifier is unchanged
  Vocabulary V;
  llvm::Error E = V.addText("{\"vocabulary\": 1,\n \"phrases\": [{\"kind\": \"emails\", "
                            "\"phrases\": [\"x\"]}]}",
                            "bad.json");
  EXPECT_EQ(llvm::toString(std::move(E)),
            "bad.json:2:23: vocabulary phrases[0].kind: unknown kind 'emails'");
  E = V.addText("{\"vocabulary\": 1, \"phrasess\": []}", "typo.json");
  EXPECT_EQ(llvm::toString(std::move(E)), "typo.json:1:19: vocabulary file: unknown member 'phrasess'");
  E = V.addText("{\"phrases\": []}", "old.json");
  EXPECT_EQ(llvm::toString(std::move(E)),
            "old.json:1:1: vocabulary file: expected \"vocabulary\": 1 (the format's version)");
}

} // namespace
