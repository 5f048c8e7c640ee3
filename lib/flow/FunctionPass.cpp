//===--- FunctionPass.cpp - The worklist, statements and updates of the state -------------------===//
//
// The forward worklist over the CFG in reverse post-order to a fixpoint, then the final pass that
// reports and summarises; declarations, strong and weak updates of a path, trace hops, lambda
// captures, and the small helpers for locations and key text.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"

namespace piiflow::flow {

void FunctionPass::run() {
  CFG::BuildOptions Options;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  std::unique_ptr<CFG> Graph = CFG::buildCFG(&FD, FD.getBody(), &TU.Ctx, Options);
  if (!Graph)
    return;
  findNestedElements(*Graph);

  // Forward worklist in reverse post-order until nothing changes, each block at most
  // MaxVisitsPerBlock times.
  std::vector<std::optional<State>> EntryStates(Graph->getNumBlockIDs());
  EntryStates[Graph->getEntry().getBlockID()] = State(States);
  PostOrderCFGView Order(Graph.get());
  ForwardDataflowWorklist Worklist(*Graph, &Order);
  Worklist.enqueueBlock(&Graph->getEntry());
  std::vector<unsigned> Visits(Graph->getNumBlockIDs(), 0);
  while (const CFGBlock *Block = Worklist.dequeue()) {
    if (++Visits[Block->getBlockID()] > MaxVisitsPerBlock) {
      BudgetExhausted = true;
      continue;
    }
    Current = *EntryStates[Block->getBlockID()];
    transferBlock(*Block);
    Current.freeze();
    for (const CFGBlock *Succ : Block->succs()) {
      if (!Succ)
        continue;
      std::optional<State> &SuccState = EntryStates[Succ->getBlockID()];
      if (!SuccState)
        SuccState = Current;
      else if (!SuccState->joinFrom(Current))
        continue;
      Worklist.enqueueBlock(Succ);
    }
  }

  // Report, and summarise, from the fixpoint, block by block in source order.
  Final = true;
  std::vector<const CFGBlock *> SourceOrder(Graph->begin(), Graph->end());
  std::reverse(SourceOrder.begin(), SourceOrder.end()); // the CFG lists blocks from exit to entry
  for (const CFGBlock *Block : SourceOrder) {
    if (!EntryStates[Block->getBlockID()])
      continue;
    Current = *EntryStates[Block->getBlockID()];
    transferBlock(*Block);
  }
  if (const std::optional<State> &AtExit = EntryStates[Graph->getExit().getBlockID()]) {
    summariseOutParameters(*AtExit);
    recordSharedState(*AtExit);
  }
}

/// The CFG lists every subexpression as an element before the expression that holds it. The
/// transfer functions evaluate a full expression recursively, so an element that an element
/// holds is left to that element (each expression is evaluated once). Parts that the CFG splits
/// into blocks of their own without an element above them (the operands of `&&` in a condition)
/// are still evaluated where they stand.
void FunctionPass::findNestedElements(const CFG &Graph) {
  llvm::DenseSet<const Stmt *> Elements;
  for (const CFGBlock *Block : Graph)
    for (const CFGElement &Element : *Block)
      if (auto S = Element.getAs<CFGStmt>())
        Elements.insert(S->getStmt());
  ParentMap Parents(FD.getBody());
  llvm::DenseMap<const Stmt *, bool> HeldByElement;
  for (const Stmt *S : Elements) {
    llvm::SmallVector<const Stmt *, 8> Chain;
    bool Held = false;
    for (const Stmt *At = S;;) {
      auto Known = HeldByElement.find(At);
      if (Known != HeldByElement.end()) {
        Held = Known->second;
        break;
      }
      Chain.push_back(At);
      const Stmt *Parent = Parents.getParent(At);
      if (!Parent || !isa<Expr>(Parent))
        break;
      if (Elements.count(Parent)) {
        Held = true;
        break;
      }
      At = Parent;
    }
    for (const Stmt *C : Chain)
      HeldByElement[C] = Held;
  }
  for (const auto &[S, Held] : HeldByElement)
    if (Held && Elements.count(S))
      NestedElements.insert(S);
}

void FunctionPass::transferBlock(const CFGBlock &Block) {
  for (const CFGElement &Element : Block) {
    if (auto S = Element.getAs<CFGStmt>())
      if (!NestedElements.count(S->getStmt()))
        transferStmt(S->getStmt());
  }
}

void FunctionPass::transferStmt(const Stmt *S) {
  TopLevel = S;
  if (Final && S->getBeginLoc().isMacroID() && TU.Models.hasMacroSinks())
    reportMacroSink(S);
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        declareVariable(VD);
    return;
  }
  if (const auto *E = dyn_cast<Expr>(S)) {
    eval(E);
    return;
  }
  if (const auto *R = dyn_cast<ReturnStmt>(S))
    if (R->getRetValue()) {
      AbstractValue V = eval(R->getRetValue());
      if (Final)
        summariseReturn(V);
    }
}

/// What a lambda captures, by value or by reference, as this function holds it where the
/// lambda is made: the lambda's body (analysed after this function) starts from it, so data
/// queued in std::function jobs, std::thread bodies and callbacks is followed.
void FunctionPass::captureInto(const LambdaExpr *Lambda) {
  if (!Final)
    return;
  const CXXMethodDecl *Body = Lambda->getCallOperator();
  auto Init = Lambda->capture_init_begin();
  for (auto C = Lambda->capture_begin(); C != Lambda->capture_end(); ++C, ++Init) {
    if (!C->capturesVariable() || !*Init)
      continue;
    const ValueDecl *Var = C->getCapturedVar();
    AbstractValue V = eval(*Init);
    // The enclosing function's parameters mean nothing in the lambda: keep only their data.
    llvm::erase_if(V.Taints, [](const TaintFact &F) { return F.isParameter(); });
    for (TaintFact &F : V.Taints)
      F.FromParam = NoParam;
    addHop(V, C->getLocation(), "captured by the lambda");
    auto [It, Inserted] = TU.Captures.try_emplace({Body, Var}, V);
    if (!Inserted)
      It->second.merge(V);
  }
}

void FunctionPass::declareVariable(const VarDecl *VD) {
  AccessPath Path{VD, {}};
  const Expr *Init = VD->getInit();
  if (!Init || !VD->hasLocalStorage()) {
    // A default-constructed local (an empty string or bag) is known to hold nothing; an extern
    // or static one holds whatever it was last given elsewhere.
    if (VD->hasLocalStorage() && (VD->getType()->isRecordType() || VD->getType()->isArrayType()))
      Current.set(Path, AbstractValue::clean());
    else
      Current.erase(Path);
    return;
  }
  if (declareAlias(VD, Init))
    return;
  AbstractValue V = eval(Init);
  // The compiler's own variables (a range-for's __range1, __begin1) are no step of the user's.
  assignPath(Path, std::move(V), VD->isImplicit() ? SourceLocation() : VD->getLocation(),
             "assigned to '" + VD->getNameAsString() + "'");
  declareFieldConstants(Path, Init);
}

/// A local reference the user wrote to a variable, a member or a bag's element: `auto &tags =
/// props;`, `nlohmann::json &user = event["user"];`. It names that place for its whole life, so
/// writes through it are writes there (a bag element's entries under "user.<key>").
bool FunctionPass::declareAlias(const VarDecl *VD, const Expr *Init) {
  // Only what can be written through: a const reference is a value like any other local.
  if (!VD->getType()->isLValueReferenceType() || VD->isImplicit() || isa<ParmVarDecl>(VD) ||
      VD->getType()->getPointeeType().isConstQualified())
    return false;
  std::string Key;
  bool KeyIsLiteral = true;
  std::optional<AccessPath> Element = bagElement(Init, Key, KeyIsLiteral);
  if (!Element)
    Element = insertedElement(Init, Key, KeyIsLiteral);
  if (Element) {
    if (Element->Root == VD)
      return false;
    eval(Init); // the subscript's or the insertion's own effects
    Aliases[VD] = Alias{*Element, Key, KeyIsLiteral};
    return true;
  }
  // Not the element a range-for's iterator gives (`auto &kv : props`): the loop reads it.
  std::optional<AccessPath> Target = pathOf(Init);
  const auto *Root = Target && Target->Root != &ThisRoot
                         ? dyn_cast<VarDecl>(static_cast<const ValueDecl *>(Target->Root))
                         : nullptr;
  if (!Target || Target->Root == VD || (Root && Root->isImplicit()))
    return false;
  Aliases[VD] = Alias{*Target, "", true};
  return true;
}

/// The element an inserting method gives back by reference: `obj.insert("tags", Object())` of a
/// bag whose inserter `insert` returns the inserted value. The bag's path, with Key set.
std::optional<AccessPath> FunctionPass::insertedElement(const Expr *E, std::string &Key,
                                                        bool &KeyIsLiteral) {
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(strip(E));
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || !Method->getIdentifier() || !Method->getReturnType()->isLValueReferenceType())
    return std::nullopt;
  const Expr *Object = Call->getImplicitObjectArgument();
  const BagTypeModel *Bag = TU.bagTypeOf(Object->getType());
  if (!Bag)
    return std::nullopt;
  for (const BagMethodModel &Inserter : Bag->Inserters) {
    if (Inserter.Method != Method->getName() || !Inserter.KeyArg ||
        *Inserter.KeyArg >= static_cast<int>(Call->getNumArgs()))
      continue;
    std::optional<AccessPath> Target = pathOf(Object);
    std::string Prefix;
    if (!Target)
      if (const Alias *A = aliasOf(Object); A && !A->KeyPrefix.empty()) {
        Target = A->Target;
        Prefix = A->KeyPrefix + ".";
      }
    if (!Target)
      return std::nullopt;
    auto [ThisKey, ThisIsLiteral] = keyOf(Call->getArg(*Inserter.KeyArg));
    Key = Prefix + ThisKey;
    KeyIsLiteral = ThisIsLiteral;
    return Target;
  }
  return std::nullopt;
}

const FunctionPass::Alias *FunctionPass::aliasOf(const Expr *E) const {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(strip(E));
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  auto It = VD ? Aliases.find(VD) : Aliases.end();
  return It == Aliases.end() ? nullptr : &It->second;
}

/// A local of the program's own class built by a constructor nobody wrote: its fields whose
/// default member initializers are text constants (`std::string name = "Anonymous";`) hold
/// them, and are not judged by their names until something writes them.
void FunctionPass::declareFieldConstants(const AccessPath &Path, const Expr *Init) {
  const auto *Ctor = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
  if (!Ctor || Ctor->getNumArgs() != 0 || Ctor->getConstructor()->isUserProvided() ||
      SM.isInSystemHeader(Ctor->getConstructor()->getLocation()))
    return;
  for (const FieldDecl *Field : Ctor->getConstructor()->getParent()->fields()) {
    if (!Field->hasInClassInitializer() || !literalText(Field->getInClassInitializer()))
      continue;
    AccessPath FieldPath = Path;
    FieldPath.Fields.push_back(Field);
    Current.set(FieldPath, AbstractValue::clean());
  }
}

/// Constants known of the fields below Path (declareFieldConstants), forgotten when a call
/// piiflow knows nothing of may write the object.
void FunctionPass::forgetFieldConstants(const AccessPath &Path) {
  llvm::SmallVector<AccessPath, 4> Constants;
  Current.forEachChild(Path, [&](const AccessPath &Child, const AbstractValue &V) {
    if (V.KnownClean && V.Taints.empty() && V.Entries.empty())
      Constants.push_back(Child);
  });
  for (const AccessPath &Child : Constants)
    Current.erase(Child);
}

/// Strong update: the path now holds exactly V. A value that is neither known data nor a
/// constant leaves the path unknown, so that its name classifies it at its next use.
void FunctionPass::assignPath(const AccessPath &Path, AbstractValue V, SourceLocation At,
                const std::string &Hop) {
  Current.eraseWithPrefix(Path);
  noteStoredCallables(Path, V);
  if (V.empty() && !V.KnownClean)
    return;
  addHop(V, At, Hop);
  Current.set(Path, std::move(V));
}

/// Callables stored into a member (`onLogin_ = cb`, `handlers_.push_back(cb)`) are what later
/// calls through that member may call, in any function of the unit.
void FunctionPass::noteStoredCallables(const AccessPath &Path, const AbstractValue &V) {
  if (Path.Fields.empty() || V.Callees.empty())
    return;
  const auto *Field = dyn_cast<FieldDecl>(Path.Fields.back());
  if (!Field || !holdsCallables(Field->getType()))
    return;
  auto &Known = TU.FieldCallables[Field];
  for (const FunctionDecl *F : V.Callees)
    if (!llvm::is_contained(Known, F))
      Known.push_back(F);
}

/// Weak update: the path may now also hold V (s += x, s.append(x), oss << x).
void FunctionPass::addToPath(const AccessPath &Path, const AbstractValue &V, SourceLocation At,
               const std::string &Hop) {
  if (V.empty())
    return;
  noteStoredCallables(Path, V);
  AbstractValue Added = V;
  addHop(Added, At, Hop);
  if (AbstractValue *Existing = Current.modifyExisting(Path)) {
    Existing->merge(Added);
    Existing->KnownClean = false;
    return;
  }
  AbstractValue Existing = readPath(Path, nullptr);
  Existing.merge(Added);
  Existing.KnownClean = false;
  Current.set(Path, std::move(Existing));
}

/// A call writes V into the object an argument names (std::getline(in, line), strcpy(buf, s),
/// fgets): the object no longer holds only what it held, so it is judged again by its own name,
/// type and key, as a fresh read at the call, and holds V besides (and, unless the call Replaces
/// its content, what it held before).
void FunctionPass::writeThrough(const AccessPath &Path, const Expr *Target, const AbstractValue &V,
                                bool Replaces, SourceLocation At, const std::string &Hop) {
  AbstractValue Before = Replaces ? AbstractValue() : readPath(Path, nullptr);
  Current.eraseWithPrefix(Path);
  AbstractValue Judged = readPath(Path, Target);
  // What the caller passed is gone: a parameter's name still says what it now holds.
  llvm::erase_if(Judged.Taints, [](const TaintFact &F) { return F.isParameter(); });
  for (TaintFact &F : Judged.Taints)
    F.FromParam = NoParam;
  AbstractValue Written = V;
  addHop(Written, At, Hop);
  Judged.merge(Before);
  Judged.merge(Written);
  Judged.KnownClean = false;
  Current.set(Path, std::move(Judged));
}

AbstractValue FunctionPass::weakened(const AbstractValue &V, SourceLocation At,
                                     const std::string &Hop) {
  AbstractValue Out;
  auto add = [&](const TaintFact &F) {
    // Another unit's result is resolved later, unhashed: it is not carried on as raw data. A
    // parameter stays a parameter: its callers' data, hashed.
    if (F.isExternalResult())
      return;
    TaintFact W = F;
    W.Weak = true;
    W.Trace.push_back(TraceStep{reportLoc(At), Hop});
    addTaint(Out.Taints, W);
  };
  for (const TaintFact &F : V.Taints)
    add(F);
  for (const BagEntry &E : V.Entries)
    for (const TaintFact &F : E.Taints)
      add(F);
  return Out;
}

void FunctionPass::addHop(AbstractValue &V, SourceLocation At, const std::string &Hop) {
  if (At.isInvalid())
    return;
  SourceLocation Loc = reportLoc(At);
  for (TaintFact &F : V.Taints)
    if (F.Trace.back().Loc != Loc || F.Trace.back().Message != Hop)
      F.Trace.push_back(TraceStep{Loc, Hop});
}

bool FunctionPass::isTopLevel(const Expr *E) const {
  const Stmt *Top = TopLevel;
  if (const auto *TopExpr = dyn_cast_or_null<Expr>(Top))
    Top = TopExpr->IgnoreImplicit();
  return Top == E->IgnoreImplicit();
}

/// The type of a value as written, before conversions to the bag's value type.
QualType FunctionPass::valueType(const Expr *E) {
  const Expr *Inner = strip(E);
  return Inner ? Inner->getType() : E->getType();
}

/// Where the user wrote it: a macro argument's spelling, or the macro's use.
SourceLocation FunctionPass::reportLoc(SourceLocation Loc) const {
  return Loc.isMacroID() ? SM.getFileLoc(Loc) : Loc;
}

/// A key as written: its literal text (following constants), or the expression's source text;
/// and whether it was a literal.
std::pair<std::string, bool> FunctionPass::keyOf(const Expr *E) const {
  if (std::optional<std::string> Literal = literalText(E))
    return {*Literal, true};
  return {sourceText(E), false};
}

std::string FunctionPass::sourceText(const Expr *E) const {
  CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
  llvm::StringRef Text =
      Lexer::getSourceText(Range, SM, TU.Ctx.getLangOpts());
  if (Text.empty())
    return "<expr>";
  return Text.str();
}

} // namespace piiflow::flow
