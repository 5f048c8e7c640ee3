//===--- Findings.cpp - Fix-its for findings: drop the property or hash the value ------------===//
//
// The edits behind FixBuilder.h. Ranges are computed with the lexer so that commas, semicolons and
// whole lines go with what is removed, and the fixed file still compiles.
//
//===----------------------------------------------------------------------------------------===//
#include "FixBuilder.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace piiflow {
namespace {

bool isFileLoc(SourceLocation L) { return L.isValid() && L.isFileID(); }

} // namespace

std::optional<Fix> FixBuilder::dropListElement(const InitListExpr &List, unsigned Index,
                                               llvm::StringRef Key) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  if (Index >= List.getNumInits())
    return std::nullopt;
  const Expr *Element = List.getInit(Index);
  SourceLocation Begin = Element->getBeginLoc(), End = Element->getEndLoc();
  if (!isFileLoc(Begin) || !isFileLoc(End))
    return std::nullopt;
  CharSourceRange Range;
  if (Index + 1 < List.getNumInits()) {
    SourceLocation Next = List.getInit(Index + 1)->getBeginLoc();
    if (!isFileLoc(Next))
      return std::nullopt;
    Range = CharSourceRange::getCharRange(Begin, Next);
  } else if (Index > 0) {
    SourceLocation PrevEnd = List.getInit(Index - 1)->getEndLoc();
    if (!isFileLoc(PrevEnd))
      return std::nullopt;
    Range = CharSourceRange::getCharRange(Lexer::getLocForEndOfToken(PrevEnd, 0, SM, LO),
                                          Lexer::getLocForEndOfToken(End, 0, SM, LO));
  } else {
    Range = CharSourceRange::getCharRange(Begin, Lexer::getLocForEndOfToken(End, 0, SM, LO));
  }
  return Fix{"drop property \"" + Key.str() + "\"", {FixEdit{Range, ""}}};
}

std::optional<Fix> FixBuilder::dropStatement(const Stmt &Statement, llvm::StringRef Key) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation Begin = Statement.getBeginLoc(), End = Statement.getEndLoc();
  if (!isFileLoc(Begin) || !isFileLoc(End))
    return std::nullopt;
  std::optional<Token> Semi = Lexer::findNextToken(End, SM, LO);
  if (!Semi || !Semi->is(tok::semi) || !isFileLoc(Semi->getLocation()))
    return std::nullopt;
  SourceLocation AfterSemi = Semi->getEndLoc();

  // Take the whole line when nothing else stands on it.
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Begin), &Invalid);
  if (Invalid)
    return std::nullopt;
  unsigned BeginOffset = SM.getFileOffset(Begin);
  unsigned EndOffset = SM.getFileOffset(AfterSemi);
  unsigned LineStart = BeginOffset;
  while (LineStart > 0 && (Buffer[LineStart - 1] == ' ' || Buffer[LineStart - 1] == '\t'))
    --LineStart;
  unsigned LineEnd = EndOffset;
  while (LineEnd < Buffer.size() && (Buffer[LineEnd] == ' ' || Buffer[LineEnd] == '\t'))
    ++LineEnd;
  bool AloneOnLine = (LineStart == 0 || Buffer[LineStart - 1] == '\n') &&
                     (LineEnd == Buffer.size() || Buffer[LineEnd] == '\n' || Buffer[LineEnd] == '\r');
  CharSourceRange Range;
  if (AloneOnLine && LineStart > 0) {
    // Remove the line break before the statement and the statement's line up to (not including)
    // its own line break; clang-tidy's replacement cleanup keeps the indentation of the next
    // line intact this way.
    LineStart -= 1;
    if (LineStart > 0 && Buffer[LineStart - 1] == '\r')
      LineStart -= 1;
    SourceLocation FileStart = SM.getLocForStartOfFile(SM.getFileID(Begin));
    Range = CharSourceRange::getCharRange(FileStart.getLocWithOffset(LineStart),
                                          FileStart.getLocWithOffset(LineEnd));
  } else {
    Range = CharSourceRange::getCharRange(Begin, AfterSemi);
  }
  return Fix{"drop property \"" + Key.str() + "\"", {FixEdit{Range, ""}}};
}

std::optional<Fix> FixBuilder::dropBuilderLink(const Expr &Object, const Expr &Link,
                                               llvm::StringRef Key) const {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation ObjectEnd = Object.getEndLoc(), LinkEnd = Link.getEndLoc();
  if (!isFileLoc(ObjectEnd) || !isFileLoc(LinkEnd))
    return std::nullopt;
  CharSourceRange Range =
      CharSourceRange::getCharRange(Lexer::getLocForEndOfToken(ObjectEnd, 0, SM, LO),
                                    Lexer::getLocForEndOfToken(LinkEnd, 0, SM, LO));
  return Fix{"drop property \"" + Key.str() + "\"", {FixEdit{Range, ""}}};
}

std::optional<Fix> FixBuilder::wrapInHash(const Expr &Value) const {
  if (Options.HashFunction.empty())
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();

  // Hash the string, not the pointer into it: s.c_str() -> Hash(s).c_str().
  const Expr *Target = Value.IgnoreImplicit()->IgnoreParens();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Target); CE && CE->getNumArgs() == 1)
    Target = CE->getArg(0)->IgnoreImplicit()->IgnoreParens();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Target))
    if (const CXXMethodDecl *MD = Member->getMethodDecl())
      if ((MD->getName() == "c_str" || MD->getName() == "data") && MD->getNumParams() == 0)
        Target = Member->getImplicitObjectArgument()->IgnoreImplicit()->IgnoreParens();

  QualType T = Target->getType().getNonReferenceType().getCanonicalType();
  bool StringLike = false;
  if (const auto *PT = T->getAs<PointerType>())
    StringLike = PT->getPointeeType()->isCharType();
  else if (T->isArrayType())
    StringLike = T->getArrayElementTypeNoTypeQual()->isCharType();
  else if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    StringLike = RD->getName() == "basic_string" || RD->getName() == "basic_string_view";
  if (!StringLike)
    return std::nullopt;

  SourceLocation Begin = Target->getBeginLoc(), End = Target->getEndLoc();
  if (!isFileLoc(Begin) || !isFileLoc(End))
    return std::nullopt;
  SourceLocation AfterEnd = Lexer::getLocForEndOfToken(End, 0, SM, LO);
  Fix F;
  F.Description = "pseudonymise the value with '" + Options.HashFunction + "'";
  F.Edits.push_back(FixEdit{CharSourceRange::getCharRange(Begin, Begin), Options.HashFunction + "("});
  F.Edits.push_back(FixEdit{CharSourceRange::getCharRange(AfterEnd, AfterEnd), ")"});
  if (std::optional<FixEdit> Include = includeEdit(Begin))
    F.Edits.push_back(*Include);
  return F;
}

std::optional<FixEdit> FixBuilder::includeEdit(SourceLocation InFile) const {
  if (Options.HashHeader.empty())
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  FileID File = SM.getFileID(InFile);
  if (!IncludedFiles.insert(File.getHashValue()).second)
    return std::nullopt; // an earlier fix of this unit inserts it
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  llvm::StringRef Header = Options.HashHeader;
  std::string Spelled = (Header.starts_with("<") || Header.starts_with("\""))
                            ? Header.str()
                            : "\"" + Header.str() + "\"";
  llvm::StringRef Bare = llvm::StringRef(Spelled).drop_front().drop_back();

  // Already included? Otherwise insert after the last #include line.
  size_t InsertAt = 0;
  size_t Pos = 0;
  while (Pos < Buffer.size()) {
    size_t Eol = Buffer.find('\n', Pos);
    llvm::StringRef Line = Buffer.slice(Pos, Eol == llvm::StringRef::npos ? Buffer.size() : Eol);
    llvm::StringRef Trimmed = Line.ltrim();
    if (Trimmed.starts_with("#")) {
      llvm::StringRef Directive = Trimmed.drop_front().ltrim();
      if (Directive.starts_with("include")) {
        llvm::StringRef Target = Directive.drop_front(7).trim();
        if (Target.size() > 2 && Target.drop_front().drop_back() == Bare)
          return std::nullopt;
        InsertAt = Eol == llvm::StringRef::npos ? Buffer.size() : Eol + 1;
      }
    }
    if (Eol == llvm::StringRef::npos)
      break;
    Pos = Eol + 1;
  }
  SourceLocation Loc = SM.getLocForStartOfFile(File).getLocWithOffset(InsertAt);
  return FixEdit{CharSourceRange::getCharRange(Loc, Loc), "#include " + Spelled + "\n"};
}

} // namespace piiflow
