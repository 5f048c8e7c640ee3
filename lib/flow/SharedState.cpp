//===--- SharedState.cpp - State that outlives a function ---------------------------------------===//
//
// Apps fill state in one function and send it from another: a file-scope annotations map filled
// at start-up and handed to the crash handler later, a singleton's member set at login and sent
// from the crash callback. What a function leaves in a global, a static local or a member (by
// field, whatever the object: a singleton reached through `instance()` too) is recorded for the
// unit (TUContext::Stored); a function that reads such a path where its own state knows nothing
// of it holds what the others stored there, besides what its name says. UnitCallGraph analyses the
// functions that write such state before the functions that read it.
//
// Across units, state is a pseudo-function (StateUsrPrefix and the key's USRs): the unit that
// writes a global or a member exports what it stored as that function's results, under the key
// and under each key that starts it; a reader in another unit holds the function's symbolic
// result, resolved by the link as any other unit's result is (or, in the check, read from the
// summaries file).
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

/// The key a path's value is stored under: a global's declaration and the fields below it, or
/// a member's field and the fields below it. None for locals and parameters.
std::optional<std::vector<const ValueDecl *>> FunctionPass::sharedKeyOf(const AccessPath &P) {
  std::vector<const ValueDecl *> Key;
  if (P.Root == &ThisRoot) {
    if (P.Fields.empty())
      return std::nullopt;
    Key.assign(P.Fields.begin(), P.Fields.end());
    return Key;
  }
  const auto *VD = dyn_cast<VarDecl>(static_cast<const ValueDecl *>(P.Root));
  if (!VD || !(VD->hasGlobalStorage() || VD->isStaticLocal()) || isConstantVariable(VD))
    return std::nullopt;
  Key.push_back(VD);
  Key.insert(Key.end(), P.Fields.begin(), P.Fields.end());
  return Key;
}

/// Calls Visit for each fact of V: its own and its entries'.
template <typename Visitor> static void forEachFact(AbstractValue &V, Visitor Visit) {
  for (TaintFact &F : V.Taints)
    Visit(F);
  for (BagEntry &E : V.Entries)
    for (TaintFact &F : E.Taints)
      Visit(F);
}

/// What of V outlives this function: its data (whose evidence may be a parameter's name, as in
/// a setter `email_ = email`), its entries and the endpoints it names; not what callers pass.
static AbstractValue storable(const AbstractValue &V) {
  // A constant (`token_ = QString(MIXPANEL_TOKEN)`): the readers' names say nothing of it.
  if (V.KnownClean && V.Taints.empty() && V.Entries.empty()) {
    AbstractValue Constant = AbstractValue::clean();
    Constant.Endpoints = V.Endpoints;
    return Constant;
  }
  AbstractValue Out;
  // Data whose evidence is a parameter's name is no longer that function's parameter to the
  // readers: their findings are theirs, whoever calls the writer.
  auto kept = [](TaintFact F) {
    F.FromParam = NoParam;
    return F;
  };
  for (const TaintFact &F : V.Taints)
    if (!F.isParameter() && !F.isExternalResult())
      addTaint(Out.Taints, kept(F));
  for (const BagEntry &E : V.Entries) {
    if (E.KeyParam != NoParam)
      continue;
    BagEntry Copy = E;
    Copy.Taints.clear();
    for (const TaintFact &F : E.Taints)
      if (!F.isParameter() && !F.isExternalResult())
        Copy.Taints.push_back(kept(F));
    // An entry under a literal key is evidence by its key even when nothing is known of its
    // value ({"TelemetryId", id.str()}), as it is in the function that made it.
    if (Copy.Taints.empty() && !Copy.KeyIsLiteral)
      continue;
    Copy.Site = InsertionSite();
    Copy.Site.Loc = E.Site.Loc;
    Out.addEntry(Copy);
  }
  Out.Endpoints = V.Endpoints;
  return Out;
}

void FunctionPass::storeShared(const std::vector<const ValueDecl *> &Key, const AbstractValue &V) {
  AbstractValue Kept = storable(V);
  if ((Kept.empty() && !Kept.KnownClean) || InVendorCode)
    return;
  for (size_t Length = 1; Length <= Key.size() && !TU.StoredAfterRead; ++Length) {
    auto Read = TU.ReadBeforeStored.find(
        std::vector<const ValueDecl *>(Key.begin(), Key.begin() + Length));
    if (Read != TU.ReadBeforeStored.end() &&
        llvm::any_of(Read->second, [&](const FunctionDecl *Reader) { return Reader != &FD; }))
      TU.StoredAfterRead = true;
  }
  TUContext::StoredValue &Stored = TU.Stored[Key];
  if (!Stored.Writer) {
    Stored.Writer = &FD;
    Stored.Value = std::move(Kept);
    return;
  }
  // Constants only while every writer stores one.
  Stored.Value.merge(Kept);
}

void FunctionPass::recordSharedState(const State &AtExit) {
  // Members by field, whatever the object: d->messageQueue written through a pimpl pointer is
  // what Private's own methods read as this->messageQueue. A path is stored under its key and
  // under each key that starts at one of its fields.
  auto record = [&](const AccessPath &Path, const AbstractValue &Value) {
    std::optional<std::vector<const ValueDecl *>> Key = sharedKeyOf(Path);
    if (!Key)
      return;
    storeShared(*Key, Value);
    for (size_t From = Path.Root == &ThisRoot ? 1 : 0; From < Path.Fields.size(); ++From)
      storeShared(std::vector<const ValueDecl *>(Path.Fields.begin() + From, Path.Fields.end()),
                  Value);
  };
  for (const void *Root : States.Paths.roots()) {
    if (Root == &ThisRoot) {
      AtExit.forEachOfRoot(Root, record);
      continue;
    }
    const auto *VD = dyn_cast<VarDecl>(static_cast<const ValueDecl *>(Root));
    if (VD && (VD->hasGlobalStorage() || VD->isStaticLocal()))
      AtExit.forEachOfRoot(Root, record);
  }
}

/// What other units store under Key, read here: the pseudo-function's symbolic result for the
/// link, or its summary's results from a summaries file.
void FunctionPass::readOtherUnitsState(const std::vector<const ValueDecl *> &Key,
                                       const AccessPath &Path, const Expr *Use, AbstractValue &V) {
  if (InVendorCode || (!TU.Collect && !TU.Imported))
    return;
  std::string Usr = TU.stateUsrOf(Key);
  if (Usr.empty())
    return;
  TraceStep Read{reportLoc(Use->getBeginLoc()), "read from '" + Path.display() + "'"};
  if (TU.Collect) {
    TaintFact Symbolic;
    Symbolic.ExternalResult = std::move(Usr);
    Symbolic.Trace.push_back(std::move(Read));
    addTaint(V.Taints, Symbolic);
    return;
  }
  const ExternalSummary *Written = TU.Imported->find(Usr);
  if (!Written)
    return;
  for (const ExternalFact &X : Written->Returns) {
    TaintFact F;
    F.Kind = X.Kind;
    F.Weak = X.Weak;
    F.Evidence = X.Evidence;
    F.Trace = TU.fromSteps(X.Trace);
    if (F.Trace.empty())
      continue;
    F.Trace.push_back(Read);
    if (X.Key.empty()) {
      addTaint(V.Taints, F);
      continue;
    }
    BagEntry Entry;
    Entry.Key = X.Key;
    Entry.KeyIsLiteral = true;
    Entry.Taints.push_back(std::move(F));
    Entry.Site.Loc = Read.Loc;
    V.addEntry(Entry);
  }
  V.KnownClean = V.KnownClean && V.Taints.empty() && V.Entries.empty();
}

void FunctionPass::readSharedState(const AccessPath &Path, const Expr *Use, AbstractValue &V) {
  if (!Use)
    return;
  std::optional<std::vector<const ValueDecl *>> Key = sharedKeyOf(Path);
  if (!Key)
    return;
  auto It = TU.Stored.lower_bound(*Key);
  auto storedUnder = [&](decltype(It) At) {
    return At != TU.Stored.end() && At->first.size() >= Key->size() &&
           std::equal(Key->begin(), Key->end(), At->first.begin());
  };
  if (!storedUnder(It))
    TU.ReadBeforeStored[*Key].insert(&FD);
  for (; storedUnder(It); ++It) {
    if (It->second.Writer == &FD)
      continue; // this function's own writes are in its state
    AbstractValue Stored = It->second.Value;
    TraceStep Read{reportLoc(Use->getBeginLoc()), "read from '" + Path.display() + "', which '" +
                                                      TU.nameOf(It->second.Writer) +
                                                      "' stored it in"};
    forEachFact(Stored, [&](TaintFact &F) { F.Trace.push_back(Read); });
    if (It->first.size() == Key->size()) {
      if (Stored.KnownClean && Stored.Taints.empty() && Stored.Entries.empty()) {
        // Every writer of the unit stores a constant: the name of the path says nothing.
        llvm::erase_if(V.Taints, [](const TaintFact &F) {
          return !F.isParameter() && !F.isExternalResult();
        });
        for (const VendorEndpoint *E : Stored.Endpoints)
          if (!llvm::is_contained(V.Endpoints, E))
            V.Endpoints.push_back(E);
        continue;
      }
      V.merge(Stored);
      V.KnownClean = false;
      continue;
    }
    // A field below the path: an entry named after it (config.user.email read as config.user).
    BagEntry Entry;
    Entry.Key = It->first[Key->size()]->getNameAsString();
    Entry.KeyIsLiteral = true;
    Entry.Taints = Stored.Taints;
    for (const BagEntry &Inner : Stored.Entries)
      unionInto(Entry.Taints, Inner.Taints);
    Entry.Site.Loc = reportLoc(Use->getBeginLoc());
    if (!Entry.Taints.empty()) {
      V.addEntry(Entry);
      V.KnownClean = false;
    }
  }
  // Last: what this unit's writers stored decides what the name says, not other units' data.
  readOtherUnitsState(*Key, Path, Use, V);
}

void exportSharedState(TUContext &TU, UnitFacts &Collect) {
  std::map<std::string, ExternalSummary> ByUsr;
  for (const auto &[Key, Stored] : TU.Stored) {
    std::vector<ExternalFact> Facts;
    auto add = [&](const TaintFact &F, const std::string &EntryKey) {
      if (F.isParameter() || F.isExternalResult() || F.Trace.empty())
        return;
      Facts.push_back(ExternalFact{F.Kind, F.Weak, F.Evidence, TU.toSteps(F.Trace), EntryKey});
    };
    for (const TaintFact &F : Stored.Value.Taints)
      add(F, "");
    for (const BagEntry &E : Stored.Value.Entries)
      if (E.KeyIsLiteral)
        for (const TaintFact &F : E.Taints)
          add(F, E.Key);
    if (Facts.empty())
      continue;
    // Under the key and each key that starts it: a reader of config.user is told of
    // config.user.email as an entry named "email", as within the unit.
    for (size_t Length = Key.size(); Length >= 1; --Length) {
      llvm::ArrayRef<const ValueDecl *> Prefix(Key.data(), Length);
      std::string Usr = TU.stateUsrOf(Prefix);
      if (Usr.empty())
        continue;
      ExternalSummary &S = ByUsr[Usr];
      S.Usr = Usr;
      if (S.Name.empty())
        S.Name = TU.nameOf(Stored.Writer);
      for (ExternalFact F : Facts) {
        if (Length < Key.size())
          F.Key = Key[Length]->getNameAsString();
        S.Returns.push_back(std::move(F));
      }
    }
  }
  for (auto &[Usr, S] : ByUsr)
    Collect.Summaries.push_back(std::move(S));
}

} // namespace piiflow::flow
