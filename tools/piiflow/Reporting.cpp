//===--- Reporting.cpp - From the run's findings to the report and the exit status -----------===//
//
// See Reporting.h. Findings are sorted by file, offset and message and their duplicates dropped,
// the order clang-tidy prints in. The inventory lists every flow; the text report and the exit
// status count what neither the policy allows nor a NOLINT comment suppresses nor --baseline
// already knows. Fix-its are collected per file with tooling::Replacements: a fix that conflicts
// with an earlier one is left out whole.
//
//===----------------------------------------------------------------------------------------===//
#include "Reporting.h"
#include "NoLint.h"
#include "Report.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include <map>
#include <set>
#include <tuple>

using namespace clang;
using namespace piiflow;

namespace {

/// Sorted by file, offset and message, duplicates removed: the order clang-tidy prints in.
void sortAndDeduplicate(std::vector<ReportFinding> &Findings) {
  auto Key = [](const ReportFinding &F) {
    return std::make_tuple(std::cref(F.Loc.File), F.Loc.Offset, std::cref(F.Message));
  };
  std::stable_sort(Findings.begin(), Findings.end(),
                   [&](const ReportFinding &A, const ReportFinding &B) { return Key(A) < Key(B); });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [&](const ReportFinding &A, const ReportFinding &B) {
                               return Key(A) == Key(B);
                             }),
                 Findings.end());
}

/// The findings of a run as each output wants them, sorted.
struct Selection {
  std::vector<ReportFinding> Flows;      ///< every flow, for the inventory
  std::vector<ReportFinding> Reported;   ///< reported and counted
  std::vector<ReportFinding> Suppressed; ///< reported but for a NOLINT comment
};

Selection selectFindings(const ToolOptions &Options, RunResult &Run) {
  // NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/END, as clang-tidy honours them.
  // An unmatched NOLINTBEGIN or NOLINTEND is an error, as in clang-tidy.
  NoLintFilter NoLint;
  for (ReportFinding &F : Run.Findings)
    F.Suppressed = NoLint.suppressed(F.Loc.File, F.Loc.Line, F.Loc.Column, F.Check);
  std::vector<NoLintError> Unmatched = NoLint.errors();
  llvm::sort(Unmatched, [](const NoLintError &A, const NoLintError &B) {
    return std::tie(A.File, A.Line, A.Column) < std::tie(B.File, B.Line, B.Column);
  });
  for (const NoLintError &E : Unmatched)
    Run.Summary.Failures.push_back(UnitFailure{
        E.File, E.File + ":" + std::to_string(E.Line) + ":" + std::to_string(E.Column) + ": " +
                    E.Message});
  // Every flow, for the inventory; then only what is to be reported.
  sortAndDeduplicate(Run.Findings);
  Selection S;
  S.Flows = Run.Findings;
  S.Reported = std::move(Run.Findings);
  llvm::erase_if(S.Reported, [](const ReportFinding &F) { return F.Allowed; });
  for (ReportFinding &F : S.Reported)
    if (F.Suppressed)
      S.Suppressed.push_back(F);
  llvm::erase_if(S.Reported, [](const ReportFinding &F) { return F.Suppressed; });
  if (Options.BaselineFingerprints)
    llvm::erase_if(S.Reported, [&](const ReportFinding &F) {
      return Options.BaselineFingerprints->count(
                 findingFingerprint(F, Run.Summary.WorkingDirectory)) != 0;
    });
  return S;
}

/// --export-summaries: the resolved summaries as JSON.
bool writeSummaries(const std::string &Path, const SummaryStore &Program) {
  return writeOutputFile(Path, Program.toJson(), "piiflow");
}

/// The report in Options.Format.
void writeReport(llvm::raw_ostream &Out, const ToolOptions &Options, const Selection &Findings,
                 const RunSummary &Summary) {
  if (Options.Format == "inventory-md") {
    writeInventoryMarkdown(Out, Findings.Flows, Summary.WorkingDirectory);
  } else if (Options.Format == "inventory-json") {
    writeInventoryJson(Out, Findings.Flows, Summary.WorkingDirectory);
  } else if (Options.Format == "csv") {
    writeInventoryCsv(Out, Findings.Flows, Summary.WorkingDirectory);
  } else if (Options.Format == "codequality") {
    writeCodeQuality(Out, Findings.Reported, Summary.WorkingDirectory);
  } else if (Options.Format == "sarif") {
    std::vector<ReportFinding> Reported = Findings.Reported;
    if (Options.IncludeSuppressed) {
      Reported.insert(Reported.end(), Findings.Suppressed.begin(), Findings.Suppressed.end());
      sortAndDeduplicate(Reported);
    }
    writeSarif(Out, Reported, Summary);
  } else {
    writeText(Out, Findings.Reported, Summary.Notices);
  }
  Out.flush();
}

/// The primary fixes of all findings, per file; a fix that conflicts with an earlier one is left
/// out whole. Kept, if given, says for each finding whether its fix is in.
std::map<std::string, tooling::Replacements>
collectFixes(const std::vector<ReportFinding> &Findings, std::vector<bool> *Kept = nullptr) {
  std::map<std::string, tooling::Replacements> ByFile;
  for (const ReportFinding &F : Findings) {
    // A fix is applied whole or not at all.
    std::map<std::string, tooling::Replacements> Attempt = ByFile;
    bool Fits = true;
    for (const tooling::Replacement &R : F.Fix) {
      if (llvm::Error E = Attempt[R.getFilePath().str()].add(R)) {
        llvm::consumeError(std::move(E));
        Fits = false;
        break;
      }
    }
    if (Fits)
      ByFile = std::move(Attempt);
    if (Kept)
      Kept->push_back(Fits && !F.Fix.empty());
  }
  return ByFile;
}

/// Writes the findings as clang-tidy's --export-fixes does (tooling::TranslationUnitDiagnostics):
/// each warning with its check, message, location, notes and fix, which clang-apply-replacements
/// applies and tools that read clang-tidy's fixes read. A fix that conflicts with an earlier one
/// is left out whole, as clang-tidy leaves out incompatible fixes.
bool exportFixes(const std::vector<ReportFinding> &Findings, const std::string &Path,
                 const std::vector<std::string> &Units, const std::string &BuildDirectory) {
  std::vector<bool> Kept;
  collectFixes(Findings, &Kept);
  tooling::TranslationUnitDiagnostics TUD;
  TUD.MainSourceFile = Units.empty() ? "" : Units.front();
  for (size_t I = 0; I < Findings.size(); ++I) {
    const ReportFinding &F = Findings[I];
    tooling::DiagnosticMessage Message(F.Message);
    Message.FilePath = F.Loc.File;
    Message.FileOffset = F.Loc.Offset;
    if (F.ArgumentRange)
      Message.Ranges.push_back(*F.ArgumentRange);
    if (Kept[I])
      for (const tooling::Replacement &R : F.Fix)
        llvm::consumeError(Message.Fix[R.getFilePath()].add(R));
    llvm::SmallVector<tooling::DiagnosticMessage, 1> Notes;
    for (const ReportStep &Step : F.Trace) {
      tooling::DiagnosticMessage Note(Step.Message);
      Note.FilePath = Step.Loc.File;
      Note.FileOffset = Step.Loc.Offset;
      Notes.push_back(std::move(Note));
    }
    if (!F.AlternativeNote.empty()) {
      tooling::DiagnosticMessage Note(F.AlternativeNote);
      Note.FilePath = F.AlternativeLoc.File;
      Note.FileOffset = F.AlternativeLoc.Offset;
      for (const tooling::Replacement &R : F.AlternativeFix)
        llvm::consumeError(Note.Fix[R.getFilePath()].add(R));
      Notes.push_back(std::move(Note));
    }
    TUD.Diagnostics.emplace_back(F.Check, Message, Notes, tooling::Diagnostic::Warning,
                                 BuildDirectory);
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output YAML(OS);
  YAML << TUD;
  OS.flush();
  return writeOutputFile(Path, Text, "piiflow");
}

/// Applies every primary fix; returns false (and says why) when one does not apply.
bool applyFixes(const std::vector<ReportFinding> &Findings) {
  bool Ok = true;
  for (auto &[File, Replacements] : collectFixes(Findings)) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      llvm::WithColor::error(llvm::errs(), "piiflow") << "cannot read " << File << " to fix it\n";
      Ok = false;
      continue;
    }
    auto Fixed = tooling::applyAllReplacements((*Buffer)->getBuffer(), Replacements);
    if (!Fixed) {
      llvm::WithColor::error(llvm::errs(), "piiflow") << "cannot fix " << File << ": "
                   << llvm::toString(Fixed.takeError()) << "\n";
      Ok = false;
      continue;
    }
    // In place, as clang-apply-replacements writes: the file keeps its mode and links.
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (!EC) {
      Out << *Fixed;
      Out.close();
      EC = Out.error();
      Out.clear_error();
    }
    if (EC) {
      llvm::WithColor::error(llvm::errs(), "piiflow")
          << "cannot write " << File << ": " << EC.message() << "\n";
      Ok = false;
    }
  }
  return Ok;
}

/// The units left out (not C-family), as notes on stderr.
void printSkipped(llvm::ArrayRef<UnitFailure> Skipped) {
  for (const UnitFailure &Unit : Skipped)
    llvm::WithColor::note(llvm::errs(), "piiflow") << Unit.Reason << "\n";
}

/// The units that failed, as errors on stderr.
void printFailures(llvm::ArrayRef<UnitFailure> Failures) {
  for (const UnitFailure &Failure : Failures)
    llvm::WithColor::error(llvm::errs(), "piiflow") << Failure.Reason << "\n";
}

/// Units whose privacy checks a configuration turned off: a warning per configuration, never
/// silent, since such a unit reports nothing.
void printDisabledChecks(const RunSummary &Summary) {
  for (const std::string &Message : Summary.disabledChecksMessages())
    llvm::WithColor::warning(llvm::errs(), "piiflow") << Message << "\n";
}

/// The skipped units as notes, the failed units, the units whose checks are off, then (unless
/// Quiet) "N findings in M translation units." (with how many were skipped), on stderr.
void printSummary(size_t Findings, const RunSummary &Summary, bool Quiet) {
  printSkipped(Summary.Skipped);
  printFailures(Summary.Failures);
  printDisabledChecks(Summary);
  if (Quiet)
    return;
  llvm::errs() << Findings << " finding" << (Findings == 1 ? "" : "s") << " in "
               << Summary.Units.size() << " translation unit"
               << (Summary.Units.size() == 1 ? "" : "s");
  if (!Summary.Skipped.empty())
    llvm::errs() << " (" << Summary.Skipped.size()
                 << " skipped: not C, C++ or Objective-C)";
  llvm::errs() << ".\n";
}

} // namespace

std::optional<ReportOutput> piiflow::openReportOutput(const ToolOptions &Options,
                                                      const std::vector<std::string> &Sources) {
  std::vector<std::string> Inputs = Sources;
  Inputs.insert(Inputs.end(), Options.ModelPaths.begin(), Options.ModelPaths.end());
  Inputs.insert(Inputs.end(), Options.SummaryFiles.begin(), Options.SummaryFiles.end());
  if (!Options.BaselinePath.empty())
    Inputs.push_back(Options.BaselinePath);
  if (!outputsAreNotInputs({Options.OutputFile, Options.ExportSummaries, Options.ExportFixes},
                           Inputs, "piiflow"))
    return std::nullopt;
  ReportOutput Output;
  if (!Options.OutputFile.empty() && Options.OutputFile != "-") {
    std::optional<OutputFile> Opened = OutputFile::open(Options.OutputFile, "piiflow");
    if (!Opened)
      return std::nullopt;
    Output.File.emplace(std::move(*Opened));
  }
  return Output;
}

/// The failures of units analysed in part, with how many findings in them the report has: those
/// of the unit and those the link added at its calls of other units' functions.
void countFindingsOfPartialUnits(RunSummary &Summary, const std::vector<ReportFinding> &Reported) {
  for (UnitFailure &Failure : Summary.Failures) {
    if (!Failure.CountsFindings)
      continue;
    size_t Count = llvm::count_if(
        Reported, [&](const ReportFinding &F) { return F.Loc.File == Failure.File; });
    Failure.Reason += ": " + std::to_string(Count) + " finding" + (Count == 1 ? "" : "s") +
                      " reported in it";
    Failure.CountsFindings = false;
  }
}

ReportOutcome piiflow::report(const ToolOptions &Options, RunResult &Run, ReportOutput &Output) {
  ReportOutcome Outcome;
  Selection Findings = selectFindings(Options, Run);
  countFindingsOfPartialUnits(Run.Summary, Findings.Reported);
  if (!Options.ExportSummaries.empty() && !writeSummaries(Options.ExportSummaries, Run.Program)) {
    Outcome.Error = true;
    return Outcome;
  }
  Run.Summary.SarifCategory = Options.SarifCategory;
  writeReport(Output.stream(), Options, Findings, Run.Summary);
  bool ReportOk = true;
  if (Output.File) {
    ReportOk = Output.File->commit();
  } else if (llvm::outs().flush(), llvm::outs().has_error()) {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "cannot write the report to standard output: " << llvm::outs().error().message() << "\n";
    llvm::outs().clear_error();
    ReportOk = false;
  }

  bool FixesOk = true;
  if (!Options.ExportFixes.empty())
    FixesOk = exportFixes(Findings.Reported, Options.ExportFixes, Run.Summary.Units,
                          Run.Summary.WorkingDirectory);
  if (Options.ApplyFixes)
    FixesOk = applyFixes(Findings.Reported) && FixesOk;

  printSummary(Findings.Reported.size(), Run.Summary, Options.Quiet);
  Outcome.Error = !Run.Summary.Failures.empty() || !FixesOk || !ReportOk;
  Outcome.Findings = Findings.Reported.size();
  return Outcome;
}

std::vector<std::string> RunSummary::disabledChecksMessages() const {
  std::vector<std::string> Messages;
  for (const auto &[By, Count] : ChecksDisabledBy)
    Messages.push_back(std::to_string(Count) + " of " + std::to_string(Units.size()) +
                       " translation unit" + (Units.size() == 1 ? "" : "s") +
                       ": privacy checks disabled by " + By + " (nothing in " +
                       (Count == 1 ? "it" : "them") + " was analysed for personal data)");
  return Messages;
}

/// Path as a Makefile rule names a file: spaces, '#' and '$' escaped, as ninja reads them.
static std::string makeEscaped(llvm::StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (C == ' ' || C == '#' || C == '\\')
      Out += '\\';
    if (C == '$')
      Out += '$';
    Out += C;
  }
  return Out;
}

int piiflow::writeFactsOutputs(const ToolOptions &Options, const FactsContents &Contents) {
  bool Ok = writeOutputFile(Options.EmitFacts, encodeFacts(Contents), "piiflow");
  if (!Options.Depfile.empty()) {
    std::set<std::string> Read;
    for (const UnitOutcome &Unit : Contents.Units) {
      // One name per file: the dependencies are real paths, so the source is too (a checkout
      // reached through a link would otherwise be listed twice).
      llvm::SmallString<256> Real;
      Read.insert(llvm::sys::fs::real_path(Unit.Source, Real) ? Unit.Source
                                                              : std::string(Real.str()));
      for (const FileDigest &Dependency : Unit.Dependencies)
        Read.insert(Dependency.Path);
    }
    std::string Rule = makeEscaped(Options.EmitFacts) + ":";
    for (const std::string &File : Read)
      Rule += " \\\n  " + makeEscaped(File);
    Ok = writeOutputFile(Options.Depfile, Rule + "\n", "piiflow") && Ok;
  }
  size_t Failed = 0;
  printSkipped(Contents.Skipped);
  RunSummary Disabled;
  for (const UnitOutcome &Unit : Contents.Units) {
    Failed += !Unit.Failures.empty();
    // Their findings are counted by the link, which reports them.
    printFailures(Unit.Failures);
    Disabled.Units.push_back(Unit.Source);
    if (!Unit.ChecksDisabledBy.empty())
      ++Disabled.ChecksDisabledBy[Unit.ChecksDisabledBy];
  }
  printDisabledChecks(Disabled);
  if (!Options.Quiet && Ok)
    llvm::errs() << "Wrote the facts of " << Contents.Units.size() << " translation unit"
                 << (Contents.Units.size() == 1 ? "" : "s") << " to " << Options.EmitFacts
                 << ".\n";
  return Ok && Failed == 0 ? 0 : 2;
}

int piiflow::exitStatus(const ToolOptions &Options, const ReportOutcome &Outcome) {
  if (Outcome.Error)
    return 2;
  return Outcome.Findings == 0 || Options.ExitZero ? 0 : 1;
}
