//===--- Units.cpp - The translation units a run analyses ------------------------------------===//
//
// See Units.h. The compile database of -p is loaded with clang's own
// CompilationDatabase::loadFromDirectory, as clang-tidy loads it; a shard is taken from the
// units in path order, so that every CI job splits the same database the same way.
//
//===----------------------------------------------------------------------------------------===//
#include "Units.h"
#include "clang/Driver/Types.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/WithColor.h"

using namespace clang;
using namespace piiflow;

namespace {

/// The values of --extra-arg (After) and --extra-arg-before (Before) on the command line, up to
/// `--`. CommonOptionsParser applies them only when sources are listed; read here for -p alone.
void extraArguments(const std::vector<std::string> &Argv, std::vector<std::string> &Before,
                    std::vector<std::string> &After) {
  for (size_t I = 1; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--")
      break;
    Arg.consume_front("-");
    Arg.consume_front("-");
    for (auto [Name, Into] :
         {std::pair{"extra-arg-before", &Before}, std::pair{"extra-arg", &After}}) {
      llvm::StringRef Rest = Arg;
      if (!Rest.consume_front(Name))
        continue;
      if (Rest.consume_front("="))
        Into->push_back(Rest.str());
      else if (Rest.empty() && I + 1 < Argv.size())
        Into->push_back(Argv[++I]);
      else
        continue;
      break;
    }
  }
}

/// Every unit of the compile database of Options.BuildPath, into Units.
bool loadBuildDirectory(const ToolOptions &Options, UnitList &Units) {
  const std::string &BuildPath = Options.BuildPath;
  if (BuildPath.empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "no input: give source files, or -p <build dir> with a "
           "compile_commands.json\n";
    return false;
  }
  std::string Error;
  Units.OwnDatabase = tooling::CompilationDatabase::loadFromDirectory(BuildPath, Error);
  if (!Units.OwnDatabase) {
    llvm::WithColor::error(llvm::errs(), "piiflow") << BuildPath << ": " << Error << "\n";
    return false;
  }
  std::vector<std::string> Before, After;
  extraArguments(Options.Argv, Before, After);
  if (!Before.empty() || !After.empty()) {
    auto Adjusted =
        std::make_unique<tooling::ArgumentsAdjustingCompilations>(std::move(Units.OwnDatabase));
    Adjusted->appendArgumentsAdjuster(
        tooling::getInsertArgumentAdjuster(Before, tooling::ArgumentInsertPosition::BEGIN));
    Adjusted->appendArgumentsAdjuster(
        tooling::getInsertArgumentAdjuster(After, tooling::ArgumentInsertPosition::END));
    Units.OwnDatabase = std::move(Adjusted);
  }
  Units.Database = Units.OwnDatabase.get();
  Units.Sources = Units.Database->getAllFiles();
  if (Units.Sources.empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow") << BuildPath
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
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "--shard takes K/N with 1 <= K <= N, not '" << Shard << "'\n";
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

/// The language of Source as its compile command gives it (-x), or as its extension says.
driver::types::ID languageOf(const std::string &Source,
                             const tooling::CompilationDatabase &Database) {
  for (const tooling::CompileCommand &Command : Database.getCompileCommands(Source)) {
    const std::vector<std::string> &Args = Command.CommandLine;
    for (size_t I = 0; I < Args.size(); ++I) {
      llvm::StringRef Arg = Args[I];
      if (Arg == "--")
        break;
      std::string Language;
      if (Arg == "-x" && I + 1 < Args.size())
        Language = Args[I + 1];
      else if (Arg.starts_with("-x") && Arg.size() > 2)
        Language = Arg.drop_front(2).str();
      if (!Language.empty())
        return driver::types::lookupTypeForTypeSpecifier(Language.c_str());
    }
  }
  return driver::types::lookupTypeForExtension(
      llvm::sys::path::extension(Source).drop_front());
}

bool isCFamily(driver::types::ID Type) {
  using namespace driver::types;
  return isCXX(Type) || isObjC(Type) || Type == TY_C || Type == TY_PP_C || Type == TY_CHeader ||
         Type == TY_PP_CHeader;
}

/// Sources absolute, sorted and unique; those that are not C, C++ or Objective-C moved to
/// Units.Skipped with a note on stderr.
void normaliseSources(UnitList &Units) {
  std::vector<std::string> Kept;
  for (std::string &Source : Units.Sources) {
    llvm::SmallString<256> Path(Source);
    llvm::sys::fs::make_absolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Kept.push_back(std::string(Path));
  }
  llvm::sort(Kept);
  Kept.erase(std::unique(Kept.begin(), Kept.end()), Kept.end());
  Units.Sources.clear();
  for (std::string &Source : Kept) {
    driver::types::ID Type = languageOf(Source, *Units.Database);
    if (isCFamily(Type)) {
      Units.Sources.push_back(std::move(Source));
      continue;
    }
    std::string Why = std::string("not C, C++ or Objective-C (") +
                      (Type == driver::types::TY_INVALID ? "unknown language"
                                                          : driver::types::getTypeName(Type)) +
                      ")";
    Units.Skipped.emplace_back(std::move(Source), std::move(Why));
  }
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
  normaliseSources(Units);
  if (!Options.Shard.empty() && !takeShard(Options.Shard, Units.Sources))
    return std::nullopt;
  return Units;
}
