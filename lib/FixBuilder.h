//===--- FixBuilder.h - Fix-its that drop a property or hash a value -------------------------===//
//
// Private to the core. Builds the edits of the two fixes piiflow offers: drop the property (an
// initializer-list element with its comma, or a whole insertion statement with its line), or wrap
// the value in the configured HashFunction and include HashHeader once. No fix is built where an
// edit would touch a macro expansion.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FIXBUILDER_H
#define PIIFLOW_LIB_FIXBUILDER_H

#include "piiflow/Analysis.h"
#include <optional>
#include <set>

namespace clang {
class ASTContext;
class Expr;
class InitListExpr;
class Stmt;
} // namespace clang

namespace piiflow {

class FixBuilder {
public:
  /// IncludedFiles: the files whose fixes of this kind (applied together) already insert
  /// HashHeader in this unit; the include goes with the first fix of a file only, as clang-tidy's
  /// IncludeInserter does, since identical insertions would be applied twice.
  FixBuilder(clang::ASTContext &Ctx, const AnalysisOptions &Options,
             std::set<unsigned> &IncludedFiles)
      : Ctx(Ctx), Options(Options), IncludedFiles(IncludedFiles) {}

  /// Removes element Index of List and the comma that separates it from its neighbour.
  std::optional<Fix> dropListElement(const clang::InitListExpr &List, unsigned Index,
                                     llvm::StringRef Key) const;

  /// Removes a statement that inserts the property, with its semicolon, and its line when the
  /// statement stands alone on it.
  std::optional<Fix> dropStatement(const clang::Stmt &Statement, llvm::StringRef Key) const;

  /// Removes one link of a builder chain: `.set("email", e)` of `Props().set("a", x).set("email", e)`.
  std::optional<Fix> dropBuilderLink(const clang::Expr &Object, const clang::Expr &Link,
                                     llvm::StringRef Key) const;

  /// Wraps a string value in HashFunction (`s.c_str()` becomes `Hash(s).c_str()`).
  std::optional<Fix> wrapInHash(const clang::Expr &Value) const;

private:
  std::optional<FixEdit> includeEdit(clang::SourceLocation InFile) const;

  clang::ASTContext &Ctx;
  const AnalysisOptions &Options;
  std::set<unsigned> &IncludedFiles;
};

} // namespace piiflow

#endif
