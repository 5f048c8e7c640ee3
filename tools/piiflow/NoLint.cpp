//===--- NoLint.cpp - NOLINT comments, with clang-tidy's own handler -------------------------===//
//
// See NoLint.h. The handler reads a clang::Diagnostic, which only a DiagnosticsEngine makes: each
// query reports a warning at the finding's location into a consumer that asks the handler.
//
//===----------------------------------------------------------------------------------------===//
#include "NoLint.h"
#include "piiflow/ClangCompat.h"
#include "clang-tidy/NoLintDirectiveHandler.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace piiflow {

class NoLintFilter::Impl : public DiagnosticConsumer {
public:
  Impl()
      : Files(FileSystemOptions()),
        Diags(compat::newDiagnosticsEngine(Options.get(), this, /*Own=*/false)),
        Sources(*Diags, Files),
        QueryID(Diags->getCustomDiagID(DiagnosticsEngine::Warning, "%0")) {
    Diags->setSourceManager(&Sources);
  }

  bool suppressed(const std::string &File, unsigned Line, unsigned Column,
                  llvm::StringRef Check) {
    llvm::Expected<FileEntryRef> Entry = Files.getFileRef(File);
    if (!Entry) {
      llvm::consumeError(Entry.takeError());
      return false;
    }
    FileID ID = Sources.getOrCreateFileID(*Entry, SrcMgr::C_User);
    SourceLocation Loc = Sources.translateLineCol(ID, Line, std::max(Column, 1u));
    CurrentCheck = Check;
    Answer = false;
    Diags->Report(Loc, QueryID) << Check;
    compat::finishDiagnostic(*Diags);
    return Answer;
  }

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    llvm::SmallVector<tooling::Diagnostic, 1> Unmatched;
    Answer = Handler.shouldSuppress(Level, Info, CurrentCheck, Unmatched, /*AllowIO=*/true,
                                    /*EnableNoLintBlocks=*/true);
    for (const tooling::Diagnostic &D : Unmatched)
      record(D);
  }

  std::vector<NoLintError> Errors;

private:
  void record(const tooling::Diagnostic &D) {
    NoLintError E;
    E.File = D.Message.FilePath;
    E.Message = D.Message.Message + " [" + D.DiagnosticName + "]";
    if (llvm::Expected<FileEntryRef> Entry = Files.getFileRef(E.File)) {
      FileID ID = Sources.getOrCreateFileID(*Entry, SrcMgr::C_User);
      SourceLocation Loc = Sources.getComposedLoc(ID, D.Message.FileOffset);
      E.Line = Sources.getSpellingLineNumber(Loc);
      E.Column = Sources.getSpellingColumnNumber(Loc);
    } else {
      llvm::consumeError(Entry.takeError());
    }
    Errors.push_back(std::move(E));
  }

  FileManager Files;
  compat::OwnedDiagnosticOptions Options;
  std::unique_ptr<DiagnosticsEngine> Diags;
  SourceManager Sources;
  unsigned QueryID;
  tidy::NoLintDirectiveHandler Handler;
  std::string CurrentCheck;
  bool Answer = false;
};

NoLintFilter::NoLintFilter() : Self(std::make_unique<Impl>()) {}
NoLintFilter::~NoLintFilter() = default;

bool NoLintFilter::suppressed(const std::string &File, unsigned Line, unsigned Column,
                              llvm::StringRef Check) {
  return Self->suppressed(File, Line, Column, Check);
}

const std::vector<NoLintError> &NoLintFilter::errors() const { return Self->Errors; }

} // namespace piiflow
