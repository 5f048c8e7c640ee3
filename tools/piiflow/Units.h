//===--- Units.h - The translation units a run analyses --------------------------------------===//
//
// The sources named on the command line with their compile database, or, with -p and no
// source, every unit of that build directory's compile_commands.json; then, with --shard=K/N,
// only every N-th of them in path order. Sources are made absolute against the process's
// directory and sorted, so that the order (and so the output) does not depend on the order of
// the command line or of the database. Units that are not C, C++ or Objective-C (assembly, as
// sentry-native's database lists) are skipped with a note, not failed. In whole-database mode
// --extra-arg and --extra-arg-before apply as they do to listed files.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_UNITS_H
#define PIIFLOW_TOOLS_PIIFLOW_UNITS_H

#include "Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace piiflow {

struct UnitList {
  std::vector<std::string> Sources;
  /// How to compile them: the command line's database, or OwnDatabase.
  clang::tooling::CompilationDatabase *Database = nullptr;
  std::unique_ptr<clang::tooling::CompilationDatabase> OwnDatabase; ///< loaded from -p
  /// Units left out because they are not C, C++ or Objective-C: the file, and why.
  std::vector<std::pair<std::string, std::string>> Skipped;
};

/// The units of the run; on an error (no input, a database that does not load or lists no unit,
/// a bad --shard), says why on stderr and returns none.
std::optional<UnitList> chooseUnits(const ToolOptions &Options);

} // namespace piiflow

#endif
