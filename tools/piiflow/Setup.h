//===--- Setup.h - What analysing a unit needs under one configuration -----------------------===//
//
// A unit is analysed under the options of each privacy check in the .clang-tidy nearest to it,
// with those of the command line winning: a check's models, policy, extra names and hash function
// make one Setup, loaded once per distinct set of options and shared by every unit and check that
// has them (units without a .clang-tidy share the command line's).
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
  /// A digest of all of the above that decides an analysis: the models' fingerprint, the
  /// options' values, the imported summaries. Units analysed under equal digests agree.
  std::string Digest;
};

/// One setup per distinct set of check options. Not thread-safe: callers serialise get().
class SetupCache {
public:
  /// ImportedDigest: a digest of the content of the summaries files Imported was read from.
  SetupCache(const ToolOptions &CommandLine, const SummaryStore *Imported,
             std::string ImportedDigest = "")
      : CommandLine(CommandLine), Imported(Imported), ImportedDigest(std::move(ImportedDigest)) {}

  /// The setup of Check under Config; an error names the file when a value in it is wrong.
  llvm::Expected<Setup *> get(const CheckConfig &Config, llvm::StringRef Check);

private:
  const ToolOptions &CommandLine;
  const SummaryStore *Imported; ///< --summaries, or null
  std::string ImportedDigest;
  /// By the options' values (and the file, which errors name).
  std::map<std::pair<std::string, std::map<std::string, std::string>>, std::unique_ptr<Setup>>
      ByOptions;
};

} // namespace piiflow

#endif
