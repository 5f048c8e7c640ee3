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
};

constexpr KindInfo KindTable[] = {
    {DataKind::Email, "email", "email address", 7.5},
    {DataKind::UserId, "user-id", "user identifier", 5.0},
    {DataKind::Username, "username", "username", 6.0},
    {DataKind::PersonName, "person-name", "person name", 6.5},
    {DataKind::Phone, "phone", "phone number", 7.5},
    {DataKind::IpAddress, "ip-address", "IP address", 6.0},
    {DataKind::DeviceId, "device-id", "device identifier", 5.5},
    {DataKind::Location, "location", "precise location", 7.0},
    {DataKind::Credential, "credential", "credential or secret", 9.0},
};

const KindInfo &info(DataKind Kind) {
  return KindTable[static_cast<unsigned>(Kind)];
}
} // namespace

llvm::ArrayRef<DataKind> allDataKinds() {
  static const DataKind All[] = {
      DataKind::Email,     DataKind::UserId,   DataKind::Username,
      DataKind::PersonName, DataKind::Phone,   DataKind::IpAddress,
      DataKind::DeviceId,  DataKind::Location, DataKind::Credential};
  return All;
}

llvm::StringRef dataKindId(DataKind Kind) { return info(Kind).Id; }
llvm::StringRef dataKindPhrase(DataKind Kind) { return info(Kind).Phrase; }
double dataKindSeverity(DataKind Kind) { return info(Kind).Severity; }

std::optional<DataKind> parseDataKind(llvm::StringRef Id) {
  for (const KindInfo &K : KindTable)
    if (Id == K.Id)
      return K.Kind;
  return std::nullopt;
}

} // namespace piiflow
