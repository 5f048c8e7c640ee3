//===--- NoLint.cpp - NOLINT comments, as clang-tidy reads them ------------------------------===//
//
// See NoLint.h. Check lists match with llvm::GlobPattern, as clang-tidy's do.
//
//===----------------------------------------------------------------------------------------===//
#include "NoLint.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"

namespace piiflow {
namespace {

/// Whether Text holds Directive (NOLINT, NOLINTNEXTLINE, ...) that covers Check. The directive
/// must not continue with more letters (NOLINT is not NOLINTNEXTLINE).
bool hasDirective(llvm::StringRef Text, llvm::StringRef Directive, llvm::StringRef Check) {
  size_t Pos = 0;
  while ((Pos = Text.find(Directive, Pos)) != llvm::StringRef::npos) {
    llvm::StringRef Rest = Text.substr(Pos + Directive.size());
    Pos += Directive.size();
    if (!Rest.empty() && std::isalpha(static_cast<unsigned char>(Rest.front())))
      continue;
    if (!Rest.starts_with("("))
      return true; // every check
    llvm::StringRef List = Rest.drop_front().split(')').first;
    llvm::SmallVector<llvm::StringRef, 4> Names;
    List.split(Names, ',', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Name : Names) {
      auto Pattern = llvm::GlobPattern::create(Name.trim());
      if (Pattern && Pattern->match(Check))
        return true;
      if (!Pattern)
        llvm::consumeError(Pattern.takeError());
    }
  }
  return false;
}

} // namespace

const std::vector<std::string> &NoLintFilter::linesOf(const std::string &File) {
  auto It = Files.find(File);
  if (It != Files.end())
    return It->second;
  std::vector<std::string> Lines;
  if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
    llvm::SmallVector<llvm::StringRef, 0> Parts;
    (*Buffer)->getBuffer().split(Parts, '\n');
    for (llvm::StringRef P : Parts)
      Lines.push_back(P.str());
  }
  return Files[File] = std::move(Lines);
}

bool NoLintFilter::suppressed(const std::string &File, unsigned Line, llvm::StringRef Check) {
  const std::vector<std::string> &Lines = linesOf(File);
  if (Line == 0 || Line > Lines.size())
    return false;
  if (hasDirective(Lines[Line - 1], "NOLINT", Check))
    return true;
  if (Line >= 2 && hasDirective(Lines[Line - 2], "NOLINTNEXTLINE", Check))
    return true;
  // The innermost NOLINTBEGIN before the line that no NOLINTEND closes first.
  int Open = 0;
  for (unsigned I = 0; I + 1 < Line; ++I) {
    if (hasDirective(Lines[I], "NOLINTBEGIN", Check))
      ++Open;
    if (hasDirective(Lines[I], "NOLINTEND", Check) && Open > 0)
      --Open;
  }
  return Open > 0;
}

} // namespace piiflow
