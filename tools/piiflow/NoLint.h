//===--- NoLint.h - NOLINT comments, as clang-tidy reads them --------------------------------===//
//
// The tool honours the same suppression comments as clang-tidy, so that both front ends report
// the same findings: NOLINT on the warning's line, NOLINTNEXTLINE on the line before, and
// NOLINTBEGIN ... NOLINTEND around it; each either bare (every check) or with a parenthesised,
// comma-separated list of check names or globs (privacy-*). Each file is read once, and its
// NOLINTBEGIN/NOLINTEND counted once per check: a query then reads two lines at most.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_NOLINT_H
#define PIIFLOW_TOOLS_PIIFLOW_NOLINT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace piiflow {

class NoLintFilter {
public:
  /// Whether a warning of Check at File:Line (1-based) is suppressed.
  bool suppressed(const std::string &File, unsigned Line, llvm::StringRef Check);

private:
  struct FileLines {
    std::vector<std::string> Lines;
    /// Per check, how many of its NOLINTBEGIN are open at the start of each line (0-based): a
    /// NOLINTEND closes the innermost one, and one without a BEGIN is ignored.
    llvm::StringMap<std::vector<unsigned>> OpenAtLine;
  };
  FileLines &linesOf(const std::string &File);
  const std::vector<unsigned> &openAtLine(FileLines &F, llvm::StringRef Check);
  llvm::StringMap<FileLines> Files;
};

} // namespace piiflow

#endif
