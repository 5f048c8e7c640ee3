//===--- UnitAnalysis.h - Analysing one translation unit -------------------------------------===//
//
// The frontend action ClangTool runs on each unit: the core analyses the unit's AST, and each
// finding the tool reports (not in a system header; in a header only under --header-filter) is
// resolved and rendered while the unit is alive, into a ReportFinding that outlives it. With
// the whole program in view, the action also records the unit's facts (summaries, calls of
// other units' functions) for the resolution after the last unit.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_UNITANALYSIS_H
#define PIIFLOW_TOOLS_PIIFLOW_UNITANALYSIS_H

#include "Report.h"
#include "piiflow/Analysis.h"
#include "piiflow/Summaries.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace piiflow {

/// One analysis of a unit's AST and the checks whose findings it reports. Both privacy checks
/// share one pass when their options are the same, as the plugin shares one analysis.
struct AnalysisPass {
  Analyzer *TheAnalyzer = nullptr;
  std::vector<std::string> Checks; ///< reported from this pass; none: facts only
};

/// A file a unit read, and a digest of the content it parsed (FactsFile.h's contentDigest).
struct FileDigest {
  std::string Path;
  std::string Digest;
};

/// What the analysis of one translation unit yields, free of the unit: what its facts file and
/// its cache entry hold, and all that the link needs to report it.
struct UnitOutcome {
  std::string Source;
  std::vector<ReportFinding> Findings;
  std::vector<UnitFacts> Facts; ///< what the whole program resolves
  std::vector<UnitFailure> Failures;
  std::vector<ReportNotice> Notices;
  /// The main file and every file it includes, in the order the unit entered them.
  std::vector<FileDigest> Dependencies;
  /// No privacy check was enabled for the unit: the .clang-tidy that turned them off, or
  /// "--checks". Empty when one was.
  std::string ChecksDisabledBy;
};

/// What the analysis of one translation unit is told, and what it yields.
struct UnitState : UnitOutcome {
  /// The passes over the AST; the first also records the unit's facts.
  std::vector<AnalysisPass> Passes;
  const llvm::Regex *HeaderRegex = nullptr; ///< --header-filter, or null
  /// Several units, or summaries to export: record what the units tell each other. A run over
  /// one unit skips that work and reports as the check does.
  bool WholeProgram = false;
  bool Colors = false; ///< render the text with clang's colours (--use-color)
  /// Where the compiler's own diagnostics of the unit go (the runner prints them when the unit
  /// is done, so that units run at once do not interleave); null: stderr.
  llvm::raw_ostream *CompilerOutput = nullptr;

  bool Analysed = false; ///< the unit parsed far enough to be analysed
  unsigned Errors = 0;   ///< the compiler's errors in it
  bool Fatal = false;    ///< one of them stopped the parse (a missing header)
};

/// The actions that run State's passes over a unit into State.
std::unique_ptr<clang::tooling::FrontendActionFactory>
newAnalysisActionFactory(UnitState &State);

} // namespace piiflow

#endif
