//===--- KeyConditions.cpp - The branches a sink call is on, as conditions on parameters ------===//
//
// A driver that dispatches on the key it is given sends a caller's value by one path only:
//   if (name == "resource.name") span.set_resource_name(value); else span.set_tag(name, value);
// The if/else statements and conditional operators around a sink call whose condition compares a
// parameter with a literal (`==`, `!=`, `compare(...) == 0`, `strcmp(...) == 0`, and their
// negations with `!`) become conditions of its sink effect, and a caller whose literal argument
// cannot take that branch is not affected by it. A condition the pass cannot read is left out,
// so the effect applies: the conditions only ever remove effects that cannot happen.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/AST/ParentMap.h"

using namespace clang;

namespace piiflow {

bool keyConditionsAllow(const std::vector<KeyCondition> &Conditions,
                        const std::map<int, std::string> &Literals) {
  for (const KeyCondition &C : Conditions) {
    auto Given = Literals.find(C.Param);
    if (Given != Literals.end() && (Given->second == C.Literal) != C.Equal)
      return false;
  }
  return true;
}

namespace flow {

namespace {

/// The index of the parameter of FD that E reads (through casts, `c_str()`, `data()` and
/// one-argument conversions such as `std::string_view(name)`), or NoParam.
int parameterRead(const Expr *E, const FunctionDecl &FD) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl());
      return Param && Param->getDeclContext() == &FD ? Param->getFunctionScopeIndex() : NoParam;
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const auto *Method = Member->getMethodDecl();
      if (!Method || Member->getNumArgs() != 0 || !Method->getIdentifier() ||
          (Method->getName() != "c_str" && Method->getName() != "data"))
        return NoParam;
      E = Member->getImplicitObjectArgument();
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      if (Construct->getNumArgs() != 1)
        return NoParam;
      E = Construct->getArg(0);
    } else if (const auto *Bind = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Bind->getSubExpr();
    } else if (const auto *Temporary = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = Temporary->getSubExpr();
    } else {
      return NoParam;
    }
  }
  return NoParam;
}

/// A comparison of a parameter with a literal, as a condition for its true branch.
std::optional<KeyCondition> comparisonOf(const Expr *Cond, const FunctionDecl &FD) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond); Not && Not->getOpcode() == UO_LNot) {
    // !x.compare("k") and !strcmp(x, "k") are equalities; !(x == "k") the negation.
    std::optional<KeyCondition> C = comparisonOf(Not->getSubExpr(), FD);
    if (C)
      C->Equal = !C->Equal;
    return C;
  }
  const Expr *LHS = nullptr, *RHS = nullptr;
  bool Equal = true;
  if (const auto *Binary = dyn_cast<BinaryOperator>(Cond)) {
    if (!Binary->isEqualityOp())
      return std::nullopt;
    LHS = Binary->getLHS();
    RHS = Binary->getRHS();
    Equal = Binary->getOpcode() == BO_EQ;
  } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Cond)) {
    if ((Operator->getOperator() != OO_EqualEqual &&
         Operator->getOperator() != OO_ExclaimEqual) ||
        Operator->getNumArgs() != 2)
      return std::nullopt;
    LHS = Operator->getArg(0);
    RHS = Operator->getArg(1);
    Equal = Operator->getOperator() == OO_EqualEqual;
  } else if (const auto *Call = dyn_cast<CallExpr>(Cond)) {
    // x.compare("k") or strcmp(x, "k") alone: true when they differ.
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      return std::nullopt;
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    if (Member && Callee->getName() == "compare" && Call->getNumArgs() == 1) {
      LHS = Member->getImplicitObjectArgument();
      RHS = Call->getArg(0);
    } else if (!Member && Callee->getName() == "strcmp" && Call->getNumArgs() == 2) {
      LHS = Call->getArg(0);
      RHS = Call->getArg(1);
    } else {
      return std::nullopt;
    }
    Equal = false;
  } else {
    return std::nullopt;
  }
  // x.compare("k") == 0, strcmp(x, "k") != 0: the call against zero.
  if (const auto *Zero = dyn_cast<IntegerLiteral>(RHS->IgnoreParenImpCasts());
      Zero && Zero->getValue() == 0) {
    std::optional<KeyCondition> C = comparisonOf(LHS, FD);
    if (!C || isa<BinaryOperator>(LHS->IgnoreParenImpCasts()))
      return std::nullopt;
    C->Equal = Equal; // differs when non-zero: "== 0" means equal
    return C;
  }
  int Param = parameterRead(LHS, FD);
  std::optional<std::string> Literal = literalText(RHS);
  if (Param == NoParam) {
    Param = parameterRead(RHS, FD);
    Literal = literalText(LHS);
  }
  if (Param == NoParam || !Literal)
    return std::nullopt;
  return KeyCondition{Param, *Literal, Equal};
}

} // namespace

std::vector<KeyCondition> FunctionPass::keyConditionsOf(const Stmt *S) {
  std::vector<KeyCondition> Out;
  if (!FD.getBody())
    return Out;
  if (!Parents)
    Parents = std::make_unique<ParentMap>(FD.getBody());
  const Stmt *Child = S;
  for (const Stmt *Parent = Parents->getParent(S); Parent;
       Child = Parent, Parent = Parents->getParent(Parent)) {
    const Expr *Cond = nullptr;
    bool InTrueBranch = false;
    if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (If->getInit() || If->getConditionVariable())
        continue;
      Cond = If->getCond();
      InTrueBranch = Child == If->getThen();
      if (!InTrueBranch && Child != If->getElse())
        continue;
    } else if (const auto *Choice = dyn_cast<ConditionalOperator>(Parent)) {
      Cond = Choice->getCond();
      InTrueBranch = Child == Choice->getTrueExpr();
      if (!InTrueBranch && Child != Choice->getFalseExpr())
        continue;
    } else {
      continue;
    }
    if (std::optional<KeyCondition> C = comparisonOf(Cond, FD)) {
      if (!InTrueBranch)
        C->Equal = !C->Equal;
      Out.push_back(std::move(*C));
    }
  }
  return Out;
}

std::map<int, std::string> FunctionPass::literalArguments(const CallSite &Site) {
  std::map<int, std::string> Literals;
  for (size_t I = 0; I < Site.ArgExprs.size(); ++I)
    if (std::optional<std::string> Text = literalText(Site.ArgExprs[I]))
      Literals[static_cast<int>(I)] = *Text;
  return Literals;
}

} // namespace flow
} // namespace piiflow
