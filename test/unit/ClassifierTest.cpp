//===--- ClassifierTest.cpp - Unit tests of lib/Classifier.cpp -------------------------------===//
//
// Tokenisation and classification of identifiers and keys: positives for every kind, and the
// look-alikes that must not be classified.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Classifier.h"
#include "BundledClassifier.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <map>

using namespace piiflow;
using piiflow::test::bundled;
using piiflow::test::kindOf;

namespace {

TEST(ClassifierTest, TokenizesSnakeCamelDigitsAndPrefixes) {
  EXPECT_EQ(bundled().tokenize("m_userEmailAddr2", NameContext::Variable),
            (std::vector<std::string>{"user", "email", "address", "2"}));
  EXPECT_EQ(bundled().tokenize("kHTTPServerName", NameContext::Variable),
            (std::vector<std::string>{"http", "server", "name"}));
  EXPECT_EQ(bundled().tokenize("getUserId", NameContext::Function),
            (std::vector<std::string>{"user", "id"}));
  EXPECT_EQ(bundled().tokenize("getUserId", NameContext::Variable),
            (std::vector<std::string>{"get", "user", "id"}));
  EXPECT_EQ(bundled().tokenize("$first_name", NameContext::Key),
            (std::vector<std::string>{"first", "name"}));
}

TEST(ClassifierTest, ClassifiesEveryKind) {
  EXPECT_EQ(kindOf("email"), DataKind::Email);
  EXPECT_EQ(kindOf("userEmail"), DataKind::Email);
  EXPECT_EQ(kindOf("$email", NameContext::Key), DataKind::Email);
  EXPECT_EQ(kindOf("user.email", NameContext::Key), DataKind::Email);
  EXPECT_EQ(kindOf("user_id"), DataKind::UserId);
  EXPECT_EQ(kindOf("TelemetryId", NameContext::Key), DataKind::InstallationId);
  EXPECT_EQ(kindOf("customerId"), DataKind::UserId);
  EXPECT_EQ(kindOf("enduser.id", NameContext::Key), DataKind::UserId);
  EXPECT_EQ(kindOf("username"), DataKind::Username);
  EXPECT_EQ(kindOf("loginName"), DataKind::Username);
  EXPECT_EQ(kindOf("first_name"), DataKind::PersonName);
  EXPECT_EQ(kindOf("surname"), DataKind::PersonName);
  EXPECT_EQ(kindOf("phoneNumber"), DataKind::Phone);
  EXPECT_EQ(kindOf("msisdn"), DataKind::Phone);
  EXPECT_EQ(kindOf("client_ip"), DataKind::IpAddress);
  EXPECT_EQ(kindOf("client.address", NameContext::Key), DataKind::IpAddress);
  EXPECT_EQ(kindOf("ipAddr"), DataKind::IpAddress);
  EXPECT_EQ(kindOf("deviceId"), DataKind::DeviceId);
  EXPECT_EQ(kindOf("idfa"), DataKind::AdvertisingId);
  EXPECT_EQ(kindOf("mac_address"), DataKind::DeviceId);
  EXPECT_EQ(kindOf("latitude"), DataKind::Location);
  EXPECT_EQ(kindOf("lng"), DataKind::Location);
  EXPECT_EQ(kindOf("password"), DataKind::Credential);
  EXPECT_EQ(kindOf("passcode"), DataKind::Credential);
  EXPECT_EQ(kindOf("apiKey"), DataKind::Credential);
  EXPECT_EQ(kindOf("accessToken"), DataKind::Credential);
  EXPECT_EQ(kindOf("street_address"), DataKind::PostalAddress);
  EXPECT_EQ(kindOf("zipCode"), DataKind::PostalAddress);
  EXPECT_EQ(kindOf("dob"), DataKind::DateOfBirth);
  EXPECT_EQ(kindOf("birthDate"), DataKind::DateOfBirth);
  EXPECT_EQ(kindOf("ssn"), DataKind::GovernmentId);
  EXPECT_EQ(kindOf("passport_number"), DataKind::GovernmentId);
  EXPECT_EQ(kindOf("creditCardNumber"), DataKind::PaymentCard);
  EXPECT_EQ(kindOf("cvv"), DataKind::PaymentCard);
  EXPECT_EQ(kindOf("searchQuery"), DataKind::FreeText);
}

TEST(ClassifierTest, GettersDropTheirVerb) {
  EXPECT_EQ(kindOf("getEmail", NameContext::Function), DataKind::Email);
  EXPECT_EQ(kindOf("GetUserId", NameContext::Function), DataKind::UserId);
  EXPECT_EQ(kindOf("fetchPhone", NameContext::Function), DataKind::Phone);
}

TEST(ClassifierTest, OwnerRecordDecidesBareNameAndId) {
  EXPECT_EQ(kindOf("name", NameContext::Field, "User"), DataKind::PersonName);
  EXPECT_EQ(kindOf("id", NameContext::Field, "CustomerRecord"), DataKind::UserId);
  EXPECT_EQ(kindOf("name", NameContext::Field, "Level"), std::nullopt);
  EXPECT_EQ(kindOf("id", NameContext::Field, "Order"), std::nullopt);
  EXPECT_EQ(kindOf("name", NameContext::Key), std::nullopt);
  EXPECT_EQ(kindOf("name", NameContext::TraitKey), DataKind::PersonName);
}

TEST(ClassifierTest, ExcludesLookAlikes) {
  for (llvm::StringRef Name :
       {"email_template_id", "num_emails", "emailEnabled", "username_max_length",
        "address_family", "level_name", "ip_protocol", "isEmailValid", "hasPhone",
        "email_count", "password_policy", "ip_version", "user_count", "token", "name",
        "address", "location", "id", "max_password_length", "email_regex", "zipFile",
        "zip_path", "street_view_enabled", "screenName", "screen_name", "cancellation_token", "backendToken"})
    EXPECT_EQ(kindOf(Name), std::nullopt) << Name.str();
}

TEST(ClassifierTest, EvidenceNamesTheReason) {
  Classifier C = bundled();
  auto R = C.classify("userEmail", NameContext::Variable);
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Evidence, "name 'userEmail'");
  R = C.classify("name", NameContext::Field, "User");
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Evidence, "field 'User::name'");
  R = C.classify("$email", NameContext::Key);
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Evidence, "key \"$email\"");
}

/// Precision and recall of the classifier on one labelled file of test/data (see its README): a
/// prediction is right only with the right kind.
struct Measurement {
  unsigned Rows = 0, Personal = 0, Predicted = 0, Correct = 0;
  /// Per labelled kind: rows, and rows given that kind.
  std::map<std::string, std::pair<unsigned, unsigned>> ByKind;
  std::string Misses; ///< one line per name whose prediction differs from its label
  double precision() const { return Predicted ? double(Correct) / Predicted : 0; }
  double recall() const { return Personal ? double(Correct) / Personal : 0; }
};

Measurement measureOn(llvm::StringRef Path, bool MayListMisses) {
  Measurement M;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  EXPECT_TRUE(static_cast<bool>(Buffer)) << Path.str();
  if (!Buffer)
    return M;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n', -1, false);
  EXPECT_FALSE(Lines.empty()) << Path.str();
  if (Lines.empty())
    return M;
  EXPECT_EQ(Lines.front(), "name\tcontext\towner\tkind\tsource") << Path.str();
  const Classifier &C = bundled();
  for (llvm::StringRef Line : llvm::ArrayRef(Lines).drop_front()) {
    llvm::SmallVector<llvm::StringRef, 5> Cols;
    Line.split(Cols, '\t');
    EXPECT_EQ(Cols.size(), 5u) << Path.str() << ": " << Line.str();
    if (Cols.size() < 4)
      continue;
    llvm::StringRef Name = Cols[0], Context = Cols[1], Owner = Cols[2], Kind = Cols[3];
    EXPECT_TRUE(Kind == "none" || parseDataKind(Kind))
        << Path.str() << ": " << Line.str();
    NameContext Ctx = llvm::StringSwitch<NameContext>(Context)
                          .Case("field", NameContext::Field)
                          .Case("function", NameContext::Function)
                          .Case("key", NameContext::Key)
                          .Case("traitkey", NameContext::TraitKey)
                          .Default(NameContext::Variable);
    size_t Colons = Owner.rfind("::");
    if (Colons != llvm::StringRef::npos)
      Owner = Owner.substr(Colons + 2);
    std::optional<Classification> Got = C.classify(Name, Ctx, Owner);
    std::string GotKind = Got ? dataKindId(Got->Kind).str() : "none";
    ++M.Rows;
    if (Kind != "none")
      ++M.Personal, ++M.ByKind[Kind.str()].first;
    if (Got)
      ++M.Predicted;
    if (Got && GotKind == Kind)
      ++M.Correct, ++M.ByKind[Kind.str()].second;
    if (GotKind != Kind)
      M.Misses += "  " + Name.str() + " (" + Context.str() +
                  (Owner.empty() ? "" : " of " + Owner.str()) + "): expected " + Kind.str() +
                  ", got " + GotKind + "\n";
  }
  // PIIFLOW_CLASSIFIER_MISSES=1 lists every miss, to see where the rules are weak.
  if (MayListMisses && std::getenv("PIIFLOW_CLASSIFIER_MISSES"))
    std::printf("misses in %s:\n%s", llvm::sys::path::filename(Path).str().c_str(),
                M.Misses.c_str());
  return M;
}

/// One labelled file of test/data and the floor the classifier must keep on it. Every file but
/// the fresh held-out one is tuning data: the vocabulary was refined on its misses, so its figures
/// flatter the classifier, and its floor is a regression check.
struct LabelledSet {
  const char *File;
  const char *Role;
  unsigned MinRows;
  double PrecisionFloor, RecallFloor;
};

/// The figures each file had when it was collected, before anything was tuned on it, are in
/// test/data/README.md and docs/accuracy.md.
const LabelledSet TuningSets[] = {
    {"classifier-names-tuning.tsv", "tuning names", 800, 0.95, 0.95},
    {"classifier-names-heldout.tsv", "first held-out names (tuning data since issue 22)", 600,
     0.90, 0.75},
    {"classifier-names-tuning3.tsv", "third tuning names (issue 22)", 500, 0.90, 0.70},
    {"classifier-names-heldout2.tsv", "second held-out names (tuning data since)", 600, 0.90,
     0.80},
    {"classifier-names-heldout3.tsv", "third held-out names (tuning data since)", 700, 0.85, 0.60},
};

std::string dataFile(const char *Name) {
  return std::string(PIIFLOW_CLASSIFIER_DATA_DIR) + "/" + Name;
}

TEST(ClassifierTest, KeepsItsFloorOnEveryTuningSet) {
  for (const LabelledSet &Set : TuningSets) {
    Measurement M = measureOn(dataFile(Set.File), /*MayListMisses=*/true);
    std::printf("classifier on %u %s: precision %.3f, recall %.3f\n", M.Rows, Set.Role,
                M.precision(), M.recall());
    EXPECT_GE(M.Rows, Set.MinRows) << Set.File;
    EXPECT_GE(M.precision(), Set.PrecisionFloor) << Set.File << "\n" << M.Misses;
    EXPECT_GE(M.recall(), Set.RecallFloor) << Set.File << "\n" << M.Misses;
  }
}

/// The fresh held-out names (test/data/classifier-names-heldout4.tsv), collected after the last
/// vocabulary change from repositories in no other file, and never looked at name by name: no
/// message lists their misses. The floor is the measured value rounded down to a multiple of
/// 0.05, as test/data/README.md says; issue 22's gate (precision >= 0.90, recall >= 0.75, and
/// >= 0.6 for each kind with 8 rows or more) is in docs/accuracy.md with the measurements.
TEST(ClassifierTest, MeasuresFreshHeldOutNames) {
  Measurement M = measureOn(dataFile("classifier-names-heldout4.tsv"), /*MayListMisses=*/false);
  std::printf("classifier on %u fresh held-out names: precision %.3f, recall %.3f\n", M.Rows,
              M.precision(), M.recall());
  for (const auto &[Kind, Counts] : M.ByKind)
    std::printf("  %-16s %3u rows, recall %.3f\n", Kind.c_str(), Counts.first,
                Counts.first ? double(Counts.second) / Counts.first : 0.0);
  EXPECT_GE(M.Rows, 600u);
  EXPECT_GE(M.precision(), 0.75);
  EXPECT_GE(M.recall(), 0.40);
}

} // namespace
