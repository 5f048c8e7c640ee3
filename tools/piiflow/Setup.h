//===--- Setup.h - What analysing a unit needs under one configuration -----------------------===//
//
// A unit is analysed under the privacy-* options of the .clang-tidy nearest to it, with those of
// the command line winning: its models, policy, extra names and hash function make one Setup,
// loaded once per .clang-tidy file and shared by every unit under it (units without one share
// the command line's).
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_SETUP_H
#define PIIFLOW_TOOLS_PIIFLOW_SETUP_H

#include "Config.h"
#include "Options.h"
#include "piiflow/Analysis.h"
#include "piiflow/Classifier.h"
#include "piiflow/Models.h"
#include "piiflow/Summaries.h"
#include "llvm/Support/Error.h"
#include <map>
#include <memory>
#include <string>

namespace piiflow {

/// What analysing a unit needs under one configuration: its models, options and analyzer.
struct Setup {
  ModelCatalog Models;
  AnalysisOptions Options;
  Classifier Classes;
};

/// One setup per distinct .clang-tidy (units without one share the command line's). Not
/// thread-safe: callers serialise get().
class SetupCache {
public:
  SetupCache(const ToolOptions &CommandLine, const SummaryStore *Imported)
      : CommandLine(CommandLine), Imported(Imported) {}

  /// The setup of Config; an error names the file when a value in it is wrong.
  llvm::Expected<Setup *> get(const CheckConfig &Config);

private:
  const ToolOptions &CommandLine;
  const SummaryStore *Imported; ///< --summaries, or null
  std::map<std::string, std::unique_ptr<Setup>> ByFile;
};

} // namespace piiflow

#endif
