//===--- Summarise.cpp - Function summaries, made and applied -----------------------------------===//
//
// What a function does with its parameters (sink effects), what it returns and what it writes
// through reference parameters, as callers see it; the application of a summary at a call (this
// unit's, or another unit's from a summaries file); and what the tool records of calls of
// functions other units define, resolved once every unit is analysed.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/Lex/Lexer.h"

namespace piiflow::flow {

/// Concrete facts whose source is not a parameter's name: what callers can rely on.
TaintSet FunctionPass::concreteFacts(const TaintSet &Facts) {
  TaintSet Out;
  for (const TaintFact &F : Facts)
    if (!F.isParameter() && F.FromParam == NoParam && F.IfParamHolds == NoParam)
      Out.push_back(F);
  return Out;
}

/// An entry as callers see it: its concrete facts, without the callee's insertion site (its
/// fixes belong to the callee).
std::optional<BagEntry> FunctionPass::concreteEntry(const BagEntry &E) {
  BagEntry Copy = E;
  Copy.Taints = concreteFacts(E.Taints);
  if (Copy.Taints.empty())
    return std::nullopt;
  Copy.Site = InsertionSite();
  Copy.Site.Loc = E.Site.Loc;
  return Copy;
}

void FunctionPass::summariseReturn(const AbstractValue &V) {
  for (const TaintFact &F : V.Taints)
    if (F.isParameter())
      (F.Weak ? Summary.WeakReturnParams : Summary.ReturnParams).insert(F.Param);
    else if (F.IfParamHolds != NoParam)
      addTaint(Summary.ConditionalReturns, F);
  unionInto(Summary.ReturnFacts, concreteFacts(V.Taints));
  for (const BagEntry &E : V.Entries)
    if (std::optional<BagEntry> Copy = concreteEntry(E))
      Summary.ReturnEntries.push_back(std::move(*Copy));
}

/// What the function leaves in the objects its reference and pointer parameters name.
void FunctionPass::summariseOutParameters(const State &AtExit) {
  for (unsigned I = 0; I < FD.getNumParams(); ++I) {
    const ParmVarDecl *P = FD.getParamDecl(I);
    QualType T = P->getType();
    if (!(T->isReferenceType() || T->isPointerType()) || T->getPointeeType().isConstQualified())
      continue;
    AbstractValue Written;
    AtExit.forEachOfRoot(P, [&](const AccessPath &Path, const AbstractValue &Value) {
      summariseOutParameterEntries(I, Path, Value);
      unionInto(Written.Taints, concreteFacts(Value.Taints));
      for (const TaintFact &F : Value.Taints)
        if (F.isParameter() && F.Param != static_cast<int>(I))
          Summary.OutParamSources[I].insert(F.Param);
      for (const BagEntry &E : Value.Entries)
        if (E.KeyParam == NoParam) // else in OutParamEntries, under the caller's key
          if (std::optional<BagEntry> Copy = concreteEntry(E))
            Written.addEntry(*Copy);
    });
    if (!Written.empty())
      Summary.OutParams[I] = Written;
  }
  summariseMemberWrites(AtExit);
}

/// What a method leaves in the members of its object: a builder's props.set(k, v), a setter.
void FunctionPass::summariseMemberWrites(const State &AtExit) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
  if (!Method || Method->isStatic() || Method->isConst() || isa<CXXConstructorDecl>(Method) ||
      isa<CXXDestructorDecl>(Method) || Method->getParent()->isLambda())
    return;
  AtExit.forEachOfRoot(&ThisRoot, [&](const AccessPath &Path, const AbstractValue &Value) {
    summariseOutParameterEntries(ThisArg, Path, Value);
    FunctionSummary::MemberWrite W;
    W.Fields = Path.Fields;
    W.Concrete.Taints = concreteFacts(Value.Taints);
    for (const BagEntry &E : Value.Entries)
      if (E.KeyParam == NoParam)
        if (std::optional<BagEntry> Copy = concreteEntry(E))
          W.Concrete.addEntry(*Copy);
    for (const TaintFact &F : Value.Taints)
      if (F.isParameter())
        W.Sources.insert(F.Param);
    if (!W.Concrete.empty() || !W.Sources.empty())
      Summary.MemberWrites.push_back(std::move(W));
  });
}

std::optional<AccessPath> FunctionPass::writtenPath(const CallSite &Site, int BagParam,
                                                    llvm::ArrayRef<const ValueDecl *> Fields) {
  const Expr *Arg = Site.argExpr(BagParam);
  if (!Arg)
    return std::nullopt;
  std::optional<AccessPath> P;
  if (isa<CXXThisExpr>(strip(Arg)))
    P = AccessPath{&ThisRoot, {}};
  else
    P = pathOf(Arg);
  if (P)
    P->Fields.append(Fields.begin(), Fields.end());
  return P;
}

/// The parameter of this function a key expression is (key, key.c_str(), std::string(key)).
int FunctionPass::keyParamOf(const Expr *KeyExpr) const {
  const Expr *E = KeyExpr;
  for (int Depth = 0; E && Depth < 4; ++Depth) {
    E = strip(E);
    if (const auto *Member = dyn_cast_or_null<CXXMemberCallExpr>(E)) {
      if (Member->getNumArgs() != 0)
        return NoParam;
      E = Member->getImplicitObjectArgument();
      continue;
    }
    if (const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(E)) {
      if (Ctor->getNumArgs() == 0)
        return NoParam;
      E = Ctor->getArg(0);
      continue;
    }
    break;
  }
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  const auto *Param = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!Param || Param->getDeclContext() != &FD)
    return NoParam;
  return Param->getFunctionScopeIndex();
}

/// Entries of the bags reference parameters name whose key or value is a parameter.
void FunctionPass::summariseOutParameterEntries(int BagParam, const AccessPath &Path,
                                                const AbstractValue &Bag) {
  for (const BagEntry &E : Bag.Entries) {
    OutParamEntry Out;
    Out.BagParam = BagParam;
    Out.Fields = Path.Fields;
    Out.Key = E.Key;
    Out.KeyIsLiteral = E.KeyIsLiteral;
    Out.KeyParam = E.KeyParam;
    for (const TaintFact &F : E.Taints)
      if (F.isParameter())
        Out.ValueParams.insert(F.Param);
    if (Out.KeyParam == NoParam && Out.ValueParams.empty())
      continue; // concrete entries are in OutParams
    Out.Facts = concreteFacts(E.Taints);
    bool Known = llvm::any_of(Summary.OutParamEntries, [&](const OutParamEntry &O) {
      return O.BagParam == Out.BagParam && O.Fields == Out.Fields && O.Key == Out.Key &&
             O.KeyParam == Out.KeyParam && O.ValueParams == Out.ValueParams;
    });
    if (!Known)
      Summary.OutParamEntries.push_back(std::move(Out));
  }
}

void FunctionPass::recordSinkEffect(const TaintFact &Marker, const SinkMatch &Match, const SinkArg &Arg,
                      const std::string &Key, bool KeyIsLiteral, int KeyParam,
                      const CallExpr *Call, const Through *Via) {
  SinkEffect E;
  E.Param = Marker.Param;
  E.Match = Match;
  E.Arg = Arg;
  E.Key = Key;
  E.KeyIsLiteral = KeyIsLiteral;
  E.KeyParam = KeyParam;
  E.Weak = Marker.Weak || (Via && Via->Effect->Weak);
  E.Conditions = keyConditionsOf(Call);
  E.Trace = Marker.Trace;
  if (Via) {
    E.Trace.push_back(passedTo(*Via));
    E.Trace.insert(E.Trace.end(), Via->Effect->Trace.begin(), Via->Effect->Trace.end());
  } else {
    E.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()),
                                (Match.VendorFromParams.empty()
                                     ? "sent to " + Match.vendorDisplay()
                                     : std::string("sent in an HTTP request")) +
                                    " by '" + Match.Sink->Function + "'"});
  }
  for (const SinkEffect &Known : Summary.Sinks)
    if (Known.Param == E.Param && Known.Match.Sink == E.Match.Sink &&
        Known.Match.Sdk == E.Match.Sdk && Known.Match.Endpoint == E.Match.Endpoint &&
        Known.Match.VendorFromParams == E.Match.VendorFromParams &&
        Known.Arg.Index == E.Arg.Index && Known.Key == E.Key && Known.KeyParam == E.KeyParam &&
        Known.Weak == E.Weak && Known.Conditions == E.Conditions)
      return;
  Summary.Sinks.push_back(std::move(E));
}

TraceStep FunctionPass::passedTo(const Through &Via) {
  // A default argument is written at the callee: the step is the call that uses it.
  SourceLocation At = Via.CallArg->getBeginLoc();
  if (At.isInvalid())
    At = Via.CallLoc;
  return TraceStep{reportLoc(At), "passed to '" + TU.nameOf(Via.Callee) + "'"};
}

/// A call of a function another unit defines, with its summary from a summaries file: its
/// parameters that reach a sink report here, its returned personal data flows on.
void FunctionPass::applyImported(const ExternalSummary &S, const CallExpr *Call, const FunctionDecl *Callee,
                   llvm::ArrayRef<const Expr *> ArgExprs, llvm::ArrayRef<AbstractValue> ArgValues,
                   AbstractValue &Result, bool ReportSinks) {
  if (Final && ReportSinks)
    for (const ExternalSinkEffect &E : S.Sinks) {
      const SinkArg *Arg = nullptr;
      std::optional<SinkMatch> Match = TU.sinkOf(E, Arg);
      if (!Match || E.Param < 0 || static_cast<size_t>(E.Param) >= ArgExprs.size())
        continue;
      std::map<int, std::string> Literals;
      for (const KeyCondition &C : E.Conditions)
        if (C.Param >= 0 && static_cast<size_t>(C.Param) < ArgExprs.size())
          if (std::optional<std::string> Text = literalText(ArgExprs[C.Param]))
            Literals[C.Param] = *Text;
      if (!keyConditionsAllow(E.Conditions, Literals))
        continue;
      // An HTTP helper's request: the vendors this call's URL arguments name, or none.
      llvm::SmallVector<SinkMatch, 2> Matches;
      if (E.VendorParams.empty())
        Matches.push_back(*Match);
      for (int P : E.VendorParams)
        if (P >= 0 && static_cast<size_t>(P) < ArgValues.size())
          for (const VendorEndpoint *Endpoint : ArgValues[P].Endpoints)
            if (llvm::none_of(Matches,
                              [&](const SinkMatch &K) { return K.Sdk == Endpoint->Sdk; }))
              Matches.push_back(
                  SinkMatch{Endpoint->Sdk, Match->Sink, Match->sinkOwner(), Endpoint, {}});
      SinkEffect Effect;
      Effect.Param = E.Param;
      Effect.Arg = *Arg;
      Effect.Key = E.Key;
      Effect.KeyIsLiteral = E.KeyIsLiteral;
      Effect.Weak = E.Weak;
      Effect.KeyParam = E.KeyParam;
      Effect.Conditions = E.Conditions;
      Effect.Trace = TU.fromSteps(E.Trace);
      const Expr *KeyExpr = E.KeyParam >= 0 && static_cast<size_t>(E.KeyParam) < ArgExprs.size()
                                ? ArgExprs[E.KeyParam]
                                : nullptr;
      for (const SinkMatch &ToVendor : Matches) {
        Effect.Match = ToVendor;
        if (!E.VendorParams.empty() && !Effect.Trace.empty())
          Effect.Trace.back().Message = "sent to " + ToVendor.vendorDisplay() + " by '" +
                                        ToVendor.Sink->Function + "', the host the URL given to '" +
                                        TU.nameOf(Callee) + "' names";
        Through Via{Callee, &Effect, ArgExprs[E.Param], KeyExpr, Call->getExprLoc()};
        reportSinkArgument(Call, ToVendor, *Arg, ArgExprs[E.Param], ArgValues[E.Param], nullptr,
                           &Via);
      }
    }
  for (const ExternalFact &R : S.Returns) {
    TaintFact F;
    F.Kind = R.Kind;
    F.Weak = R.Weak;
    F.Evidence = R.Evidence;
    F.Trace = TU.fromSteps(R.Trace);
    if (F.Trace.empty())
      continue;
    F.Trace.push_back(
        TraceStep{reportLoc(Call->getExprLoc()), "returned by '" + TU.nameOf(Callee) + "'"});
    addTaint(Result.Taints, F);
  }
  // Its parameters passed through (or hashed), and what it writes through them.
  std::string Name = TU.nameOf(Callee);
  mergePassedThrough(S.ReturnParams, S.WeakReturnParams, ArgValues, Call->getExprLoc(), Name,
                     Result);
  for (const auto &[P, Facts] : S.OutParams) {
    if (P < 0 || static_cast<size_t>(P) >= ArgExprs.size())
      continue;
    std::optional<AccessPath> Path = pathOf(ArgExprs[P]);
    if (!Path)
      continue;
    AbstractValue Filled;
    for (const ExternalFact &X : Facts) {
      TaintFact F;
      F.Kind = X.Kind;
      F.Weak = X.Weak;
      F.Evidence = X.Evidence;
      F.Trace = TU.fromSteps(X.Trace);
      if (!F.Trace.empty())
        addTaint(Filled.Taints, F);
    }
    addToPath(*Path, Filled, Call->getExprLoc(), "filled by '" + Name + "'");
  }
}

/// What the arguments of a call of another unit's function hold: personal data (a pending
/// finding, if the callee turns out to reach a sink) and this function's own parameters (a
/// forward in its summary).
void FunctionPass::recordExternalCall(const std::string &Usr, const CallExpr *Call,
                                      const FunctionDecl *Callee,
                                      llvm::ArrayRef<const Expr *> ArgExprs,
                                      llvm::ArrayRef<AbstractValue> ArgValues) {
  TU.Collect->Called.insert(Usr);
  std::map<int, std::string> ArgumentKeys;
  for (size_t I = 0; I < ArgExprs.size(); ++I)
    if (std::string Key = keyOf(ArgExprs[I]).first; !Key.empty())
      ArgumentKeys[static_cast<int>(I)] = Key;
  std::map<int, std::string> Literals;
  for (size_t I = 0; I < ArgExprs.size(); ++I)
    if (std::optional<std::string> Text = literalText(ArgExprs[I]))
      Literals[static_cast<int>(I)] = *Text;
  // The vendor hosts the arguments name: a helper's URL parameter decides its request's vendor.
  std::map<int, std::vector<std::string>> Hosts;
  for (size_t I = 0; I < ArgValues.size(); ++I)
    for (const VendorEndpoint *E : ArgValues[I].Endpoints)
      Hosts[static_cast<int>(I)].push_back(E->Host);
  for (size_t I = 0; I < ArgExprs.size() && I < ArgValues.size(); ++I)
    recordArgumentOf(ExternalParam{Usr, static_cast<int>(I), {}}, TU.nameOf(Callee), Call,
                     ArgExprs[I], ArgValues[I], ArgumentKeys, Literals, Hosts);
}

/// A call of a function of this unit that passes parameters on to another unit's functions
/// (Forwards): each such argument is recorded as if given to that function, so that a wrapper
/// of a wrapper defined elsewhere is resolved at the call that chooses the data.
void FunctionPass::recordForwardedArguments(const FunctionSummary &S, const CallSite &Site) {
  if (!TU.Collect || S.Forwards.empty())
    return;
  const CallExpr *Call = cast<CallExpr>(Site.Call);
  for (const ParameterForward &Forward : S.Forwards)
    if (const Expr *Arg = Site.argExpr(Forward.Param))
      recordArgumentOf(ExternalParam{Forward.CalleeUsr, Forward.CalleeParam, Forward.Trace},
                       TU.nameOf(Site.Callee), Call, Arg, *Site.argValue(Forward.Param), {}, {});
}

void FunctionPass::recordArgumentOf(const ExternalParam &Target, const std::string &Name,
                                    const CallExpr *Call, const Expr *Arg,
                                    const AbstractValue &Value,
                                    const std::map<int, std::string> &ArgumentKeys,
                                    const std::map<int, std::string> &Literals,
                                    const std::map<int, std::vector<std::string>> &Hosts) {
  TraceStep Passed{reportLoc(Arg->getBeginLoc()), "passed to '" + Name + "'"};
  auto pending = [&](const TaintFact &F, const std::string &Key) -> PendingArgument * {
    if (F.Trace.empty() || InVendorCode || F.ViaParam != NoParam || F.OutParam != NoParam)
      return nullptr;
    PendingArgument A;
    A.CalleeUsr = Target.Usr;
    A.CalleeName = Name;
    A.Param = Target.Param;
    A.Call = TU.toStep(reportLoc(Call->getExprLoc()), "");
    A.Argument = TU.toStep(reportLoc(Arg->getBeginLoc()), "");
    A.ArgumentEnd = TU.toStep(
        Lexer::getLocForEndOfToken(reportLoc(Arg->getEndLoc()), 0, SM, TU.Ctx.getLangOpts()), "");
    A.Fact.Kind = F.Kind;
    A.Fact.Weak = F.Weak;
    A.Fact.Evidence = F.Evidence;
    std::vector<TraceStep> Trace = F.Trace;
    Trace.push_back(Passed);
    A.Fact.Trace = TU.toSteps(Trace);
    A.Fact.Trace.insert(A.Fact.Trace.end(), Target.Through.begin(), Target.Through.end());
    A.Key = Key;
    A.ArgumentKeys = ArgumentKeys;
    A.LiteralArguments = Literals;
    A.ArgumentHosts = Hosts;
    A.ResultOf = F.ExternalResult;
    TU.Collect->Arguments.push_back(std::move(A));
    return &TU.Collect->Arguments.back();
  };
  auto forward = [&](const TaintFact &Marker) {
    std::vector<TraceStep> Trace = Marker.Trace;
    Trace.push_back(Passed);
    ParameterForward F{Marker.Param, Target.Usr, Target.Param, TU.toSteps(Trace)};
    F.Trace.insert(F.Trace.end(), Target.Through.begin(), Target.Through.end());
    for (const ParameterForward &Known : Summary.Forwards)
      if (Known.Param == F.Param && Known.CalleeUsr == F.CalleeUsr &&
          Known.CalleeParam == F.CalleeParam)
        return;
    Summary.Forwards.push_back(std::move(F));
  };
  bool Concrete = false, FromParameter = false;
  for (const TaintFact &F : Value.Taints) {
    if (F.isParameter()) {
      FromParameter = true;
      forward(F);
    } else if (!(F.FromParam != NoParam && HasCallers)) {
      Concrete |= !F.isExternalResult();
      pending(F, "");
    }
  }
  for (const BagEntry &E : Value.Entries)
    for (const TaintFact &F : E.Taints)
      if (!F.isParameter() && !(F.FromParam != NoParam && HasCallers))
        pending(F, E.Key);
  // Neither known data nor a constant: the callee's own code may say what it is (the key it
  // stores it under in a user object), once the whole program is resolved. A parameter's value
  // is its callers' to judge where there are any (in this unit: here never; in others: the link
  // drops it by RootParameterOf).
  if (Concrete || Value.KnownClean || !Value.Entries.empty() || (FromParameter && HasCallers) ||
      cannotHoldPersonalData(Arg->getType()))
    return;
  TaintFact Unknown;
  Unknown.Trace.push_back(TraceStep{Arg->getBeginLoc(), ""});
  if (PendingArgument *A = pending(Unknown, "")) {
    // No kind and no source: its trace starts with the step into the callee.
    A->Unclassified = true;
    A->Fact.Trace.erase(A->Fact.Trace.begin());
    if (FromParameter)
      A->RootParameterOf = TU.usrOf(&FD);
  }
}

/// The result of another unit's function reaching a sink here: a finding if that function
/// turns out to return personal data.
void FunctionPass::recordResultSink(const TaintFact &F, const SinkMatch &Match, const SinkArg &Arg,
                      const std::string &Key, const CallExpr *Call, const Through *Via) {
  if (!TU.Collect || InVendorCode || !Match.VendorFromParams.empty())
    return;
  PendingResultSink R;
  R.CalleeUsr = F.ExternalResult;
  R.ViaParam = F.ViaParam;
  R.OutParam = F.OutParam;
  if (F.ViaParam != NoParam) {
    R.Fact = ExternalFact{F.Kind, F.Weak, F.Evidence, TU.toSteps(F.Trace), ""};
    if (F.FromParam != NoParam && HasCallers)
      return;
  }
  R.Sink = TU.toExternalSink(Match, Arg, Key);
  std::vector<TraceStep> Trace = F.Trace;
  if (Via) {
    Trace.push_back(passedTo(*Via));
    Trace.insert(Trace.end(), Via->Effect->Trace.begin(), Via->Effect->Trace.end());
  }
  R.Sink.Trace = TU.toSteps(Trace);
  R.Call = TU.toStep(reportLoc(Call->getExprLoc()), "");
  TU.Collect->ResultSinks.push_back(std::move(R));
}

/// Functions of this unit, by their summaries: wrappers of SDKs report here, at the call that
/// chooses what to send; helpers return or write personal data. Functions another unit defines:
/// by an imported summary (the check with SummaryFiles), or recorded for the tool to resolve
/// once every unit is analysed. Known: some summary applies.
AbstractValue FunctionPass::applySummaries(CallSite &Site, bool &Known) {
  const CallExpr *Call = cast<CallExpr>(Site.Call);
  const FunctionDecl *Callee = Site.Callee;
  llvm::SmallVector<const FunctionSummary *, 2> Summaries = TU.summariesFor(Callee);
  AbstractValue Result;
  Known = !Summaries.empty();
  for (const FunctionSummary *S : Summaries)
    applySummary(*S, Site, Result);
  if (Known || Callee->hasBody() || SM.isInSystemHeader(Callee->getLocation()))
    return Result;
  const std::string &Usr = TU.usrOf(Callee);
  if (Usr.empty())
    return Result;
  if (const ExternalSummary *Imported = TU.Imported ? TU.Imported->find(Usr) : nullptr) {
    Known = true;
    applyImported(*Imported, Call, Callee, Site.ArgExprs, Site.ArgValues, Result,
                  /*ReportSinks=*/Site.Sinks->empty());
  } else if (TU.Collect) {
    if (Final && Site.Sinks->empty())
      recordExternalCall(Usr, Call, Callee, Site.ArgExprs, Site.ArgValues);
    if (!cannotHoldPersonalData(Call->getType()) && !Call->getType()->isVoidType()) {
      TaintFact Symbolic;
      Symbolic.ExternalResult = Usr;
      Symbolic.Trace.push_back(
          TraceStep{reportLoc(Call->getExprLoc()), "returned by '" + *Site.Name + "'"});
      Result.Taints.push_back(std::move(Symbolic));
      // What the arguments hold comes back if the function passes them through (normalize,
      // trim), or hashed if it hashes them: facts on that condition, resolved across units.
      for (size_t I = 0; I < Site.ArgValues.size(); ++I)
        for (const TaintFact &F : Site.ArgValues[I].Taints) {
          if (F.isParameter() || F.isExternalResult() || (F.FromParam != NoParam && HasCallers))
            continue;
          TaintFact Conditional = F;
          Conditional.ExternalResult = Usr;
          Conditional.ViaParam = static_cast<int>(I);
          Conditional.Trace.push_back(TraceStep{reportLoc(Site.ArgExprs[I]->getBeginLoc()),
                                                "passed to '" + *Site.Name + "'"});
          addTaint(Result.Taints, Conditional);
        }
    }
  }
  return Result;
}

/// The arguments a callee returns as they are (Plain) or hashed without a key (Weak), into
/// Result: the same for this unit's summaries and another unit's.
void FunctionPass::mergePassedThrough(const std::set<int> &Plain, const std::set<int> &Weak,
                                      llvm::ArrayRef<AbstractValue> Args, SourceLocation At,
                                      const std::string &Callee, AbstractValue &Result) {
  for (int P : Plain)
    if (P >= 0 && static_cast<size_t>(P) < Args.size()) {
      AbstractValue Passed = Args[P];
      addHop(Passed, At, "passed through '" + Callee + "'");
      Result.merge(Passed);
    }
  for (int P : Weak)
    if (P >= 0 && static_cast<size_t>(P) < Args.size())
      Result.merge(weakened(Args[P], At, "hashed without a key by '" + Callee + "'"));
}

/// One summary at a call: its sink effects report here (final pass), what it returns flows into
/// Result, what it writes through parameters goes to the arguments' paths.
void FunctionPass::applySummary(const FunctionSummary &S, const CallSite &Site,
                                AbstractValue &Result) {
  const CallExpr *Call = cast<CallExpr>(Site.Call);
  const FunctionDecl *Callee = Site.Callee;
  const std::string &Name = TU.nameOf(Callee);
  SourceLocation At = reportLoc(Call->getExprLoc());
  // A callee that is a modelled sink is reported by its model (reportSinkCall), not again through
  // what its own body (an SDK overload forwarding to another) does.
  std::map<int, std::string> Literals;
  if (Final && Site.Sinks->empty() && !S.Sinks.empty())
    Literals = literalArguments(Site);
  if (Final && Site.Sinks->empty()) {
    for (const SinkEffect &Effect : S.Sinks) {
      if (!Effect.Match.VendorFromParams.empty()) {
        applyRequestEffect(Effect, Site, Literals);
        continue;
      }
      const Expr *A = Site.argExpr(Effect.Param);
      if (!A || !keyConditionsAllow(Effect.Conditions, Literals))
        continue;
      Through Via{Callee, &Effect, A,
                  Effect.KeyParam != NoParam ? Site.argExpr(Effect.KeyParam) : nullptr,
                  Call->getExprLoc()};
      reportSinkArgument(Call, Effect.Match, Effect.Arg, A, *Site.argValue(Effect.Param),
                         nullptr, &Via);
    }
  }
  if (Final && Site.Sinks->empty())
    recordForwardedArguments(S, Site);
  applyCallbackCalls(S, Site);
  applyFieldCallbackCalls(S, Site);
  std::string Returned = "returned by '" + Name + "'";
  for (TaintFact F : S.ReturnFacts) {
    F.Trace.push_back(TraceStep{At, Returned});
    addTaint(Result.Taints, F);
  }
  for (BagEntry E : S.ReturnEntries) {
    for (TaintFact &F : E.Taints)
      F.Trace.push_back(TraceStep{At, Returned});
    Result.addEntry(E);
  }
  mergePassedThrough(S.ReturnParams, S.WeakReturnParams, Site.ArgValues, Call->getExprLoc(),
                     Name, Result);
  // env("GITHUB_TOKEN") of a getenv wrapper: the source's data where this call's literal holds.
  for (TaintFact F : S.ConditionalReturns)
    if (F.Conditional && F.Conditional->WhenArg &&
        conditionHolds(*F.Conditional->WhenArg, Site.argExpr(F.IfParamHolds))) {
      if (std::optional<std::string> Literal = literalText(Site.argExpr(F.IfParamHolds)))
        F.Trace.front().Message = "the value of '" + *Literal + "' read by '" + Name + "' is " +
                                  dataKindWithArticle(F.Kind) + " (" + F.Evidence + ")";
      F.IfParamHolds = NoParam;
      F.Conditional = nullptr;
      F.Trace.push_back(TraceStep{At, Returned});
      addTaint(Result.Taints, F);
    }
  // setProperty(props, "email", email): the entry under the caller's key, with its data.
  for (const OutParamEntry &E : S.OutParamEntries)
    if (std::optional<AccessPath> P = writtenPath(Site, E.BagParam, E.Fields)) {
      std::string Key = E.Key;
      bool KeyIsLiteral = E.KeyIsLiteral;
      const Expr *KeyExpr = nullptr;
      if (E.KeyParam != NoParam)
        if ((KeyExpr = Site.argExpr(E.KeyParam)))
          std::tie(Key, KeyIsLiteral) = keyOf(KeyExpr);
      AbstractValue Value;
      Value.Taints = E.Facts;
      const Expr *ValueExpr = nullptr;
      for (int V : E.ValueParams)
        if (const AbstractValue *A = Site.argValue(V)) {
          AbstractValue Passed = *A;
          addHop(Passed, Call->getExprLoc(), "passed to '" + Name + "'");
          Value.merge(Passed);
          ValueExpr = Site.argExpr(V);
        }
      insertKeyIntoBag(*P, Key, KeyIsLiteral, Value, ValueExpr, Call, KeyExpr);
    }
  for (const FunctionSummary::MemberWrite &W : S.MemberWrites) {
    AbstractValue Filled = W.Concrete;
    for (int Source : W.Sources)
      if (const AbstractValue *From = Site.argValue(Source))
        Filled.merge(*From);
    if (std::optional<AccessPath> P = writtenPath(Site, ThisArg, W.Fields)) {
      addToPath(*P, Filled, Call->getExprLoc(), "written into '" + P->display() + "' by '" +
                                                    Name + "'");
    } else if (Site.Object && isa<CallExpr>(strip(Site.Object))) {
      // A singleton's setter, Reporter::instance().setUser(email): the unit's state.
      addHop(Filled, Call->getExprLoc(),
             "written into '" + W.Fields.front()->getNameAsString() + "' by '" + Name + "'");
      storeShared(std::vector<const ValueDecl *>(W.Fields.begin(), W.Fields.end()), Filled);
    }
  }
  for (const auto &[Index, Sources] : S.OutParamSources)
    if (const Expr *A = Site.argExpr(Index))
      if (std::optional<AccessPath> P = pathOf(A))
        for (int Source : Sources)
          if (const AbstractValue *From = Site.argValue(Source))
            addToPath(*P, *From, Call->getExprLoc(), "written into '" + P->display() + "' by '" +
                                                         Name + "'");
  for (const auto &[Index, Written] : S.OutParams)
    if (const Expr *A = Site.argExpr(Index))
      if (std::optional<AccessPath> P = pathOf(A)) {
        AbstractValue Filled = Written;
        for (BagEntry &E : Filled.Entries)
          for (TaintFact &F : E.Taints)
            F.Trace.push_back(TraceStep{At, "filled by '" + Name + "'"});
        addToPath(*P, Filled, Call->getExprLoc(), "filled by '" + Name + "'");
      }
}

} // namespace piiflow::flow
