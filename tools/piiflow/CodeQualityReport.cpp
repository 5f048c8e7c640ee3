//===--- CodeQualityReport.cpp - Findings as a GitLab Code Quality report -------------------===//
//
// --format=codequality: the JSON array GitLab reads from `artifacts: reports: codequality` and
// shows in merge request widgets, diffs and pipeline tabs (a subset of Code Climate's issue
// format). Each finding is one issue: its message, the check and kind as check_name, a stable
// fingerprint (findingFingerprint, which survives line shifts, numbered when two findings would
// share one), a severity from the kind's security severity, and the sink's file (relative to the
// working directory, the project root in a GitLab job) and line.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "piiflow/Analysis.h"
#include "piiflow/JsonInput.h"
#include <nlohmann/json.hpp>

namespace piiflow {

using nlohmann::ordered_json;

namespace {

/// GitLab's severities (info, minor, major, critical, blocker), from SARIF's security-severity:
/// 9 and up critical, 7 major, 4 minor. The weak-pseudonymization check ranks 3 lower, as in
/// SARIF.
const char *codeQualitySeverity(const ReportFinding &F) {
  double Severity = dataKindSeverity(F.Kind);
  if (F.Check == WeakPseudonymizationCheckName)
    Severity = std::max(1.0, Severity - 3.0);
  if (Severity >= 9.0)
    return "critical";
  if (Severity >= 7.0)
    return "major";
  if (Severity >= 4.0)
    return "minor";
  return "info";
}

} // namespace

void writeCodeQuality(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
                      const std::string &Root) {
  ordered_json Issues = ordered_json::array();
  std::vector<std::string> Ids = uniqueFindingIds(Findings, Root);
  for (size_t I = 0; I < Findings.size(); ++I) {
    const ReportFinding &F = Findings[I];
    ordered_json Issue;
    Issue["type"] = "issue";
    Issue["description"] = F.Message;
    Issue["check_name"] = sarifRuleId(F.Check, F.Kind);
    Issue["fingerprint"] = Ids[I];
    Issue["severity"] = codeQualitySeverity(F);
    Issue["categories"] = {"Security"};
    Issue["location"] = {{"path", relativeToRoot(F.Loc.File, Root)},
                         {"lines", {{"begin", F.Loc.Line}}}};
    Issues.push_back(std::move(Issue));
  }
  OS << dumpJson(Issues, 2) << "\n";
}

} // namespace piiflow
