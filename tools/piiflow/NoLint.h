//===--- NoLint.h - NOLINT comments, as clang-tidy reads them --------------------------------===//
//
// The tool honours the same suppression comments as clang-tidy, so that both front ends report
// the same findings: NOLINT on the warning's line, NOLINTNEXTLINE on the line before, and
// NOLINTBEGIN ... NOLINTEND around it; each either bare (every check) or with a parenthesised,
// comma-separated list of check names or globs (privacy-*).
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
  const std::vector<std::string> &linesOf(const std::string &File);
  llvm::StringMap<std::vector<std::string>> Files;
};

} // namespace piiflow

#endif
