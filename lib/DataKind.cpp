//===--- DataKind.cpp - Names and severities of the kinds of personal data ------------------===//
//
// The table behind DataKind.h. Severities follow how directly a kind identifies a person and how
// much harm its exposure does: credentials and contact data highest, coarse identifiers lower.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/DataKind.h"

namespace piiflow {
namespace {
struct KindInfo {
  DataKind Kind;
  const char *Id;
  const char *Phrase;
  double Severity;
  const char *Article; ///< "a", "an", or "" for mass nouns
};

constexpr KindInfo KindTable[] = {
    {DataKind::Email, "email", "email address", 7.5, "an"},
    {DataKind::UserId, "user-id", "user identifier", 5.0, "a"},
    {DataKind::Username, "username", "username", 6.0, "a"},
    {DataKind::PersonName, "person-name", "person name", 6.5, "a"},
    {DataKind::Phone, "phone", "phone number", 7.5, "a"},
    {DataKind::IpAddress, "ip-address", "IP address", 6.0, "an"},
    {DataKind::DeviceId, "device-id", "device identifier", 5.5, "a"},
    {DataKind::Location, "location", "precise location", 7.0, "a"},
    {DataKind::Credential, "credential", "credential or secret", 9.0, "a"},
    {DataKind::PostalAddress, "postal-address", "postal address", 6.5, "a"},
    {DataKind::DateOfBirth, "date-of-birth", "date of birth", 6.0, "a"},
    {DataKind::GovernmentId, "government-id", "government identifier", 9.0, "a"},
    {DataKind::PaymentCard, "payment-card", "payment card data", 9.5, ""},
    {DataKind::FreeText, "free-text", "free text written by the user", 4.0, ""},
    {DataKind::AdvertisingId, "advertising-id", "advertising identifier", 5.0, "an"},
    {DataKind::InstallationId, "installation-id", "pseudonymous installation identifier", 3.0,
     "a"},
    {DataKind::CoarseLocation, "coarse-location", "coarse location", 3.0, ""},
    {DataKind::Gender, "gender", "gender", 6.0, ""},
    {DataKind::Health, "health", "health or biometric data", 9.0, ""},
};

const KindInfo &info(DataKind Kind) {
  return KindTable[static_cast<unsigned>(Kind)];
}
} // namespace

llvm::ArrayRef<DataKind> allDataKinds() {
  static const DataKind All[] = {
      DataKind::Email,     DataKind::UserId,   DataKind::Username,
      DataKind::PersonName, DataKind::Phone,   DataKind::IpAddress,
      DataKind::DeviceId,  DataKind::Location, DataKind::Credential,
      DataKind::PostalAddress, DataKind::DateOfBirth, DataKind::GovernmentId,
      DataKind::PaymentCard, DataKind::FreeText, DataKind::AdvertisingId,
      DataKind::InstallationId, DataKind::CoarseLocation, DataKind::Gender, DataKind::Health};
  return All;
}

llvm::StringRef dataKindId(DataKind Kind) { return info(Kind).Id; }
llvm::StringRef dataKindPhrase(DataKind Kind) { return info(Kind).Phrase; }
std::string dataKindWithArticle(DataKind Kind) {
  std::string Article = info(Kind).Article;
  return Article.empty() ? std::string(info(Kind).Phrase) : Article + " " + info(Kind).Phrase;
}
double dataKindSeverity(DataKind Kind) { return info(Kind).Severity; }

bool isReportedByDefault(DataKind Kind) { return Kind != DataKind::CoarseLocation; }

bool isDictionaryReversible(DataKind Kind) {
  return Kind == DataKind::Email || Kind == DataKind::Phone || Kind == DataKind::PersonName ||
         Kind == DataKind::Username;
}

std::optional<DataKind> parseDataKind(llvm::StringRef Id) {
  for (const KindInfo &K : KindTable)
    if (Id == K.Id)
      return K.Kind;
  return std::nullopt;
}

} // namespace piiflow
