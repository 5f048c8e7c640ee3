//===--- Options.h - The command line of the piiflow tool ------------------------------------===//
//
// Every option of `piiflow` (docs/usage.md has the table) is an llvm::cl option of Options.cpp,
// parsed with clang's CommonOptionsParser, which also takes the sources and the compiler flags
// after `--`. The rest of the tool sees only ToolOptions: the values, and what can be checked
// before a unit is chosen already checked (the output format, the --header-filter regex, the
// --baseline report).
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_OPTIONS_H
#define PIIFLOW_TOOLS_PIIFLOW_OPTIONS_H

#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace piiflow {

/// The options of one run, as given on the command line.
struct ToolOptions {
  /// The sources named on the command line and their compile database (the flags after `--`,
  /// or the -p directory's).
  std::unique_ptr<clang::tooling::CommonOptionsParser> Parser;
  /// -p as written: CommonOptionsParser reads no database when no source is named, so the tool
  /// reads this one itself.
  std::string BuildPath;
  std::vector<std::string> Argv; ///< the command line as given

  std::string Format = "text"; ///< text, sarif, codequality, inventory-md, inventory-json, csv
  std::string OutputFile;      ///< -o; empty: standard output
  bool IncludeSuppressed = false;
  bool Quiet = false;
  bool ExitZero = false;
  /// --header-filter, compiled; none when not given.
  std::optional<llvm::Regex> HeaderRegex;
  std::string HeaderFilterText; ///< --header-filter as given, for the cache's keys
  /// The fingerprints of the --baseline report, read before the analysis; none when not given.
  std::string BaselinePath; ///< --baseline
  std::string SarifCategory; ///< --sarif-category
  std::optional<std::set<std::string>> BaselineFingerprints;

  std::string Shard; ///< K/N, checked when the units are chosen
  unsigned Jobs = 1;
  bool Progress = false;
  bool CompilerWarnings = false; ///< --compiler-warnings: show the units' own warnings
  /// Colours in the text report: --use-color, else when the report goes to a terminal.
  bool Colors = false;

  std::vector<std::string> ModelPaths;
  bool NoDefaultModels = false;
  std::string HashFunction, HashHeader;
  bool Explain = false;
  std::string PolicyText, ExtraNamesText, VocabularyFiles;
  std::vector<std::string> SummaryFiles;
  std::string ExportSummaries;

  bool ApplyFixes = false;
  std::string ExportFixes;

  /// --emit-facts: the run is the first phase only, and writes the units' facts here.
  std::string EmitFacts;
  std::string Depfile; ///< --depfile: the files the units read, for ninja
  std::string Checks;  ///< --checks: globs applied after the .clang-tidy files' (Config.h)
  /// Where analysed units are kept between runs (--cache-dir, by default <-p dir>/.piiflow-cache;
  /// empty with --no-cache or without -p).
  std::string CacheDir;
};

/// Parses and checks the command line; on an error, says why on stderr and returns none (the
/// tool then exits 2).
std::optional<ToolOptions> parseOptions(int argc, const char **argv);

/// `piiflow link [options] a.facts b.facts ...`: whether argv asks for it.
bool isLinkCommand(int argc, const char **argv);
/// Parses the command line of `piiflow link`: the options of a run, facts files for sources.
std::optional<ToolOptions> parseLinkOptions(int argc, const char **argv);

/// `piiflow merge a.sarif b.sarif ... [-o all.sarif]`: whether argv asks for it.
bool isMergeCommand(int argc, const char **argv);
/// Runs `piiflow merge`; returns the exit status.
int runMergeCommand(int argc, const char **argv);

/// `piiflow diff old.json new.json`: whether argv asks for it (InventoryDiff.cpp).
bool isDiffCommand(int argc, const char **argv);
/// Runs `piiflow diff`; returns the exit status.
int runDiffCommand(int argc, const char **argv);

} // namespace piiflow

#endif
