//===--- Locations.cpp - Resolving locations, and rendering findings after their unit --------===//
//
// Findings leave their unit as files, lines and columns (bytes, as clang prints them, and Unicode
// code points, as SARIF wants them). Findings that only the whole program shows (calls of
// functions defined in other units) are rendered after the last unit, with a SourceManager of the
// tool's own over the files on disk and clang's TextDiagnostic, so that they print exactly like
// the others.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "piiflow/ClangCompat.h"
#include "piiflow/Analysis.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnostic.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace piiflow {

namespace {
unsigned codePointColumn(llvm::StringRef LineText, unsigned ByteColumn) {
  llvm::StringRef Before = LineText.take_front(ByteColumn > 0 ? ByteColumn - 1 : 0);
  unsigned Count = 0;
  for (unsigned char C : Before)
    if ((C & 0xC0) != 0x80)
      ++Count;
  return Count + 1;
}
} // namespace

ReportLocation resolveLocation(const SourceManager &SM, SourceLocation Loc, SourceLocation End) {
  ReportLocation R;
  Loc = SM.getFileLoc(Loc);
  FileID File = SM.getFileID(Loc);
  if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File))
    R.File = absoluteFileName(SM, Entry->getName());
  R.Offset = SM.getFileOffset(Loc);
  R.Line = SM.getSpellingLineNumber(Loc);
  R.Column = SM.getSpellingColumnNumber(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (!Invalid) {
    unsigned LineStart = R.Offset - (R.Column - 1);
    size_t LineEnd = Buffer.find('\n', LineStart);
    R.LineText = Buffer.slice(LineStart, LineEnd).str();
  }
  R.CodePointColumn = codePointColumn(R.LineText, R.Column);
  if (End.isValid()) {
    End = SM.getFileLoc(End);
    if (SM.getFileID(End) == File) {
      unsigned EndLine = SM.getSpellingLineNumber(End);
      unsigned EndByteColumn = SM.getSpellingColumnNumber(End);
      unsigned EndOffset = SM.getFileOffset(End);
      if (!Invalid) {
        unsigned EndLineStart = EndOffset - (EndByteColumn - 1);
        llvm::StringRef EndLineText = Buffer.slice(EndLineStart, Buffer.find('\n', EndLineStart));
        R.EndLine = EndLine;
        R.EndCodePointColumn = codePointColumn(EndLineText, EndByteColumn);
      }
    }
  }
  return R;
}

class ProgramRenderer::Impl {
public:
  explicit Impl(bool Colors)
      : Diags(compat::newDiagnosticsEngine(DiagOpts.get(), new IgnoringDiagConsumer(),
                                           /*Own=*/true)),
        Files(FileSystemOptions()), Sources(*Diags, Files) {
    Lang.CPlusPlus = true;
    Lang.CPlusPlus17 = true;
    DiagOpts.get().ShowColors = Colors;
  }

  SourceLocation locate(const ExternalStep &Step) {
    auto File = Files.getOptionalFileRef(Step.File);
    if (!File || Step.Line == 0)
      return SourceLocation();
    FileID ID = Sources.getOrCreateFileID(*File, SrcMgr::C_User);
    return Sources.translateLineCol(ID, Step.Line, Step.Column);
  }

  compat::OwnedDiagnosticOptions DiagOpts;
  std::unique_ptr<DiagnosticsEngine> Diags;
  FileManager Files;
  SourceManager Sources;
  LangOptions Lang;
};

ProgramRenderer::ProgramRenderer(bool Colors) : TheImpl(std::make_unique<Impl>(Colors)) {}
ProgramRenderer::~ProgramRenderer() = default;

std::optional<ReportFinding> ProgramRenderer::render(const ProgramFinding &F) {
  SourceLocation Loc = TheImpl->locate(F.Loc);
  if (Loc.isInvalid())
    return std::nullopt;
  SourceLocation RangeBegin = TheImpl->locate(F.RangeBegin);
  SourceLocation RangeEnd = TheImpl->locate(F.RangeEnd);
  const SourceManager &SM = TheImpl->Sources;

  ReportFinding R;
  R.Check = F.Check;
  R.Kind = F.Kind;
  R.Message = F.Message;
  R.Vendor = F.Vendor;
  R.SdkId = F.SdkId;
  R.Function = F.Function;
  R.Role = F.Role;
  R.Key = F.Key;
  R.Evidence = F.Evidence;
  R.Loc = resolveLocation(SM, Loc, RangeEnd.isValid() ? RangeEnd : SourceLocation());

  llvm::raw_string_ostream OS(R.Text);
  OS.enable_colors(TheImpl->DiagOpts.get().ShowColors);
  std::unique_ptr<TextDiagnostic> PrinterPtr =
      compat::newTextDiagnostic(OS, TheImpl->Lang, TheImpl->DiagOpts.get());
  TextDiagnostic &Printer = *PrinterPtr;
  std::vector<CharSourceRange> Ranges;
  if (RangeBegin.isValid() && RangeEnd.isValid() && RangeBegin != Loc)
    Ranges.push_back(CharSourceRange::getCharRange(RangeBegin, RangeEnd));
  Printer.emitDiagnostic(FullSourceLoc(Loc, SM), DiagnosticsEngine::Warning,
                         F.Message + " [" + F.Check + "]", Ranges, {});
  for (const ExternalStep &Step : F.Trace) {
    SourceLocation StepLoc = TheImpl->locate(Step);
    if (StepLoc.isInvalid())
      continue;
    R.Trace.push_back(ReportStep{resolveLocation(SM, StepLoc), Step.Message});
    Printer.emitDiagnostic(FullSourceLoc(StepLoc, SM), DiagnosticsEngine::Note, Step.Message, {},
                           {});
  }
  return R;
}

} // namespace piiflow
