//===--- Progress.cpp - What a run shows while it analyses -----------------------------------===//
//
// See Progress.h. The status line is "\r", the text, then "erase to the end of the line"
// (ESC [K), as ninja's smart terminal output writes it; text longer than the terminal is
// shortened in the middle of the path, since a wrapped line could not be redrawn in place.
//
//===----------------------------------------------------------------------------------------===//
#include "Progress.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace piiflow;

/// The width of the terminal on stderr: $COLUMNS, else the terminal's own (LLVM 19 reads only
/// the variable, which shells do not export); 0 when unknown.
static size_t terminalColumns() {
  if (unsigned Columns = llvm::sys::Process::StandardErrColumns())
    return Columns;
#if defined(TIOCGWINSZ)
  struct winsize Size;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &Size) == 0)
    return Size.ws_col;
#endif
  return 0;
}

ProgressReporter::Mode ProgressReporter::modeFor(bool Progress, bool Quiet) {
  if (Progress)
    return Mode::Lines;
  if (!Quiet && llvm::errs().is_displayed())
    return Mode::StatusLine;
  return Mode::None;
}

void ProgressReporter::started(const std::string &Source) {
  if (TheMode != Mode::StatusLine)
    return;
  std::lock_guard<std::mutex> Guard(Lock);
  Running.push_back(Source);
  drawStatusLine();
}

void ProgressReporter::finished(const std::string &Source, bool Cached,
                                llvm::StringRef CompilerOutput) {
  std::lock_guard<std::mutex> Guard(Lock);
  ++Done;
  if (TheMode == Mode::StatusLine)
    eraseStatusLine();
  llvm::errs() << CompilerOutput;
  if (TheMode == Mode::Lines)
    llvm::errs() << "[" << Done << "/" << Total << "] " << Source << (Cached ? " (cached)" : "")
                 << "\n";
  if (TheMode != Mode::StatusLine)
    return;
  auto It = llvm::find(Running, Source);
  if (It != Running.end())
    Running.erase(It);
  if (Done < Total && !Running.empty())
    drawStatusLine();
}

void ProgressReporter::end() {
  std::lock_guard<std::mutex> Guard(Lock);
  eraseStatusLine();
}

void ProgressReporter::drawStatusLine() {
  std::string Prefix = "[" + std::to_string(Done) + "/" + std::to_string(Total) + "] ";
  std::string Text = Running.empty() ? Prefix : Prefix + "analysing " + Running.back();
  // One column short of the width: writing the last column wraps on some terminals.
  size_t Width = terminalColumns();
  if (Width > 1 && Text.size() > Width - 1) {
    size_t Keep = Width - 1;
    if (Keep > Prefix.size() + 3)
      Text = Prefix + "..." + Text.substr(Text.size() - (Keep - Prefix.size() - 3));
    else
      Text = Text.substr(0, Keep);
  }
  llvm::errs() << "\r" << Text << "\x1b[K";
  llvm::errs().flush();
  Drawn = true;
}

void ProgressReporter::eraseStatusLine() {
  if (!Drawn)
    return;
  llvm::errs() << "\r\x1b[K";
  llvm::errs().flush();
  Drawn = false;
}
