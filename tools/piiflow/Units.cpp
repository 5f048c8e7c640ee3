//===--- Units.cpp - The translation units a run analyses ------------------------------------===//
//
// See Units.h. The compile database of -p is loaded with clang's own
// CompilationDatabase::loadFromDirectory, as clang-tidy loads it; a shard is taken from the
// units in path order, so that every CI job splits the same database the same way.
//
//===----------------------------------------------------------------------------------------===//
#include "Units.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace piiflow;

namespace {

/// Every unit of the compile database of Options.BuildPath, into Units.
bool loadBuildDirectory(const ToolOptions &Options, UnitList &Units) {
  const std::string &BuildPath = Options.BuildPath;
  if (BuildPath.empty()) {
    llvm::errs() << "piiflow: error: no input: give source files, or -p <build dir> with a "
                    "compile_commands.json\n";
    return false;
  }
  std::string Error;
  Units.OwnDatabase = tooling::CompilationDatabase::loadFromDirectory(BuildPath, Error);
  if (!Units.OwnDatabase) {
    llvm::errs() << "piiflow: error: " << BuildPath << ": " << Error << "\n";
    return false;
  }
  Units.Database = Units.OwnDatabase.get();
  Units.Sources = Units.Database->getAllFiles();
  if (Units.Sources.empty()) {
    llvm::errs() << "piiflow: error: " << BuildPath
                 << "/compile_commands.json lists no translation unit\n";
    return false;
  }
  return true;
}

/// Keeps shard K of N (--shard=K/N) of Sources.
bool takeShard(const std::string &Shard, std::vector<std::string> &Sources) {
  auto [KText, NText] = llvm::StringRef(Shard).split('/');
  unsigned K = 0, N = 0;
  if (KText.getAsInteger(10, K) || NText.getAsInteger(10, N) || N == 0 || K == 0 || K > N) {
    llvm::errs() << "piiflow: error: --shard takes K/N with 1 <= K <= N, not '" << Shard
                 << "'\n";
    return false;
  }
  // The units in path order, every N-th from the K-th: the same split on every job.
  std::vector<std::string> Sorted = Sources;
  llvm::sort(Sorted);
  Sources.clear();
  for (size_t I = K - 1; I < Sorted.size(); I += N)
    Sources.push_back(Sorted[I]);
  return true;
}

} // namespace

std::optional<UnitList> piiflow::chooseUnits(const ToolOptions &Options) {
  UnitList Units;
  // Sources from the command line, or every unit of the compile database given with -p.
  Units.Sources = Options.Parser->getSourcePathList();
  if (Units.Sources.empty()) {
    if (!loadBuildDirectory(Options, Units))
      return std::nullopt;
  } else {
    Units.Database = &Options.Parser->getCompilations();
  }
  if (!Options.Shard.empty() && !takeShard(Options.Shard, Units.Sources))
    return std::nullopt;
  return Units;
}
