//===--- InventoryReport.cpp - The data inventory for privacy and vendor-risk reviews --------===//
//
// Per vendor, every kind of personal data the code sends, through which SDK calls and slots, from
// which places, and its status: reported (a finding), allowed (the policy accepts it) or
// suppressed (a NOLINT comment). The record a privacy review or a vendor-risk audit asks for, in
// Markdown for people and JSON for tools; both sorted, so that they diff well between runs.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "piiflow/JsonInput.h"
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace piiflow {
namespace {

std::string relative(const std::string &File, const std::string &Root) {
  llvm::StringRef Path = File;
  if (!Root.empty() && Path.starts_with(Root + "/"))
    return Path.drop_front(Root.size() + 1).str();
  return File;
}

std::string statusOf(const ReportFinding &F) {
  if (F.Allowed)
    return "allowed";
  if (F.Suppressed)
    return "suppressed";
  return F.Check == "privacy-weak-pseudonymization" ? "reported (hashed without a key)"
                                                   : "reported";
}

struct Flow {
  std::string Function, Role, Key, Status, Where;
  bool operator<(const Flow &O) const {
    return std::tie(Function, Role, Key, Status, Where) <
           std::tie(O.Function, O.Role, O.Key, O.Status, O.Where);
  }
};

/// vendor -> kind -> flows
using Inventory = std::map<std::string, std::map<std::string, std::set<Flow>>>;

Inventory collect(const std::vector<ReportFinding> &Flows, const std::string &Root) {
  Inventory Out;
  for (const ReportFinding &F : Flows)
    Out[F.Vendor][dataKindPhrase(F.Kind).str()].insert(
        Flow{F.Function, F.Role, F.Key, statusOf(F),
             relative(F.Loc.File, Root) + ":" + std::to_string(F.Loc.Line)});
  return Out;
}

} // namespace

void writeInventoryMarkdown(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                            const std::string &Root) {
  Inventory Inv = collect(Flows, Root);
  OS << "# Personal data sent to third parties\n\n";
  if (Inv.empty()) {
    OS << "No personal data reaches a modelled vendor.\n";
    return;
  }
  OS << "| vendor | kinds of personal data |\n|---|---|\n";
  for (const auto &[Vendor, Kinds] : Inv) {
    std::string List;
    for (const auto &[Kind, _] : Kinds)
      List += (List.empty() ? "" : ", ") + Kind;
    OS << "| " << Vendor << " | " << List << " |\n";
  }
  for (const auto &[Vendor, Kinds] : Inv) {
    OS << "\n## " << Vendor << "\n\n| kind | sent through | slot | key | status | from |\n"
       << "|---|---|---|---|---|---|\n";
    for (const auto &[Kind, Set] : Kinds)
      for (const Flow &F : Set)
        OS << "| " << Kind << " | `" << F.Function << "` | " << F.Role << " | "
           << (F.Key.empty() ? "" : "`" + F.Key + "`") << " | " << F.Status << " | " << F.Where
           << " |\n";
  }
}

void writeInventoryJson(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                        const std::string &Root) {
  Inventory Inv = collect(Flows, Root);
  nlohmann::ordered_json Vendors = nlohmann::ordered_json::array();
  for (const auto &[Vendor, Kinds] : Inv) {
    nlohmann::ordered_json KindList = nlohmann::ordered_json::array();
    for (const auto &[Kind, Set] : Kinds) {
      nlohmann::ordered_json List = nlohmann::ordered_json::array();
      for (const Flow &F : Set)
        List.push_back({{"sink", F.Function},
                        {"role", F.Role},
                        {"key", F.Key},
                        {"status", F.Status},
                        {"from", F.Where}});
      KindList.push_back({{"kind", Kind}, {"flows", List}});
    }
    Vendors.push_back({{"vendor", Vendor}, {"kinds", KindList}});
  }
  nlohmann::ordered_json Root_ = {{"piiflowInventory", 1}, {"vendors", Vendors}};
  OS << dumpJson(Root_, 2) << "\n";
}

} // namespace piiflow
