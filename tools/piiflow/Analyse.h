//===--- Analyse.h - The analysis of a run: every unit, then the whole program ---------------===//
//
// A run has two phases. The first loads the summaries of --summaries and the command line's
// setup and analyses the chosen units (-j at once, each into a state of its own, or taken from
// the cache when nothing it depends on changed) into their outcomes: what a facts file holds.
// The second (the link) merges the outcomes in the units' order and resolves what the units
// tell each other: calls of functions other units define become findings, and findings a caller
// in another unit reports are dropped. A run does both in one process; --emit-facts stops after
// the first and `piiflow link` does only the second, over facts files of any number of runs,
// with the same result. What comes out depends neither on -j nor on the order of the units.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_ANALYSE_H
#define PIIFLOW_TOOLS_PIIFLOW_ANALYSE_H

#include "FactsFile.h"
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

/// Both phases: analyses Units and links them. On an error that stops the run (summaries or the
/// command line's models that do not load), says why on stderr and returns none. A unit that
/// fails is only recorded.
std::optional<RunResult> analyse(const ToolOptions &Options, const UnitList &Units);

/// The first phase only: the outcomes of Units, in their order (none as analyse).
std::optional<FactsContents> analyseUnits(const ToolOptions &Options, const UnitList &Units);

/// The second phase only, over the facts files that are Options' sources. A facts file that
/// does not read, or was analysed under another setup, is a failure of the run; the others are
/// still linked and reported.
std::optional<RunResult> link(const ToolOptions &Options);

} // namespace piiflow

#endif
