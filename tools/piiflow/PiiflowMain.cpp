//===--- PiiflowMain.cpp - The standalone piiflow tool ---------------------------------------===//
//
// piiflow [options] <source>... [-- <compiler flags>]
// piiflow [options] -p <build dir>            (every translation unit of compile_commands.json)
// piiflow [options] --emit-facts=<out.facts> ...   (the first phase only)
// piiflow link [options] a.facts b.facts ...      (the second phase only)
// piiflow merge a.sarif b.sarif ... [-o all.sarif]
// piiflow diff old.json new.json [--format=markdown|json] [--fail-on=new-kind|any]
//
// Analyses each translation unit with the core, resolves its findings while the unit is alive,
// and after the last unit writes them in the chosen format, sorted by file and offset and with
// duplicates (a header seen by several units) removed, as clang-tidy does. Exit status: 0 when
// nothing was found, 1 when there are findings, 2 on any error (bad arguments, a model that does
// not load, a unit that does not parse); a unit that fails does not stop the others.
//
// The run, phase by phase: the options (Options.h), the units (Units.h), the analysis
// (Analyse.h, one unit in UnitAnalysis.h), the report and the exit status (Reporting.h).
//
//===----------------------------------------------------------------------------------------===//
#include "Analyse.h"
#include "Options.h"
#include "Reporting.h"
#include "Units.h"

using namespace piiflow;

int main(int argc, const char **argv) {
  if (isMergeCommand(argc, argv))
    return runMergeCommand(argc, argv);
  if (isDiffCommand(argc, argv))
    return runDiffCommand(argc, argv);
  if (isLinkCommand(argc, argv)) {
    std::optional<ToolOptions> Options = parseLinkOptions(argc, argv);
    if (!Options)
      return 2;
    std::optional<ReportOutput> Output =
        openReportOutput(*Options, Options->Parser->getSourcePathList());
    if (!Output)
      return 2;
    std::optional<RunResult> Run = link(*Options);
    if (!Run)
      return 2;
    ReportOutcome Outcome = report(*Options, *Run, *Output);
    return exitStatus(*Options, Outcome);
  }

  std::optional<ToolOptions> Options = parseOptions(argc, argv);
  if (!Options)
    return 2;
  std::optional<UnitList> Units = chooseUnits(*Options);
  if (!Units)
    return 2;
  if (!Options->EmitFacts.empty()) {
    if (!outputsAreNotInputs({Options->EmitFacts, Options->Depfile}, Units->Sources, "piiflow"))
      return 2;
    std::optional<FactsContents> Facts = analyseUnits(*Options, *Units);
    return Facts ? writeFactsOutputs(*Options, *Facts) : 2;
  }
  // Open the report first: a path that cannot be written fails before the analysis runs.
  std::optional<ReportOutput> Output = openReportOutput(*Options, Units->Sources);
  if (!Output)
    return 2;
  std::optional<RunResult> Run = analyse(*Options, *Units);
  if (!Run)
    return 2;
  ReportOutcome Outcome = report(*Options, *Run, *Output);
  return exitStatus(*Options, Outcome);
}
