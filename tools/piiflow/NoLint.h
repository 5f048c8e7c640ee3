//===--- NoLint.h - NOLINT comments, with clang-tidy's own handler ---------------------------===//
//
// The tool honours the suppression comments exactly as clang-tidy does, because it asks
// clang-tidy's NoLintDirectiveHandler (clang-tidy/NoLintDirectiveHandler.h): NOLINT on the
// warning's line, NOLINTNEXTLINE on the line before, NOLINTBEGIN ... NOLINTEND around it, bare
// or with a list of checks or globs (privacy-*). A NOLINTBEGIN without its NOLINTEND (with the
// same check list), or a NOLINTEND without its NOLINTBEGIN, suppresses nothing and is an error,
// as clang-tidy's `[clang-tidy-nolint]` error.
//
// Findings outlive their units, so the files are read again at report time through a
// SourceManager of the filter's own; each file once.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_NOLINT_H
#define PIIFLOW_TOOLS_PIIFLOW_NOLINT_H

#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace piiflow {

/// An unmatched NOLINTBEGIN or NOLINTEND.
struct NoLintError {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Message; ///< clang-tidy's, with its [clang-tidy-nolint]
};

class NoLintFilter {
public:
  NoLintFilter();
  ~NoLintFilter();

  /// Whether a warning of Check at File:Line:Column (1-based) is suppressed.
  bool suppressed(const std::string &File, unsigned Line, unsigned Column, llvm::StringRef Check);

  /// The unmatched directives of the files read so far, each once, in the order met.
  const std::vector<NoLintError> &errors() const;

private:
  class Impl;
  std::unique_ptr<Impl> Self;
};

} // namespace piiflow

#endif
