//===--- TransferExpr.cpp - Transfer functions of expressions and operators ---------------------===//
//
// Literals, casts, references to variables and fields, unary and binary operators (assignment,
// compound assignment, comparison), the conditional operator, constructors and overloaded operators
// (`=`, `+=`, `<<` on strings and streams, subscripts of bags).
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "llvm/Support/thread.h"

namespace piiflow::flow {

/// How deep eval recurses on one stack, and the size of each further stack. A level of eval is
/// a few frames of a few hundred bytes (more under AddressSanitizer): 256 levels stay far below
/// the smallest stack a thread is given.
static constexpr unsigned EvalLevelsPerStack = 256;
static constexpr unsigned EvalStackBytes = 8u << 20;

AbstractValue FunctionPass::eval(const Expr *E) {
  if (!E)
    return {};
  ++EvalDepth;
  AbstractValue Result;
  if (EvalDepth % EvalLevelsPerStack == 0) {
    llvm::thread Fresh(std::optional<unsigned>(EvalStackBytes),
                       [&] { Result = evalOnThisStack(E); });
    Fresh.join();
  } else {
    Result = evalOnThisStack(E);
  }
  --EvalDepth;
  return Result;
}

AbstractValue FunctionPass::evalOnThisStack(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return literalValue(Literal);
  if ( isa<IntegerLiteral>(E) || isa<FloatingLiteral>(E) ||
      isa<CharacterLiteral>(E) || isa<CXXBoolLiteralExpr>(E) || isa<CXXNullPtrLiteralExpr>(E) ||
      isa<GNUNullExpr>(E) || isa<SizeOfPackExpr>(E) || isa<UnaryExprOrTypeTraitExpr>(E) ||
      isa<ImplicitValueInitExpr>(E) || isa<CXXScalarValueInitExpr>(E))
    return AbstractValue::clean();
  // A default argument or member initializer is its expression, wherever it was written:
  // `void track(const std::string &who = currentUserEmail())`.
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    return Default->getExpr() ? eval(Default->getExpr()) : AbstractValue::clean();
  if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E))
    return Default->getExpr() ? eval(Default->getExpr()) : AbstractValue::clean();
  if (const auto *C = dyn_cast<ImplicitCastExpr>(E))
    return eval(C->getSubExpr());
  if (const auto *C = dyn_cast<ExplicitCastExpr>(E)) {
    AbstractValue V = eval(C->getSubExpr());
    // A pointer carried as an integer ((uint64_t)(char *)email, as C unions of values do) still
    // points at the data.
    if (cannotHoldPersonalData(C->getType()) && !C->getSubExpr()->getType()->isPointerType())
      return AbstractValue::clean();
    return V;
  }
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return eval(M->getSubExpr());
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr());
  if (const auto *W = dyn_cast<ExprWithCleanups>(E))
    return eval(W->getSubExpr());
  if (const auto *CE = dyn_cast<ConstantExpr>(E))
    return eval(CE->getSubExpr());
  if (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (isa<EnumConstantDecl>(DRE->getDecl()))
        return AbstractValue::clean();
      if (const auto *Binding = dyn_cast<BindingDecl>(DRE->getDecl()))
        return evalBinding(Binding, E);
      if (const auto *Function = dyn_cast<FunctionDecl>(DRE->getDecl()))
        return callableOf(Function);
    }
    AbstractValue BaseValue;
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      BaseValue = eval(ME->getBase());
      // kv.first, it->second: the key or the value of the entry the base views.
      if (const IdentifierInfo *Member = ME->getMemberDecl()->getIdentifier())
        if (std::optional<AbstractValue> Part = entryPartOf(BaseValue, Member->getName()))
          return *Part;
    }
    if (std::optional<AccessPath> P = pathOf(E))
      return readPath(*P, E);
    // A field of a value with no path: getpwuid(uid)->pw_name, makeUser().email.
    AbstractValue V;
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      for (const BagEntry &Entry : BaseValue.Entries)
        if (Entry.Key == ME->getMemberDecl()->getName()) {
          unionInto(V.Taints, Entry.Taints);
          V.Callees.append(Entry.Callees.begin(), Entry.Callees.end());
        }
      if (V.Taints.empty() && isa<FieldDecl>(ME->getMemberDecl())) {
        V = classifyMember(cast<FieldDecl>(ME->getMemberDecl()), ME, "",
                           objectName(ME->getBase()));
        // A singleton's member, Reporter::instance().user_: what the unit stored in that field.
        readSharedState(AccessPath{&ThisRoot, {ME->getMemberDecl()}}, ME, V);
      }
    }
    return V;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    AbstractValue V = eval(UO->getSubExpr());
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return V;
    if (UO->getOpcode() == UO_LNot)
      return {};
    return V;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return evalBinary(BO);
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    evalSideEffects(CO->getCond());
    AbstractValue V = eval(CO->getTrueExpr());
    V.merge(eval(CO->getFalseExpr()));
    return V;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    evalSideEffects(AS->getIdx());
    return eval(AS->getBase());
  }
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    // Elements of a plain array may be counted by the code that passes it on.
    return evalInitList(ILE, /*Droppable=*/!ILE->getType()->isArrayType());
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
    const Expr *Sub = SIL->getSubExpr()->IgnoreImplicit();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Sub))
      Sub = M->getSubExpr()->IgnoreImplicit();
    if (const auto *ILE = dyn_cast<InitListExpr>(Sub))
      return evalInitList(ILE, /*Droppable=*/true);
    return eval(SIL->getSubExpr());
  }
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(Ctor);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return evalOperatorCall(Op);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return evalCall(Call);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    captureInto(Lambda); // its body is analysed as a function of its own
    return callableOf(Lambda->getCallOperator());
  }
  // Anything else: evaluate the children for their side effects.
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      eval(CE);
  return {};
}

AbstractValue FunctionPass::evalBinary(const BinaryOperator *BO) {
  if (BO->isAssignmentOp()) {
    AbstractValue RHS = eval(BO->getRHS());
    evalSideEffects(BO->getLHS());
    if (std::optional<AccessPath> P = pathOf(BO->getLHS())) {
      if (BO->getOpcode() == BO_Assign)
        assignPath(*P, RHS, BO->getLHS()->getBeginLoc(), "assigned to '" + P->display() + "'");
      else
        addToPath(*P, RHS, BO->getOperatorLoc(), "combined into '" + P->display() + "'");
    }
    return RHS;
  }
  if (BO->getOpcode() == BO_Comma) {
    evalSideEffects(BO->getLHS());
    return eval(BO->getRHS());
  }
  AbstractValue L = eval(BO->getLHS());
  AbstractValue R = eval(BO->getRHS());
  if (BO->isComparisonOp() || BO->isLogicalOp())
    return {};
  L.merge(R);
  return L;
}

AbstractValue FunctionPass::evalConstruct(const CXXConstructExpr *Ctor) {
  const CXXRecordDecl *RD = Ctor->getConstructor()->getParent();
  llvm::SmallVector<AbstractValue, 4> Args;
  for (const Expr *Arg : Ctor->arguments())
    Args.push_back(eval(Arg));

  // A constructor as a source: std::ifstream("/etc/machine-id").
  CallSite Site;
  Site.Call = Ctor;
  Site.Callee = Ctor->getConstructor();
  Site.Name = &TU.nameOf(Site.Callee);
  Site.ArgExprs.append(Ctor->arg_begin(), Ctor->arg_end());
  if (std::optional<AbstractValue> V = fromSources(Site))
    return *V;

  // A value the SDK marks: 1DS EventProperty(email, PiiKind_Identity).
  if (const PropagatorModel *Prop = TU.Models.propagatorNamed(*Site.Name);
      Prop && Prop->DeclaredKind) {
    AbstractValue V;
    for (int From : Prop->From)
      if (From >= 0 && static_cast<size_t>(From) < Args.size())
        V.merge(Args[From]);
    if (static_cast<unsigned>(Prop->DeclaredKind->Index) < Ctor->getNumArgs())
      declare(V, *Prop->DeclaredKind, Ctor->getArg(Prop->DeclaredKind->Index), Ctor);
    return V;
  }

  if (const EntryConstructorModel *EC = TU.Models.entryConstructorNamed(TU.nameOf(RD))) {
    if (static_cast<unsigned>(EC->KeyArg) < Ctor->getNumArgs() &&
        static_cast<unsigned>(EC->ValueArg) < Ctor->getNumArgs()) {
      const Expr *KeyExpr = Ctor->getArg(EC->KeyArg);
      InsertionSite Site;
      Site.Kind = InsertionSite::NestedSite;
      Site.ValueExpr = Ctor->getArg(EC->ValueArg);
      Site.Loc = reportLoc(Ctor->getBeginLoc());
      AbstractValue V;
      AbstractValue Value = Args[EC->ValueArg];
      if (EC->DeclaredKind && static_cast<unsigned>(EC->DeclaredKind->Index) < Ctor->getNumArgs())
        declare(Value, *EC->DeclaredKind, Ctor->getArg(EC->DeclaredKind->Index), Ctor);
      auto [Key, IsLiteral] = keyOf(KeyExpr);
      V.Entries.push_back(makeEntry(Key, IsLiteral, Value, Site, nullptr));
      return V;
    }
  }

  if (std::optional<AbstractValue> Tuple =
          tupleOf(Ctor->getType(), llvm::ArrayRef(Ctor->getArgs(), Ctor->getNumArgs()), Args))
    return *Tuple;

  if (TU.bagTypeOf(Ctor->getType()) && Ctor->getNumArgs() >= 1) {
    // A bag built from an initializer list: its entries keep their places.
    const Expr *First = Ctor->getArg(0)->IgnoreImplicit();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(First))
      First = M->getSubExpr()->IgnoreImplicit();
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(First)) {
      const Expr *Sub = SIL->getSubExpr()->IgnoreImplicit();
      if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Sub))
        Sub = M->getSubExpr()->IgnoreImplicit();
      if (const auto *ILE = dyn_cast<InitListExpr>(Sub))
        return evalInitList(ILE, /*Droppable=*/true);
    }
  }

  // Copies, moves and converting constructors carry their arguments' data.
  AbstractValue V = AbstractValue::clean();
  for (AbstractValue &A : Args)
    V.merge(A);
  if (Args.empty())
    return AbstractValue::clean();
  return V;
}

/// The object whose part a non-const accessor gives by reference (`req.body()` of a Beast
/// message, `msg.mutable_payload()`): what is written there, the object may now also hold.
std::optional<AccessPath> FunctionPass::objectOfPart(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(strip(E));
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || Method->isConst() || Method->getNumParams() != 0 ||
      !Method->getReturnType()->isLValueReferenceType() ||
      Method->getReturnType()->getPointeeType().isConstQualified() ||
      cannotHoldPersonalData(Method->getReturnType()->getPointeeType()))
    return std::nullopt;
  return pathOf(Call->getImplicitObjectArgument());
}

AbstractValue FunctionPass::evalOperatorCall(const CXXOperatorCallExpr *Op) {
  OverloadedOperatorKind K = Op->getOperator();
  if (K == OO_Equal && Op->getNumArgs() == 2) {
    AbstractValue RHS = eval(Op->getArg(1));
    const Expr *LHS = Op->getArg(0);
    std::string Key;
    bool KeyIsLiteral = false;
    if (std::optional<AccessPath> Bag = bagElement(LHS, Key, KeyIsLiteral)) {
      // out[kv.first] = kv.second: every entry the key views, under its own key.
      const auto *Subscript = cast<CXXOperatorCallExpr>(strip(LHS));
      AbstractValue KeyValue = eval(Subscript->getArg(1));
      if (!copyEntries(*Bag, KeyValue, &RHS, Op))
        insertKeyIntoBag(*Bag, Key, KeyIsLiteral, RHS, Op->getArg(1), Op, Subscript->getArg(1));
      return RHS;
    }
    evalSideEffects(LHS);
    if (std::optional<AccessPath> P = pathOf(LHS))
      assignPath(*P, RHS, LHS->getBeginLoc(), "assigned to '" + P->display() + "'");
    else if (std::optional<AccessPath> Whole = objectOfPart(LHS))
      addToPath(*Whole, RHS, LHS->getBeginLoc(),
                "assigned to a part of '" + Whole->display() + "'");
    return RHS;
  }
  if ((K == OO_PlusEqual || K == OO_LessLess) && Op->getNumArgs() == 2) {
    AbstractValue LHS = eval(Op->getArg(0));
    AbstractValue RHS = eval(Op->getArg(1));
    if (K == OO_LessLess && !Op->isLValue()) {
      LHS.merge(RHS); // a shift of numbers, or a by-value result
      return LHS;
    }
    std::optional<AccessPath> P = pathOf(Op->getArg(0));
    if (!P)
      P = objectOfPart(Op->getArg(0));
    if (P) {
      addToPath(*P, RHS, Op->getOperatorLoc(),
                (K == OO_LessLess ? "written to '" : "appended to '") + P->display() + "'");
      return readPath(*P, nullptr);
    }
    LHS.merge(RHS);
    return LHS;
  }
  if (K == OO_Subscript && Op->getNumArgs() == 2) {
    std::string Key;
    bool KeyIsLiteral = false;
    if (std::optional<AccessPath> Bag = bagElement(Op, Key, KeyIsLiteral)) {
      AbstractValue BagValue = readPath(*Bag, nullptr);
      AbstractValue V;
      for (const BagEntry &E : BagValue.Entries)
        if (E.Key == Key)
          unionInto(V.Taints, E.Taints);
      return V;
    }
    evalSideEffects(Op->getArg(1));
    return eval(Op->getArg(0));
  }
  if (K == OO_EqualEqual || K == OO_ExclaimEqual || K == OO_Less || K == OO_Greater ||
      K == OO_LessEqual || K == OO_GreaterEqual || K == OO_Spaceship || K == OO_AmpAmp ||
      K == OO_PipePipe || K == OO_Exclaim) {
    for (const Expr *Arg : Op->arguments())
      evalSideEffects(Arg);
    return {};
  }
  if (K == OO_Call) // a functor or std::function: its own function
    return evalCall(Op);
  // `in >> email`: a stream's extraction writes its operand (system-sources.json models it).
  if (K == OO_GreaterGreater && Op->isLValue())
    return evalCall(Op);
  // "...&uid=" + id, "{\"user_id\":\"" + id: a query item or a JSON field written as text.
  if (K == OO_Plus && Op->getNumArgs() == 2)
    if (std::optional<std::string> Key = parameterNameBefore(Op->getArg(0))) {
      AbstractValue Text = eval(Op->getArg(0));
      AbstractValue Value = eval(Op->getArg(1));
      if (Value.KnownClean || Value.Taints.empty()) {
        Text.merge(Value);
        return Text;
      }
      InsertionSite Site;
      Site.Kind = InsertionSite::NestedSite;
      Site.ValueExpr = Op->getArg(1);
      Site.Loc = reportLoc(Op->getOperatorLoc());
      Text.addEntry(makeEntry(*Key, /*KeyIsLiteral=*/true, Value, Site, nullptr));
      Value.Taints.clear();
      Text.merge(Value); // its endpoints and entries
      Text.KnownClean = false;
      return Text;
    }
  // +, *, -> and the rest: the result derives from the operands.
  AbstractValue V;
  bool AllConstant = true;
  for (const Expr *Arg : Op->arguments()) {
    AbstractValue A = eval(Arg);
    AllConstant = AllConstant && A.KnownClean;
    V.merge(A);
  }
  V.KnownClean = AllConstant;
  if (cannotHoldPersonalData(Op->getType()))
    return {};
  return V;
}

} // namespace piiflow::flow
