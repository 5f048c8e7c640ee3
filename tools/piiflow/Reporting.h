//===--- Reporting.h - From the run's findings to the report and the exit status -------------===//
//
// After the analysis: which findings are reported (NOLINT comments, the policy, --baseline), the
// summaries of --export-summaries, the report in the chosen format (Report.h has the writers),
// --export-fixes and --fix, the failures and the summary line on stderr, and the exit status.
// The report's file is opened before the analysis, so that a path that cannot be written fails
// before the run costs anything; it is written into a temporary file and renamed into place only
// when complete (OutputFiles.h).
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_REPORTING_H
#define PIIFLOW_TOOLS_PIIFLOW_REPORTING_H

#include "Analyse.h"
#include "Options.h"
#include "OutputFiles.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <memory>
#include <optional>

namespace piiflow {

/// Where the report goes: -o's file (moved into place when complete), or standard output.
struct ReportOutput {
  std::optional<OutputFile> File; ///< none: standard output
  llvm::raw_ostream &stream() { return File ? File->stream() : llvm::outs(); }
};

/// Opens -o's file; on an error, or when -o, --export-summaries or --export-fixes names one of
/// the run's inputs (a source, a model, a baseline, a summaries file), says why on stderr and
/// returns none.
std::optional<ReportOutput> openReportOutput(const ToolOptions &Options,
                                             const std::vector<std::string> &Sources);

/// How reporting ended.
struct ReportOutcome {
  /// A unit failed, or an output (summaries, fixes) could not be written.
  bool Error = false;
  size_t Findings = 0; ///< findings reported, that count towards the exit status
};

/// Reports Run into Output, then the failures and (unless --quiet) the summary line on stderr.
ReportOutcome report(const ToolOptions &Options, RunResult &Run, ReportOutput &Output);

/// --emit-facts: writes Contents to the facts file (and --depfile's rule), then the failures
/// and (unless --quiet) what was written on stderr. Returns the exit status: 0, or 2 when a
/// unit failed or a file cannot be written.
int writeFactsOutputs(const ToolOptions &Options, const FactsContents &Contents);

/// 0 when nothing was found (or --exit-zero), 1 when there are findings, 2 on any error.
int exitStatus(const ToolOptions &Options, const ReportOutcome &Outcome);

} // namespace piiflow

#endif
