//===--- Analyse.h - The analysis of a run: every unit, then the whole program ---------------===//
//
// Loads the summaries of --summaries and the command line's setup, analyses the chosen units
// (-j at once, each into a state of its own), merges what they yield in the units' order, and
// resolves what the units tell each other: calls of functions other units define become
// findings, and findings a caller in another unit reports are dropped. What comes out does not
// depend on -j nor on the order of the units.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_ANALYSE_H
#define PIIFLOW_TOOLS_PIIFLOW_ANALYSE_H

#include "Options.h"
#include "Report.h"
#include "Units.h"
#include "piiflow/Summaries.h"
#include <optional>
#include <vector>

namespace piiflow {

/// What the analysis of a run hands the reporting.
struct RunResult {
  /// Every unit's findings in the units' order, then those only the whole program shows; not
  /// yet sorted, nor checked against NOLINT comments.
  std::vector<ReportFinding> Findings;
  RunSummary Summary;   ///< the units, those that failed, the working directory
  SummaryStore Program; ///< the resolved summaries, for --export-summaries
};

/// Analyses Units; on an error that stops the run (summaries or the command line's models that
/// do not load), says why on stderr and returns none. A unit that fails is only recorded.
std::optional<RunResult> analyse(const ToolOptions &Options, const UnitList &Units);

} // namespace piiflow

#endif
