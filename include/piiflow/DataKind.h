//===--- DataKind.h - The kinds of personal data piiflow recognises ------------------------===//
//
// One enumerator per kind of personal data, with the stable id used in models, configuration and
// SARIF rule ids, the phrase used in diagnostics, and a default severity.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_DATAKIND_H
#define PIIFLOW_DATAKIND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace piiflow {

enum class DataKind {
  Email,
  UserId,
  Username,
  PersonName,
  Phone,
  IpAddress,
  DeviceId,
  Location,
  Credential,
  PostalAddress,
  DateOfBirth,
  GovernmentId,
  PaymentCard,
  FreeText,
  AdvertisingId,  ///< IDFA, GAID: the platform's resettable id for ads
  InstallationId, ///< a random id kept per install and sent as the user's id (pseudonymous)
  CoarseLocation, ///< country, region, city: off in the default policy
  Gender,
  Health,         ///< health, medical and biometric data (a special category under GDPR Art. 9)
};

/// Every kind, in declaration order.
llvm::ArrayRef<DataKind> allDataKinds();

/// Stable identifier: "email", "user-id", ... Used in model files, configuration and SARIF.
llvm::StringRef dataKindId(DataKind Kind);

/// Noun phrase for diagnostics: "email address", "user identifier", ...
llvm::StringRef dataKindPhrase(DataKind Kind);

/// The phrase with its article, for "'x' is an email address", "'x' is payment card data".
std::string dataKindWithArticle(DataKind Kind);

/// SARIF security-severity (0.1 .. 10.0) of sending this kind to a third party.
double dataKindSeverity(DataKind Kind);

/// The data category of the kind in the taxonomy privacy teams use (fideslang, the IAB Tech
/// Lab's privacy taxonomy): "user.contact.email", "user.unique_id.pseudonymous", ...
llvm::StringRef dataKindCategory(DataKind Kind);

/// How sensitive the kind is, for privacy teams: "special-category" (GDPR Art. 9: health), then
/// "high", "medium" or "low" by its severity (9 and above, 6 and above, below 6).
llvm::StringRef dataKindSensitivity(DataKind Kind);

std::optional<DataKind> parseDataKind(llvm::StringRef Id);

/// Whether the default policy reports this kind; a policy's "report=<kind>" turns on the others.
/// Coarse location is off; every other kind is on (a pseudonymous installation id at its low
/// severity, wherever it goes).
bool isReportedByDefault(DataKind Kind);

/// Kinds whose plain (unkeyed) hash a dictionary reverses: emails, phone numbers, names.
bool isDictionaryReversible(DataKind Kind);

} // namespace piiflow

#endif
