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
  const char *Article;  ///< "a", "an", or "" for mass nouns
  const char *Category; ///< the fideslang data category (docs/privacy-teams.md)
};

constexpr KindInfo KindTable[] = {
    {DataKind::Email, "email", "email address", 7.5, "an", "user.contact.email"},
    {DataKind::UserId, "user-id", "user identifier", 5.0, "a", "user.unique_id"},
    {DataKind::Username, "username", "username", 6.0, "a", "user.account.username"},
    {DataKind::PersonName, "person-name", "person name", 6.5, "a", "user.name"},
    {DataKind::Phone, "phone", "phone number", 7.5, "a", "user.contact.phone_number"},
    {DataKind::IpAddress, "ip-address", "IP address", 6.0, "an", "user.device.ip_address"},
    {DataKind::DeviceId, "device-id", "device identifier", 5.5, "a", "user.device.device_id"},
    {DataKind::Location, "location", "precise location", 7.0, "a", "user.location.precise"},
    {DataKind::Credential, "credential", "credential or secret", 9.0, "a",
     "user.authorization.credentials"},
    {DataKind::PostalAddress, "postal-address", "postal address", 6.5, "a",
     "user.contact.address"},
    {DataKind::DateOfBirth, "date-of-birth", "date of birth", 6.0, "a",
     "user.demographic.date_of_birth"},
    {DataKind::GovernmentId, "government-id", "government identifier", 9.0, "a",
     "user.government_id"},
    {DataKind::PaymentCard, "payment-card", "payment card data", 9.5, "",
     "user.financial.credit_card"},
    {DataKind::FreeText, "free-text", "free text written by the user", 4.0, "",
     "user.content.private"},
    // fideslang has no advertising id of its own: the platform's id of the device.
    {DataKind::AdvertisingId, "advertising-id", "advertising identifier", 5.0, "an",
     "user.device.device_id"},
    {DataKind::InstallationId, "installation-id", "pseudonymous installation identifier", 3.0,
     "a", "user.unique_id.pseudonymous"},
    {DataKind::CoarseLocation, "coarse-location", "coarse location", 3.0, "",
     "user.location.imprecise"},
    {DataKind::Gender, "gender", "gender", 6.0, "", "user.demographic.gender"},
    {DataKind::Health, "health", "health or biometric data", 9.0, "", "user.health_and_medical"},
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
llvm::StringRef dataKindCategory(DataKind Kind) { return info(Kind).Category; }

llvm::StringRef dataKindSensitivity(DataKind Kind) {
  if (Kind == DataKind::Health)
    return "special-category"; // GDPR Art. 9
  double Severity = info(Kind).Severity;
  return Severity >= 9.0 ? "high" : Severity >= 6.0 ? "medium" : "low";
}

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
