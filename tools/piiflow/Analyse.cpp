//===--- Analyse.cpp - The analysis of a run: every unit, then the whole program -------------===//
//
// See Analyse.h. Each unit runs in a clang::tooling::ClangTool of its own, so that units can run
// on an llvm::DefaultThreadPool; the setups they share are looked up under a lock. Each unit's
// compiler output is kept until it is done, then printed with its progress (Progress.h). The
// compiler's warnings are turned off (-w) unless --compiler-warnings asks for them.
//
//===----------------------------------------------------------------------------------------===//
#include "Analyse.h"
#include "Config.h"
#include "Progress.h"
#include "Setup.h"
#include "UnitAnalysis.h"
#include "UnitCache.h"
#include "piiflow/Version.h"
#include "piiflow/ClangCompat.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/WithColor.h"
#include <map>
#include <mutex>

using namespace clang;
using namespace piiflow;

namespace {

/// Runs the units, Options.Jobs at once (0: one per core), each into a state of its own.
class UnitRunner {
public:
  UnitRunner(const ToolOptions &Options, const UnitList &Units, SetupCache &Setups,
             UnitCache *Cache)
      : Options(Options), Units(Units), Setups(Setups), Cache(Cache),
        PerUnit(Units.Sources.size()),
        Progress(ProgressReporter::modeFor(Options.Progress, Options.Quiet),
                 Units.Sources.size()) {}

  /// The states of the units, in the units' order whatever -j is.
  std::vector<UnitState> run() {
    const std::vector<std::string> &Sources = Units.Sources;
    if (Options.Jobs == 1 || Sources.size() <= 1) {
      for (size_t I = 0; I < Sources.size(); ++I)
        analyseUnit(I);
    } else {
      // Never more threads than cores (-j 0: one per core) nor than units.
      unsigned Cores = llvm::hardware_concurrency().compute_thread_count();
      unsigned Threads = Options.Jobs == 0 ? Cores : std::min(Options.Jobs, Cores);
      Threads = std::min<size_t>(Threads, Sources.size());
      llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
      for (size_t I = 0; I < Sources.size(); ++I)
        Pool.async([this, I] { analyseUnit(I); });
      Pool.wait();
    }
    Progress.end();
    return std::move(PerUnit);
  }

private:
  /// Each pass of a unit: its setup, and the checks whose findings it reports.
  using UnitPasses = std::vector<std::pair<Setup *, std::vector<std::string>>>;

  /// A unit's passes: one per distinct set of options among its enabled checks, after the
  /// .clang-tidy nearest to it and the command line (both checks alike: one pass). With no check
  /// enabled, one pass that reports nothing, for the facts that other units' calls resolve
  /// against, and DisabledBy names what turned them off. None, and Why says why, when the
  /// configuration does not load.
  std::optional<UnitPasses> passesOf(const std::string &Source, std::string &DisabledBy,
                                     std::string &Why) {
    llvm::Expected<CheckConfig> Config = loadCheckConfig(Source, Options.Checks);
    if (!Config) {
      Why = llvm::toString(Config.takeError());
      return std::nullopt;
    }
    DisabledBy = Config->DisabledBy;
    std::lock_guard<std::mutex> Guard(SetupLock);
    UnitPasses Passes;
    auto add = [&](const std::string &Check, bool Reported) {
      llvm::Expected<Setup *> Found = Setups.get(*Config, Check);
      if (!Found) {
        Why = llvm::toString(Found.takeError());
        return false;
      }
      auto Same = llvm::find_if(Passes, [&](const auto &P) { return P.first == *Found; });
      if (Same == Passes.end())
        Same = Passes.insert(Passes.end(), {*Found, {}});
      if (Reported)
        Same->second.push_back(Check);
      return true;
    };
    for (const auto &[Check, Settings] : Config->Checks)
      if (Settings.Enabled && !add(Check, /*Reported=*/true))
        return std::nullopt;
    if (Passes.empty() && !add(CheckName, /*Reported=*/false))
      return std::nullopt;
    return Passes;
  }

  /// Why Source cannot be run: it does not exist (the compiler would say "no input files" and the
  /// unit "does not compile"), or its compile command's directory does not exist (ClangTool
  /// would abort on it). None when it can.
  std::optional<std::string> unrunnable(const std::string &Source) const {
    if (!llvm::sys::fs::exists(Source))
      return std::string("no such file or directory");
    for (const tooling::CompileCommand &Command : Units.Database->getCompileCommands(Source))
      if (!Command.Directory.empty() && !llvm::sys::fs::is_directory(Command.Directory))
        return "its compile command's directory " + Command.Directory + " does not exist";
    return std::nullopt;
  }

  /// The cache key of Unit: everything that decides its outcome but the files it includes
  /// (UnitCache.h).
  std::string cacheKey(const UnitState &Unit, const UnitPasses &Passes) const {
    // This build, not only its version: a rebuilt piiflow may analyse differently.
    std::vector<std::string> Parts{buildIdentity(), PIIFLOW_BUILT_WITH_LLVM, Unit.Source};
    for (const tooling::CompileCommand &Command : Units.Database->getCompileCommands(Unit.Source)) {
      Parts.push_back(Command.Directory);
      Parts.push_back(Command.Filename);
      Parts.push_back(llvm::join(Command.CommandLine, std::string(1, '\0')));
    }
    for (const auto &[PassSetup, Checks] : Passes) {
      Parts.push_back(PassSetup->Digest);
      Parts.push_back(llvm::join(Checks, ","));
    }
    Parts.push_back(Unit.HeaderRegex ? Options.HeaderFilterText : std::string("\1none"));
    Parts.push_back(Unit.WholeProgram ? "whole-program" : "one unit");
    Parts.push_back(Unit.Colors ? "colours" : "no colours");
    Parts.push_back(Unit.ChecksDisabledBy);
    return UnitCache::keyOf(Parts);
  }

  void analyseUnit(size_t I) {
    const std::string &Source = Units.Sources[I];
    UnitState &Unit = PerUnit[I];
    Unit.Source = Source;
    Unit.HeaderRegex = Options.HeaderRegex ? &*Options.HeaderRegex : nullptr;
    Unit.WholeProgram = Units.Sources.size() > 1 || !Options.ExportSummaries.empty() ||
                        !Options.EmitFacts.empty();
    Unit.Colors = Options.Colors;
    std::string Why;
    auto Passes = passesOf(Source, Unit.ChecksDisabledBy, Why);
    std::optional<std::string> Unrunnable = Passes ? unrunnable(Source) : std::nullopt;
    bool Cached = false;
    std::string CompilerOutput;
    llvm::raw_string_ostream CompilerStream(CompilerOutput);
    Unit.CompilerOutput = &CompilerStream;
    Progress.started(Source);
    if (!Passes || Unrunnable) {
      Unit.Failures.push_back(UnitFailure{
          Source, "cannot analyse " + Source + ": " + (Unrunnable ? *Unrunnable : Why)});
    } else if (!Cache) {
      runTool(Source, *Passes, Unit);
    } else {
      std::string Key = cacheKey(Unit, *Passes);
      if (std::optional<UnitOutcome> Stored = Cache->lookup(Key)) {
        static_cast<UnitOutcome &>(Unit) = std::move(*Stored);
        Cached = true;
      } else {
        runTool(Source, *Passes, Unit);
        // Never an entry that nothing could invalidate.
        if (Unit.Failures.empty() && !Unit.Dependencies.empty())
          Cache->store(Key, Unit);
      }
    }
    Unit.CompilerOutput = nullptr;
    Progress.finished(Source, Cached, CompilerOutput);
  }

  /// Runs the analysis of Source with a ClangTool of its own: a file system whose working
  /// directory is the unit's (the process's is never changed, so units can run in parallel), an
  /// Analyzer of its own, and no limit on errors, so that a body after the twentieth error is
  /// still analysed.
  void runTool(const std::string &Source, const UnitPasses &Passes, UnitState &Unit) {
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS(
        llvm::vfs::createPhysicalFileSystem().release());
    tooling::ClangTool Tool(*Units.Database, {Source},
                            std::make_shared<PCHContainerOperations>(), FS);
    Tool.appendArgumentsAdjuster(unlimitedErrors());
    Tool.appendArgumentsAdjuster(builtinHeaders());
    if (!Options.CompilerWarnings)
      Tool.appendArgumentsAdjuster(
          tooling::getInsertArgumentAdjuster("-w", tooling::ArgumentInsertPosition::BEGIN));
    // The compiler's diagnostics, as clang prints them by default (with the warning's option,
    // coloured on a terminal), into the unit's output.
    compat::OwnedDiagnosticOptions DiagnosticOptions;
    DiagnosticOptions.get().ShowColors = llvm::errs().has_colors();
    DiagnosticOptions.get().ShowOptionNames = true;
    std::unique_ptr<TextDiagnosticPrinter> Printer =
        compat::newTextDiagnosticPrinter(*Unit.CompilerOutput, DiagnosticOptions.get());
    Tool.setDiagnosticConsumer(Printer.get());
    std::vector<std::unique_ptr<Analyzer>> Analyzers;
    for (const auto &[PassSetup, Checks] : Passes) {
      Analyzers.push_back(
          std::make_unique<Analyzer>(PassSetup->Models, PassSetup->Classes, PassSetup->Options));
      Unit.Passes.push_back(AnalysisPass{Analyzers.back().get(), Checks});
    }
    std::unique_ptr<tooling::FrontendActionFactory> Factory = newAnalysisActionFactory(Unit);
    int Status = Tool.run(Factory.get());
    Unit.Passes.clear(); // their analyzers end here
    if (Status == 0)
      return;
    // The findings of a unit analysed in part are counted by the report, after the link.
    std::string Reason;
    if (Unit.Analysed && Unit.Fatal)
      Reason = "cannot analyse " + Source + " past a fatal error (see the compiler's "
               "errors); analysed the part before it";
    else if (Unit.Analysed)
      Reason = Source + " has " + std::to_string(Unit.Errors) + " compiler error" +
               (Unit.Errors == 1 ? "" : "s") + "; analysed as far as it parses";
    else
      Reason = "cannot analyse " + Source + ": it does not compile (see the "
               "compiler's errors)";
    Unit.Failures.push_back(UnitFailure{Source, Reason, Unit.Analysed});
  }

  /// Clang's builtin headers: the driver looks for them at ../lib/clang/<major> from this
  /// binary, which a piiflow build or prefix does not have; then the LLVM's own resource
  /// directory is given, unless the command names one. Without it, a target whose headers need
  /// Clang's own (a MinGW cross build's <malloc.h> includes <mm_malloc.h>) does not parse.
  static tooling::ArgumentsAdjuster builtinHeaders() {
    static const std::string ResourceDir = [] {
      static int Anchor;
      std::string Exe = llvm::sys::fs::getMainExecutable("piiflow", &Anchor);
      llvm::SmallString<256> Beside(llvm::sys::path::parent_path(Exe));
      llvm::sys::path::append(Beside, "..", "lib", "clang", PIIFLOW_LLVM_MAJOR);
      return llvm::sys::fs::is_directory(Beside) ? std::string()
                                                 : std::string(PIIFLOW_CLANG_RESOURCE_DIR);
    }();
    return [](const tooling::CommandLineArguments &Args, llvm::StringRef File) {
      if (ResourceDir.empty() || !llvm::sys::fs::is_directory(ResourceDir))
        return Args;
      for (const std::string &Arg : Args)
        if (llvm::StringRef(Arg).starts_with("-resource-dir") || Arg == "--driver-mode=cl")
          return Args;
      if (!Args.empty() && llvm::StringRef(Args.front()).ends_with_insensitive("cl.exe"))
        return Args;
      return tooling::getInsertArgumentAdjuster(("-resource-dir=" + ResourceDir).c_str(),
                                                tooling::ArgumentInsertPosition::BEGIN)(Args, File);
    };
  }

  /// -ferror-limit=0 at the end of a command, unless it sets a limit or is clang-cl's.
  static tooling::ArgumentsAdjuster unlimitedErrors() {
    return [](const tooling::CommandLineArguments &Args, llvm::StringRef File) {
      for (const std::string &Arg : Args)
        if (llvm::StringRef(Arg).starts_with("-ferror-limit") || Arg == "--driver-mode=cl")
          return Args;
      if (!Args.empty() && llvm::StringRef(Args.front()).ends_with_insensitive("cl.exe"))
        return Args;
      return tooling::getInsertArgumentAdjuster("-ferror-limit=0",
                                                tooling::ArgumentInsertPosition::END)(Args, File);
    };
  }

  const ToolOptions &Options;
  const UnitList &Units;
  SetupCache &Setups;
  UnitCache *Cache; ///< --cache-dir's, or null
  std::vector<UnitState> PerUnit;
  ProgressReporter Progress;
  std::mutex SetupLock;
};

/// The whole program: calls of functions that other units define, and findings rooted in a
/// parameter of a function that other units call (those callers report them). Default is the
/// command line's setup: its models resolve, its policy allows.
void resolveWholeProgram(RunResult &Run, std::vector<UnitFacts> &Facts, const Setup &Default,
                         const ToolOptions &Options) {
  std::vector<ProgramFinding> ProgramFindings;
  Run.Program = SummaryStore::resolve(Facts, Default.Models, ProgramFindings);
  llvm::erase_if(Run.Findings, [&](const ReportFinding &F) {
    if (F.RootParameterOf.empty())
      return false;
    const ExternalSummary *S = Run.Program.find(F.RootParameterOf);
    return S && S->HasCallers;
  });
  ProgramRenderer Renderer(Options.Colors);
  // Reported only where the .clang-tidy of the finding's file enables its check.
  std::map<std::string, bool> EnabledByFile;
  auto enabled = [&](const ReportFinding &R) {
    auto [It, New] = EnabledByFile.try_emplace(R.Loc.File + '\0' + R.Check, true);
    if (New) {
      // A file whose configuration does not load has failed its unit already.
      llvm::Expected<CheckConfig> Config = loadCheckConfig(R.Loc.File, Options.Checks);
      if (Config)
        It->second = Config->of(R.Check).Enabled;
      else
        llvm::consumeError(Config.takeError());
    }
    return It->second;
  };
  for (const ProgramFinding &F : ProgramFindings) {
    std::optional<ArgRole> Role = parseArgRole(F.Role);
    if (std::optional<ReportFinding> R = Renderer.render(F); R && enabled(*R)) {
      R->Allowed = Role && Default.Options.Allowed.allows(F.SdkId, *Role, F.Kind);
      Run.Findings.push_back(std::move(*R));
    }
  }
}

/// What both phases share: the summaries of --summaries, the setups, the command line's own.
struct RunContext {
  std::optional<SummaryStore> Imported;
  std::unique_ptr<SetupCache> Setups;
  Setup *Default = nullptr;

  /// None, and why on stderr, when the summaries or the command line's setup do not load.
  static std::unique_ptr<RunContext> create(const ToolOptions &Options) {
    auto Context = std::make_unique<RunContext>();
    std::vector<std::string> SummaryDigests;
    if (!Options.SummaryFiles.empty()) {
      auto Loaded = SummaryStore::load(Options.SummaryFiles);
      if (!Loaded) {
        llvm::WithColor::error(llvm::errs(), "piiflow")
            << llvm::toString(Loaded.takeError()) << "\n";
        return nullptr;
      }
      Context->Imported.emplace(std::move(*Loaded));
      for (const std::string &File : Options.SummaryFiles)
        if (auto Buffer = llvm::MemoryBuffer::getFile(File))
          SummaryDigests.push_back(contentDigest((*Buffer)->getBuffer()));
    }
    Context->Setups = std::make_unique<SetupCache>(
        Options, Context->Imported ? &*Context->Imported : nullptr,
        SummaryDigests.empty() ? std::string() : UnitCache::keyOf(SummaryDigests));
    llvm::Expected<Setup *> DefaultSetup = Context->Setups->get(CheckConfig(), CheckName);
    if (!DefaultSetup) {
      llvm::WithColor::error(llvm::errs(), "piiflow")
          << llvm::toString(DefaultSetup.takeError()) << "\n";
      return nullptr;
    }
    Context->Default = *DefaultSetup;
    return Context;
  }
};

FactsContents analyseUnitsIn(RunContext &Context, const ToolOptions &Options,
                             const UnitList &Units) {
  std::optional<UnitCache> Cache;
  if (!Options.CacheDir.empty())
    Cache.emplace(Options.CacheDir);
  std::vector<UnitState> PerUnit =
      UnitRunner(Options, Units, *Context.Setups, Cache ? &*Cache : nullptr).run();
  FactsContents Contents;
  for (UnitState &Unit : PerUnit)
    Contents.Units.push_back(std::move(static_cast<UnitOutcome &>(Unit)));
  for (const auto &[File, Why] : Units.Skipped)
    Contents.Skipped.push_back(UnitFailure{File, "skipped " + File + ": " + Why});
  Contents.SetupDigest = Context.Default->Digest;
  return Contents;
}

/// Each flow's vendor role and data use, for the privacy teams' outputs: the model's, or the
/// policy's where it overrides them (docs/privacy-teams.md).
void applyVendorTerms(std::vector<ReportFinding> &Findings, const Setup &Default) {
  llvm::StringMap<const SdkModel *> ById;
  for (const std::unique_ptr<SdkModel> &Sdk : Default.Models.sdks())
    ById[Sdk->Id] = Sdk.get();
  for (ReportFinding &F : Findings) {
    auto It = ById.find(F.SdkId);
    if (It == ById.end() || It->second->Vendor.empty())
      continue;
    F.DataUse = Default.Options.Allowed.dataUseOf(*It->second);
    F.VendorRole = Default.Options.Allowed.vendorRoleOf(*It->second);
  }
}

/// The second phase: the units' outcomes, in their order, become the run's result.
RunResult linkUnits(RunContext &Context, const ToolOptions &Options, FactsContents Contents) {
  RunResult Run;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  Run.Summary.WorkingDirectory = std::string(Cwd);
  Run.Summary.Skipped = std::move(Contents.Skipped);
  std::vector<UnitFacts> Facts;
  for (UnitOutcome &Unit : Contents.Units) {
    Run.Summary.Units.push_back(Unit.Source);
    for (ReportFinding &F : Unit.Findings)
      Run.Findings.push_back(std::move(F));
    for (UnitFacts &U : Unit.Facts)
      Facts.push_back(std::move(U));
    for (UnitFailure &F : Unit.Failures)
      Run.Summary.Failures.push_back(std::move(F));
    for (ReportNotice &N : Unit.Notices)
      Run.Summary.Notices.push_back(std::move(N));
    if (!Unit.ChecksDisabledBy.empty())
      ++Run.Summary.ChecksDisabledBy[Unit.ChecksDisabledBy];
  }
  // A header's function is met by every unit that includes it: once, in location order.
  auto Key = [](const ReportNotice &N) {
    return std::make_tuple(std::cref(N.Loc.File), N.Loc.Offset, std::cref(N.Message));
  };
  std::vector<ReportNotice> &Notices = Run.Summary.Notices;
  llvm::sort(Notices, [&](const ReportNotice &A, const ReportNotice &B) { return Key(A) < Key(B); });
  Notices.erase(std::unique(Notices.begin(), Notices.end(),
                            [&](const ReportNotice &A, const ReportNotice &B) {
                              return Key(A) == Key(B);
                            }),
                Notices.end());
  resolveWholeProgram(Run, Facts, *Context.Default, Options);
  applyVendorTerms(Run.Findings, *Context.Default);
  return Run;
}

} // namespace

std::optional<RunResult> piiflow::analyse(const ToolOptions &Options, const UnitList &Units) {
  std::unique_ptr<RunContext> Context = RunContext::create(Options);
  if (!Context)
    return std::nullopt;
  return linkUnits(*Context, Options, analyseUnitsIn(*Context, Options, Units));
}

std::optional<FactsContents> piiflow::analyseUnits(const ToolOptions &Options,
                                                   const UnitList &Units) {
  std::unique_ptr<RunContext> Context = RunContext::create(Options);
  if (!Context)
    return std::nullopt;
  return analyseUnitsIn(*Context, Options, Units);
}

std::optional<RunResult> piiflow::link(const ToolOptions &Options) {
  std::unique_ptr<RunContext> Context = RunContext::create(Options);
  if (!Context)
    return std::nullopt;
  // Every file's units, each unit once, in the order of their paths as a run sorts them.
  std::vector<UnitFailure> Unreadable;
  std::map<std::string, UnitOutcome> BySource;
  std::map<std::string, UnitFailure> Skipped;
  for (const std::string &Path : Options.Parser->getSourcePathList()) {
    llvm::Expected<FactsContents> Read = readFactsFile(Path);
    if (!Read) {
      Unreadable.push_back(UnitFailure{Path, llvm::toString(Read.takeError())});
      continue;
    }
    if (Read->SetupDigest != Context->Default->Digest) {
      Unreadable.push_back(UnitFailure{
          Path, Path + ": its units were analysed under other models or options than this "
                       "link's (--models, --no-default-models, --policy, --hash-function, "
                       "--hash-header, --extra-names, --vocabulary, --explain, --summaries): "
                       "link with the options that analysed them"});
      continue;
    }
    for (UnitOutcome &Unit : Read->Units)
      BySource.try_emplace(Unit.Source, std::move(Unit));
    for (UnitFailure &S : Read->Skipped)
      Skipped.try_emplace(S.File, std::move(S));
  }
  FactsContents All;
  for (auto &[Source, Unit] : BySource)
    All.Units.push_back(std::move(Unit));
  for (auto &[File, S] : Skipped)
    All.Skipped.push_back(std::move(S));
  RunResult Run = linkUnits(*Context, Options, std::move(All));
  Run.Summary.Failures.insert(Run.Summary.Failures.begin(), Unreadable.begin(), Unreadable.end());
  return Run;
}
