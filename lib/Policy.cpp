//===--- Policy.cpp - Parsing and applying policies -------------------------------------------===//
//
// The text form of Policy.h: rules "<sdk>:<role>=<kinds>" and "report=<kinds>" separated by ';',
// whitespace ignored.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Policy.h"
#include "llvm/ADT/SmallVector.h"

namespace piiflow {

llvm::Expected<Policy> Policy::parse(llvm::StringRef Text) {
  Policy P;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Text.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    auto fail = [&](const std::string &Why) {
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "policy rule '%s': %s",
                                     Part.str().c_str(), Why.c_str());
    };
    auto [Target, KindList] = Part.split('=');
    if (Target.trim() == "report") {
      // Kinds the default policy does not report (coarse location), reported from now on.
      llvm::SmallVector<llvm::StringRef, 4> Kinds;
      KindList.split(Kinds, ',', -1, /*KeepEmpty=*/false);
      if (Kinds.empty())
        return fail("expected report=<kind>[,<kind>...]");
      for (llvm::StringRef K : Kinds) {
        std::optional<DataKind> Kind = parseDataKind(K.trim());
        if (!Kind)
          return fail("unknown kind '" + K.trim().str() + "'");
        P.Reported.insert(*Kind);
      }
      continue;
    }
    auto [Sdk, RoleText] = Target.split(':');
    Sdk = Sdk.trim();
    // A vendor's terms for privacy teams' outputs: "use:<sdk>=<data use>" and
    // "vendor-role:<sdk>=processor|third-party" override the model's.
    if (Sdk == "use" || Sdk == "vendor-role") {
      std::string Value = KindList.trim().str();
      std::string Of = RoleText.trim().str();
      if (Of.empty() || Value.empty())
        return fail("expected " + Sdk.str() + ":<sdk>=<" +
                    (Sdk == "use" ? "data use>" : "processor|third-party>"));
      if (Sdk == "use" && !isDataUseKey(Value))
        return fail("'" + Value + "' is no data use key (as analytics.reporting)");
      if (Sdk == "vendor-role" && !isVendorRole(Value))
        return fail("unknown vendor role '" + Value + "' (expected processor or third-party)");
      (Sdk == "use" ? P.DataUses : P.VendorRoles)[Of] = Value;
      continue;
    }
    RoleText = RoleText.trim();
    if (Sdk.empty() || RoleText.empty() || KindList.trim().empty())
      return fail("expected <sdk>:<role>=<kind>[,<kind>...]");
    Rule R;
    R.Sdk = Sdk.str();
    if (RoleText != "*") {
      R.Role = parseArgRole(RoleText);
      if (!R.Role)
        return fail("unknown role '" + RoleText.str() + "'");
    }
    llvm::SmallVector<llvm::StringRef, 4> Kinds;
    KindList.split(Kinds, ',', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef K : Kinds) {
      std::optional<DataKind> Kind = parseDataKind(K.trim());
      if (!Kind)
        return fail("unknown kind '" + K.trim().str() + "'");
      R.Kinds.insert(*Kind);
    }
    P.Rules.push_back(std::move(R));
  }
  return P;
}

std::string Policy::dataUseOf(const SdkModel &Sdk) const {
  auto It = DataUses.find(Sdk.Id);
  return It != DataUses.end() ? It->second : Sdk.DataUse;
}

std::string Policy::vendorRoleOf(const SdkModel &Sdk) const {
  auto It = VendorRoles.find(Sdk.Id);
  return It != VendorRoles.end() ? It->second : Sdk.VendorRole;
}

bool Policy::allows(llvm::StringRef SdkId, ArgRole Role, DataKind Kind) const {
  if (!Reported.count(Kind) && !isReportedByDefault(Kind))
    return true;
  for (const Rule &R : Rules)
    if ((R.Sdk == "*" || R.Sdk == SdkId) && (!R.Role || *R.Role == Role) && R.Kinds.count(Kind))
      return true;
  return false;
}

} // namespace piiflow
