//===--- SarifReport.cpp - Findings as SARIF 2.1.0 for code-scanning dashboards --------------===//
//
// One run; one rule per kind of personal data (id "privacy-pii-to-analytics/<kind>") with
// descriptions, help and a security-severity; one result per finding whose first location is the
// sink call, whose relatedLocations hold the source, and whose codeFlow walks every hop. URIs are
// relative to %SRCROOT% (the working directory) when the file lies under it. Written with
// nlohmann::ordered_json so the output is byte-stable.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "piiflow/JsonInput.h"
#include "piiflow/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA1.h"
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace piiflow {

using nlohmann::ordered_json;

std::string sarifRuleId(llvm::StringRef Check, DataKind Kind) {
  return Check.str() + "/" + dataKindId(Kind).str();
}

static constexpr const char *PiiCheck = "privacy-pii-to-analytics";
static constexpr const char *WeakCheck = "privacy-weak-pseudonymization";

namespace {

std::string ruleName(llvm::StringRef Check, DataKind Kind) {
  std::string Name;
  bool Upper = true;
  for (char C : dataKindId(Kind)) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Name.push_back(Upper ? llvm::toUpper(C) : C);
    Upper = false;
  }
  return Name + (Check == WeakCheck ? "WeaklyPseudonymizedForThirdParty" : "SentToThirdParty");
}

std::string severityText(double Severity) {
  char Buffer[16];
  snprintf(Buffer, sizeof(Buffer), "%.1f", Severity);
  return Buffer;
}

/// The check's documentation page, for the rule's helpUri: PIIFLOW_DOCS_URL (a CMake setting)
/// followed by checks/<check>.md.
std::string checkDocumentationUri(llvm::StringRef Check) {
  return std::string(PIIFLOW_DOCS_URL) + "/checks/" + Check.str() + ".md";
}

/// privacy-weak-pseudonymization: a plain hash a dictionary reverses, lower severity.
ordered_json weakRule(DataKind Kind) {
  std::string Phrase = dataKindPhrase(Kind).str();
  std::string Short = Phrase + " hashed without a key and sent to a third party";
  Short[0] = llvm::toUpper(Short[0]);
  std::string Full =
      "A value that holds " + Phrase +
      " reaches a third-party analytics, telemetry or crash-reporting SDK hashed without a key "
      "(SHA-256, MD5, std::hash). Anyone with a list of candidate values (a leaked user list, "
      "every phone number of a country) reverses such a hash.";
  std::string HelpText = Full + "\n\nHow to fix: use a keyed hash (HMAC) with a key the vendor "
                                "never sees, or do not send the value.";
  std::string HelpMarkdown = "**" + Short + "**\n\n" + Full +
                             "\n\n**How to fix:** use a keyed hash (HMAC) with a key the vendor "
                             "never sees, or do not send the value. See "
                             "docs/checks/privacy-weak-pseudonymization.md.";
  ordered_json R;
  R["id"] = sarifRuleId(WeakCheck, Kind);
  R["name"] = ruleName(WeakCheck, Kind);
  R["shortDescription"] = {{"text", Short}};
  R["fullDescription"] = {{"text", Full}};
  R["helpUri"] = checkDocumentationUri(WeakCheck);
  R["help"] = {{"text", HelpText}, {"markdown", HelpMarkdown}};
  R["defaultConfiguration"] = {{"level", "warning"}};
  // CWE-328: a weak hash; CWE-359: private personal information exposed.
  R["properties"] = {{"tags", {"security", "privacy", dataKindId(Kind).str(), "pseudonymization",
                               "external/cwe/cwe-328", "external/cwe/cwe-359"}},
                     {"kind", "path-problem"},
                     {"precision", "high"},
                     {"security-severity",
                      severityText(std::max(1.0, dataKindSeverity(Kind) - 3.0))}};
  return R;
}

ordered_json rule(DataKind Kind) {
  std::string Phrase = dataKindPhrase(Kind).str();
  std::string Short = Phrase + " sent to an analytics, telemetry or crash-reporting SDK";
  Short[0] = llvm::toUpper(Short[0]);
  std::string Full =
      "A value that holds " + Phrase +
      " reaches a call of a third-party analytics, telemetry or crash-reporting SDK (as an event "
      "property, the user identity, user traits or free text). Whatever an app sends a vendor "
      "leaks when the vendor is breached.";
  std::string HelpText =
      Full + "\n\nHow to fix: do not send the value; if the vendor needs a stable identifier, "
             "send a keyed hash (HMAC) of an internal id instead. The fix-it drops the property or "
             "wraps the value in the configured HashFunction.";
  std::string HelpMarkdown =
      "**" + Short + "**\n\n" + Full +
      "\n\n**How to fix:** drop the property, or send a keyed hash (HMAC) of an internal id "
      "instead of the raw value. The fix-it of `privacy-pii-to-analytics` does either; see "
      "docs/checks/privacy-pii-to-analytics.md.";
  ordered_json R;
  R["id"] = sarifRuleId(PiiCheck, Kind);
  R["name"] = ruleName(PiiCheck, Kind);
  R["shortDescription"] = {{"text", Short}};
  R["fullDescription"] = {{"text", Full}};
  R["helpUri"] = checkDocumentationUri(PiiCheck);
  R["help"] = {{"text", HelpText}, {"markdown", HelpMarkdown}};
  R["defaultConfiguration"] = {{"level", "warning"}};
  // CWE-359: private personal information exposed; CWE-201: sensitive data in sent data.
  R["properties"] = {{"tags", {"security", "privacy", dataKindId(Kind).str(),
                               "external/cwe/cwe-359", "external/cwe/cwe-201"}},
                     {"kind", "path-problem"},
                     {"precision", "high"},
                     {"security-severity", severityText(dataKindSeverity(Kind))}};
  return R;
}

/// Path percent-encoded as a URI path (RFC 3986), byte by byte, as clang's SarifDocumentWriter
/// encodes file names: letters, digits, `/` and the characters a path segment may hold stay;
/// everything else (spaces, `#`, `%`, `?`, non-ASCII bytes) becomes %XX.
std::string percentEncodedPath(llvm::StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~:@!$&'()*+,;=").contains(C))
      Out.push_back(C);
    else
      Out += "%" + llvm::toHex(llvm::StringRef(&C, 1));
  }
  return Out;
}

/// Files under the working directory are given relative to %SRCROOT%.
ordered_json artifact(const std::string &File, const std::string &Root) {
  ordered_json A;
  llvm::StringRef Path = File;
  if (!Root.empty() && Path.starts_with(Root + "/")) {
    A["uri"] = percentEncodedPath(Path.drop_front(Root.size() + 1));
    A["uriBaseId"] = "%SRCROOT%";
  } else {
    A["uri"] = "file://" + percentEncodedPath(File);
  }
  return A;
}

ordered_json physical(const ReportLocation &L, const std::string &Root) {
  ordered_json Region = {{"startLine", L.Line}, {"startColumn", L.CodePointColumn}};
  if (L.EndLine >= L.Line && L.EndCodePointColumn > 0 &&
      (L.EndLine > L.Line || L.EndCodePointColumn > L.CodePointColumn)) {
    Region["endLine"] = L.EndLine;
    Region["endColumn"] = L.EndCodePointColumn;
  }
  return {{"physicalLocation", {{"artifactLocation", artifact(L.File, Root)}, {"region", Region}}}};
}

} // namespace

std::string relativeToRoot(const std::string &File, const std::string &Root) {
  llvm::StringRef Path = File;
  if (!Root.empty() && Path.starts_with(Root + "/"))
    return Path.drop_front(Root.size() + 1).str();
  return File;
}

std::vector<std::string> uniqueFindingIds(const std::vector<ReportFinding> &Findings,
                                          const std::string &Root) {
  std::vector<std::string> Ids;
  llvm::StringMap<unsigned> Seen;
  for (const ReportFinding &F : Findings) {
    std::string Id = findingFingerprint(F, Root);
    if (unsigned Occurrence = Seen[Id]++)
      Id += "-" + std::to_string(Occurrence + 1);
    Ids.push_back(std::move(Id));
  }
  return Ids;
}

std::string findingFingerprint(const ReportFinding &F, const std::string &Root) {
  std::string Path = relativeToRoot(F.Loc.File, Root);
  std::string Basis = Path + "\n" + F.Check + "\n" + F.Function + "\n" + F.Role + "\n" + F.Key + "\n" +
                      dataKindId(F.Kind).str() + "\n" + llvm::StringRef(F.Loc.LineText).trim().str();
  llvm::SHA1 Hash;
  Hash.update(Basis);
  return llvm::toHex(Hash.final(), /*LowerCase=*/true);
}

llvm::Expected<std::vector<std::string>> readBaselineFingerprints(const std::string &Path) {
  auto Log = readJsonFile(Path, "baseline");
  if (!Log)
    return Log.takeError();
  auto notSarif = [&](const std::string &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: not a SARIF log: %s",
                                   Path.c_str(), Why.c_str());
  };
  const nlohmann::json *Runs = jsonField(*Log, "runs");
  if (!Runs || !Runs->is_array())
    return notSarif("'runs' must be an array");
  std::vector<std::string> Fingerprints;
  for (size_t R = 0; R < Runs->size(); ++R) {
    const nlohmann::json &Run = (*Runs)[R];
    std::string Where = "runs[" + std::to_string(R) + "]";
    if (!Run.is_object())
      return notSarif(Where + " must be an object");
    const nlohmann::json *Results = jsonField(Run, "results");
    if (!Results)
      continue;
    if (!Results->is_array())
      return notSarif(Where + ".results must be an array");
    for (size_t I = 0; I < Results->size(); ++I) {
      std::string Result = Where + ".results[" + std::to_string(I) + "]";
      if (!(*Results)[I].is_object())
        return notSarif(Result + " must be an object");
      const nlohmann::json *Prints = jsonField((*Results)[I], "partialFingerprints");
      if (!Prints)
        continue;
      // SARIF 2.1.0 (3.27.17): an object whose every value is a string. Read any other way, a
      // mistyped baseline would suppress nothing, in silence.
      if (!Prints->is_object())
        return notSarif(Result + ".partialFingerprints must be an object");
      for (const auto &[Name, Print] : Prints->items())
        if (!Print.is_string())
          return notSarif(Result + ".partialFingerprints." + Name + " must be a string, not " +
                          Print.dump());
      // A result without our fingerprint (another tool's, or a hand-edited one) matches nothing.
      if (std::optional<std::string> Print = jsonString(*Prints, "piiflowFindingHash/v1"))
        Fingerprints.push_back(std::move(*Print));
    }
  }
  return Fingerprints;
}

/// A byte offset into a file as an offset in Unicode code points.
static unsigned codePointOffset(const std::string &File, unsigned ByteOffset) {
  static std::map<std::string, std::string> Contents;
  auto It = Contents.find(File);
  if (It == Contents.end()) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    It = Contents.emplace(File, Buffer ? (*Buffer)->getBuffer().str() : std::string()).first;
  }
  llvm::StringRef Text = It->second;
  if (Text.empty())
    return ByteOffset;
  unsigned Count = 0;
  for (unsigned char C : Text.take_front(ByteOffset))
    if ((C & 0xC0) != 0x80)
      ++Count;
  return Count;
}

void writeSarif(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
                const RunSummary &Run) {
  const std::string &Root = Run.WorkingDirectory;
  ordered_json Rules = ordered_json::array();
  std::map<std::string, unsigned> RuleIndex;
  for (DataKind Kind : allDataKinds()) {
    RuleIndex[sarifRuleId(PiiCheck, Kind)] = Rules.size();
    Rules.push_back(rule(Kind));
  }
  for (DataKind Kind : allDataKinds())
    if (isDictionaryReversible(Kind)) {
      RuleIndex[sarifRuleId(WeakCheck, Kind)] = Rules.size();
      Rules.push_back(weakRule(Kind));
    }

  ordered_json Results = ordered_json::array();
  for (const ReportFinding &F : Findings) {
    ordered_json Result;
    Result["ruleId"] = sarifRuleId(F.Check, F.Kind);
    Result["ruleIndex"] = RuleIndex[sarifRuleId(F.Check, F.Kind)];
    Result["level"] = "warning";
    std::string Text = F.Message;
    if (!F.Trace.empty())
      Text += " (source: [" + F.Evidence + "](1))";
    Result["message"] = {{"text", Text}};
    Result["locations"] = ordered_json::array({physical(F.Loc, Root)});
    if (!F.Trace.empty()) {
      ordered_json Source = physical(F.Trace.front().Loc, Root);
      Source["id"] = 1;
      Source["message"] = {{"text", F.Trace.front().Message}};
      Result["relatedLocations"] = ordered_json::array({Source});
      ordered_json Steps = ordered_json::array();
      for (const ReportStep &Step : F.Trace) {
        ordered_json Location = physical(Step.Loc, Root);
        Location["message"] = {{"text", Step.Message}};
        Steps.push_back({{"location", Location}});
      }
      ordered_json Sink = physical(F.Loc, Root);
      Sink["message"] = {{"text", F.Message}};
      Steps.push_back({{"location", Sink}});
      Result["codeFlows"] = ordered_json::array(
          {{{"threadFlows", ordered_json::array({{{"locations", Steps}}})}}});
    }
    Result["partialFingerprints"] = {{"piiflowFindingHash/v1", findingFingerprint(F, Root)}};
    ordered_json Properties = {{"vendor", F.Vendor},
                               {"sdk", F.SdkId},
                               {"sink", F.Function},
                               {"role", F.Role},
                               {"kind", dataKindId(F.Kind).str()},
                               {"dataCategory", dataKindCategory(F.Kind).str()},
                               {"sensitivity", dataKindSensitivity(F.Kind).str()}};
    if (!F.VendorRole.empty()) {
      Properties["vendorRole"] = F.VendorRole;
      Properties["dataUse"] = F.DataUse;
    }
    if (!F.Key.empty())
      Properties["key"] = F.Key;
    Result["properties"] = Properties;
    if (!F.Fix.empty()) {
      std::map<std::string, ordered_json> ByFile;
      for (const clang::tooling::Replacement &R : F.Fix) {
        // charOffset and charLength count Unicode code points, as columnKind says.
        unsigned Begin = codePointOffset(R.getFilePath().str(), R.getOffset());
        unsigned End = codePointOffset(R.getFilePath().str(), R.getOffset() + R.getLength());
        ordered_json Replacement = {
            {"deletedRegion", {{"charOffset", Begin}, {"charLength", End - Begin}}}};
        if (!R.getReplacementText().empty())
          Replacement["insertedContent"] = {{"text", R.getReplacementText().str()}};
        ByFile[R.getFilePath().str()].push_back(Replacement);
      }
      ordered_json Changes = ordered_json::array();
      for (auto &[File, Replacements] : ByFile)
        Changes.push_back({{"artifactLocation", artifact(File, Root)}, {"replacements", Replacements}});
      Result["fixes"] = ordered_json::array(
          {{{"description", {{"text", F.FixDescription}}}, {"artifactChanges", Changes}}});
    }
    if (F.Suppressed)
      Result["suppressions"] = ordered_json::array(
          {{{"kind", "inSource"}, {"justification", "NOLINT comment at the finding"}}});
    Results.push_back(Result);
  }

  ordered_json Notifications = ordered_json::array();
  // A unit's notification: at the unit's file, as a whole.
  auto unitNotification = [&](const char *Level, const UnitFailure &Unit) {
    return ordered_json{
        {"level", Level},
        {"message", {{"text", Unit.Reason}}},
        {"locations", ordered_json::array({{{"physicalLocation",
                                             {{"artifactLocation", artifact(Unit.File, Root)}}}}})}};
  };
  for (const UnitFailure &Failure : Run.Failures)
    Notifications.push_back(unitNotification("error", Failure));
  // Units that are not C, C++ or Objective-C (assembly): left out, said so.
  for (const UnitFailure &Skipped : Run.Skipped)
    Notifications.push_back(unitNotification("note", Skipped));
  // Units whose privacy checks a configuration turned off: nothing of them was analysed.
  for (const std::string &Message : Run.disabledChecksMessages())
    Notifications.push_back({{"level", "warning"}, {"message", {{"text", Message}}}});
  // Functions whose analysis stopped at its budget: their findings may be incomplete.
  for (const ReportNotice &Notice : Run.Notices)
    Notifications.push_back({{"level", "note"},
                             {"message", {{"text", Notice.Message}}},
                             {"locations", ordered_json::array({physical(Notice.Loc, Root)})}});
  // No command line: the report must not depend on -j, -o or the order of the arguments.
  ordered_json Invocation = {{"executionSuccessful", Run.Failures.empty()}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = Notifications;

  ordered_json Driver = {{"name", "piiflow"},
                         {"informationUri", PIIFLOW_HOMEPAGE_URL},
                         {"version", PIIFLOW_VERSION},
                         {"semanticVersion", PIIFLOW_VERSION},
                         {"rules", Rules}};
  ordered_json SarifRun = {{"tool", {{"driver", Driver}}},
                           {"invocations", ordered_json::array({Invocation})},
                           {"columnKind", "unicodeCodePoints"}};
  if (!Root.empty())
    SarifRun["originalUriBaseIds"] = {
        {"%SRCROOT%", {{"uri", "file://" + percentEncodedPath(Root) + "/"}}}};
  // Code scanning's category: everything up to the last '/' (--sarif-category, "piiflow" by
  // default), so that matrix jobs and several tools upload side by side.
  SarifRun["automationDetails"] = {{"id", Run.SarifCategory + "/"}};
  SarifRun["results"] = Results;

  ordered_json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({SarifRun})}};
  OS << dumpJson(Log, 2) << "\n";
}

} // namespace piiflow
