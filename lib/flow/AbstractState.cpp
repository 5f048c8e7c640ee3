//===--- AbstractState.cpp - Facts, values and the join of states -------------------------------===//
//
// Adding facts without duplicates, and the equality of values that the fixpoint uses.
//
//===----------------------------------------------------------------------------------------===//
#include "AbstractState.h"

namespace piiflow::flow {

using namespace clang;


bool sameOrigin(const TaintFact &A, const TaintFact &B) {
  if (A.Weak != B.Weak)
    return false;
  if (A.isParameter() || B.isParameter())
    return A.Param == B.Param;
  if (A.isExternalResult() || B.isExternalResult())
    return A.ExternalResult == B.ExternalResult && A.ViaParam == B.ViaParam &&
           A.OutParam == B.OutParam && A.Trace.front().Loc == B.Trace.front().Loc;
  return A.Kind == B.Kind && A.Trace.front().Loc == B.Trace.front().Loc;
}

void addTaint(TaintSet &Set, const TaintFact &Fact) {
  for (const TaintFact &F : Set)
    if (sameOrigin(F, Fact))
      return;
  Set.push_back(Fact);
}

void unionInto(TaintSet &Dst, const TaintSet &Src) {
  for (const TaintFact &F : Src)
    addTaint(Dst, F);
}


bool sameValue(const AbstractValue &A, const AbstractValue &B) {
  if (A.Taints.size() != B.Taints.size() || A.Entries.size() != B.Entries.size() ||
      A.KnownClean != B.KnownClean)
    return false;
  for (size_t I = 0; I < A.Entries.size(); ++I)
    if (A.Entries[I].Taints.size() != B.Entries[I].Taints.size())
      return false;
  if (A.Part != B.Part || bool(A.Of) != bool(B.Of) || A.Callees.size() != B.Callees.size() ||
      A.CalleeFields.size() != B.CalleeFields.size() || A.Endpoints.size() != B.Endpoints.size())
    return false;
  return !A.Of || A.Of == B.Of || sameValue(*A.Of, *B.Of);
}

} // namespace piiflow::flow
