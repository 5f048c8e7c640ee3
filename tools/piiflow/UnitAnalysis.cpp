//===--- UnitAnalysis.cpp - Analysing one translation unit -----------------------------------===//
//
// See UnitAnalysis.h. A finding's text is rendered with clang's TextDiagnostic, without colours,
// as clang-tidy prints it: the warning with its check name, its range and primary fix-it, then a
// note per trace step and a note carrying the alternative fix.
//
//===----------------------------------------------------------------------------------------===//
#include "UnitAnalysis.h"
#include "FactsFile.h"
#include "piiflow/ClangCompat.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnostic.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace clang;
using namespace piiflow;

namespace {

/// The fix-it hints of TheFix, if any.
std::vector<FixItHint> fixHints(const std::optional<Fix> &TheFix) {
  std::vector<FixItHint> Hints;
  if (TheFix)
    for (const FixEdit &Edit : TheFix->Edits)
      Hints.push_back(FixItHint::CreateReplacement(Edit.Range, Edit.Replacement));
  return Hints;
}

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(CompilerInstance &CI, UnitState &State) : CI(CI), State(State) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    const SourceManager &SM = Ctx.getSourceManager();
    State.Analysed = true;
    State.Errors = Ctx.getDiagnostics().getClient()->getNumErrors();
    State.Fatal = Ctx.getDiagnostics().hasFatalErrorOccurred();
    recordDependencies(Ctx.getSourceManager());
    State.Facts.emplace_back();
    // The unit's facts come from its first pass: every pass sees the same functions.
    UnitFacts *Collect = State.WholeProgram ? &State.Facts.back() : nullptr;
    for (const AnalysisPass &Pass : State.Passes) {
      Analyzer::traceAnalysis(Ctx, Pass.Checks.empty() ? std::string("the unit's facts")
                                                        : llvm::join(Pass.Checks, ", "));
      for (const Finding &F : Pass.TheAnalyzer->analyzeTranslationUnit(Ctx, Collect)) {
        if (!llvm::is_contained(Pass.Checks, F.Check) || !isShown(F, SM))
          continue;
        ReportFinding R = resolve(F, Ctx);
        R.Text = render(F, Ctx);
        State.Findings.push_back(std::move(R));
      }
      Collect = nullptr;
      if (llvm::is_contained(Pass.Checks, CheckName))
        for (const AnalysisNotice &N : Pass.TheAnalyzer->notices())
          if (isShown(N.Loc, SM))
            State.Notices.push_back(ReportNotice{resolveLocation(SM, N.Loc), N.Message,
                                                 renderRemark(N, Ctx)});
    }
  }

private:
  /// Every file the unit read, by its real path (a header search path such as
  /// /lib/gcc/x86_64-linux-gnu/12/../../../../include crosses the /lib symlink, so its dots
  /// cannot be removed by hand), with a digest of the content that was parsed (not of what is
  /// on disk now), sorted by path.
  void recordDependencies(SourceManager &SM) {
    std::map<std::string, std::string> ByPath;
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      std::optional<llvm::MemoryBufferRef> Buffer = It->second->getBufferIfLoaded();
      if (!Buffer)
        Buffer = SM.getMemoryBufferForFileOrNone(It->first);
      if (Buffer)
        ByPath.emplace(SM.getFileManager().getCanonicalName(It->first).str(),
                       contentDigest(Buffer->getBuffer()));
    }
    for (auto &[Path, Digest] : ByPath)
      State.Dependencies.push_back(FileDigest{Path, std::move(Digest)});
  }

  /// F's fields, locations and replacements, free of the unit.
  ReportFinding resolve(const Finding &F, ASTContext &Ctx) {
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
    // A character range in a file, to the end of the last token, as clang-tidy exports it
    // (none when a macro hides where it is).
    CharSourceRange InFile =
        F.Range.isValid()
            ? Lexer::makeFileCharRange(CharSourceRange::getTokenRange(F.Range), SM, LO)
            : CharSourceRange();
    if (InFile.isValid()) {
      tooling::FileByteRange Range(SM, InFile);
      Range.FilePath = absoluteFileName(SM, Range.FilePath);
      R.ArgumentRange = std::move(Range);
    }
    // The files as absolute paths, against the compile command's directory.
    auto replacements = [&](const Fix &TheFix) {
      std::vector<tooling::Replacement> Out;
      for (const FixEdit &Edit : TheFix.Edits) {
        tooling::Replacement Edited(SM, Edit.Range, Edit.Replacement, LO);
        Out.emplace_back(absoluteFileName(SM, Edited.getFilePath()), Edited.getOffset(),
                         Edited.getLength(), Edited.getReplacementText());
      }
      return Out;
    };
    if (F.PrimaryFix) {
      R.FixDescription = F.PrimaryFix->Description;
      R.Fix = replacements(*F.PrimaryFix);
    }
    if (F.AlternativeFix && !F.AlternativeFix->Edits.empty()) {
      R.AlternativeNote = "or " + F.AlternativeFix->Description;
      R.AlternativeLoc = resolveLocation(SM, F.AlternativeFix->Edits.front().Range.getBegin());
      R.AlternativeFix = replacements(*F.AlternativeFix);
    }
    return R;
  }

  /// A finding is shown as clang-tidy shows a diagnostic: when it, or one of its notes, is in
  /// the main file or in a header --header-filter shows.
  bool isShown(const Finding &F, const SourceManager &SM) const {
    if (isShown(F.Loc, SM))
      return true;
    for (const TraceStep &Step : F.Trace)
      if (isShown(Step.Loc, SM))
        return true;
    return F.AlternativeFix && !F.AlternativeFix->Edits.empty() &&
           isShown(F.AlternativeFix->Edits.front().Range.getBegin(), SM);
  }

  /// Locations in the main file, and in headers --header-filter shows (by expansion, as
  /// clang-tidy filters).
  bool isShown(SourceLocation Loc, const SourceManager &SM) const {
    if (Loc.isInvalid())
      return true;
    Loc = SM.getExpansionLoc(Loc);
    if (SM.isInSystemHeader(Loc))
      return false;
    if (SM.isInMainFile(Loc))
      return true;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc));
    return State.HeaderRegex && Entry && State.HeaderRegex->match(Entry->getName());
  }

  /// What Emit prints with clang's TextDiagnostic, as clang-tidy prints it (coloured with
  /// --use-color).
  /// Whether a location's presumed line (set by #line) is so large that the line-number gutter
  /// of clang's snippet overflows (clang 19 then prints gigabytes of spaces).
  static bool hasHugeLine(llvm::ArrayRef<SourceLocation> Locs, const SourceManager &SM) {
    for (SourceLocation Loc : Locs) {
      PresumedLoc P = Loc.isValid() ? SM.getPresumedLoc(Loc) : PresumedLoc();
      if (P.isValid() && P.getLine() > (1u << 30))
        return true;
    }
    return false;
  }

  std::string renderText(ASTContext &Ctx, llvm::function_ref<void(TextDiagnostic &)> Emit,
                         bool HugeLine = false) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    DiagnosticOptions &DiagOpts = CI.getDiagnosticOpts();
    bool SavedColors = DiagOpts.ShowColors;
    bool SavedAbsolute = DiagOpts.AbsolutePath;
    bool SavedLineNumbers = DiagOpts.ShowLineNumbers;
    DiagOpts.ShowColors = State.Colors;
    OS.enable_colors(State.Colors); // a string stream has none unless told
    if (HugeLine)
      DiagOpts.ShowLineNumbers = false;
    // Files as absolute paths: a database that names sources relative to their command's
    // directory would otherwise print names that mean nothing where piiflow runs.
    DiagOpts.AbsolutePath = true;
    std::unique_ptr<TextDiagnostic> Printer =
        compat::newTextDiagnostic(OS, Ctx.getLangOpts(), DiagOpts);
    Emit(*Printer);
    DiagOpts.ShowColors = SavedColors;
    DiagOpts.AbsolutePath = SavedAbsolute;
    DiagOpts.ShowLineNumbers = SavedLineNumbers;
    OS.flush();
    return Text;
  }

  /// N as clang-tidy prints a check's remark.
  std::string renderRemark(const AnalysisNotice &N, ASTContext &Ctx) {
    return renderText(Ctx, [&](TextDiagnostic &Printer) {
      Printer.emitDiagnostic(FullSourceLoc(N.Loc, Ctx.getSourceManager()),
                             DiagnosticsEngine::Remark, N.Message + " [" + CheckName + "]", {}, {});
    }, hasHugeLine({N.Loc}, Ctx.getSourceManager()));
  }

  /// F as clang-tidy prints it: the warning with its check name, then one note per hop.
  std::string render(const Finding &F, ASTContext &Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<SourceLocation> Locs{F.Loc};
    for (const TraceStep &Step : F.Trace)
      Locs.push_back(Step.Loc);
    return renderText(Ctx, [&](TextDiagnostic &Printer) {
      std::vector<CharSourceRange> Ranges;
      if (F.Range.isValid())
        Ranges.push_back(CharSourceRange::getTokenRange(F.Range));
      Printer.emitDiagnostic(FullSourceLoc(F.Loc, SM), DiagnosticsEngine::Warning,
                             F.Message + " [" + F.Check + "]", Ranges, fixHints(F.PrimaryFix));
      for (const TraceStep &Step : F.Trace)
        Printer.emitDiagnostic(FullSourceLoc(Step.Loc, SM), DiagnosticsEngine::Note,
                               Step.Message, {}, {});
      if (F.AlternativeFix)
        Printer.emitDiagnostic(FullSourceLoc(F.AlternativeFix->Edits.front().Range.getBegin(), SM),
                               DiagnosticsEngine::Note, "or " + F.AlternativeFix->Description, {},
                               fixHints(F.AlternativeFix));
    }, hasHugeLine(Locs, SM));
  }

  CompilerInstance &CI;
  UnitState &State;
};

class AnalysisAction : public ASTFrontendAction {
public:
  explicit AnalysisAction(UnitState &State) : State(State) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    // "N errors generated." goes where the unit's diagnostics go. The runner's one consumer also
    // took the driver's diagnostics (an unknown flag of another compiler: printed, as clang
    // prints them, but no error of the unit): the unit's count starts here.
    if (State.CompilerOutput) {
      CI.setVerboseOutputStream(*State.CompilerOutput);
      CI.getDiagnosticClient().clear();
    }
    return std::make_unique<AnalysisConsumer>(CI, State);
  }

private:
  UnitState &State;
};

class AnalysisActionFactory : public tooling::FrontendActionFactory {
public:
  explicit AnalysisActionFactory(UnitState &State) : State(State) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(State);
  }

private:
  UnitState &State;
};

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
piiflow::newAnalysisActionFactory(UnitState &State) {
  return std::make_unique<AnalysisActionFactory>(State);
}
