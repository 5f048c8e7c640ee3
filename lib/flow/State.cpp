//===--- State.cpp - Interned paths, the overlay, freezing and the join ---------------------===//
//
// See State.h. The join walks both trees in key order and skips every subtree the two share, so
// that two states that differ in a few paths are joined in time proportional to those paths.
//
//===----------------------------------------------------------------------------------------===//
#include "State.h"
#include "llvm/ADT/STLExtras.h"

namespace piiflow::flow {

PathId PathTable::intern(const AccessPath &P) {
  auto It = Ids.find(P);
  if (It != Ids.end())
    return It->second;
  std::optional<PathId> Parent;
  if (!P.Fields.empty()) {
    AccessPath Prefix = P;
    Prefix.Fields.pop_back();
    Parent = intern(Prefix);
  }
  PathId Id = Paths.size();
  Paths.push_back(P);
  Ids.emplace(P, Id);
  Children.emplace_back();
  auto inOrder = [&](llvm::SmallVectorImpl<PathId> &List) {
    List.insert(llvm::upper_bound(List, Id,
                                  [&](PathId A, PathId B) { return Paths[A] < Paths[B]; }),
                Id);
  };
  if (Parent)
    inOrder(Children[*Parent]);
  inOrder(ByRoot[P.Root]);
  return Id;
}

std::optional<PathId> PathTable::find(const AccessPath &P) const {
  auto It = Ids.find(P);
  if (It == Ids.end())
    return std::nullopt;
  return It->second;
}

void PathTable::descendants(PathId Id, llvm::SmallVectorImpl<PathId> &Out) const {
  for (PathId Child : Children[Id]) {
    Out.push_back(Child);
    descendants(Child, Out);
  }
}

llvm::ArrayRef<PathId> PathTable::pathsOfRoot(const void *Root) const {
  auto It = ByRoot.find(Root);
  if (It == ByRoot.end())
    return {};
  return It->second;
}

const AbstractValue *State::lookup(PathId Id) const {
  auto It = Overlay.find(Id);
  if (It != Overlay.end())
    return It->second ? &*It->second : nullptr;
  if (const AbstractValue *const *V = Base.lookup(Id))
    return *V;
  return nullptr;
}

const AbstractValue *State::find(const AccessPath &P) const {
  std::optional<PathId> Id = Ctx->Paths.find(P);
  return Id ? lookup(*Id) : nullptr;
}

void State::set(const AccessPath &P, AbstractValue V) {
  Overlay[Ctx->Paths.intern(P)] = std::move(V);
}

AbstractValue *State::modifyExisting(const AccessPath &P) {
  std::optional<PathId> Id = Ctx->Paths.find(P);
  if (!Id)
    return nullptr;
  auto It = Overlay.find(*Id);
  if (It != Overlay.end())
    return It->second ? &*It->second : nullptr;
  const AbstractValue *const *Frozen = Base.lookup(*Id);
  if (!Frozen)
    return nullptr;
  return &*(Overlay[*Id] = **Frozen);
}

AbstractValue &State::modify(const AccessPath &P, const AbstractValue &Default) {
  if (AbstractValue *V = modifyExisting(P))
    return *V;
  return *(Overlay[Ctx->Paths.intern(P)] = Default);
}

void State::erase(const AccessPath &P) {
  if (std::optional<PathId> Id = Ctx->Paths.find(P))
    if (lookup(*Id))
      Overlay[*Id] = std::nullopt;
}

void State::eraseWithPrefix(const AccessPath &P) {
  std::optional<PathId> Id = Ctx->Paths.find(P);
  if (!Id)
    return;
  llvm::SmallVector<PathId, 8> Below = {*Id};
  Ctx->Paths.descendants(*Id, Below);
  for (PathId D : Below)
    if (lookup(D))
      Overlay[D] = std::nullopt;
}

void State::forEachChild(
    const AccessPath &P,
    llvm::function_ref<void(const AccessPath &, const AbstractValue &)> F) const {
  std::optional<PathId> Id = Ctx->Paths.find(P);
  if (!Id)
    return;
  for (PathId Child : Ctx->Paths.children(*Id))
    if (const AbstractValue *V = lookup(Child))
      F(Ctx->Paths.path(Child), *V);
}

void State::forEachOfRoot(
    const void *Root,
    llvm::function_ref<void(const AccessPath &, const AbstractValue &)> F) const {
  for (PathId Id : Ctx->Paths.pathsOfRoot(Root))
    if (const AbstractValue *V = lookup(Id))
      F(Ctx->Paths.path(Id), *V);
}

void State::freeze() {
  for (auto &[Id, Value] : Overlay) {
    if (Value)
      Base = Ctx->Maps.add(Base, Id, Ctx->keep(std::move(*Value)));
    else
      Base = Ctx->Maps.remove(Base, Id);
  }
  Overlay.clear();
}

bool State::joinFrom(const State &Other) {
  using TreeTy = StateContext::Map::TreeTy;
  TreeTy *Mine = Base.getRootWithoutRetain(), *Theirs = Other.Base.getRootWithoutRetain();
  if (Mine == Theirs)
    return false;
  StateContext::Map Old = Base; // keeps the tree walked below alive
  bool Changed = false;
  // A path that one side has no value for is judged by its name there (what it holds is
  // unknown), so a value known clean on the other side alone is only possibly clean: it keeps
  // what else it holds, and with nothing else the path is left to its name. `id = "none"` on one
  // branch and `id = lookup()` on the other may be personal data.
  auto oneSided = [&](const AbstractValue &Value) -> const AbstractValue * {
    if (!Value.KnownClean)
      return &Value;
    AbstractValue Possibly = Value;
    Possibly.KnownClean = false;
    return Possibly.empty() ? nullptr : Ctx->keep(std::move(Possibly));
  };
  auto join = [&](PathId Id, const AbstractValue *Value, const AbstractValue *Existing) {
    if (!Existing) {
      if (const AbstractValue *Added = oneSided(*Value)) {
        Base = Ctx->Maps.add(Base, Id, Added);
        Changed = true;
      }
      return;
    }
    AbstractValue Merged = *Existing;
    Merged.merge(*Value);
    if (sameValue(Merged, *Existing))
      return; // a new trace of the same facts: the fixpoint does not care
    Base = Ctx->Maps.add(Base, Id, Ctx->keep(std::move(Merged)));
    Changed = true;
  };
  // Ours alone: as oneSided, in place.
  auto keepOneSided = [&](PathId Id, const AbstractValue &Value) {
    const AbstractValue *Kept = oneSided(Value);
    if (Kept == &Value)
      return;
    Base = Kept ? Ctx->Maps.add(Base, Id, Kept) : Ctx->Maps.remove(Base, Id);
    Changed = true;
  };
  // An empty state knows nothing of any path: every path of the other is one-sided.
  if (!Mine || !Theirs) {
    for (auto I = (Mine ? Mine : Theirs)->begin(), E = (Mine ? Mine : Theirs)->end(); I != E; ++I)
      if (Mine)
        keepOneSided(I->getValue().first, *I->getValue().second);
      else
        join(I->getValue().first, I->getValue().second, nullptr);
    return Changed;
  }
  auto MI = Mine->begin(), ME = Mine->end();
  auto TI = Theirs->begin(), TE = Theirs->end();
  while (MI != ME && TI != TE) {
    if (&*MI == &*TI) { // a subtree both states share
      MI.skipSubTree();
      TI.skipSubTree();
      continue;
    }
    PathId MK = MI->getValue().first, TK = TI->getValue().first;
    if (MK < TK) {
      keepOneSided(MK, *MI->getValue().second);
      ++MI;
    } else if (TK < MK) {
      join(TK, TI->getValue().second, nullptr);
      ++TI;
    } else {
      if (MI->getValue().second != TI->getValue().second)
        join(TK, TI->getValue().second, MI->getValue().second);
      ++MI;
      ++TI;
    }
  }
  for (; TI != TE; ++TI)
    join(TI->getValue().first, TI->getValue().second, nullptr);
  for (; MI != ME; ++MI)
    keepOneSided(MI->getValue().first, *MI->getValue().second);
  return Changed;
}

} // namespace piiflow::flow
