//===--- Options.cpp - The command line of the piiflow tool ----------------------------------===//
//
// The llvm::cl options of `piiflow`, in one category so that --help lists only them and
// CommonOptionsParser's own (-p, --extra-arg, ...). parseOptions checks them in a fixed order,
// stopping at the first error: the command line itself, --format, --header-filter, --baseline.
// Also the argument parsing of `piiflow merge`, which takes no llvm::cl option.
//
//===----------------------------------------------------------------------------------------===//
#include "Options.h"
#include "Report.h"
#include "piiflow/ClangCompat.h"
#include "piiflow/Version.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/WithColor.h"

using namespace clang;
using namespace piiflow;

static llvm::cl::OptionCategory PiiflowCategory("piiflow options");

// --help ends with clang's own words on -p and `--`, then the rest of what a user needs.
static llvm::cl::extrahelp CommonHelp(tooling::CommonOptionsParser::HelpMessage);
static llvm::cl::extrahelp PiiflowHelp(R"(
Usage:
  piiflow [options] <source>... -- <compiler flags>
      analyses the given files, compiled with the flags after `--`
  piiflow [options] -p <build dir> [<source>...]
      analyses every translation unit of <build dir>/compile_commands.json (or the given ones)
  piiflow [options] --emit-facts=<out.facts> -p <build dir> [--shard=K/N] [<source>...]
      the first phase only: analyses the units and writes their facts, without a report
  piiflow link [options] <a.facts> <b.facts>...
      the second phase only: resolves the units of the facts files as one program and reports
      them (as a run over all those units would), without parsing any source
  piiflow merge <a.sarif> <b.sarif>... [-o <all.sarif>]
      merges the SARIF reports of sharded runs (--shard=K/N) into one, keeping each result once

Configuration:
  The CheckOptions of the .clang-tidy nearest to each file are read as clang-tidy reads them:
  privacy-pii-to-analytics.<Option> and privacy-weak-pseudonymization.<Option> for one check, or
  <Option> alone for both (ModelFiles, HashFunction, HashHeader, Policy, ExtraNames, Vocabulary,
  SummaryFiles, Explain). Its Checks: line turns a privacy check off only with a glob that names it
  (-privacy-*, -privacy-pii-to-analytics): a bare -* that lists a project's clang-tidy checks
  leaves them on. --checks applies after the files. Units whose privacy checks are all off are
  counted in a warning, once per .clang-tidy. Options on this command line win over the files.

Models:
  The bundled models are in ../share/piiflow/models next to this program's directory; --models
  adds more, --no-default-models leaves them out, and ModelFiles in .clang-tidy replaces them.

Exit status:
  0  no finding (or --exit-zero)
  1  findings were reported (with --baseline: findings that are not in the baseline)
  2  an error: bad arguments or configuration, a model or summaries file that does not load, a
     translation unit that does not parse or a report that cannot be written. The other units
     are still analysed and reported.

Documentation: share/doc/piiflow/usage.md, or docs/usage.md in the source tree.
)");

static llvm::cl::opt<std::string>
    Format("format",
           llvm::cl::desc("Output format: text (clang diagnostics), sarif, codequality (a GitLab "
                          "Code Quality report), or the data inventory as inventory-md, "
                          "inventory-json or csv"),
           llvm::cl::init("text"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> OutputFile("o", llvm::cl::desc("Write the report to <file>"),
                                             llvm::cl::value_desc("file"),
                                             llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool>
    UseColor("use-color",
             llvm::cl::desc("Colour the text report, as clang-tidy's --use-color; without it, "
                            "colours are used when standard output is a terminal"),
             llvm::cl::cat(PiiflowCategory));
static llvm::cl::list<std::string>
    ModelPaths("models",
               llvm::cl::desc("Model file or directory to load besides the bundled models "
                              "(repeatable)"),
               llvm::cl::value_desc("dir|file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool>
    NoDefaultModels("no-default-models",
                    llvm::cl::desc("Do not load the bundled models, only those given by --models"),
                    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string>
    HashFunction("hash-function",
                 llvm::cl::desc("Function the fix-its wrap around values to pseudonymise them"),
                 llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string>
    HashHeader("hash-header", llvm::cl::desc("Header that declares --hash-function"),
               llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> Explain(
    "explain",
    llvm::cl::desc("Also report, as remarks, where personal data is given to calls whose targets "
                   "the unit does not show (function pointers, std::function)"),
    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> ApplyFixes("fix", llvm::cl::desc("Apply the fix-its to the sources"),
                                      llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> ExportFixes(
    "export-fixes",
    llvm::cl::desc("Write the fix-its as YAML for clang-apply-replacements (as clang-tidy's "
                   "option of the same name)"),
    llvm::cl::value_desc("file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> HeaderFilter(
    "header-filter",
    llvm::cl::desc("Regular expression of headers whose findings are shown (as clang-tidy's "
                   "--header-filter, with the same default as the clang-tidy of this LLVM); "
                   "findings in the main file are always shown"),
    llvm::cl::init(compat::DefaultHeaderFilter), llvm::cl::cat(PiiflowCategory));
static llvm::cl::list<std::string> SummaryFiles(
    "summaries",
    llvm::cl::desc("Summaries file of functions defined elsewhere (from --export-summaries); "
                   "repeatable"),
    llvm::cl::value_desc("file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> ExportSummaries(
    "export-summaries",
    llvm::cl::desc("Write the summaries of every function analysed, for the clang-tidy check's "
                   "SummaryFiles option and for other runs"),
    llvm::cl::value_desc("file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> PolicyText(
    "policy",
    llvm::cl::desc("Flows the project accepts, as the check's Policy option: "
                   "<sdk>:<role>=<kind>[,<kind>...];..."),
    llvm::cl::value_desc("rules"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> Baseline(
    "baseline",
    llvm::cl::desc("Report only findings that are not in this earlier SARIF report (matched by "
                   "fingerprint); the exit status counts new findings only"),
    llvm::cl::value_desc("old.sarif"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> ExitZero(
    "exit-zero", llvm::cl::desc("Exit 0 even when there are findings (errors still exit 2)"),
    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> Shard(
    "shard",
    llvm::cl::desc("Analyse only shard K of N (1-based) of the translation units, for CI jobs "
                   "that split a compile database; combine their reports with piiflow merge"),
    llvm::cl::value_desc("K/N"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<unsigned>
    Jobs("j", llvm::cl::desc("Analyse this many translation units at once (0: one per core); "
                             "the output is the same for any number"),
         llvm::cl::init(1), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool>
    Progress("progress",
             llvm::cl::desc("Report each unit on a line of its own on stderr, for logs (on a "
                            "terminal, a status line shows the unit being analysed)"),
             llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> CompilerWarnings(
    "compiler-warnings",
    llvm::cl::desc("Show the compiler's own warnings of each unit (hidden by default; its "
                   "errors always show)"),
    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> ExtraNamesText(
    "extra-names",
    llvm::cl::desc("The project's own names of personal data, as the check's ExtraNames option: "
                   "<name>=<kind>;..."),
    llvm::cl::value_desc("names"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> VocabularyFiles(
    "vocabulary",
    llvm::cl::desc("The project's vocabulary files, read after the bundled one, as the check's "
                   "Vocabulary option: <file>;... (docs/vocabulary.md)"),
    llvm::cl::value_desc("files"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> IncludeSuppressed(
    "include-suppressed",
    llvm::cl::desc("Keep findings that NOLINT comments suppress in the SARIF report, marked with "
                   "suppressions (they are never printed as text nor counted)"),
    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> SarifCategory(
    "sarif-category",
    llvm::cl::desc("The code scanning category of the SARIF report (automationDetails.id), so "
                   "that matrix jobs and other tools upload side by side; default: piiflow"),
    llvm::cl::value_desc("category"), llvm::cl::init("piiflow"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> EmitFacts(
    "emit-facts",
    llvm::cl::desc("Only analyse: write the units' facts to <file> for `piiflow link`, and no "
                   "report (the first phase of a sharded or build-system run)"),
    llvm::cl::value_desc("file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> Depfile(
    "depfile",
    llvm::cl::desc("With --emit-facts: also write the files the units read, as a Makefile "
                   "rule, for ninja's depfile"),
    llvm::cl::value_desc("file"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> CacheDir(
    "cache-dir",
    llvm::cl::desc("Keep analysed units in <dir> and re-analyse only those whose compile "
                   "command, files, models or options changed (default with -p: "
                   "<build dir>/.piiflow-cache)"),
    llvm::cl::value_desc("dir"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> NoCache("no-cache",
                                   llvm::cl::desc("Neither read nor write the cache"),
                                   llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> Checks(
    "checks",
    llvm::cl::desc("Globs of the privacy checks to run, applied after those of the .clang-tidy "
                   "files (\"-privacy-weak-pseudonymization\"); a .clang-tidy turns a privacy "
                   "check off only with a glob that names it, never with a bare -*"),
    llvm::cl::value_desc("globs"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> Quiet("quiet", llvm::cl::desc("Do not print the summary on stderr"),
                                 llvm::cl::cat(PiiflowCategory));

namespace {

/// -p's value as the command line gives it, up to `--`.
std::string buildPathArgument(int argc, const char **argv) {
  std::string BuildPath;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "--")
      break;
    if (Arg == "-p" && I + 1 < argc)
      BuildPath = argv[I + 1];
    else if (Arg.starts_with("-p="))
      BuildPath = Arg.drop_front(3).str();
    else if (Arg.starts_with("--p="))
      BuildPath = Arg.drop_front(4).str();
  }
  return BuildPath;
}

/// The values of the llvm::cl options.
ToolOptions optionValues() {
  ToolOptions O;
  O.Format = Format;
  O.OutputFile = OutputFile;
  O.BaselinePath = Baseline;
  O.SarifCategory = llvm::StringRef(SarifCategory).rtrim('/').str();
  O.IncludeSuppressed = IncludeSuppressed;
  O.Quiet = Quiet;
  O.ExitZero = ExitZero;
  O.Shard = Shard;
  O.Jobs = Jobs;
  O.Progress = Progress;
  O.CompilerWarnings = CompilerWarnings;
  // As clang-tidy's --use-color: given, it decides; else colours when standard output is a
  // terminal that has them (never when the report goes to a file).
  O.Colors = UseColor.getNumOccurrences()
                 ? bool(UseColor)
                 : Format == "text" && (OutputFile.empty() || OutputFile == "-") &&
                       llvm::outs().has_colors();
  O.ModelPaths.assign(ModelPaths.begin(), ModelPaths.end());
  O.NoDefaultModels = NoDefaultModels;
  O.HashFunction = HashFunction;
  O.HashHeader = HashHeader;
  O.Explain = Explain;
  O.PolicyText = PolicyText;
  O.ExtraNamesText = ExtraNamesText;
  O.VocabularyFiles = VocabularyFiles;
  O.SummaryFiles.assign(SummaryFiles.begin(), SummaryFiles.end());
  O.ExportSummaries = ExportSummaries;
  O.ApplyFixes = ApplyFixes;
  O.ExportFixes = ExportFixes;
  O.HeaderFilterText = HeaderFilter;
  O.EmitFacts = EmitFacts;
  O.Depfile = Depfile;
  O.Checks = Checks;
  return O;
}

} // namespace

std::optional<ToolOptions> piiflow::parseOptions(int argc, const char **argv) {
  llvm::cl::HideUnrelatedOptions(PiiflowCategory);
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "piiflow version " << PIIFLOW_VERSION << "\n  built with LLVM "
       << PIIFLOW_BUILT_WITH_LLVM << "\n";
  });
  // CommonOptionsParser takes the compiler flags after `--`: argc then counts those before.
  auto Parser = tooling::CommonOptionsParser::create(
      argc, argv, PiiflowCategory, llvm::cl::ZeroOrMore,
      "Finds personal data sent to analytics, telemetry and crash-reporting SDKs.\n");
  if (!Parser) {
    llvm::WithColor::error(llvm::errs(), "piiflow") << llvm::toString(Parser.takeError());
    return std::nullopt;
  }
  if (Format != "text" && Format != "sarif" && Format != "codequality" &&
      Format != "inventory-md" && Format != "inventory-json" && Format != "csv") {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "unknown --format '" << Format
        << "' (expected text, sarif, codequality, inventory-md, inventory-json or csv)\n";
    return std::nullopt;
  }
  ToolOptions Options = optionValues();
  if (Options.SarifCategory.empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "--sarif-category needs a name, such as piiflow-linux\n";
    return std::nullopt;
  }
  Options.Parser = std::make_unique<tooling::CommonOptionsParser>(std::move(*Parser));
  Options.BuildPath = buildPathArgument(argc, argv);
  Options.Argv.assign(argv, argv + argc);
  if (!NoCache)
    Options.CacheDir = !CacheDir.empty()           ? std::string(CacheDir)
                       : !Options.BuildPath.empty() ? Options.BuildPath + "/.piiflow-cache"
                                                    : std::string();
  if (!Depfile.empty() && EmitFacts.empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow") << "--depfile needs --emit-facts\n";
    return std::nullopt;
  }

  if (!HeaderFilter.empty()) {
    Options.HeaderRegex.emplace(HeaderFilter);
    std::string Error;
    if (!Options.HeaderRegex->isValid(Error)) {
      llvm::WithColor::error(llvm::errs(), "piiflow")
          << "invalid --header-filter: " << Error << "\n";
      return std::nullopt;
    }
  }

  // Read the baseline before the analysis: a bad one should not cost a whole run.
  if (!Baseline.empty()) {
    auto Known = readBaselineFingerprints(Baseline);
    if (!Known) {
      llvm::WithColor::error(llvm::errs(), "piiflow") << llvm::toString(Known.takeError()) << "\n";
      return std::nullopt;
    }
    Options.BaselineFingerprints.emplace(Known->begin(), Known->end());
  }
  return Options;
}

bool piiflow::isLinkCommand(int argc, const char **argv) {
  return argc > 1 && llvm::StringRef(argv[1]) == "link";
}

std::optional<ToolOptions> piiflow::parseLinkOptions(int argc, const char **argv) {
  // The options of a run, the facts files where its sources go, and an empty `--` so that
  // CommonOptionsParser looks for no compile database.
  std::vector<const char *> Args{argv[0]};
  Args.insert(Args.end(), argv + 2, argv + argc);
  if (llvm::find(Args, llvm::StringRef("--")) == Args.end())
    Args.push_back("--");
  int Count = Args.size();
  std::optional<ToolOptions> Options = parseOptions(Count, Args.data());
  if (!Options)
    return std::nullopt;
  auto refuse = [](const char *What) {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "piiflow link reads facts files and analyses nothing: " << What
        << " belongs to the runs that wrote them\n";
    return std::nullopt;
  };
  if (!Options->BuildPath.empty())
    return refuse("-p");
  if (!Options->Shard.empty())
    return refuse("--shard");
  if (!Options->EmitFacts.empty())
    return refuse("--emit-facts");
  if (Options->Parser->getSourcePathList().empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow")
        << "piiflow link needs facts files (written by piiflow --emit-facts)\n";
    return std::nullopt;
  }
  Options->CacheDir.clear();
  return Options;
}

bool piiflow::isMergeCommand(int argc, const char **argv) {
  return argc > 1 && llvm::StringRef(argv[1]) == "merge";
}

int piiflow::runMergeCommand(int argc, const char **argv) {
  std::vector<std::string> Inputs;
  std::string Output;
  for (int I = 2; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "--help" || Arg == "-help" || Arg == "-h") {
      llvm::outs() << "USAGE: piiflow merge <a.sarif> <b.sarif>... [-o <all.sarif>]\n\n"
                      "Merges the SARIF reports of sharded runs (piiflow --shard=K/N) into one "
                      "run, each result once.\nWrites standard output without -o. Exit status: "
                      "0 merged, 2 an input does not read or the output cannot be written.\n";
      return 0;
    }
    if (Arg == "-o" && I + 1 < argc)
      Output = argv[++I];
    else if (Arg.starts_with("-o="))
      Output = Arg.drop_front(3).str();
    else
      Inputs.push_back(Arg.str());
  }
  return mergeSarif(Inputs, Output);
}
