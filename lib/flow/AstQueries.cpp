//===--- AstQueries.cpp - Names, literal keys and what a type can hold --------------------------===//
//
// See AstQueries.h.
//
//===----------------------------------------------------------------------------------------===//
#include "AstQueries.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace piiflow::flow {

using namespace clang;

/// Qualified name without inline or anonymous namespaces and without template arguments:
/// std::__cxx11::basic_string<char>::c_str -> std::basic_string::c_str.
std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  const auto *Method = dyn_cast<CXXMethodDecl>(D);
  if (Method && Method->getParent()->isLambda()) {
    // A lambda's call operator: "enclosing::(lambda)".
    Parts.push_back("(lambda)");
    D = Method->getParent();
  } else {
    Parts.push_back(D->getNameAsString());
  }
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (RD->getIdentifier())
        Parts.push_back(RD->getNameAsString());
    } else if (isa<LinkageSpecDecl>(DC) || isa<TranslationUnitDecl>(DC)) {
      continue;
    } else if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      Parts.push_back(ND->getNameAsString());
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

const CXXRecordDecl *recordOf(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  return T->getAsCXXRecordDecl();
}

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *C = dyn_cast<ImplicitCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      E = W->getSubExpr();
    else if (const auto *CE = dyn_cast<ConstantExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *S = dyn_cast<CXXStaticCastExpr>(E))
      E = S->getSubExpr();
    else if (const auto *CS = dyn_cast<CStyleCastExpr>(E))
      E = CS->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(CC) &&
             llvm::all_of(llvm::drop_begin(CC->arguments()),
                          [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }) &&
             CC->getConstructor()->isConvertingConstructor(false) &&
             !isa<CXXStdInitializerListExpr>(strip(CC->getArg(0))) &&
             !isa<InitListExpr>(CC->getArg(0)->IgnoreImplicit()))
      E = CC->getArg(0); // std::string("email"), copies and moves
    else
      break;
  }
  return E;
}

/// The literal text of a key expression: "email", or a constant initialised with one.
std::optional<std::string> literalText(const Expr *E) {
  E = strip(E);
  if (!E)
    return std::nullopt;
  if (const auto *S = dyn_cast<StringLiteral>(E)) {
    if (S->getCharByteWidth() == 1)
      return S->getString().str();
    // L"email", u"email", TEXT("email"): keys are ASCII in practice; others become '?'.
    std::string Narrow;
    for (unsigned I = 0; I < S->getLength(); ++I) {
      uint32_t Unit = S->getCodeUnit(I);
      Narrow.push_back(Unit < 0x80 ? static_cast<char>(Unit) : '?');
    }
    return Narrow;
  }
  // "email"sv, "email"s: a string literal with a suffix.
  if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E))
    if (UDL->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String && UDL->getNumArgs() >= 1)
      return literalText(UDL->getArg(0));
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getType().isConstQualified() || VD->isConstexpr() ||
          (VD->getType()->isPointerType() &&
           VD->getType()->getPointeeType().isConstQualified() && VD->hasGlobalStorage()))
        if (const Expr *Init = VD->getAnyInitializer())
          return literalText(Init);
  return std::nullopt;
}

/// A model's condition on an argument's literal text: a string literal, or an enumerator's name
/// (CURLOPT_URL).
bool conditionHolds(const ArgCondition &C, const Expr *Arg) {
  if (!Arg)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(Arg)))
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(DRE->getDecl()))
      return C.holds(Enumerator->getName());
  std::optional<std::string> Text = literalText(Arg);
  return Text && C.holds(*Text);
}

/// The name of the query item, form field or JSON field that text ending like E's last literal
/// opens: "https://host/collect?v=1&cid=" gives "cid", "{\"user_id\": \"" gives "user_id".
std::optional<std::string> parameterNameBefore(const Expr *E) {
  E = strip(E);
  // The rightmost operand of a chain of concatenations: a + "&uid=".
  while (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
      return std::nullopt;
    E = strip(Op->getArg(1));
  }
  std::optional<std::string> Text = E ? literalText(E) : std::nullopt;
  if (!Text || Text->size() < 3)
    return std::nullopt;
  llvm::StringRef T(*Text);
  auto nameChar = [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.' || C == '$' || C == '-' || C == '[' ||
           C == ']';
  };
  if (T.consume_back("=")) { // a query item or a form field: ?name= or &name=
    size_t Start = T.size();
    while (Start > 0 && nameChar(T[Start - 1]))
      --Start;
    if (Start == T.size() || Start == 0 || (T[Start - 1] != '?' && T[Start - 1] != '&'))
      return std::nullopt;
    return T.substr(Start).str();
  }
  T = T.rtrim();
  T.consume_back("\"");
  T = T.rtrim();
  if (!T.consume_back(":")) // a JSON field: "name": or "name":"
    return std::nullopt;
  T = T.rtrim();
  if (!T.consume_back("\""))
    return std::nullopt;
  size_t Open = T.rfind('"');
  if (Open == llvm::StringRef::npos || Open + 1 == T.size())
    return std::nullopt;
  llvm::StringRef Name = T.substr(Open + 1);
  if (!llvm::all_of(Name, nameChar))
    return std::nullopt;
  return Name.str();
}

/// char pointers and arrays, and string classes (std::string, FString, QString, ...).
bool returnsText(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->getIdentifier() && RD->getName().lower().find("string") != std::string::npos;
  return false;
}

bool holdsCallables(QualType T) {
  for (int Depth = 0; Depth < 4 && !T.isNull(); ++Depth) {
    T = T.getNonReferenceType().getCanonicalType();
    if (T->isFunctionPointerType() || T->isMemberFunctionPointerType())
      return true;
    if (const auto *Array = dyn_cast<ArrayType>(T.getTypePtr())) {
      T = Array->getElementType();
      continue;
    }
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
    if (!Spec)
      return false;
    if (Spec->getIdentifier() && Spec->getName() == "function" && Spec->isInStdNamespace())
      return true;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return false;
    T = Args[0].getAsType(); // std::vector<std::function<...>>, std::unique_ptr<F>, ...
  }
  return false;
}

/// Types that can never hold the data a name suggests: bool, enumerations, void.
bool cannotHoldPersonalData(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isBooleanType() || T->isEnumeralType() || T->isVoidType() ||
         T->isFunctionType() || T->isMemberPointerType();
}

/// Whether a value of type T can hold data of Kind: an int can be a user id or a phone number but
/// not an email address; a double can be a coordinate.
llvm::StringRef objectName(const Expr *E) {
  if (!E)
    return {};
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star)
      return objectName(Op->getArg(0)); // a smart pointer: sender->name()
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref)
      return objectName(U->getSubExpr());
  const NamedDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    D = ME->getMemberDecl();
  else if (const auto *Call = dyn_cast<CallExpr>(E))
    D = Call->getDirectCallee();
  return D && D->getIdentifier() ? D->getName() : llvm::StringRef();
}

bool cannotBeNamedData(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return cannotHoldPersonalData(T) && !T->isEnumeralType();
}

TypeCategory typeCategoryOf(QualType T) {
  T = T.getNonReferenceType();
  for (QualType Sugared = T; const auto *TT = Sugared->getAs<TypedefType>();
       Sugared = TT->desugar())
    if (llvm::is_contained({"size_t", "ssize_t", "size_type", "ptrdiff_t", "difference_type"},
                           TT->getDecl()->getName()))
      return TypeCategory::Size;
  QualType C = T.getCanonicalType();
  if (C->isBooleanType())
    return TypeCategory::Bool;
  if (C->isEnumeralType())
    return TypeCategory::Enum;
  if (C->isIntegerType() && !C->isAnyCharacterType())
    return TypeCategory::Integer;
  if (C->isRealFloatingType())
    return TypeCategory::Floating;
  if (const auto *RD = C->getAsCXXRecordDecl())
    if (RD->getIdentifier() && RD->getName() == "duration" && RD->isInStdNamespace())
      return TypeCategory::Duration;
  return TypeCategory::Other;
}

bool canHoldKind(QualType T, DataKind Kind, const Classifier &Classes) {
  if (T.isNull())
    return true;
  T = T.getNonReferenceType();
  if (cannotBeNamedData(T))
    return false;
  if (!Classes.typeCanHold(typeCategoryOf(T), Kind))
    return false;
  if (Kind == DataKind::Location && isSourceCodeLocationType(T.getCanonicalType()))
    return false;
  return true;
}

bool isSourceCodeLocationType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->getIdentifier())
    return false;
  std::string Name = RD->getName().lower();
  llvm::erase(Name, '_');
  for (llvm::StringRef Part : {"sourceloc", "srcloc", "codeloc", "fileloc", "stacktrace",
                               "backtrace", "stackframe"})
    if (llvm::StringRef(Name).contains(Part))
      return true;
  return false;
}

bool isConstantVariable(const VarDecl *VD) {
  if (!(VD->getType().isConstQualified() || VD->isConstexpr()))
    return false;
  const Expr *Init = VD->getAnyInitializer();
  if (!Init)
    return false;
  if (literalText(Init))
    return true;
  const Expr *Inner = strip(Init);
  if (!Inner)
    return false;
  if (isa<IntegerLiteral>(Inner) || isa<FloatingLiteral>(Inner) || isa<CXXBoolLiteralExpr>(Inner) ||
      isa<CharacterLiteral>(Inner))
    return true;
  // const char *const kEvents[] = {"login", "signup"};
  if (const auto *List = dyn_cast<InitListExpr>(Inner))
    return List->getNumInits() > 0 &&
           llvm::all_of(List->inits(), [](const Expr *E) { return literalText(E).has_value(); });
  return false;
}

SourceLocation macroChain(SourceLocation Loc, const SourceManager &SM, const LangOptions &Lang,
                          llvm::SmallVectorImpl<llvm::StringRef> &Names) {
  SourceLocation Invocation;
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 64; ++Depth) {
    Names.push_back(Lexer::getImmediateMacroName(Loc, SM, Lang));
    Invocation = SM.getImmediateExpansionRange(Loc).getBegin();
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return Invocation;
}

} // namespace piiflow::flow
