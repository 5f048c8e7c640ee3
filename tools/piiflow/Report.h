//===--- Report.h - Findings resolved to files and lines, and the reporters ------------------===//
//
// The standalone tool resolves each core Finding while its translation unit is alive (files,
// lines, columns, rendered text, replacements) so that the reporters can run after all units are
// analysed. One reporter per format: text (clang's diagnostic format) and SARIF 2.1.0.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_REPORT_H
#define PIIFLOW_TOOLS_PIIFLOW_REPORT_H

#include "piiflow/DataKind.h"
#include "piiflow/Summaries.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class SourceManager;
} // namespace clang

namespace piiflow {

struct ReportLocation {
  std::string File; ///< absolute path
  unsigned Offset = 0;
  unsigned Line = 0, Column = 0;       ///< column in bytes, 1-based, as clang prints it
  unsigned CodePointColumn = 0;        ///< column in Unicode code points, for SARIF
  unsigned EndLine = 0, EndCodePointColumn = 0;
  std::string LineText;                ///< the source line, for fingerprints
};

struct ReportStep {
  ReportLocation Loc;
  std::string Message;
};

struct ReportFinding {
  std::string Check; ///< privacy-pii-to-analytics or privacy-weak-pseudonymization
  bool Suppressed = false; ///< by a NOLINT comment; only kept with --include-suppressed
  bool Allowed = false;    ///< the policy accepts it: only in the inventory
  DataKind Kind;
  std::string Message; ///< without the check name
  std::string Vendor, SdkId, Function, Role, Key, Evidence;
  /// The vendor's terms for privacy teams: its role ("processor", "third-party") and the data use
  /// (a fideslang key), from the model and the policy; set when the run is linked.
  std::string VendorRole, DataUse;
  ReportLocation Loc;
  std::vector<ReportStep> Trace;
  /// The argument that carries the data, as a byte range (--export-fixes' Ranges).
  std::optional<clang::tooling::FileByteRange> ArgumentRange;
  std::string FixDescription;
  std::vector<clang::tooling::Replacement> Fix;
  /// The fix offered on a note ("or pseudonymise the value with ..."), where the note is.
  std::string AlternativeNote;
  ReportLocation AlternativeLoc;
  std::vector<clang::tooling::Replacement> AlternativeFix;
  std::string Text; ///< the warning and its notes as clang prints them
  std::string RootParameterOf; ///< see Finding::RootParameterOf
};

/// A location of a unit as file, line and columns; End, if valid, ends the region.
ReportLocation resolveLocation(const clang::SourceManager &SM, clang::SourceLocation Loc,
                               clang::SourceLocation End = clang::SourceLocation());

/// Renders findings that only the whole program shows, after every unit is gone.
class ProgramRenderer {
public:
  explicit ProgramRenderer(bool Colors = false);
  ~ProgramRenderer();
  /// The finding as a report, its text as clang prints diagnostics; none if its file is gone.
  std::optional<ReportFinding> render(const ProgramFinding &F);

private:
  class Impl;
  std::unique_ptr<Impl> TheImpl;
};

/// What the analysis of a unit left unfinished (AnalysisNotice), at the function it concerns.
struct ReportNotice {
  ReportLocation Loc;
  std::string Message;
  std::string Text; ///< the remark as clang prints it
};

struct UnitFailure {
  std::string File;
  std::string Reason;
  /// The unit was analysed as far as it parses: the report appends how many of its findings it
  /// reports (known only after the link, where other units' calls add to them).
  bool CountsFindings = false;
};

struct RunSummary {
  std::vector<std::string> Units;
  std::vector<UnitFailure> Failures;
  std::vector<UnitFailure> Skipped; ///< units that are not C, C++ or Objective-C, and why
  std::string SarifCategory = "piiflow"; ///< --sarif-category: automationDetails.id's category
  std::vector<ReportNotice> Notices; ///< sorted by file and offset, no duplicates
  std::string WorkingDirectory;
  /// Per .clang-tidy (or "--checks") that turned every privacy check off, how many units it
  /// left unanalysed.
  std::map<std::string, unsigned> ChecksDisabledBy;
  /// "N of M translation units: privacy checks disabled by F" for each ChecksDisabledBy entry.
  std::vector<std::string> disabledChecksMessages() const;
};

/// The findings and the notices, in the order of their locations.
void writeText(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
               const std::vector<ReportNotice> &Notices);

/// The data inventory: per vendor, every kind of personal data sent, where from, and whether it
/// is reported, allowed by the policy or suppressed. Root makes paths relative.
void writeInventoryMarkdown(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                            const std::string &Root);
void writeInventoryJson(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                        const std::string &Root);
/// The inventory as CSV (RFC 4180), one row per flow, for spreadsheets and privacy tools.
void writeInventoryCsv(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Flows,
                       const std::string &Root);
void writeSarif(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
                const RunSummary &Run);
/// A GitLab Code Quality report (Code Climate issues); Root makes paths relative.
void writeCodeQuality(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
                      const std::string &Root);

/// `piiflow merge`: one SARIF run from the reports of sharded jobs; returns the exit status.
int mergeSarif(llvm::ArrayRef<std::string> Inputs, const std::string &Output);

/// A hash of the finding that survives line shifts and unrelated edits: its file (relative to
/// Root), check, sink, slot, key, kind and the trimmed text of the sink's line.
std::string findingFingerprint(const ReportFinding &F, const std::string &Root);

/// File relative to Root when it lies under it, else File as it is.
std::string relativeToRoot(const std::string &File, const std::string &Root);

/// Each finding's fingerprint, numbered (-2, -3) where findings would share one: ids that are
/// unique in a report (GitLab's fingerprints, the inventory's ids).
std::vector<std::string> uniqueFindingIds(const std::vector<ReportFinding> &Findings,
                                          const std::string &Root);

/// The fingerprints of a SARIF file written by piiflow, for --baseline.
llvm::Expected<std::vector<std::string>> readBaselineFingerprints(const std::string &Path);

/// The SARIF rule id of a check's kind: "privacy-pii-to-analytics/email".
std::string sarifRuleId(llvm::StringRef Check, DataKind Kind);

} // namespace piiflow

#endif
