//===--- AbstractState.h - The abstract state of the flow pass ----------------------------------===//
//
// What the pass knows at a program point: per access path (a variable or `this`, then a chain of
// fields), the personal data its value may hold (taint facts, each with its trace from the source),
// the entries a bag may hold (key, facts, where the entry was inserted), and whether the value is
// known clean. State.h holds the map from paths to values that the worklist joins.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_ABSTRACTSTATE_H
#define PIIFLOW_LIB_FLOW_ABSTRACTSTATE_H

#include "piiflow/Analysis.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace piiflow::flow {

using namespace clang;



/// No parameter: a TaintFact's Param and FromParam hold this unless they name one.
constexpr int NoParam = -100;

/// One piece of personal data with the path it took so far; or, with Param set, a symbolic fact:
/// "whatever the caller passed as parameter Param", which function summaries are made of.
struct TaintFact {
  DataKind Kind = DataKind::Email;
  std::string Evidence;
  std::vector<TraceStep> Trace; // source first
  int Param = NoParam;     ///< a symbolic fact for this parameter
  int FromParam = NoParam; ///< a concrete fact whose source is this parameter's name
  /// A symbolic fact: the result of a function another unit defines (its USR), resolved once
  /// every unit is analysed.
  std::string ExternalResult;
  /// With ExternalResult: this fact is data given as parameter ViaParam of that function, here
  /// if the function returns it; or what the function writes through parameter OutParam.
  int ViaParam = NoParam;
  int OutParam = NoParam;
  /// Hashed without a key on the way: a pseudonym a dictionary reverses.
  bool Weak = false;
  /// Data a conditional source gives only when the caller's argument for this parameter
  /// satisfies the source's condition: getenv(name) in a project's `env(name)` wrapper. Never
  /// reported in the function itself; its summary returns it to callers whose literal holds.
  int IfParamHolds = NoParam;
  const SourceModel *Conditional = nullptr;

  bool isParameter() const { return Param != NoParam; }
  bool isExternalResult() const { return !ExternalResult.empty(); }
};

using TaintSet = std::vector<TaintFact>;

/// Whether two facts are the same piece of data from the same place (traces aside).
bool sameOrigin(const TaintFact &A, const TaintFact &B);
/// Adds Fact unless a fact of the same origin is there already.
void addTaint(TaintSet &Set, const TaintFact &Fact);
void unionInto(TaintSet &Dst, const TaintSet &Src);

/// Where an entry got into a bag: an element of an initializer list or a statement of its own.
struct InsertionSite {
  enum SiteKind { ListElementSite, StatementSite, BuilderLinkSite, NestedSite } Kind = NestedSite;
  const Expr *Element = nullptr;        // InitListElement: the element; BuilderLink: the object
  const InitListExpr *List = nullptr;   // InitListElement: the list that holds it
  unsigned Index = 0;                   // InitListElement: its index
  bool Droppable = false;               // InitListElement: removing it keeps the code correct
  const Stmt *Statement = nullptr;      // Statement: the whole statement; BuilderLink: the call
  const Expr *ValueExpr = nullptr;      // the value as written, for the hash fix
  SourceLocation Loc;
};

struct BagEntry {
  std::string Key;
  bool KeyIsLiteral = false;
  /// The key is this parameter of the function (props[key] = value in a set(key, value)
  /// wrapper): at a call, the caller's argument is the key.
  int KeyParam = NoParam;
  TaintSet Taints;
  bool ValueKnownClean = false;
  InsertionSite Site;
  /// The functions the value may call: a struct of handlers built from a braced list.
  llvm::SmallVector<const clang::FunctionDecl *, 1> Callees;
};

/// What part of a bag's entry a value is: the entry itself (a range-for variable, an iterator,
/// `*it`), its key (`kv.first`, `it->first`, the first structured binding, nlohmann's `it.key()`)
/// or its value (`kv.second`, `it->second`, `map.at(k)`, `it.value()`). TransferEntries.cpp.
enum class EntryPart : unsigned char { None, Element, Key, Value };

struct AbstractValue {
  TaintSet Taints;
  std::vector<BagEntry> Entries;
  /// Known to carry nothing personal beyond Taints: a literal, a default-constructed value or the
  /// result of a sanitizer. Such a value is not classified by the key it is stored under.
  bool KnownClean = false;
  /// With Part set, the bag this value is an entry (or an entry's key or value) of: inserting
  /// `p[kv.first] = kv.second` copies each of its entries under its own key.
  EntryPart Part = EntryPart::None;
  std::shared_ptr<const AbstractValue> Of;
  /// The functions this value may call: a lambda, a function or member pointer, a std::function
  /// that holds one, a table of handlers (TransferIndirect.cpp).
  llvm::SmallVector<const FunctionDecl *, 1> Callees;
  /// Members holding callbacks this value reads (`handlers_`, an element of it): a call through
  /// it calls whatever the unit stores into them (callbacks registered now, invoked later).
  llvm::SmallVector<const FieldDecl *, 1> CalleeFields;
  /// Vendor endpoints the value names: a URL or host built from a constant naming one
  /// (HttpRequests.cpp). An HTTP request that carries one sends its data to that vendor.
  llvm::SmallVector<const VendorEndpoint *, 1> Endpoints;

  bool empty() const {
    return Taints.empty() && Entries.empty() && !Of && Callees.empty() && CalleeFields.empty() &&
           Endpoints.empty();
  }

  void merge(const AbstractValue &O) {
    unionInto(Taints, O.Taints);
    for (const BagEntry &E : O.Entries)
      addEntry(E);
    KnownClean = KnownClean && O.KnownClean;
    mergeView(O);
    for (const FunctionDecl *F : O.Callees)
      if (!llvm::is_contained(Callees, F))
        Callees.push_back(F);
    for (const FieldDecl *F : O.CalleeFields)
      if (!llvm::is_contained(CalleeFields, F))
        CalleeFields.push_back(F);
    for (const VendorEndpoint *E : O.Endpoints)
      if (!llvm::is_contained(Endpoints, E))
        Endpoints.push_back(E);
  }

  /// The join of two views: of the same part, the union of the bags they view.
  void mergeView(const AbstractValue &O) {
    if (!O.Of || Of == O.Of)
      return;
    if (!Of) {
      Of = O.Of;
      Part = O.Part;
      return;
    }
    AbstractValue Both = *Of;
    Both.merge(*O.Of);
    Of = std::make_shared<const AbstractValue>(std::move(Both));
    if (Part != O.Part)
      Part = EntryPart::Element;
  }

  void addEntry(const BagEntry &E) {
    for (BagEntry &Mine : Entries)
      if (Mine.Site.Loc == E.Site.Loc && Mine.Key == E.Key) {
        unionInto(Mine.Taints, E.Taints);
        Mine.ValueKnownClean = Mine.ValueKnownClean && E.ValueKnownClean;
        return;
      }
    Entries.push_back(E);
  }

  static AbstractValue clean() {
    AbstractValue V;
    V.KnownClean = true;
    return V;
  }
};

/// Marker root for members reached through `this`.
inline constexpr char ThisRoot = 0;

/// A variable (or `this`) and a chain of fields: user.profile.email.
struct AccessPath {
  const void *Root = nullptr;
  llvm::SmallVector<const ValueDecl *, 2> Fields;

  bool operator<(const AccessPath &O) const {
    if (Root != O.Root)
      return Root < O.Root;
    return std::lexicographical_compare(Fields.begin(), Fields.end(), O.Fields.begin(),
                                        O.Fields.end());
  }
  bool operator==(const AccessPath &O) const { return Root == O.Root && Fields == O.Fields; }
  bool hasPrefix(const AccessPath &P) const {
    if (Root != P.Root || Fields.size() < P.Fields.size())
      return false;
    return std::equal(P.Fields.begin(), P.Fields.end(), Fields.begin());
  }

  std::string display() const {
    std::string Out;
    if (Root != &ThisRoot)
      Out = static_cast<const ValueDecl *>(Root)->getNameAsString();
    for (const ValueDecl *F : Fields) {
      if (!Out.empty())
        Out += '.';
      Out += F->getNameAsString();
    }
    return Out;
  }
};

/// Equal for the fixpoint: the same facts and entries, whatever their traces.
bool sameValue(const AbstractValue &A, const AbstractValue &B);

} // namespace piiflow::flow

#endif
