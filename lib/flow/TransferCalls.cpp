//===--- TransferCalls.cpp - Calls: the call-model chain ------------------------------------===//
//
// A call is evaluated in three steps: its object and arguments are evaluated (CallSite); the
// arguments a modelled sink receives are reported (in the final pass); then the call models are
// tried in order, each of which either gives the call's value or declines. The models are calls
// through callable objects (TransferIndirect.cpp), entries of bags (TransferEntries.cpp), the
// families of the SDK catalog (conversions, bag inserters, bag builders, bag methods,
// propagators, sanitizers, sources) and, last, the program's own functions through their
// summaries, getters named after personal data, and unknown functions. Every library (the C++
// standard library, nlohmann/json, {fmt}, Abseil, Qt, the SDKs) reaches the pass through these
// models and their JSON files, not through names written here.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

const Expr *CallSite::argExpr(int Index) const {
  if (Index == ThisArg)
    return Object;
  return Index >= 0 && static_cast<unsigned>(Index) < ArgExprs.size() ? ArgExprs[Index] : nullptr;
}

const AbstractValue *CallSite::argValue(int Index) const {
  if (Index == ThisArg)
    return Object ? &ObjectValue : nullptr;
  return Index >= 0 && static_cast<unsigned>(Index) < ArgValues.size() ? &ArgValues[Index]
                                                                       : nullptr;
}

/// The call models, in the order they are tried.
const FunctionPass::CallModel FunctionPass::CallModels[] = {
    &FunctionPass::applyCallableObject, &FunctionPass::applyEntryAccess,
    &FunctionPass::applyConversion,     &FunctionPass::applyBagInserter,
    &FunctionPass::applyBagBuilder,     &FunctionPass::applyBagMethod,
    &FunctionPass::applyPropagator,     &FunctionPass::applySanitizer,
    &FunctionPass::applySource,         &FunctionPass::applyProgramFunction,
};

CallSite FunctionPass::evaluateCallSite(const CallExpr *Call) {
  CallSite Site;
  Site.Call = Call;
  Site.Callee = Call->getDirectCallee();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Site.Object = Member->getImplicitObjectArgument();
  else if (isa<CXXOperatorCallExpr>(Call) && Site.Callee && isa<CXXMethodDecl>(Site.Callee))
    Site.Object = Call->getArg(0);

  // Arguments of a member operator call start after the object.
  unsigned FirstArg = (isa<CXXOperatorCallExpr>(Call) && Site.Object) ? 1 : 0;
  for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I)
    Site.ArgExprs.push_back(Call->getArg(I));

  if (Site.Object)
    Site.ObjectValue = eval(Site.Object);
  for (const Expr *Arg : Site.ArgExprs)
    Site.ArgValues.push_back(eval(Arg));
  if (Site.Callee) {
    Site.Name = &TU.nameOf(Site.Callee);
    Site.Sinks = &TU.sinksFor(Site.Callee);
  }
  return Site;
}

AbstractValue FunctionPass::evalCall(const CallExpr *Call) {
  CallSite Site = evaluateCallSite(Call);
  if (!Site.Callee)
    return evalIndirectCall(Site);
  if (Final)
    reportSinkCall(Site);
  return applyCallModels(Site);
}

AbstractValue FunctionPass::applyCallModels(CallSite &Site) {
  for (CallModel Model : CallModels)
    if (std::optional<AbstractValue> V = (this->*Model)(Site))
      return std::move(*V);
  return {};
}

/// Conversion operators keep the data: std::string to std::string_view, QString to std::string.
std::optional<AbstractValue> FunctionPass::applyConversion(CallSite &Site) {
  if (!isa<CXXConversionDecl>(Site.Callee) || !Site.Object || !Site.Sinks->empty())
    return std::nullopt;
  if (cannotHoldPersonalData(Site.Call->getType()))
    return AbstractValue();
  return Site.ObjectValue;
}

/// Modelled propagation: std::move, std::to_string, c_str, append, std::getline, fmt::format.
std::optional<AbstractValue> FunctionPass::applyPropagator(CallSite &Site) {
  const PropagatorModel *Prop = TU.Models.propagatorNamed(*Site.Name);
  if (!Prop)
    return std::nullopt;
  // curl_easy_setopt(h, CURLOPT_WRITEDATA, &out) passes nothing into the handle.
  if (Prop->WhenArg && !conditionHolds(*Prop->WhenArg, Site.argExpr(Prop->WhenArg->Index)))
    return AbstractValue();
  AbstractValue V;
  bool AllClean = true;
  for (int From : Prop->From) {
    if (From == AllArgs) {
      for (const AbstractValue &A : Site.ArgValues) {
        V.merge(A);
        AllClean = AllClean && A.KnownClean;
      }
      continue;
    }
    if (const AbstractValue *A = Site.argValue(From)) {
      V.merge(*A);
      AllClean = AllClean && A->KnownClean;
    }
  }
  V.KnownClean = AllClean;
  if (Prop->DeclaredKind)
    declare(V, *Prop->DeclaredKind, Site.argExpr(Prop->DeclaredKind->Index), Site.Call);
  if (!Prop->Into)
    return V;
  if (const Expr *Target = Site.argExpr(*Prop->Into))
    if (std::optional<AccessPath> P = pathOf(Target)) {
      if (*Prop->Into == ThisArg) {
        addToPath(*P, V, Site.Call->getExprLoc(), "appended to '" + P->display() + "'");
        return readPath(*P, nullptr);
      }
      writeThrough(*P, Target, V, Prop->Replaces, Site.Call->getExprLoc(),
                   "written to '" + P->display() + "' by '" + *Site.Name + "'");
      return AbstractValue();
    }
  return *Prop->Into == ThisArg ? V : AbstractValue();
}

/// A function of the program: by its summaries (its own, its overriders', another unit's);
/// else, when it is a getter named after personal data, by its name; else unknown.
std::optional<AbstractValue> FunctionPass::applyProgramFunction(CallSite &Site) {
  bool Known = false;
  AbstractValue Result = applySummaries(Site, Known);
  if (Known && !Result.empty())
    return Result;
  if (std::optional<AbstractValue> Getter = classifyGetter(Site)) {
    Getter->merge(Result);
    return Getter;
  }
  if (Known)
    return Result;
  applyUnknownCall(Site, Result);
  return Result;
}

/// A function piiflow knows nothing of returns nothing known, but a digest passed through it
/// stays a digest, a text accessor of a personal object gives that data, and what it may write
/// through non-const references and pointers is no longer known. Result may already hold the
/// symbolic result of a function another unit defines.
void FunctionPass::applyUnknownCall(CallSite &Site, AbstractValue &Result) {
  // hex(digest), base64(hash): weak pseudonyms carry on, so they are not mistaken for clean or
  // for raw data.
  for (const AbstractValue &A : Site.ArgValues)
    for (const TaintFact &F : A.Taints)
      if (F.Weak)
        addTaint(Result.Taints, F);

  // An iterator or element of a member holding callbacks: handlers_.begin(), handlers_.front().
  for (const FieldDecl *F : Site.ObjectValue.CalleeFields)
    if (!llvm::is_contained(Result.CalleeFields, F))
      Result.CalleeFields.push_back(F);

  // An accessor of an object that holds personal data, giving it as text: phone.c_str(),
  // email.ToString(), name.data(), coordinate.toString(format = default); a bag's entries written
  // as text (obj.dump() of a program's own JSON object) keep their keys. An accessor giving a
  // number gives the kinds a number can be: coordinate.latitude(), steamId.ConvertToUint64(), not
  // email.size().
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee))
    if (Site.Object && Method->isConst() &&
        llvm::all_of(Method->parameters(),
                     [](const ParmVarDecl *P) { return P->hasDefaultArg(); })) {
      QualType Returned = Method->getReturnType();
      if (returnsText(Returned)) {
        unionInto(Result.Taints, Site.ObjectValue.Taints);
        for (const BagEntry &E : Site.ObjectValue.Entries)
          Result.addEntry(E);
      } else if (Returned->isArithmeticType()) {
        for (const TaintFact &F : Site.ObjectValue.Taints)
          if (!F.isParameter() && canHoldKind(Returned, F.Kind, TU.Classes))
            unionInto(Result.Taints, TaintSet{F});
      }
    }

  // A named constructor of a class (Json::Value::string(s), Variant::fromString(s)): the object
  // it makes holds what it is given, as a converting constructor's does.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee))
    if (const CXXRecordDecl *Made = recordOf(Method->getReturnType());
        Method->isStatic() && Made &&
        Made->getCanonicalDecl() == Method->getParent()->getCanonicalDecl() &&
        !Method->getReturnType()->isReferenceType() && !Method->getReturnType()->isPointerType())
      for (const AbstractValue &A : Site.ArgValues) {
        unionInto(Result.Taints, A.Taints);
        for (const BagEntry &E : A.Entries)
          Result.addEntry(E);
      }

  // A method that may change its object: what was known of the object's fields is gone.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Site.Callee); Method && Site.Object &&
                                                                  !Method->isConst())
    if (std::optional<AccessPath> P = pathOf(Site.Object))
      forgetFieldConstants(*P);

  // What it is given through a writable reference or pointer may be classified by its name
  // again; a function of another unit may fill it with personal data (resolved across units).
  const std::string *Usr = nullptr;
  if (TU.Collect && !Site.Callee->hasBody() && !SM.isInSystemHeader(Site.Callee->getLocation()) &&
      !TU.usrOf(Site.Callee).empty())
    Usr = &TU.usrOf(Site.Callee);
  for (unsigned I = 0; I < Site.ArgExprs.size() && I < Site.Callee->getNumParams(); ++I) {
    QualType PT = Site.Callee->getParamDecl(I)->getType();
    bool Writable = (PT->isReferenceType() || PT->isPointerType()) &&
                    !PT->getPointeeType().isConstQualified();
    if (!Writable)
      continue;
    std::optional<AccessPath> P = pathOf(Site.ArgExprs[I]);
    if (!P)
      continue;
    forgetFieldConstants(*P);
    if (Usr && !cannotHoldPersonalData(PT->getPointeeType())) {
      AbstractValue Filled;
      TaintFact Symbolic;
      Symbolic.ExternalResult = *Usr;
      Symbolic.OutParam = static_cast<int>(I);
      Symbolic.Trace.push_back(TraceStep{reportLoc(Site.Call->getExprLoc()),
                                         "filled by '" + *Site.Name + "'"});
      Filled.Taints.push_back(std::move(Symbolic));
      writeThrough(*P, Site.ArgExprs[I], Filled, /*Replaces=*/false, SourceLocation(), "");
      continue;
    }
    if (const AbstractValue *Known = Current.find(*P); Known && Known->Entries.empty())
      Current.erase(*P);
  }
}

} // namespace piiflow::flow
