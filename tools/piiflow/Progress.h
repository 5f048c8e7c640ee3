//===--- Progress.h - What a run shows while it analyses -------------------------------------===//
//
// With --progress, a line per unit when it is done ("[3/12] src/a.cpp", "(cached)" when the cache
// had it): for logs. Otherwise, when stderr is a terminal, one status line redrawn in place as
// ninja does ("[3/12] analysing src/a.cpp": units done of all, and a unit being analysed),
// shortened to the terminal's width and erased at the end, so that a long run shows that it
// moves and the report is all that stays. Pipes and files get neither. Each unit's own compiler
// output is printed whole when the unit is done, so units run at once never interleave.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_PROGRESS_H
#define PIIFLOW_TOOLS_PIIFLOW_PROGRESS_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace piiflow {

class ProgressReporter {
public:
  enum class Mode { None, Lines, StatusLine };

  /// Lines with --progress; a status line when stderr is a terminal and the run is not --quiet.
  static Mode modeFor(bool Progress, bool Quiet);

  ProgressReporter(Mode M, size_t Total) : TheMode(M), Total(Total) {}
  ~ProgressReporter() { end(); }

  /// Source's analysis begins.
  void started(const std::string &Source);
  /// Source is done: its compiler output, then its line (or the status line again).
  void finished(const std::string &Source, bool Cached, llvm::StringRef CompilerOutput);
  /// Erases the status line; idempotent.
  void end();

private:
  void drawStatusLine();
  void eraseStatusLine();

  const Mode TheMode;
  const size_t Total;
  size_t Done = 0;
  std::vector<std::string> Running; ///< in the order they started
  bool Drawn = false;
  std::mutex Lock;
};

} // namespace piiflow

#endif
