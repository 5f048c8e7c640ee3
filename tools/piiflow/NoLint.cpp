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

NoLintFilter::FileLines &NoLintFilter::linesOf(const std::string &File) {
  auto It = Files.find(File);
  if (It != Files.end())
    return It->second;
  FileLines &F = Files[File];
  if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
    llvm::SmallVector<llvm::StringRef, 0> Parts;
    (*Buffer)->getBuffer().split(Parts, '\n');
    for (llvm::StringRef P : Parts)
      F.Lines.push_back(P.str());
  }
  return F;
}

const std::vector<unsigned> &NoLintFilter::openAtLine(FileLines &F, llvm::StringRef Check) {
  auto It = F.OpenAtLine.find(Check);
  if (It != F.OpenAtLine.end())
    return It->second;
  std::vector<unsigned> &Open = F.OpenAtLine[Check];
  Open.reserve(F.Lines.size());
  unsigned Count = 0;
  for (const std::string &Line : F.Lines) {
    Open.push_back(Count);
    if (hasDirective(Line, "NOLINTBEGIN", Check))
      ++Count;
    if (hasDirective(Line, "NOLINTEND", Check) && Count > 0)
      --Count;
  }
  return Open;
}

bool NoLintFilter::suppressed(const std::string &File, unsigned Line, llvm::StringRef Check) {
  FileLines &F = linesOf(File);
  const std::vector<std::string> &Lines = F.Lines;
  if (Line == 0 || Line > Lines.size())
    return false;
  if (hasDirective(Lines[Line - 1], "NOLINT", Check))
    return true;
  if (Line >= 2 && hasDirective(Lines[Line - 2], "NOLINTNEXTLINE", Check))
    return true;
  // The innermost NOLINTBEGIN before the line that no NOLINTEND closes first.
  return openAtLine(F, Check)[Line - 1] > 0;
}

} // namespace piiflow
