//===--- InventoryReport.cpp - The data inventory for privacy and vendor-risk reviews --------===//
//
// Per vendor, every kind of personal data the code sends: where it comes from (the source and
// why it is that kind), where it goes (the SDK call, its slot and key, and where the call is), and
// its status: reported (a finding), allowed (the policy accepts it) or suppressed (a NOLINT
// comment). The record a privacy review or a vendor-risk audit asks for, in Markdown for people
// and JSON for tools; both sorted, so that they diff well between runs. Each flow has a stable
// id (the finding's fingerprint, which survives line shifts), and the run says what produced it:
// piiflow's version and LLVM, when (SOURCE_DATE_EPOCH, if set, for reproducible reports) and at
// which commit (GITHUB_SHA, CI_COMMIT_SHA, else `git rev-parse HEAD` in the working directory).
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "piiflow/JsonInput.h"
#include "piiflow/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace piiflow {
namespace {

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
  std::string Source, Evidence; ///< where the data comes from, and why it is that kind
  std::string Id, KindId, SdkId, Check;
  std::string VendorRole, DataUse; ///< the vendor's terms (Report.h)
  bool operator<(const Flow &O) const {
    return std::tie(Function, Role, Key, Status, Where, Source, Id) <
           std::tie(O.Function, O.Role, O.Key, O.Status, O.Where, O.Source, O.Id);
  }
};

/// vendor -> kind -> flows
using Inventory = std::map<std::string, std::map<std::string, std::set<Flow>>>;

Inventory collect(const std::vector<ReportFinding> &Flows, const std::string &Root) {
  Inventory Out;
  std::vector<std::string> Ids = uniqueFindingIds(Flows, Root);
  for (size_t I = 0; I < Flows.size(); ++I) {
    const ReportFinding &F = Flows[I];
    const std::string &Id = Ids[I];
    const ReportLocation &From = F.Trace.empty() ? F.Loc : F.Trace.front().Loc;
    Out[F.Vendor][dataKindPhrase(F.Kind).str()].insert(
        Flow{F.Function, F.Role, F.Key, statusOf(F),
             relativeToRoot(F.Loc.File, Root) + ":" + std::to_string(F.Loc.Line),
             relativeToRoot(From.File, Root) + ":" + std::to_string(From.Line), F.Evidence, Id,
             dataKindId(F.Kind).str(), F.SdkId, F.Check, F.VendorRole, F.DataUse});
  }
  return Out;
}

/// The run's time as ISO 8601 UTC: SOURCE_DATE_EPOCH when set, as reproducible builds do.
std::string runTime() {
  std::time_t Now = std::time(nullptr);
  if (const char *Epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    long long Seconds;
    if (!llvm::StringRef(Epoch).getAsInteger(10, Seconds))
      Now = static_cast<std::time_t>(Seconds);
  }
  std::tm Utc;
  gmtime_r(&Now, &Utc);
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%dT%H:%M:%SZ", &Utc);
  return Buffer;
}

/// The commit the sources are at, when known: the CI's variable, else git in Root.
std::string runCommit(const std::string &Root) {
  for (const char *Variable : {"GITHUB_SHA", "CI_COMMIT_SHA", "BUILD_VCS_NUMBER"})
    if (const char *Value = std::getenv(Variable); Value && *Value)
      return Value;
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git || Root.empty())
    return "";
  llvm::SmallString<128> Output;
  if (llvm::sys::fs::createTemporaryFile("piiflow-commit", "txt", Output))
    return "";
  llvm::FileRemover Remove(Output);
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, llvm::StringRef(Output),
                                                llvm::StringRef("")};
  int Status = llvm::sys::ExecuteAndWait(*Git, {"git", "-C", Root, "rev-parse", "HEAD"},
                                         std::nullopt, Redirects);
  auto Text = llvm::MemoryBuffer::getFile(Output);
  if (Status != 0 || !Text)
    return "";
  return llvm::StringRef((*Text)->getBuffer()).trim().str();
}

/// A vendor's terms as its flows give them: "processor, essential.service.operations".
std::string termsOf(const std::map<std::string, std::set<Flow>> &Kinds) {
  std::set<std::string> Terms;
  for (const auto &[Kind, Set] : Kinds)
    for (const Flow &F : Set)
      if (!F.VendorRole.empty())
        Terms.insert(F.VendorRole + ", " + F.DataUse);
  return llvm::join(Terms, "; ");
}

/// The phrase of a kind with its data category: "email address (`user.contact.email`)".
std::string kindWithCategory(const std::string &Phrase, const std::string &KindId) {
  std::optional<DataKind> Kind = parseDataKind(KindId);
  return Kind ? Phrase + " (`" + dataKindCategory(*Kind).str() + "`)" : Phrase;
}

/// Text for a Markdown table cell: a `|` would end the cell.
std::string cell(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text)
    Out += C == '|' ? std::string("\\|") : std::string(1, C);
  return Out;
}

struct RunInfo {
  std::string Time, Commit;
};

RunInfo runInfo(const std::string &Root) { return RunInfo{runTime(), runCommit(Root)}; }

} // namespace

void writeInventoryMarkdown(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                            const std::string &Root) {
  Inventory Inv = collect(Flows, Root);
  RunInfo Run = runInfo(Root);
  OS << "# Personal data sent to third parties\n\n"
     << "piiflow " << PIIFLOW_VERSION << " (LLVM " << PIIFLOW_BUILT_WITH_LLVM << "), "
     << Run.Time << (Run.Commit.empty() ? "" : ", commit " + Run.Commit) << ".\n\n";
  if (Inv.empty()) {
    OS << "No personal data reaches a modelled vendor.\n";
    return;
  }
  OS << "| vendor | its role, the data use | kinds of personal data |\n|---|---|---|\n";
  for (const auto &[Vendor, Kinds] : Inv) {
    std::string List;
    for (const auto &[Kind, Set] : Kinds)
      List += (List.empty() ? "" : ", ") + kindWithCategory(Kind, Set.begin()->KindId);
    OS << "| " << Vendor << " | " << termsOf(Kinds) << " | " << List << " |\n";
  }
  for (const auto &[Vendor, Kinds] : Inv) {
    OS << "\n## " << Vendor << "\n\n"
       << "| kind | from | because | sent through | slot | key | at | status |\n"
       << "|---|---|---|---|---|---|---|---|\n";
    for (const auto &[Kind, Set] : Kinds)
      for (const Flow &F : Set)
        OS << "| " << kindWithCategory(Kind, F.KindId) << " | " << cell(F.Source) << " | "
           << cell(F.Evidence) << " | `"
           << cell(F.Function) << "` | " << F.Role << " | "
           << (F.Key.empty() ? "" : "`" + cell(F.Key) + "`") << " | " << cell(F.Where) << " | "
           << F.Status << " |\n";
  }
}

void writeInventoryJson(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                        const std::string &Root) {
  Inventory Inv = collect(Flows, Root);
  RunInfo Run = runInfo(Root);
  nlohmann::ordered_json Vendors = nlohmann::ordered_json::array();
  for (const auto &[Vendor, Kinds] : Inv) {
    nlohmann::ordered_json KindList = nlohmann::ordered_json::array();
    for (const auto &[Kind, Set] : Kinds) {
      nlohmann::ordered_json List = nlohmann::ordered_json::array();
      for (const Flow &F : Set)
        List.push_back({{"id", F.Id},
                        {"status", F.Status},
                        {"vendorRole", F.VendorRole},
                        {"dataUse", F.DataUse},
                        {"check", F.Check},
                        {"source", {{"at", F.Source}, {"evidence", F.Evidence}}},
                        {"destination",
                         {{"sdk", F.SdkId},
                          {"sink", F.Function},
                          {"role", F.Role},
                          {"key", F.Key},
                          {"at", F.Where}}}});
      std::optional<DataKind> Id = parseDataKind(Set.begin()->KindId);
      KindList.push_back({{"kind", Kind},
                          {"kindId", Set.begin()->KindId},
                          {"category", Id ? dataKindCategory(*Id).str() : ""},
                          {"sensitivity", Id ? dataKindSensitivity(*Id).str() : ""},
                          {"flows", List}});
    }
    Vendors.push_back({{"vendor", Vendor}, {"kinds", KindList}});
  }
  nlohmann::ordered_json Meta = {{"tool", "piiflow"},
                                 {"version", PIIFLOW_VERSION},
                                 {"llvm", PIIFLOW_BUILT_WITH_LLVM},
                                 {"generated", Run.Time},
                                 {"commit", Run.Commit.empty()
                                                ? nlohmann::ordered_json()
                                                : nlohmann::ordered_json(Run.Commit)}};
  nlohmann::ordered_json Document = {
      {"piiflowInventory", 2}, {"run", Meta}, {"vendors", Vendors}};
  OS << dumpJson(Document, 2) << "\n";
}

namespace {

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with quotes
/// doubled. A field a spreadsheet would read as a formula (=, +, -, @ first) gets a leading
/// apostrophe, as OWASP advises against CSV injection: the code's text reaches privacy teams'
/// spreadsheets.
std::string csvField(llvm::StringRef Text) {
  std::string Value = Text.str();
  if (!Value.empty() && llvm::StringRef("=+-@").contains(Value.front()))
    Value.insert(Value.begin(), '\'');
  if (Value.find_first_of(",\"\r\n") == std::string::npos)
    return Value;
  std::string Out = "\"";
  for (char C : Value)
    Out += C == '"' ? std::string("\"\"") : std::string(1, C);
  return Out + "\"";
}

} // namespace

void writeInventoryCsv(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                       const std::string &Root) {
  OS << "id,vendor,vendor_role,data_use,category,kind,sensitivity,source,evidence,sdk,sink,"
        "slot,key,status,at\r\n";
  for (const auto &[Vendor, Kinds] : collect(Flows, Root))
    for (const auto &[Kind, Set] : Kinds)
      for (const Flow &F : Set) {
        std::optional<DataKind> Id = parseDataKind(F.KindId);
        std::string Fields[] = {F.Id,
                                Vendor,
                                F.VendorRole,
                                F.DataUse,
                                Id ? dataKindCategory(*Id).str() : "",
                                F.KindId,
                                Id ? dataKindSensitivity(*Id).str() : "",
                                F.Source,
                                F.Evidence,
                                F.SdkId,
                                F.Function,
                                F.Role,
                                F.Key,
                                F.Status,
                                F.Where};
        std::string Line;
        for (const std::string &Field : Fields)
          Line += (Line.empty() ? "" : ",") + csvField(Field);
        OS << Line << "\r\n";
      }
}

} // namespace piiflow
