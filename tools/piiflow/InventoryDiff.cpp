//===--- InventoryDiff.cpp - piiflow diff: the flows a change adds, removes and changes -----===//
//
// `piiflow diff OLD.json NEW.json` compares two data inventories (--format=inventory-json) by
// their flows' stable ids: the flows added, removed and changed (status, kind, slot or key), per
// vendor, in Markdown for a pull-request comment or a job summary, or in JSON. A reviewer reads
// one line per flow: `new: phone number -> Mixpanel as user trait "$phone"
// (src/profile_sync.cpp:11)`. --fail-on says what fails the job: a new kind of data to a vendor
// (new-kind), any new reported flow (any), or nothing (none, the default).
//
//===----------------------------------------------------------------------------------------===//
#include "OutputFiles.h"
#include "Report.h"
#include "piiflow/JsonInput.h"
#include "piiflow/Models.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace piiflow {

namespace {

using nlohmann::ordered_json;

/// One flow of an inventory, as the diff compares and says it.
struct InventoryFlow {
  std::string Vendor, Kind, KindId, Status, Sdk, Role, Key, At;
  bool operator==(const InventoryFlow &O) const {
    return std::tie(Vendor, KindId, Status, Role, Key) ==
           std::tie(O.Vendor, O.KindId, O.Status, O.Role, O.Key);
  }
  bool reported() const { return llvm::StringRef(Status).starts_with("reported"); }
};

using Flows = std::map<std::string, InventoryFlow>; ///< by stable id

/// The flows of an inventory file, or an error naming the file.
llvm::Expected<Flows> readInventory(const std::string &Path) {
  auto Parsed = readOrderedJsonFile(Path, "inventory");
  if (!Parsed)
    return Parsed.takeError();
  auto notInventory = [&](const char *Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: not a piiflow inventory (--format=inventory-json): %s",
                                   Path.c_str(), Why);
  };
  if (!jsonInteger(*Parsed, "piiflowInventory"))
    return notInventory("no \"piiflowInventory\" version");
  const ordered_json *Vendors = jsonField(*Parsed, "vendors");
  if (!Vendors || !Vendors->is_array())
    return notInventory("\"vendors\" is not an array");
  Flows Out;
  for (const ordered_json &V : *Vendors) {
    const ordered_json *Kinds = jsonField(V, "kinds");
    if (!Kinds || !Kinds->is_array())
      return notInventory("a vendor without a \"kinds\" array");
    for (const ordered_json &K : *Kinds) {
      const ordered_json *List = jsonField(K, "flows");
      if (!List || !List->is_array())
        return notInventory("a kind without a \"flows\" array");
      for (const ordered_json &F : *List) {
        const ordered_json *To = jsonField(F, "destination");
        std::optional<std::string> Id = jsonString(F, "id");
        if (!Id || !To)
          return notInventory("a flow without \"id\" or \"destination\"");
        Out[*Id] = InventoryFlow{jsonString(V, "vendor").value_or(""),
                                 jsonString(K, "kind").value_or(""),
                                 jsonString(K, "kindId").value_or(""),
                                 jsonString(F, "status").value_or(""),
                                 jsonString(*To, "sdk").value_or(""),
                                 jsonString(*To, "role").value_or(""),
                                 jsonString(*To, "key").value_or(""),
                                 jsonString(*To, "at").value_or("")};
      }
    }
  }
  return Out;
}

/// "phone number -> Mixpanel as user trait "$phone" (src/profile_sync.cpp:11)".
std::string describe(const InventoryFlow &F) {
  std::optional<ArgRole> Role = parseArgRole(F.Role);
  std::string Out = F.Kind + " -> " + F.Vendor + " as " +
                    (Role ? argRolePhrase(*Role).str() : F.Role);
  if (!F.Key.empty())
    Out += " \"" + F.Key + "\"";
  return Out + " (" + F.At + ")";
}

struct Change {
  std::string Id;
  const InventoryFlow *Old = nullptr, *New = nullptr;
};

struct Difference {
  std::vector<Change> Added, Removed, Changed;
  /// (vendor, kind) pairs the new inventory reports and the old has no flow of: an accepted
  /// (allowed) or suppressed flow is no new kind.
  std::set<std::pair<std::string, std::string>> NewKinds;
};

Difference compare(const Flows &Old, const Flows &New) {
  Difference D;
  std::set<std::pair<std::string, std::string>> OldKinds;
  for (const auto &[Id, F] : Old) {
    OldKinds.insert({F.Vendor, F.Kind});
    auto It = New.find(Id);
    if (It == New.end())
      D.Removed.push_back(Change{Id, &F, nullptr});
    else if (!(It->second == F))
      D.Changed.push_back(Change{Id, &F, &It->second});
  }
  for (const auto &[Id, F] : New) {
    if (!Old.count(Id))
      D.Added.push_back(Change{Id, nullptr, &F});
    if (F.reported() && !OldKinds.count({F.Vendor, F.Kind}))
      D.NewKinds.insert({F.Vendor, F.Kind});
  }
  return D;
}

std::string markdown(const Difference &D) {
  std::string Out = "### piiflow: personal data sent to vendors\n\n";
  if (D.Added.empty() && D.Removed.empty() && D.Changed.empty())
    return Out + "No flow of personal data was added, removed or changed.\n";
  for (const auto &[Vendor, Kind] : D.NewKinds)
    Out += "**New kind of data to a vendor:** " + Kind + " -> " + Vendor + "\n\n";
  for (const Change &C : D.Added)
    Out += "- new: " + describe(*C.New) + ", " + C.New->Status + "\n";
  for (const Change &C : D.Changed)
    Out += "- changed: " + describe(*C.New) + ", " +
           (C.Old->Status == C.New->Status ? C.New->Status
                                           : C.Old->Status + " -> " + C.New->Status) +
           (C.Old->KindId == C.New->KindId ? "" : " (was " + C.Old->Kind + ")") + "\n";
  for (const Change &C : D.Removed)
    Out += "- removed: " + describe(*C.Old) + "\n";
  return Out;
}

ordered_json jsonOf(const Difference &D) {
  auto flow = [](const std::string &Id, const InventoryFlow &F) {
    return ordered_json{{"id", Id},     {"vendor", F.Vendor}, {"kind", F.KindId},
                        {"status", F.Status}, {"sdk", F.Sdk},  {"role", F.Role},
                        {"key", F.Key}, {"at", F.At},         {"text", describe(F)}};
  };
  ordered_json Added = ordered_json::array(), Removed = ordered_json::array(),
               Changed = ordered_json::array(), NewKinds = ordered_json::array();
  for (const Change &C : D.Added)
    Added.push_back(flow(C.Id, *C.New));
  for (const Change &C : D.Removed)
    Removed.push_back(flow(C.Id, *C.Old));
  for (const Change &C : D.Changed)
    Changed.push_back({{"old", flow(C.Id, *C.Old)}, {"new", flow(C.Id, *C.New)}});
  for (const auto &[Vendor, Kind] : D.NewKinds)
    NewKinds.push_back({{"vendor", Vendor}, {"kind", Kind}});
  return {{"piiflowInventoryDiff", 1}, {"newKinds", NewKinds}, {"added", Added},
          {"changed", Changed},         {"removed", Removed}};
}

int usage(llvm::raw_ostream &OS, int Status) {
  OS << "USAGE: piiflow diff <old.json> <new.json> [--format=markdown|json] [-o <file>]\n"
        "                    [--fail-on=none|new-kind|any]\n\n"
        "Compares two data inventories (piiflow --format=inventory-json) by their flows' "
        "stable ids:\nthe flows added, removed and changed, per vendor. Exit status: 0, or 1 "
        "when --fail-on matches\n(new-kind: a kind of data a vendor did not get before; any: "
        "a new reported flow),\n2 when an input does not read or the output cannot be "
        "written.\n";
  return Status;
}

} // namespace

bool isDiffCommand(int argc, const char **argv) {
  return argc > 1 && llvm::StringRef(argv[1]) == "diff";
}

int runDiffCommand(int argc, const char **argv) {
  std::vector<std::string> Inputs;
  std::string Output, Format = "markdown", FailOn = "none";
  for (int I = 2; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "--help" || Arg == "-help" || Arg == "-h")
      return usage(llvm::outs(), 0);
    if (Arg == "-o" && I + 1 < argc)
      Output = argv[++I];
    else if (Arg.consume_front("--format="))
      Format = Arg.str();
    else if (Arg.consume_front("--fail-on="))
      FailOn = Arg.str();
    else
      Inputs.push_back(Arg.str());
  }
  auto error = [](const std::string &Message) {
    llvm::WithColor::error(llvm::errs(), "piiflow") << Message << "\n";
    return 2;
  };
  if (Inputs.size() != 2)
    return usage(llvm::errs(), 2);
  if (Format != "markdown" && Format != "json")
    return error("unknown --format '" + Format + "' (expected markdown or json)");
  if (FailOn != "none" && FailOn != "new-kind" && FailOn != "any")
    return error("unknown --fail-on '" + FailOn + "' (expected none, new-kind or any)");
  llvm::Expected<Flows> Old = readInventory(Inputs[0]);
  if (!Old)
    return error(llvm::toString(Old.takeError()));
  llvm::Expected<Flows> New = readInventory(Inputs[1]);
  if (!New)
    return error(llvm::toString(New.takeError()));
  Difference D = compare(*Old, *New);
  std::string Text = Format == "json" ? jsonOf(D).dump(2) + "\n" : markdown(D);
  if (Output.empty())
    llvm::outs() << Text;
  else if (!writeOutputFile(Output, Text, "piiflow"))
    return 2;
  bool NewReported = llvm::any_of(D.Added, [](const Change &C) { return C.New->reported(); });
  bool Fails = (FailOn == "any" && NewReported) || (FailOn == "new-kind" && !D.NewKinds.empty());
  return Fails ? 1 : 0;
}

} // namespace piiflow
