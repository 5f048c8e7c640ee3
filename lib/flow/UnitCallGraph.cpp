//===--- UnitCallGraph.cpp - Definitions, calls, reachability and Tarjan's order ----------------===//
//
// See UnitCallGraph.h.
//
//===----------------------------------------------------------------------------------------===//
#include "UnitCallGraph.h"
#include "AstQueries.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>
#include <queue>
#include <set>

namespace piiflow::flow {
namespace {


/// One pass over a function body: whether it calls anything named like a modelled sink, and
/// which functions it calls (lambdas are functions of their own and are not entered).
class CallScanner : public RecursiveASTVisitor<CallScanner> {
public:
  CallScanner(const ModelCatalog &Models, const SourceManager &SM, const LangOptions &Lang)
      : Models(Models), SM(SM), Lang(Lang) {}
  bool CallsSinkName = false;
  /// Calls through a pointer or a std::function: with --explain, such a function is analysed
  /// for what it gives them.
  bool CallsThroughValue = false;
  std::vector<const FunctionDecl *> Callees; // canonical, in order of appearance

  bool VisitCallExpr(CallExpr *Call) {
    // A call of a macro sink's expansion (TraceLoggingWrite): MacroSinks.cpp reports it.
    if (!CallsSinkName && Models.hasMacroSinks() && Call->getBeginLoc().isMacroID()) {
      llvm::SmallVector<llvm::StringRef, 8> Names;
      macroChain(Call->getBeginLoc(), SM, Lang, Names);
      const SdkModel *Sdk = nullptr;
      CallsSinkName = llvm::any_of(Names, [&](llvm::StringRef Name) {
        return !Name.empty() && Models.macroSinkNamed(Name, Sdk);
      });
    }
    const FunctionDecl *Direct = Call->getDirectCallee();
    if (!Direct)
      CallsThroughValue = true;
    else if (const auto *Method = dyn_cast<CXXMethodDecl>(Direct))
      if (Method->getOverloadedOperator() == OO_Call && Method->getParent()->getIdentifier() &&
          Method->getParent()->getName() == "function")
        CallsThroughValue = true;
    if (const FunctionDecl *Callee = Direct) {
      if (Callee->getIdentifier() && Models.mentionsSinkName(Callee->getName()))
        CallsSinkName = true;
      Callees.push_back(Callee->getCanonicalDecl());
    }
    return true;
  }
  /// A lambda made here (called here, or passed to a function that calls it) and a function
  /// whose name or address is taken: edges, so that their summaries are known at the calls.
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    Callees.push_back(Lambda->getCallOperator()->getCanonicalDecl());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const ValueDecl *D = sharedDeclOf(Ref))
      Reads.insert(D);
    if (const auto *F = dyn_cast<FunctionDecl>(Ref->getDecl())) {
      if (F->getIdentifier() && Models.mentionsSinkName(F->getName()))
        CallsSinkName = true; // a pointer to an SDK function, called later
      Callees.push_back(F->getCanonicalDecl());
    }
    return true;
  }
  /// State that outlives the function (SharedState.cpp): globals, static locals and members
  /// (of this object, or of one a call returns: a singleton) that it writes and reads.
  llvm::SmallPtrSet<const ValueDecl *, 4> Writes, Reads;

  bool VisitMemberExpr(MemberExpr *ME) {
    if (const ValueDecl *D = sharedDeclOf(ME))
      Reads.insert(D);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      noteWrite(BO->getLHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    OverloadedOperatorKind K = Op->getOperator();
    if (Op->getNumArgs() >= 1 && (K == OO_Equal || K == OO_PlusEqual || K == OO_Subscript ||
                                  K == OO_LessLess))
      noteWrite(Op->getArg(0));
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    if (const CXXMethodDecl *Method = Call->getMethodDecl())
      if (!Method->isConst()) {
        noteWrite(Call->getImplicitObjectArgument());
        // A method of this object or of one its members hold (d->enqueue(q)): what it writes,
        // this function writes too (UnitCallGraph propagates it).
        if (reachedFromThis(Call->getImplicitObjectArgument()))
          MemberCallees.push_back(Method->getCanonicalDecl());
      }
    return true;
  }
  std::vector<const FunctionDecl *> MemberCallees;

  bool shouldVisitTemplateInstantiations() const { return false; }

  /// The global, static local or member field whose state E names: g_annotations["k"],
  /// this->user_.email (user_), Reporter::instance().user_ (user_); null for locals.
  static const ValueDecl *sharedDeclOf(const Expr *E) {
    const ValueDecl *Top = nullptr;
    for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
      E = E->IgnoreParenImpCasts();
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        if (const auto *Static = dyn_cast<VarDecl>(ME->getMemberDecl()))
          return sharedVariable(Static);
        Top = ME->getMemberDecl();
        E = ME->getBase();
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
                 Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2) {
        E = Op->getArg(0);
      } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
        E = AS->getBase();
      } else {
        break;
      }
    }
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        return sharedVariable(VD);
    if (Top && isa<FieldDecl>(Top) && E && (isa<CXXThisExpr>(E) || isa<CallExpr>(E)) &&
        mayCarryData(Top->getType()))
      return Top;
    return nullptr;
  }

  /// this, or an object reached from it through members: this->d, d->queue_.
  static bool reachedFromThis(const Expr *E) {
    for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
      E = E->IgnoreParenImpCasts();
      if (isa<CXXThisExpr>(E))
        return true;
      const auto *ME = dyn_cast<MemberExpr>(E);
      if (!ME)
        return false;
      E = ME->getBase();
    }
    return false;
  }

private:
  static const ValueDecl *sharedVariable(const VarDecl *VD) {
    if (!(VD->hasGlobalStorage() || VD->isStaticLocal()) || isConstantVariable(VD) ||
        !mayCarryData(VD->getType()))
      return nullptr;
    return VD;
  }

  /// Whether state of type T can carry data to a sink: text, a container or a bag of values, or
  /// a struct with such a field. A mutex, a counter, a thread or a client object carries none,
  /// so the functions that lock or bump it are no writers to order first (or to analyse at all).
  static bool mayCarryData(QualType T, unsigned Depth = 0) {
    T = T.getNonReferenceType().getCanonicalType();
    if (cannotHoldPersonalData(T) || holdsCallables(T) || T->isArithmeticType())
      return false;
    if (const auto *Array = dyn_cast<ArrayType>(T.getTypePtr()))
      return mayCarryData(Array->getElementType(), Depth);
    if (returnsText(T))
      return true;
    if (T->isPointerType())
      return Depth == 0 && mayCarryData(T->getPointeeType(), Depth + 1);
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD || !RD->getIdentifier())
      return false;
    llvm::StringRef Name = RD->getName();
    static const char *const Containers[] = {
        "vector", "deque", "list", "map", "unordered_map", "multimap", "set", "queue", "array",
        "optional", "basic_json", "QList", "QVector", "QQueue", "QStack", "QMap", "QHash",
        "QStringList", "QVariant", "QVariantMap", "QJsonObject", "QJsonArray", "QJsonValue",
        "QUrlQuery", "QByteArray", "TArray", "TMap", "FString"};
    if (llvm::is_contained(Containers, Name))
      return true;
    if (Depth > 0 || !RD->hasDefinition() || RD->isLambda())
      return false;
    // A struct of the program whose fields carry data: Account { std::string email; }.
    return llvm::any_of(RD->getDefinition()->fields(), [&](const FieldDecl *F) {
      return mayCarryData(F->getType(), Depth + 1);
    });
  }
  void noteWrite(const Expr *Target) {
    if (const ValueDecl *D = sharedDeclOf(Target))
      Writes.insert(D);
  }

  const ModelCatalog &Models;
  const SourceManager &SM;
  const LangOptions &Lang;
};

/// Collects function definitions (lambda call operators included) in declaration order. A
/// template is analysed as each instantiation the unit uses (its patterns are dependent and
/// skipped): a call of `track<std::string>` finds that instantiation's summary, and a finding in
/// a template's body is the same finding in each of them, kept once (Analyzer.cpp).
class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  explicit DefinitionCollector(const SourceManager &SM) : SM(SM) {}
  std::vector<const FunctionDecl *> Functions;

  bool VisitFunctionDecl(FunctionDecl *FD) {
    consider(FD);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    consider(Lambda->getCallOperator());
    return true;
  }
  bool shouldVisitTemplateInstantiations() const { return true; }

private:
  void consider(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() || FD->isInvalidDecl() ||
        FD->isDependentContext())
      return;
    if (!Seen.insert(FD).second)
      return;
    if (SM.isInSystemHeader(FD->getLocation()))
      return;
    Functions.push_back(FD);
  }
  const SourceManager &SM;
  llvm::DenseSet<const FunctionDecl *> Seen;
};

} // namespace

std::vector<const FunctionDecl *> collectDefinitions(ASTContext &Ctx) {
  DefinitionCollector Collector(Ctx.getSourceManager());
  Collector.TraverseDecl(Ctx.getTranslationUnitDecl());
  return std::move(Collector.Functions);
}

/// Functions that call functions other units define are worth analysing too when those units'
/// summaries are (or will be) known: with Collect, or with imported summaries.
UnitCallGraph::UnitCallGraph(const std::vector<const FunctionDecl *> &Definitions, TUContext &TU) {
  for (const FunctionDecl *FD : Definitions) {
    const FunctionDecl *C = FD->getCanonicalDecl();
    if (Index.count(C))
      continue;
    Index[C] = Nodes.size();
    Nodes.push_back(Node{FD, {}, {}, false});
  }
  // Overriders, transitively: Base::f -> every Derived::f defined here.
  for (const Node &N : Nodes)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(N.Definition))
      addOverrider(MD, MD->getCanonicalDecl(), TU);
  for (Node &N : Nodes) {
    CallScanner Scanner(TU.Models, TU.Ctx.getSourceManager(), TU.Ctx.getLangOpts());
    Scanner.TraverseStmt(N.Definition->getBody());
    N.CallsSink = Scanner.CallsSinkName || (TU.Collect && mayReturnToOtherUnits(N.Definition)) ||
                  (TU.Options.Explain && Scanner.CallsThroughValue);
    // A lambda is analysed after the function that makes it, for its captures.
    if (const auto *MD = dyn_cast<CXXMethodDecl>(N.Definition))
      if (MD->getParent()->isLambda())
        if (const auto *Enclosing =
                dyn_cast_or_null<FunctionDecl>(MD->getParent()->getDeclContext())) {
          auto It = Index.find(Enclosing->getCanonicalDecl());
          if (It != Index.end())
            N.After.push_back(It->second);
        }
    N.Reads.assign(Scanner.Reads.begin(), Scanner.Reads.end());
    N.Writes.assign(Scanner.Writes.begin(), Scanner.Writes.end());
    N.MemberCallees = std::move(Scanner.MemberCallees);
    for (const FunctionDecl *Callee : Scanner.Callees) {
      if (!N.CallsSink && !Index.count(Callee) && callsOtherUnit(Callee, TU))
        N.CallsSink = true; // may reach a sink through the other unit

      addEdge(N, Callee);
      auto It = TU.Overriders.find(Callee);
      if (It != TU.Overriders.end())
        for (const FunctionDecl *O : It->second)
          addEdge(N, O);
    }
  }
  propagateMemberWrites();
  // State other units may read (a global of the program, a member of a class of its headers):
  // what the function leaves there is part of the whole program's facts (SharedState.cpp).
  if (TU.Collect)
    for (Node &N : Nodes)
      N.CallsSink = N.CallsSink || llvm::any_of(N.Writes, [&](const ValueDecl *D) {
                      return !TU.stateUsrOf(D).empty();
                    });
}

/// What a function writes includes what the methods it calls on its own object (or on objects
/// its members hold) write, to a fixpoint (bounded: a few rounds settle real code).
void UnitCallGraph::propagateMemberWrites() {
  for (unsigned Round = 0; Round < 8; ++Round) {
    bool Changed = false;
    for (Node &N : Nodes)
      for (const FunctionDecl *Callee : N.MemberCallees) {
        auto It = Index.find(Callee);
        if (It == Index.end() || &Nodes[It->second] == &N)
          continue;
        for (const ValueDecl *D : Nodes[It->second].Writes)
          if (!llvm::is_contained(N.Writes, D)) {
            N.Writes.push_back(D);
            Changed = true;
          }
      }
    if (!Changed)
      break;
  }
  for (unsigned I = 0; I < Nodes.size(); ++I)
    for (const ValueDecl *D : Nodes[I].Writes)
      WritersOf[D].push_back(I);
}

/// The functions that write state N reads (SharedState.cpp), but N itself.
std::vector<unsigned> UnitCallGraph::stateWriters(unsigned N) const {
  std::vector<unsigned> Out;
  for (const ValueDecl *D : Nodes[N].Reads) {
    auto It = WritersOf.find(D);
    if (It != WritersOf.end())
      for (unsigned W : It->second)
        if (W != N && !llvm::is_contained(Out, W))
          Out.push_back(W);
  }
  return Out;
}

/// Functions worth analysing: those that reach a sink, directly or through the functions they
/// call, and the functions these call (for what they return or write), in bottom-up order.
/// Each inner vector is one strongly connected component.
std::vector<std::vector<unsigned>> UnitCallGraph::analysisOrder() {
  // Reaches a sink: reverse reachability from the functions that call one.
  std::vector<std::vector<unsigned>> Callers(Nodes.size());
  for (unsigned I = 0; I < Nodes.size(); ++I)
    for (unsigned Callee : Nodes[I].Callees)
      Callers[Callee].push_back(I);
  std::vector<bool> Reaches(Nodes.size(), false), Needed(Nodes.size(), false);
  std::vector<unsigned> Work;
  for (unsigned I = 0; I < Nodes.size(); ++I)
    if (Nodes[I].CallsSink) {
      Reaches[I] = true;
      Work.push_back(I);
    }
  while (!Work.empty()) {
    unsigned N = Work.back();
    Work.pop_back();
    for (unsigned Caller : Callers[N])
      if (!Reaches[Caller]) {
        Reaches[Caller] = true;
        Work.push_back(Caller);
      }
  }
  // ... and what they call, transitively, for returns and out-parameters.
  for (unsigned I = 0; I < Nodes.size(); ++I)
    if (Reaches[I])
      Work.push_back(I);
  while (!Work.empty()) {
    unsigned N = Work.back();
    Work.pop_back();
    if (Needed[N])
      continue;
    Needed[N] = true;
    for (unsigned Callee : Nodes[N].Callees)
      if (!Needed[Callee])
        Work.push_back(Callee);
    for (unsigned Before : Nodes[N].After)
      if (!Needed[Before])
        Work.push_back(Before);
    for (unsigned Writer : stateWriters(N))
      if (!Needed[Writer])
        Work.push_back(Writer);
  }
  for (unsigned I = 0; I < Nodes.size(); ++I)
    HasCallers.push_back(!Callers[I].empty());

  // Tarjan; its recursion is as deep as the unit's longest call chain.
  std::vector<std::vector<unsigned>> Order;
  std::vector<int> Low(Nodes.size(), -1), Num(Nodes.size(), -1);
  std::vector<bool> OnStack(Nodes.size(), false);
  std::vector<unsigned> Stack;
  int Counter = 0;
  std::function<void(unsigned)> Visit = [&](unsigned V) {
    Num[V] = Low[V] = Counter++;
    Stack.push_back(V);
    OnStack[V] = true;
    std::vector<unsigned> Successors = Nodes[V].Callees;
    Successors.insert(Successors.end(), Nodes[V].After.begin(), Nodes[V].After.end());
    for (unsigned W : Successors) {
      if (!Needed[W])
        continue;
      if (Num[W] < 0) {
        Visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack[W]) {
        Low[V] = std::min(Low[V], Num[W]);
      }
    }
    if (Low[V] == Num[V]) {
      std::vector<unsigned> Component;
      unsigned W;
      do {
        W = Stack.back();
        Stack.pop_back();
        OnStack[W] = false;
        Component.push_back(W);
      } while (W != V);
      std::reverse(Component.begin(), Component.end());
      Order.push_back(std::move(Component));
    }
  };
  for (unsigned I = 0; I < Nodes.size(); ++I)
    if (Needed[I] && Num[I] < 0)
      Visit(I);
  return writersFirst(std::move(Order));
}

/// The components in an order where callees still come before callers and, where that allows,
/// the functions that write state (SharedState.cpp) before those that read it: a topological
/// order of the call edges and the state edges (Kahn's, taking the earliest component of the
/// calls-only order first); when only state edges block every component left, those into the
/// earliest one are dropped (a cycle of shared state is no recursion).
std::vector<std::vector<unsigned>>
UnitCallGraph::writersFirst(std::vector<std::vector<unsigned>> Order) const {
  if (WritersOf.empty())
    return Order;
  std::vector<int> ComponentOf(Nodes.size(), -1);
  for (unsigned C = 0; C < Order.size(); ++C)
    for (unsigned N : Order[C])
      ComponentOf[N] = static_cast<int>(C);
  // Before[C]: components that must come first, by calls (hard) or by state (soft).
  std::vector<std::set<unsigned>> CallsBefore(Order.size()), StateBefore(Order.size());
  for (unsigned C = 0; C < Order.size(); ++C)
    for (unsigned N : Order[C]) {
      for (unsigned Callee : Nodes[N].Callees)
        if (ComponentOf[Callee] >= 0 && static_cast<unsigned>(ComponentOf[Callee]) != C)
          CallsBefore[C].insert(ComponentOf[Callee]);
      for (unsigned Before : Nodes[N].After)
        if (ComponentOf[Before] >= 0 && static_cast<unsigned>(ComponentOf[Before]) != C)
          CallsBefore[C].insert(ComponentOf[Before]);
      for (unsigned Writer : stateWriters(N))
        if (ComponentOf[Writer] >= 0 && static_cast<unsigned>(ComponentOf[Writer]) != C)
          StateBefore[C].insert(ComponentOf[Writer]);
    }
  // Kahn's algorithm with the calls-only position as priority.
  std::vector<unsigned> CallsIn(Order.size(), 0), StateIn(Order.size(), 0);
  std::vector<std::vector<unsigned>> CallsAfter(Order.size()), StateAfter(Order.size());
  for (unsigned C = 0; C < Order.size(); ++C) {
    for (unsigned B : CallsBefore[C]) {
      CallsAfter[B].push_back(C);
      ++CallsIn[C];
    }
    for (unsigned B : StateBefore[C])
      if (!CallsBefore[C].count(B)) {
        StateAfter[B].push_back(C);
        ++StateIn[C];
      }
  }
  std::vector<bool> Done(Order.size(), false);
  std::priority_queue<unsigned, std::vector<unsigned>, std::greater<unsigned>> Ready;
  for (unsigned C = 0; C < Order.size(); ++C)
    if (!CallsIn[C] && !StateIn[C])
      Ready.push(C);
  std::vector<std::vector<unsigned>> Out;
  unsigned Scan = 0; // below it, every component is done or waits for calls
  while (Out.size() < Order.size()) {
    unsigned Next;
    if (!Ready.empty()) {
      Next = Ready.top();
      Ready.pop();
      if (Done[Next])
        continue;
    } else {
      // A cycle through state: the earliest component whose callees are done goes first.
      while (Scan < Order.size() && (Done[Scan] || CallsIn[Scan]))
        ++Scan;
      if (Scan == Order.size())
        return Order; // cannot happen: the calls-only order is one
      Next = Scan;
    }
    Done[Next] = true;
    Out.push_back(Order[Next]);
    for (unsigned C : CallsAfter[Next])
      if (--CallsIn[C] == 0 && !StateIn[C] && !Done[C])
        Ready.push(C);
    for (unsigned C : StateAfter[Next])
      if (--StateIn[C] == 0 && !CallsIn[C] && !Done[C])
        Ready.push(C);
    Scan = 0;
  }
  return Out;
}

bool UnitCallGraph::isRecursive(const std::vector<unsigned> &Component) const {
  if (Component.size() > 1)
    return true;
  return llvm::is_contained(Nodes[Component.front()].Callees, Component.front());
}

/// A function other units can call that returns a string or an object: what it returns may
/// be personal data their sinks receive.
bool UnitCallGraph::mayReturnToOtherUnits(const FunctionDecl *FD) {
  if (!FD->isExternallyVisible() || isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD))
    return false;
  QualType T = FD->getReturnType().getNonReferenceType();
  if (T->isRecordType() || T->isPointerType())
    return true;
  // ... or fills a caller's object: void loadEmail(std::string &out).
  return llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
    QualType PT = P->getType();
    return (PT->isReferenceType() || PT->isPointerType()) &&
           !PT->getPointeeType().isConstQualified() &&
           (PT->getPointeeType()->isRecordType() || PT->getPointeeType()->isPointerType());
  });
}

bool UnitCallGraph::callsOtherUnit(const FunctionDecl *Callee, TUContext &TU) {
  if (Callee->hasBody() || Callee->getNumParams() == 0 ||
      TU.Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
    return false;
  if (TU.Collect)
    return true;
  return TU.Imported && TU.Imported->find(TU.usrOf(Callee));
}

void UnitCallGraph::addEdge(Node &From, const FunctionDecl *Callee) {
  auto It = Index.find(Callee);
  if (It != Index.end() && !llvm::is_contained(From.Callees, It->second))
    From.Callees.push_back(It->second);
}

void UnitCallGraph::addOverrider(const CXXMethodDecl *MD, const FunctionDecl *Overrider, TUContext &TU) {
  for (const CXXMethodDecl *Base : MD->overridden_methods()) {
    auto &List = TU.Overriders[Base->getCanonicalDecl()];
    if (!llvm::is_contained(List, Overrider))
      List.push_back(Overrider);
    addOverrider(Base, Overrider, TU);
  }
}

} // namespace piiflow::flow
