//===--- TransferIndirect.cpp - Calls through values: lambdas, pointers, std::function ----------===//
//
// A value may hold functions to call (AbstractValue::Callees): a lambda, the name or address of a
// function or a member function, a std::function or a struct member or a table it was stored in.
// Calling such a value applies each target as a direct call would: its model (an SDK function
// through a pointer is still a sink), its summary, its getter name. A call of a parameter that
// holds a callable (a callback, a std::function parameter) is a CallbackCall of the function's
// summary: at each call of the function whose argument is a known callable (a lambda passed to
// it), the callable's summary is applied to the values the function gives it, and the finding is
// at that call. A member holding callbacks (CalleeFields) calls what the unit stores into it. A
// call whose targets are unknown is left alone, and said so with --explain.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

/// The value of a name of a function: &send, send, &Handler::onLogin.
AbstractValue FunctionPass::callableOf(const FunctionDecl *F) {
  AbstractValue V = AbstractValue::clean();
  V.KnownClean = false;
  V.Callees.push_back(F->getCanonicalDecl());
  return V;
}

/// Calls Callable's targets with the call's arguments: each as a direct call of it.
AbstractValue FunctionPass::callTargets(const CallSite &Site, const AbstractValue &Callable) {
  AbstractValue Result;
  for (const FunctionDecl *Target : Callable.Callees) {
    const FunctionDecl *Definition = Target;
    if (const FunctionDecl *Def = Target->getDefinition())
      Definition = Def;
    if (Definition == &FD)
      continue; // a recursion through a pointer adds nothing
    CallSite Direct;
    Direct.Call = Site.Call;
    Direct.Callee = Definition;
    Direct.Name = &TU.nameOf(Definition);
    Direct.Sinks = &TU.sinksFor(Definition);
    Direct.ArgExprs = Site.ArgExprs;
    Direct.ArgValues = Site.ArgValues;
    if (Final)
      reportSinkCall(Direct);
    Result.merge(applyCallModels(Direct));
  }
  return Result;
}

/// A call of a parameter that holds a callable: recorded for the callers, with the values given.
void FunctionPass::recordCallbackCall(const CallSite &Site, const AbstractValue &Callable) {
  if (!Final)
    return;
  for (const TaintFact &F : Callable.Taints)
    if (F.isParameter()) {
      FunctionSummary::CallbackCall C;
      C.CallableParam = F.Param;
      C.Args.assign(Site.ArgValues.begin(), Site.ArgValues.end());
      C.Loc = reportLoc(Site.Call->getExprLoc());
      Summary.CallbackCalls.push_back(std::move(C));
    }
}

/// A call through Callable when its targets are known: the callables it holds, or those stored
/// into the members it reads.
std::optional<AbstractValue> FunctionPass::callKnownTargets(const CallSite &Site,
                                                           const AbstractValue &Callable) {
  if (!Callable.Callees.empty())
    return callTargets(Site, Callable);
  if (!Callable.CalleeFields.empty())
    return callStoredCallbacks(Site, Callable);
  return std::nullopt;
}

/// Calls through a value: a function pointer, a member pointer, `(*table[i])(x)`.
AbstractValue FunctionPass::evalIndirectCall(CallSite &Site) {
  const auto *Call = cast<CallExpr>(Site.Call);
  AbstractValue Callable = eval(Call->getCallee());
  if (std::optional<AbstractValue> V = callKnownTargets(Site, Callable))
    return std::move(*V);
  recordCallbackCall(Site, Callable);
  explainUnknownTargets(Site, Callable);
  return {};
}

/// `fn(x)` of a std::function, a lambda object or another functor whose value holds callables.
std::optional<AbstractValue> FunctionPass::applyCallableObject(CallSite &Site) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee);
  if (!Method || Method->getOverloadedOperator() != OO_Call || !Site.Object)
    return std::nullopt;
  if (Method->getParent()->isLambda())
    return std::nullopt; // a lambda called by name: its own summary
  const AbstractValue &Callable = Site.ObjectValue;
  if (std::optional<AbstractValue> V = callKnownTargets(Site, Callable))
    return V;
  // A type-erased callable (std::function, a function_ref): its target is what it was given.
  // Functors with a call operator of their own (std::hash) go on to their models.
  if (!Method->hasBody() || SM.isInSystemHeader(Method->getLocation())) {
    recordCallbackCall(Site, Callable);
    const CXXRecordDecl *Record = Method->getParent();
    if (Record->getIdentifier() && Record->getName() == "function")
      explainUnknownTargets(Site, Callable);
  }
  return std::nullopt;
}

/// What a callee gives its callback (C's arguments), with its parameters replaced by what this
/// call passes; ArgFor is the argument of this call each came from, when one did.
llvm::SmallVector<AbstractValue, 4>
FunctionPass::givenToCallback(const FunctionSummary::CallbackCall &C, const CallSite &Site,
                              llvm::SmallVectorImpl<const Expr *> &ArgFor) {
  llvm::SmallVector<AbstractValue, 4> Given;
  for (const AbstractValue &Arg : C.Args) {
    AbstractValue V;
    V.KnownClean = Arg.KnownClean;
    V.Entries = Arg.Entries;
    const Expr *From = nullptr;
    for (TaintFact F : Arg.Taints) {
      if (F.isParameter()) {
        if (const AbstractValue *Passed = Site.argValue(F.Param)) {
          V.merge(*Passed);
          From = Site.argExpr(F.Param);
        }
        continue;
      }
      F.FromParam = NoParam;
      addTaint(V.Taints, F);
    }
    addHop(V, C.Loc, "given to the callback by '" + TU.nameOf(Site.Callee) + "'");
    Given.push_back(std::move(V));
    ArgFor.push_back(From);
  }
  return Given;
}

/// The sink effects of each target of Callable, given what C's callee gives them, reported at
/// this call (on the argument the data came from, else on Fallback).
void FunctionPass::reportCallbackTargets(const FunctionSummary::CallbackCall &C,
                                         const AbstractValue &Callable, const CallSite &Site,
                                         const Expr *Fallback) {
  llvm::SmallVector<const Expr *, 4> ArgFor;
  llvm::SmallVector<AbstractValue, 4> Given = givenToCallback(C, Site, ArgFor);
  for (const FunctionDecl *Target : Callable.Callees)
    for (const FunctionSummary *TS : TU.summariesFor(Target))
      for (const SinkEffect &Effect : TS->Sinks) {
        if (Effect.Param < 0 || static_cast<size_t>(Effect.Param) >= Given.size())
          continue;
        const Expr *At = Fallback ? Fallback : ArgFor[Effect.Param];
        if (!At)
          At = Site.Call;
        Through Via{Site.Callee, &Effect, At, nullptr, Site.Call->getExprLoc()};
        reportSinkArgument(cast<CallExpr>(Site.Call), Effect.Match, Effect.Arg, At,
                           Given[Effect.Param], nullptr, &Via);
      }
}

/// A callable parameter's calls in the callee's summary, at this call: each known callable the
/// argument holds is applied to the values the callee gives it.
void FunctionPass::applyCallbackCalls(const FunctionSummary &S, const CallSite &Site) {
  for (const FunctionSummary::CallbackCall &C : S.CallbackCalls) {
    const AbstractValue *Callable = Site.argValue(C.CallableParam);
    if (!Callable || !Final)
      continue;
    for (const TaintFact &F : Callable->Taints)
      if (F.isParameter()) {
        // This function's own callable parameter, passed on: its callers resolve it.
        llvm::SmallVector<const Expr *, 4> ArgFor;
        FunctionSummary::CallbackCall Forward;
        Forward.CallableParam = F.Param;
        llvm::SmallVector<AbstractValue, 4> Given = givenToCallback(C, Site, ArgFor);
        Forward.Args.assign(Given.begin(), Given.end());
        Forward.Loc = C.Loc;
        Summary.CallbackCalls.push_back(std::move(Forward));
      }
    reportCallbackTargets(C, *Callable, Site, Site.argExpr(C.CallableParam));
  }
}

/// A call through a member holding callbacks: the ones stored so far, and a record for the
/// callers (by whose calls more may have been stored).
AbstractValue FunctionPass::callStoredCallbacks(const CallSite &Site, const AbstractValue &Callable) {
  AbstractValue Stored;
  for (const FieldDecl *F : Callable.CalleeFields) {
    auto It = TU.FieldCallables.find(F);
    if (It != TU.FieldCallables.end())
      for (const FunctionDecl *Target : It->second)
        if (!llvm::is_contained(Stored.Callees, Target))
          Stored.Callees.push_back(Target);
  }
  if (Final)
    for (const FieldDecl *F : Callable.CalleeFields) {
      FunctionSummary::FieldCallbackCall C;
      C.Field = F;
      C.Args.assign(Site.ArgValues.begin(), Site.ArgValues.end());
      C.Applied.assign(Stored.Callees.begin(), Stored.Callees.end());
      C.Loc = reportLoc(Site.Call->getExprLoc());
      Summary.FieldCallbackCalls.push_back(std::move(C));
    }
  return Stored.Callees.empty() ? AbstractValue() : callTargets(Site, Stored);
}

/// The callee's calls through members holding callbacks, with the callbacks the unit has stored
/// by now that the callee did not see itself: `bus.subscribe(lambda); bus.publish(user);`.
void FunctionPass::applyFieldCallbackCalls(const FunctionSummary &S, const CallSite &Site) {
  for (const FunctionSummary::FieldCallbackCall &C : S.FieldCallbackCalls) {
    auto It = TU.FieldCallables.find(C.Field);
    if (It == TU.FieldCallables.end())
      continue;
    FunctionSummary::CallbackCall AsParameter;
    AsParameter.Args = C.Args;
    AsParameter.Loc = C.Loc;
    AbstractValue Callable;
    for (const FunctionDecl *Target : It->second)
      if (!llvm::is_contained(C.Applied, Target))
        Callable.Callees.push_back(Target);
    if (Callable.Callees.empty() || !Final)
      continue;
    reportCallbackTargets(AsParameter, Callable, Site, /*Fallback=*/nullptr);
  }
}

/// With --explain: a call whose targets the unit does not show, given personal data.
void FunctionPass::explainUnknownTargets(const CallSite &Site, const AbstractValue &Callable) {
  if (!Final || !TU.Options.Explain || InVendorCode)
    return;
  if (HasCallers && llvm::any_of(Callable.Taints,
                                 [](const TaintFact &F) { return F.isParameter(); }))
    return; // resolved at the callers, with what they pass
  bool Personal = llvm::any_of(Site.ArgValues, [](const AbstractValue &A) {
    return llvm::any_of(A.Taints, [](const TaintFact &F) { return !F.isParameter(); });
  });
  if (!Personal)
    return;
  TU.Notices.push_back(AnalysisNotice{
      reportLoc(Site.Call->getExprLoc()),
      "the targets of this indirect call are not known in this unit; the personal data given "
      "to it is not followed"});
}

} // namespace piiflow::flow
