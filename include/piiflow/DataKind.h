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

std::optional<DataKind> parseDataKind(llvm::StringRef Id);

/// Kinds whose plain (unkeyed) hash a dictionary reverses: emails, phone numbers, names.
bool isDictionaryReversible(DataKind Kind);

} // namespace piiflow

#endif
