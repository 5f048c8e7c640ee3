//===--- State.h - The map from access paths to values, persistent across blocks -------------===//
//
// The state the worklist carries from block to block. Paths are interned per function (PathTable)
// so that a state is a persistent map from small ids to immutable values (llvm::ImmutableMap, as
// the Clang Static Analyzer's program states are): a block's entry state costs what changed since
// its predecessor, not a copy of everything, and a join walks only the parts of the two trees that
// differ (identical subtrees are skipped by pointer). While a block is transferred its changes
// live in a small overlay on top of the persistent map; freeze() folds them in at the block's end.
// Values are owned by the function's StateContext and never change once frozen.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_STATE_H
#define PIIFLOW_LIB_FLOW_STATE_H

#include "AbstractState.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/ImmutableMap.h"
#include <deque>
#include <map>
#include <optional>

namespace piiflow::flow {

using PathId = unsigned;

/// The access paths one function's pass has met, by id, with each path's direct sub-paths and
/// the paths of each root, in AccessPath order.
class PathTable {
public:
  /// The id of P, interning it (and its prefixes) on first sight.
  PathId intern(const AccessPath &P);
  /// The id of P if it was ever interned.
  std::optional<PathId> find(const AccessPath &P) const;
  const AccessPath &path(PathId Id) const { return Paths[Id]; }
  /// Paths one field longer than Id, in AccessPath order.
  llvm::ArrayRef<PathId> children(PathId Id) const { return Children[Id]; }
  /// Every path below Id (not Id itself).
  void descendants(PathId Id, llvm::SmallVectorImpl<PathId> &Out) const;
  /// Every path whose root is Root, in AccessPath order.
  llvm::ArrayRef<PathId> pathsOfRoot(const void *Root) const;
  /// Every root some path has.
  llvm::SmallVector<const void *, 8> roots() const {
    llvm::SmallVector<const void *, 8> Out;
    for (const auto &Entry : ByRoot)
      Out.push_back(Entry.first);
    return Out;
  }

private:
  std::vector<AccessPath> Paths;
  std::map<AccessPath, PathId> Ids;
  std::vector<llvm::SmallVector<PathId, 2>> Children;
  llvm::DenseMap<const void *, llvm::SmallVector<PathId, 4>> ByRoot;
};

/// What the states of one function share: the path table, the map factory and the values.
class StateContext {
public:
  using Map = llvm::ImmutableMap<PathId, const AbstractValue *>;

  PathTable Paths;
  Map::Factory Maps{/*canonicalize=*/false};

  /// A frozen copy of V, owned here for the rest of the pass.
  const AbstractValue *keep(AbstractValue V) {
    Values.push_back(std::move(V));
    return &Values.back();
  }

private:
  std::deque<AbstractValue> Values;
};

class State {
public:
  explicit State(StateContext &Ctx) : Ctx(&Ctx), Base(Ctx.Maps.getEmptyMap()) {}

  /// The value of P, or null where the state knows nothing of it.
  const AbstractValue *find(const AccessPath &P) const;
  bool contains(const AccessPath &P) const { return find(P) != nullptr; }
  /// Strong update: P holds exactly V.
  void set(const AccessPath &P, AbstractValue V);
  /// The value of P, to change in place; created as Default where there is none.
  AbstractValue &modify(const AccessPath &P, const AbstractValue &Default);
  /// The value of P to change in place, or null where there is none.
  AbstractValue *modifyExisting(const AccessPath &P);
  void erase(const AccessPath &P);
  /// Erases P and every path below it.
  void eraseWithPrefix(const AccessPath &P);

  /// Calls F for each path one field longer than P that has a value, in AccessPath order.
  void forEachChild(const AccessPath &P,
                    llvm::function_ref<void(const AccessPath &, const AbstractValue &)> F) const;
  /// Calls F for each path rooted at Root that has a value, in AccessPath order.
  void forEachOfRoot(const void *Root,
                     llvm::function_ref<void(const AccessPath &, const AbstractValue &)> F) const;

  /// Folds the changes of the current block into the persistent map.
  void freeze();
  /// Join (both frozen): this state may now also hold what Other holds. Returns whether this
  /// state changed, traces aside.
  bool joinFrom(const State &Other);

private:
  const AbstractValue *lookup(PathId Id) const;

  StateContext *Ctx;
  StateContext::Map Base;
  /// Changes since the last freeze: a value, or nullopt for an erased path.
  llvm::SmallDenseMap<PathId, std::optional<AbstractValue>, 8> Overlay;
};

} // namespace piiflow::flow

#endif
