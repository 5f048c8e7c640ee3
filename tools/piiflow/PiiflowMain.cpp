//===--- PiiflowMain.cpp - The standalone piiflow tool ---------------------------------------===//
//
// piiflow [options] <source>... [-- <compiler flags>]
// piiflow [options] -p <build dir>            (every translation unit of compile_commands.json)
//
// Analyses each translation unit with the core, resolves its findings while the unit is alive,
// and after the last unit writes them in the chosen format, sorted by file and offset and with
// duplicates (a header seen by several units) removed, as clang-tidy does. Exit status: 0 when
// nothing was found, 1 when there are findings, 2 on any error (bad arguments, a model that does
// not load, a unit that does not parse); a unit that fails does not stop the others.
//
//===----------------------------------------------------------------------------------------===//
#include "Config.h"
#include "NoLint.h"
#include "Report.h"
#include "piiflow/Analysis.h"
#include "piiflow/Classifier.h"
#include "piiflow/Models.h"
#include "piiflow/Policy.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnostic.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/ReplacementsYaml.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <mutex>
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace clang;
using namespace piiflow;

static llvm::cl::OptionCategory PiiflowCategory("piiflow options");

static llvm::cl::opt<std::string>
    Format("format",
           llvm::cl::desc("Output format: text (clang diagnostics), sarif, or the data inventory "
                          "as inventory-md or inventory-json"),
           llvm::cl::init("text"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> OutputFile("o", llvm::cl::desc("Write the report to <file>"),
                                             llvm::cl::value_desc("file"),
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
                   "--header-filter); findings in the main file are always shown"),
    llvm::cl::cat(PiiflowCategory));
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
             llvm::cl::desc("Report progress on stderr (the default when stderr is a terminal)"),
             llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<std::string> ExtraNamesText(
    "extra-names",
    llvm::cl::desc("The project's own names of personal data, as the check's ExtraNames option: "
                   "<name>=<kind>;..."),
    llvm::cl::value_desc("names"), llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> IncludeSuppressed(
    "include-suppressed",
    llvm::cl::desc("Keep findings that NOLINT comments suppress in the SARIF report, marked with "
                   "suppressions (they are never printed as text nor counted)"),
    llvm::cl::cat(PiiflowCategory));
static llvm::cl::opt<bool> Quiet("quiet", llvm::cl::desc("Do not print the summary on stderr"),
                                 llvm::cl::cat(PiiflowCategory));

namespace {

/// Everything the tool keeps of one run.
struct RunState {
  std::vector<ReportFinding> Findings;
  RunSummary Summary;
  const llvm::Regex *HeaderRegex = nullptr;
  /// Several units, or summaries to export: record what the units tell each other. A run over
  /// one unit skips that work and reports as the check does.
  bool WholeProgram = false;
  std::vector<UnitFacts> Units; ///< per unit, what the whole program resolves
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(CompilerInstance &CI, Analyzer &TheAnalyzer, RunState &Run)
      : CI(CI), TheAnalyzer(TheAnalyzer), Run(Run) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    const SourceManager &SM = Ctx.getSourceManager();
    Run.Units.emplace_back();
    UnitFacts *Collect = Run.WholeProgram ? &Run.Units.back() : nullptr;
    for (const Finding &F : TheAnalyzer.analyzeTranslationUnit(Ctx, Collect)) {
      SourceLocation Loc = SM.getFileLoc(F.Loc);
      if (SM.isInSystemHeader(Loc))
        continue;
      if (!SM.isInMainFile(Loc)) {
        OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
        if (!Run.HeaderRegex || !Entry || !Run.HeaderRegex->match(Entry->getName()))
          continue;
      }
      Run.Findings.push_back(toReport(F, Ctx));
    }
  }

private:
  ReportFinding toReport(const Finding &F, ASTContext &Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    const LangOptions &LO = Ctx.getLangOpts();
    ReportFinding R;
    R.Check = F.Check;
    R.Kind = F.Kind;
    R.Message = F.Message;
    R.Vendor = F.Sdk->Vendor;
    R.SdkId = F.Sdk->Id;
    R.Function = F.Sink->Function;
    R.Role = argRoleId(F.Arg.Role).str();
    R.Key = F.Key;
    R.Evidence = F.Evidence;
    R.RootParameterOf = F.RootParameterOf;
    R.Allowed = F.Allowed;
    R.Loc = resolveLocation(SM, F.Loc);
    if (F.Range.isValid())
      R.Loc = resolveLocation(SM, F.Loc, Lexer::getLocForEndOfToken(F.Range.getEnd(), 0, SM, LO));
    for (const TraceStep &Step : F.Trace)
      R.Trace.push_back(ReportStep{resolveLocation(SM, Step.Loc), Step.Message});
    if (F.PrimaryFix) {
      R.FixDescription = F.PrimaryFix->Description;
      for (const FixEdit &Edit : F.PrimaryFix->Edits)
        R.Fix.emplace_back(SM, Edit.Range, Edit.Replacement, LO);
    }

    // Render as clang-tidy does: the warning with its check name, then one note per hop.
    llvm::raw_string_ostream OS(R.Text);
    DiagnosticOptions &DiagOpts = CI.getDiagnosticOpts();
    bool SavedColors = DiagOpts.ShowColors;
    DiagOpts.ShowColors = false;
    TextDiagnostic Printer(OS, LO, &DiagOpts);
    auto fixHints = [&](const std::optional<Fix> &Fix) {
      std::vector<FixItHint> Hints;
      if (Fix)
        for (const FixEdit &Edit : Fix->Edits)
          Hints.push_back(FixItHint::CreateReplacement(Edit.Range, Edit.Replacement));
      return Hints;
    };
    std::vector<CharSourceRange> Ranges;
    if (F.Range.isValid())
      Ranges.push_back(CharSourceRange::getTokenRange(F.Range));
    Printer.emitDiagnostic(FullSourceLoc(F.Loc, SM), DiagnosticsEngine::Warning,
                           F.Message + " [" + F.Check + "]", Ranges, fixHints(F.PrimaryFix));
    for (const TraceStep &Step : F.Trace)
      Printer.emitDiagnostic(FullSourceLoc(Step.Loc, SM), DiagnosticsEngine::Note, Step.Message,
                             {}, {});
    if (F.AlternativeFix)
      Printer.emitDiagnostic(FullSourceLoc(F.AlternativeFix->Edits.front().Range.getBegin(), SM),
                             DiagnosticsEngine::Note, "or " + F.AlternativeFix->Description, {},
                             fixHints(F.AlternativeFix));
    DiagOpts.ShowColors = SavedColors;
    return R;
  }

  CompilerInstance &CI;
  Analyzer &TheAnalyzer;
  RunState &Run;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(Analyzer &TheAnalyzer, RunState &Run) : TheAnalyzer(TheAnalyzer), Run(Run) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    return std::make_unique<AnalysisConsumer>(CI, TheAnalyzer, Run);
  }

private:
  Analyzer &TheAnalyzer;
  RunState &Run;
};

class AnalysisActionFactory : public tooling::FrontendActionFactory {
public:
  AnalysisActionFactory(Analyzer &TheAnalyzer, RunState &Run)
      : TheAnalyzer(TheAnalyzer), Run(Run) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(TheAnalyzer, Run);
  }

private:
  Analyzer &TheAnalyzer;
  RunState &Run;
};

/// Sorted by file, offset and message, duplicates removed: the order clang-tidy prints in.
void sortAndDeduplicate(std::vector<ReportFinding> &Findings) {
  auto Key = [](const ReportFinding &F) {
    return std::make_tuple(std::cref(F.Loc.File), F.Loc.Offset, std::cref(F.Message));
  };
  std::stable_sort(Findings.begin(), Findings.end(),
                   [&](const ReportFinding &A, const ReportFinding &B) { return Key(A) < Key(B); });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [&](const ReportFinding &A, const ReportFinding &B) {
                               return Key(A) == Key(B);
                             }),
                 Findings.end());
}

/// The primary fixes of all findings, per file; a fix that conflicts with an earlier one is left
/// out whole.
std::map<std::string, tooling::Replacements> collectFixes(const std::vector<ReportFinding> &Findings) {
  std::map<std::string, tooling::Replacements> ByFile;
  for (const ReportFinding &F : Findings) {
    // A fix is applied whole or not at all.
    std::map<std::string, tooling::Replacements> Attempt = ByFile;
    bool Fits = true;
    for (const tooling::Replacement &R : F.Fix) {
      if (llvm::Error E = Attempt[R.getFilePath().str()].add(R)) {
        llvm::consumeError(std::move(E));
        Fits = false;
        break;
      }
    }
    if (Fits)
      ByFile = std::move(Attempt);
  }
  return ByFile;
}

/// Writes the fixes as clang-apply-replacements reads them.
bool exportFixes(const std::vector<ReportFinding> &Findings, const std::string &Path,
                 const std::vector<std::string> &Units) {
  tooling::TranslationUnitReplacements TUR;
  TUR.MainSourceFile = Units.empty() ? "" : Units.front();
  for (auto &[File, Replacements] : collectFixes(Findings))
    for (const tooling::Replacement &R : Replacements)
      TUR.Replacements.push_back(R);
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  if (EC) {
    llvm::errs() << "piiflow: error: cannot write " << Path << ": " << EC.message() << "\n";
    return false;
  }
  llvm::yaml::Output YAML(Out);
  YAML << TUR;
  return true;
}

/// Applies every primary fix; returns false (and says why) when one does not apply.
bool applyFixes(const std::vector<ReportFinding> &Findings) {
  bool Ok = true;
  for (auto &[File, Replacements] : collectFixes(Findings)) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      llvm::errs() << "piiflow: error: cannot read " << File << " to fix it\n";
      Ok = false;
      continue;
    }
    auto Fixed = tooling::applyAllReplacements((*Buffer)->getBuffer(), Replacements);
    if (!Fixed) {
      llvm::errs() << "piiflow: error: cannot fix " << File << ": "
                   << llvm::toString(Fixed.takeError()) << "\n";
      Ok = false;
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (EC) {
      llvm::errs() << "piiflow: error: cannot write " << File << ": " << EC.message() << "\n";
      Ok = false;
      continue;
    }
    Out << *Fixed;
  }
  return Ok;
}

/// What analysing a unit needs under one configuration: its models, options and analyzer.
struct Setup {
  ModelCatalog Models;
  AnalysisOptions Options;
  Classifier Classes;
  std::unique_ptr<Analyzer> TheAnalyzer;
};

/// One setup per distinct .clang-tidy (units without one share the command line's).
class SetupCache {
public:
  const SummaryStore *Imported = nullptr;

  llvm::Expected<Setup *> get(const CheckConfig &Config) {
    auto It = ByFile.find(Config.File);
    if (It != ByFile.end())
      return It->second.get();
    auto value = [&](const char *Name, const std::string &FromFlag) -> std::string {
      if (!FromFlag.empty())
        return FromFlag;
      auto V = Config.Values.find(Name);
      return V == Config.Values.end() ? "" : V->second;
    };
    std::vector<std::string> Paths;
    auto Configured = Config.Values.find("ModelFiles");
    if (Configured != Config.Values.end()) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(Configured->second).split(Parts, ';', -1, false);
      for (llvm::StringRef P : Parts)
        Paths.push_back(P.trim().str());
    } else if (!NoDefaultModels) {
      Paths.push_back(ModelCatalog::defaultModelsDirectory());
    }
    Paths.insert(Paths.end(), ModelPaths.begin(), ModelPaths.end());
    auto Models = ModelCatalog::load(Paths);
    if (!Models)
      return Models.takeError();
    auto Allowed = Policy::parse(value("Policy", PolicyText));
    if (!Allowed)
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s%s",
                                     Config.File.empty() ? "" : (Config.File + ": ").c_str(),
                                     llvm::toString(Allowed.takeError()).c_str());
    auto S = std::make_unique<Setup>();
    if (llvm::Error E = S->Classes.addExtraNames(value("ExtraNames", ExtraNamesText)))
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s%s",
                                     Config.File.empty() ? "" : (Config.File + ": ").c_str(),
                                     llvm::toString(std::move(E)).c_str());
    S->Models = std::move(*Models);
    S->Options.HashFunction = value("HashFunction", HashFunction);
    S->Options.HashHeader = value("HashHeader", HashHeader);
    S->Options.Imported = Imported;
    S->Options.Allowed = std::move(*Allowed);
    S->TheAnalyzer = std::make_unique<Analyzer>(S->Models, S->Classes, S->Options);
    Setup *Result = S.get();
    ByFile[Config.File] = std::move(S);
    return Result;
  }

private:
  std::map<std::string, std::unique_ptr<Setup>> ByFile;
};

} // namespace

int main(int argc, const char **argv) {
  // piiflow merge a.sarif b.sarif ... [-o all.sarif]
  if (argc > 1 && llvm::StringRef(argv[1]) == "merge") {
    std::vector<std::string> Inputs;
    std::string Output;
    for (int I = 2; I < argc; ++I) {
      llvm::StringRef Arg = argv[I];
      if (Arg == "-o" && I + 1 < argc)
        Output = argv[++I];
      else if (Arg.starts_with("-o="))
        Output = Arg.drop_front(3).str();
      else
        Inputs.push_back(Arg.str());
    }
    return mergeSarif(Inputs, Output);
  }
  llvm::cl::HideUnrelatedOptions(PiiflowCategory);
  auto Parser = tooling::CommonOptionsParser::create(
      argc, argv, PiiflowCategory, llvm::cl::ZeroOrMore,
      "Finds personal data sent to analytics, telemetry and crash-reporting SDKs.\n");
  if (!Parser) {
    llvm::errs() << "piiflow: error: " << llvm::toString(Parser.takeError());
    return 2;
  }
  if (Format != "text" && Format != "sarif" && Format != "inventory-md" &&
      Format != "inventory-json") {
    llvm::errs() << "piiflow: error: unknown --format '" << Format
                 << "' (expected text, sarif, inventory-md or inventory-json)\n";
    return 2;
  }

  RunState Run;
  std::optional<llvm::Regex> HeaderRegex;
  if (!HeaderFilter.empty()) {
    HeaderRegex.emplace(HeaderFilter);
    Run.HeaderRegex = &*HeaderRegex;
    std::string Error;
    if (!HeaderRegex->isValid(Error)) {
      llvm::errs() << "piiflow: error: invalid --header-filter: " << Error << "\n";
      return 2;
    }
  }

  // Read the baseline before the analysis: a bad one should not cost a whole run.
  std::optional<std::set<std::string>> BaselineFingerprints;
  if (!Baseline.empty()) {
    auto Known = readBaselineFingerprints(Baseline);
    if (!Known) {
      llvm::errs() << "piiflow: error: " << llvm::toString(Known.takeError()) << "\n";
      return 2;
    }
    BaselineFingerprints.emplace(Known->begin(), Known->end());
  }

  // Sources from the command line, or every unit of the compile database given with -p.
  std::vector<std::string> Sources = Parser->getSourcePathList();
  std::unique_ptr<tooling::CompilationDatabase> OwnDatabase;
  tooling::CompilationDatabase *Database = nullptr;
  if (Sources.empty()) {
    // CommonOptionsParser does not load the database when no source is given; -p is ours to read.
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
    if (BuildPath.empty()) {
      llvm::errs() << "piiflow: error: no input: give source files, or -p <build dir> with a "
                      "compile_commands.json\n";
      return 2;
    }
    std::string Error;
    OwnDatabase = tooling::CompilationDatabase::loadFromDirectory(BuildPath, Error);
    if (!OwnDatabase) {
      llvm::errs() << "piiflow: error: " << BuildPath << ": " << Error << "\n";
      return 2;
    }
    Database = OwnDatabase.get();
    Sources = Database->getAllFiles();
    if (Sources.empty()) {
      llvm::errs() << "piiflow: error: " << BuildPath
                   << "/compile_commands.json lists no translation unit\n";
      return 2;
    }
  } else {
    Database = &Parser->getCompilations();
  }

  if (!Shard.empty()) {
    auto [KText, NText] = llvm::StringRef(Shard).split('/');
    unsigned K = 0, N = 0;
    if (KText.getAsInteger(10, K) || NText.getAsInteger(10, N) || N == 0 || K == 0 || K > N) {
      llvm::errs() << "piiflow: error: --shard takes K/N with 1 <= K <= N, not '" << Shard
                   << "'\n";
      return 2;
    }
    // The units in path order, every N-th from the K-th: the same split on every job.
    std::vector<std::string> Sorted = Sources;
    llvm::sort(Sorted);
    Sources.clear();
    for (size_t I = K - 1; I < Sorted.size(); I += N)
      Sources.push_back(Sorted[I]);
  }

  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  Run.Summary.WorkingDirectory = std::string(Cwd);

  // Open the report first: a path that cannot be written fails before the analysis runs.
  std::unique_ptr<llvm::raw_fd_ostream> FileOut;
  if (!OutputFile.empty()) {
    std::error_code EC;
    FileOut = std::make_unique<llvm::raw_fd_ostream>(OutputFile, EC);
    if (EC) {
      llvm::errs() << "piiflow: error: cannot write " << OutputFile << ": " << EC.message()
                   << "\n";
      return 2;
    }
  }

  std::optional<SummaryStore> Imported;
  if (!SummaryFiles.empty()) {
    auto Loaded = SummaryStore::load(std::vector<std::string>(SummaryFiles.begin(), SummaryFiles.end()));
    if (!Loaded) {
      llvm::errs() << "piiflow: error: " << llvm::toString(Loaded.takeError()) << "\n";
      return 2;
    }
    Imported.emplace(std::move(*Loaded));
  }

  // The setup of a unit: the .clang-tidy nearest to it, under the command line's options.
  SetupCache Setups;
  Setups.Imported = Imported ? &*Imported : nullptr;
  llvm::Expected<Setup *> DefaultSetup = Setups.get(CheckConfig());
  if (!DefaultSetup) {
    llvm::errs() << "piiflow: error: " << llvm::toString(DefaultSetup.takeError()) << "\n";
    return 2;
  }
  const ModelCatalog &Models = (*DefaultSetup)->Models;
  // Each unit into a state of its own, merged in the database's order: the output is the same
  // whatever -j is.
  std::vector<RunState> PerUnit(Sources.size());
  std::mutex SetupLock, ProgressLock;
  unsigned Done = 0;
  bool ShowProgress = Progress || (llvm::errs().is_displayed() && Sources.size() > 1);
  auto analyseUnit = [&](size_t I) {
    const std::string &Source = Sources[I];
    RunState &Unit = PerUnit[I];
    Unit.HeaderRegex = Run.HeaderRegex;
    Unit.WholeProgram = Sources.size() > 1 || !ExportSummaries.empty();
    llvm::Expected<CheckConfig> Config = loadCheckConfig(Source);
    Setup *UnitSetup = nullptr;
    std::string Why;
    {
      std::lock_guard<std::mutex> Guard(SetupLock);
      llvm::Expected<Setup *> Found =
          Config ? Setups.get(*Config) : llvm::Expected<Setup *>(Config.takeError());
      if (Found)
        UnitSetup = *Found;
      else
        Why = llvm::toString(Found.takeError());
    }
    if (!UnitSetup) {
      llvm::errs() << "piiflow: error: " << Why << "\n";
      Unit.Summary.Failures.push_back(
          UnitFailure{Source, "piiflow could not analyse " + Source + ": " + Why});
    } else {
      AnalysisActionFactory Factory(*UnitSetup->TheAnalyzer, Unit);
      tooling::ClangTool Tool(*Database, {Source});
      if (Tool.run(&Factory) != 0)
        Unit.Summary.Failures.push_back(
            UnitFailure{Source, "piiflow could not analyse " + Source +
                                    ": it does not compile (see the compiler's errors)"});
    }
    if (ShowProgress) {
      std::lock_guard<std::mutex> Guard(ProgressLock);
      llvm::errs() << "[" << ++Done << "/" << Sources.size() << "] " << Source << "\n";
    }
  };
  if (Jobs == 1 || Sources.size() == 1) {
    for (size_t I = 0; I < Sources.size(); ++I)
      analyseUnit(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Sources.size(); ++I)
      Pool.async([&analyseUnit, I] { analyseUnit(I); });
    Pool.wait();
  }
  for (size_t I = 0; I < Sources.size(); ++I) {
    Run.Summary.Units.push_back(Sources[I]);
    RunState &Unit = PerUnit[I];
    for (ReportFinding &F : Unit.Findings)
      Run.Findings.push_back(std::move(F));
    for (UnitFacts &U : Unit.Units)
      Run.Units.push_back(std::move(U));
    for (UnitFailure &F : Unit.Summary.Failures)
      Run.Summary.Failures.push_back(std::move(F));
  }
  // The whole program: calls of functions that other units define, and findings rooted in a
  // parameter of a function that other units call (those callers report them).
  std::vector<ProgramFinding> ProgramFindings;
  SummaryStore Program = SummaryStore::resolve(Run.Units, Models, ProgramFindings);
  llvm::erase_if(Run.Findings, [&](const ReportFinding &F) {
    if (F.RootParameterOf.empty())
      return false;
    const ExternalSummary *S = Program.find(F.RootParameterOf);
    return S && S->HasCallers;
  });
  ProgramRenderer Renderer;
  for (const ProgramFinding &F : ProgramFindings) {
    std::optional<ArgRole> Role = parseArgRole(F.Role);
    if (std::optional<ReportFinding> R = Renderer.render(F)) {
      R->Allowed = Role && (*DefaultSetup)->Options.Allowed.allows(F.SdkId, *Role, F.Kind);
      Run.Findings.push_back(std::move(*R));
    }
  }
  // NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/END, as clang-tidy honours them.
  NoLintFilter NoLint;
  for (ReportFinding &F : Run.Findings)
    F.Suppressed = NoLint.suppressed(F.Loc.File, F.Loc.Line, F.Check);
  // Every flow, for the inventory; then only what is to be reported.
  sortAndDeduplicate(Run.Findings);
  std::vector<ReportFinding> Flows = Run.Findings;
  llvm::erase_if(Run.Findings, [](const ReportFinding &F) { return F.Allowed; });
  std::vector<ReportFinding> SuppressedFindings;
  for (ReportFinding &F : Run.Findings)
    if (F.Suppressed)
      SuppressedFindings.push_back(F);
  llvm::erase_if(Run.Findings, [](const ReportFinding &F) { return F.Suppressed; });
  if (BaselineFingerprints)
    llvm::erase_if(Run.Findings, [&](const ReportFinding &F) {
      return BaselineFingerprints->count(findingFingerprint(F, Run.Summary.WorkingDirectory)) != 0;
    });
  if (!ExportSummaries.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream SummaryOut(ExportSummaries, EC);
    if (EC) {
      llvm::errs() << "piiflow: error: cannot write " << ExportSummaries << ": " << EC.message()
                   << "\n";
      return 2;
    }
    SummaryOut << Program.toJson();
  }

  llvm::raw_ostream &Out = FileOut ? *FileOut : llvm::outs();
  if (Format == "inventory-md") {
    writeInventoryMarkdown(Out, Flows, Run.Summary.WorkingDirectory);
  } else if (Format == "inventory-json") {
    writeInventoryJson(Out, Flows, Run.Summary.WorkingDirectory);
  } else if (Format == "sarif") {
    std::vector<ReportFinding> Reported = Run.Findings;
    if (IncludeSuppressed) {
      Reported.insert(Reported.end(), SuppressedFindings.begin(), SuppressedFindings.end());
      sortAndDeduplicate(Reported);
    }
    writeSarif(Out, Reported, Run.Summary);
  }
  else
    writeText(Out, Run.Findings);
  Out.flush();

  bool FixesOk = true;
  if (!ExportFixes.empty())
    FixesOk = exportFixes(Run.Findings, ExportFixes, Run.Summary.Units);
  if (ApplyFixes)
    FixesOk = applyFixes(Run.Findings) && FixesOk;

  for (const UnitFailure &Failure : Run.Summary.Failures)
    llvm::errs() << "piiflow: error: " << Failure.Reason << "\n";
  if (!Quiet)
    llvm::errs() << Run.Findings.size() << " finding" << (Run.Findings.size() == 1 ? "" : "s")
                 << " in " << Run.Summary.Units.size() << " translation unit"
                 << (Run.Summary.Units.size() == 1 ? "" : "s") << ".\n";
  if (!Run.Summary.Failures.empty() || !FixesOk)
    return 2;
  return Run.Findings.empty() || ExitZero ? 0 : 1;
}
