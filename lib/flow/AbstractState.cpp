//===--- AbstractState.cpp - Facts, values and the join of states -------------------------------===//
//
// Adding facts without duplicates, and the join and equality of states that the worklist uses.
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
    return A.ExternalResult == B.ExternalResult && A.Trace.front().Loc == B.Trace.front().Loc;
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


void joinInto(State &Dst, const State &Src) {
  for (const auto &[Path, Value] : Src) {
    auto It = Dst.find(Path);
    if (It == Dst.end())
      Dst.emplace(Path, Value);
    else
      It->second.merge(Value);
  }
}

bool sameState(const State &A, const State &B) {
  if (A.size() != B.size())
    return false;
  for (auto IA = A.begin(), IB = B.begin(); IA != A.end(); ++IA, ++IB) {
    if (!(IA->first == IB->first))
      return false;
    const AbstractValue &VA = IA->second, &VB = IB->second;
    if (VA.Taints.size() != VB.Taints.size() || VA.Entries.size() != VB.Entries.size() ||
        VA.KnownClean != VB.KnownClean)
      return false;
    for (size_t I = 0; I < VA.Entries.size(); ++I)
      if (VA.Entries[I].Taints.size() != VB.Entries[I].Taints.size())
        return false;
  }
  return true;
}

} // namespace piiflow::flow
