//===--- FunctionPass.cpp - The worklist, statements and updates of the state -------------------===//
//
// The forward worklist over the CFG in reverse post-order to a fixpoint, then the final pass that
// reports and summarises; declarations, strong and weak updates of a path, trace hops, lambda
// captures, and the small helpers for locations and key text.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/Lex/Lexer.h"

namespace piiflow::flow {

void FunctionPass::run() {
  CFG::BuildOptions Options;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  std::unique_ptr<CFG> Graph = CFG::buildCFG(&FD, FD.getBody(), &TU.Ctx, Options);
  if (!Graph)
    return;

  // Forward worklist in reverse post-order until nothing changes.
  std::vector<std::optional<State>> EntryStates(Graph->getNumBlockIDs());
  EntryStates[Graph->getEntry().getBlockID()] = State();
  std::vector<const CFGBlock *> Order(Graph->begin(), Graph->end());
  std::reverse(Order.begin(), Order.end()); // the CFG lists blocks from exit to entry
  std::vector<unsigned> Visits(Graph->getNumBlockIDs(), 0);
  std::vector<const CFGBlock *> Worklist = {&Graph->getEntry()};
  std::vector<bool> Queued(Graph->getNumBlockIDs(), false);
  Queued[Graph->getEntry().getBlockID()] = true;
  constexpr unsigned MaxVisitsPerBlock = 16;
  while (!Worklist.empty()) {
    const CFGBlock *Block = Worklist.front();
    Worklist.erase(Worklist.begin());
    Queued[Block->getBlockID()] = false;
    if (++Visits[Block->getBlockID()] > MaxVisitsPerBlock)
      continue;
    Current = *EntryStates[Block->getBlockID()];
    transferBlock(*Block);
    for (const CFGBlock *Succ : Block->succs()) {
      if (!Succ)
        continue;
      std::optional<State> &SuccState = EntryStates[Succ->getBlockID()];
      State Joined = SuccState ? *SuccState : State();
      joinInto(Joined, Current);
      if (SuccState && sameState(*SuccState, Joined))
        continue;
      SuccState = std::move(Joined);
      if (!Queued[Succ->getBlockID()]) {
        Queued[Succ->getBlockID()] = true;
        Worklist.push_back(Succ);
      }
    }
  }

  // Report, and summarise, from the fixpoint, block by block in source order.
  Final = true;
  for (const CFGBlock *Block : Order) {
    if (!EntryStates[Block->getBlockID()])
      continue;
    Current = *EntryStates[Block->getBlockID()];
    transferBlock(*Block);
  }
  if (const std::optional<State> &AtExit = EntryStates[Graph->getExit().getBlockID()])
    summariseOutParameters(*AtExit);
}

void FunctionPass::transferBlock(const CFGBlock &Block) {
  for (const CFGElement &Element : Block) {
    if (auto S = Element.getAs<CFGStmt>())
      transferStmt(S->getStmt());
  }
}

void FunctionPass::transferStmt(const Stmt *S) {
  TopLevel = S;
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
      Current[Path] = AbstractValue::clean();
    else
      Current.erase(Path);
    return;
  }
  AbstractValue V = eval(Init);
  assignPath(Path, std::move(V), VD->getLocation(), "assigned to '" + VD->getNameAsString() + "'");
}

/// Strong update: the path now holds exactly V. A value that is neither known data nor a
/// constant leaves the path unknown, so that its name classifies it at its next use.
void FunctionPass::assignPath(const AccessPath &Path, AbstractValue V, SourceLocation At,
                const std::string &Hop) {
  for (auto It = Current.begin(); It != Current.end();)
    It = It->first.hasPrefix(Path) ? Current.erase(It) : std::next(It);
  if (V.empty() && !V.KnownClean)
    return;
  addHop(V, At, Hop);
  Current[Path] = std::move(V);
}

/// Weak update: the path may now also hold V (s += x, s.append(x), oss << x).
void FunctionPass::addToPath(const AccessPath &Path, const AbstractValue &V, SourceLocation At,
               const std::string &Hop) {
  if (V.empty())
    return;
  AbstractValue Added = V;
  addHop(Added, At, Hop);
  auto It = Current.find(Path);
  if (It == Current.end()) {
    AbstractValue Existing = readPath(Path, nullptr);
    Existing.merge(Added);
    Existing.KnownClean = false;
    Current[Path] = std::move(Existing);
  } else {
    It->second.merge(Added);
    It->second.KnownClean = false;
  }
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
