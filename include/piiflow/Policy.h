//===--- Policy.h - Which kinds of personal data may go to which vendor and slot -------------===//
//
// A policy lists allowed flows: "<sdk>:<role>=<kind>[,<kind>...]" rules separated by ';', where
// <sdk> is a model's sdk id or '*' and <role> a sink role or '*'. A finding whose kind a rule
// allows for its SDK and slot is a declared, accepted flow and is not reported. The default
// policy is empty: nothing personal may go to any vendor (a keyed hash is not personal data and
// needs no rule). Coarse location is off in the default policy; "report=<kind>[,<kind>...]" turns
// it on. "use:<sdk>=<data use>" and "vendor-role:<sdk>=processor|third-party" override a
// vendor's terms in the privacy teams' outputs. Both front ends read the same option, Policy.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_POLICY_H
#define PIIFLOW_POLICY_H

#include "piiflow/DataKind.h"
#include "piiflow/Models.h"
#include "llvm/Support/Error.h"
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace piiflow {

class Policy {
public:
  /// Parses the policy text; errors name the rule and what is wrong with it.
  static llvm::Expected<Policy> parse(llvm::StringRef Text);

  bool allows(llvm::StringRef SdkId, ArgRole Role, DataKind Kind) const;
  bool empty() const {
    return Rules.empty() && Reported.empty() && DataUses.empty() && VendorRoles.empty();
  }

  /// The vendor's data use and role: the policy's if it names them, else the model's.
  std::string dataUseOf(const SdkModel &Sdk) const;
  std::string vendorRoleOf(const SdkModel &Sdk) const;

private:
  struct Rule {
    std::string Sdk;             ///< "*" for any
    std::optional<ArgRole> Role; ///< none for any
    std::set<DataKind> Kinds;
  };
  std::vector<Rule> Rules;
  std::set<DataKind> Reported; ///< default-off kinds a "report=" rule turned on
  std::map<std::string, std::string> DataUses, VendorRoles; ///< by sdk id
};

} // namespace piiflow

#endif
