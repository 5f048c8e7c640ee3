//===--- TransferBags.cpp - Transfer functions of bags and their entries ------------------------===//
//
// Initializer lists and `{key, value}` pairs, insertion by subscript, by modelled methods (emplace,
// set of a builder, Add of an entry), by modelled functions (sentry_value_set_by_key) and by bag
// builders (sentry_value_new_user), erasure and clearing, where each entry was inserted (for the
// drop fix-its), and SDK privacy markers (1DS PiiKind) on values.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

AbstractValue FunctionPass::evalInitList(const InitListExpr *ILE, bool Droppable) {
  if (const RecordDecl *RD = ILE->getType()->getAsRecordDecl())
    if (!TU.bagTypeOf(ILE->getType()) && !RD->isUnion())
      return evalAggregate(ILE, RD);
  AbstractValue V = AbstractValue::clean();
  for (unsigned I = 0; I < ILE->getNumInits(); ++I) {
    const Expr *Element = ILE->getInit(I);
    if (auto Entry = entryFromPairLike(Element, ILE, I, Droppable)) {
      V.addEntry(*Entry);
      V.KnownClean = false;
      continue;
    }
    AbstractValue EV = eval(Element);
    // An element that is itself one entry (a Parameter) keeps its place in this list.
    if (EV.Entries.size() == 1 && EV.Entries.front().Site.Kind == InsertionSite::NestedSite) {
      EV.Entries.front().Site.Kind = InsertionSite::ListElementSite;
      EV.Entries.front().Site.List = ILE;
      EV.Entries.front().Site.Index = I;
      EV.Entries.front().Site.Element = Element;
      EV.Entries.front().Site.Droppable = Droppable;
    }
    V.merge(EV);
  }
  return V;
}

/// `{"key", value}` inside a bag's initializer list, in any of the forms the standard
/// containers, nlohmann::json and std::pair produce.
std::optional<BagEntry> FunctionPass::entryFromPairLike(const Expr *Element, const InitListExpr *List,
                                          unsigned Index, bool Droppable) {
  const Expr *KeyExpr = nullptr, *ValueExpr = nullptr;
  if (!splitPair(Element, KeyExpr, ValueExpr))
    return std::nullopt;
  std::optional<std::string> Key = literalText(KeyExpr);
  if (!Key)
    return std::nullopt;
  InsertionSite Site;
  Site.Kind = InsertionSite::ListElementSite;
  Site.Element = Element;
  Site.List = List;
  Site.Index = Index;
  Site.Droppable = Droppable;
  Site.ValueExpr = ValueExpr;
  Site.Loc = reportLoc(Element->getBeginLoc());
  return makeEntry(*Key, true, eval(ValueExpr), Site, nullptr);
}

/// Finds the key and value of a pair-like expression.
bool FunctionPass::splitPair(const Expr *E, const Expr *&Key, const Expr *&Value) {
  for (int Depth = 0; E && Depth < 6; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = M->getSubExpr();
      continue;
    }
    if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
      if (ILE->getNumInits() == 2 && literalText(ILE->getInit(0))) {
        Key = ILE->getInit(0);
        Value = ILE->getInit(1);
        return true;
      }
      if (ILE->getNumInits() == 1) {
        E = ILE->getInit(0);
        continue;
      }
      return false;
    }
    if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      if (C->getNumArgs() >= 2 && literalText(C->getArg(0)) &&
          !isa<CXXDefaultArgExpr>(C->getArg(1))) {
        // std::pair<const std::string, std::string>{"email", email}
        Key = C->getArg(0);
        Value = C->getArg(1);
        return true;
      }
      if (C->getNumArgs() >= 1) {
        E = C->getArg(0);
        continue;
      }
      return false;
    }
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
      E = SIL->getSubExpr();
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      // std::make_pair("email", email)
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Call->getNumArgs() == 2 && TU.nameOf(Callee) == "std::make_pair" &&
          literalText(Call->getArg(0))) {
        Key = Call->getArg(0);
        Value = Call->getArg(1);
        return true;
      }
      return false;
    }
    return false;
  }
  return false;
}

BagEntry FunctionPass::makeEntry(const std::string &Key, bool KeyIsLiteral, const AbstractValue &Value,
                   const InsertionSite &Site, const std::string *BagName) {
  BagEntry Entry;
  Entry.Key = Key;
  Entry.KeyIsLiteral = KeyIsLiteral;
  Entry.Taints = Value.Taints;
  // A bag stored as a value of another bag (nested objects) contributes its entries' data.
  for (const BagEntry &Inner : Value.Entries)
    unionInto(Entry.Taints, Inner.Taints);
  Entry.ValueKnownClean = Value.KnownClean;
  Entry.Site = Site;
  Entry.Callees = Value.Callees;
  std::string Hop = BagName ? "stored in '" + *BagName + "' under key \"" + Key + "\""
                            : "stored under key \"" + Key + "\"";
  for (TaintFact &F : Entry.Taints)
    F.Trace.push_back(TraceStep{Site.Loc, Hop});
  return Entry;
}

void FunctionPass::insertIntoBag(const AccessPath &Bag, const Expr *KeyExpr, const AbstractValue &Value,
                   const Expr *ValueExpr, const Expr *InsertingExpr,
                   const AbstractValue *KeyValue) {
  if (KeyValue && copyEntries(Bag, *KeyValue, &Value, InsertingExpr))
    return;
  auto [Key, IsLiteral] = keyOf(KeyExpr);
  insertKeyIntoBag(Bag, Key, IsLiteral, Value, ValueExpr, InsertingExpr, KeyExpr);
}

void FunctionPass::insertKeyIntoBag(const AccessPath &Bag, const std::string &Key, bool KeyIsLiteral,
                      const AbstractValue &Value, const Expr *ValueExpr,
                      const Expr *InsertingExpr, const Expr *KeyExpr) {
  std::string BagName = Bag.display();
  BagEntry Entry = makeEntry(Key, KeyIsLiteral, Value,
                             siteOfCall(InsertingExpr, /*Object=*/nullptr, ValueExpr), &BagName);
  if (KeyExpr && !KeyIsLiteral)
    Entry.KeyParam = keyParamOf(KeyExpr);
  AbstractValue &BagValue = Current.modify(Bag, AbstractValue::clean());
  // The same key inserted again from the same place replaces; from elsewhere, adds.
  BagValue.KnownClean = false;
  BagValue.addEntry(Entry);
}

/// bag["key"] (nested: bag["user"]["email"] names key "user.email" of bag).
std::optional<AccessPath> FunctionPass::bagElement(const Expr *E, std::string &Key,
                                                   bool &KeyIsLiteral) {
  E = strip(E);
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E);
  if (!Op || Op->getOperator() != OO_Subscript || Op->getNumArgs() != 2)
    return std::nullopt;
  const Expr *Base = Op->getArg(0);
  const BagTypeModel *Bag = TU.bagTypeOf(Base->getType());
  if (!Bag || !Bag->KeyedSubscript)
    return std::nullopt;
  auto [ThisKey, ThisIsLiteral] = keyOf(Op->getArg(1));
  std::string OuterKey;
  bool OuterIsLiteral = false;
  if (std::optional<AccessPath> Outer = bagElement(Base, OuterKey, OuterIsLiteral)) {
    Key = OuterKey + "." + ThisKey;
    KeyIsLiteral = OuterIsLiteral && ThisIsLiteral;
    return Outer;
  }
  // A reference to an element: user["email"] with `auto &user = event["user"]`.
  if (const Alias *A = aliasOf(Base); A && !A->KeyPrefix.empty()) {
    Key = A->KeyPrefix + "." + ThisKey;
    KeyIsLiteral = A->KeyIsLiteral && ThisIsLiteral;
    return A->Target;
  }
  std::optional<AccessPath> P = pathOf(Base);
  if (!P)
    return std::nullopt;
  Key = ThisKey;
  KeyIsLiteral = ThisIsLiteral;
  return P;
}

/// A bag method that inserts (map.emplace(k, v), props.set(k, v) of a builder, 1DS
/// SetProperty(k, v, PiiKind)). Returns the bag's value, so that builder chains carry it on.
AbstractValue FunctionPass::insertWithMethod(const CallSite &Site, const BagMethodModel &Inserter,
                                             const std::optional<AccessPath> &BagPath,
                                             llvm::StringRef KeyPrefix) {
  const auto *Call = cast<CallExpr>(Site.Call);
  const Expr *Object = Site.Object;
  const AbstractValue &ObjectValue = Site.ObjectValue;
  auto argExpr = [&](int Index) { return Site.argExpr(Index); };
  auto argValue = [&](int Index) { return Site.argValue(Index); };
  AbstractValue Bag = BagPath ? readPath(*BagPath, nullptr) : ObjectValue;
  Bag.KnownClean = false;
  if (Inserter.EntryArg) {
    // TArray<FAnalyticsEventAttribute>::Add(FAnalyticsEventAttribute(k, v)).
    if (const AbstractValue *Added = argValue(*Inserter.EntryArg)) {
      for (BagEntry E : Added->Entries) {
        E.Site = siteOfCall(Call, Object, E.Site.ValueExpr);
        Bag.addEntry(E);
      }
      // A plain value added to a list of values: the list carries it.
      AbstractValue Plain;
      Plain.Taints = Added->Taints;
      addHop(Plain, Call->getExprLoc(),
             "added to '" + (BagPath ? BagPath->display() : sourceText(Object)) + "'");
      unionInto(Bag.Taints, Plain.Taints);
    }
  } else {
    // An entry of another bag (insert(kv), insert(first, last)) or its key: every entry it views.
    if (BagPath) {
      const AbstractValue *Pair = Inserter.PairArg ? argValue(*Inserter.PairArg) : nullptr;
      const AbstractValue *KeyValue = Inserter.KeyArg ? argValue(*Inserter.KeyArg) : nullptr;
      const AbstractValue *Value = Inserter.ValueArg ? argValue(*Inserter.ValueArg) : nullptr;
      if ((Pair && copyEntries(*BagPath, *Pair, nullptr, Call)) ||
          (KeyValue && copyEntries(*BagPath, *KeyValue, Value, Call)))
        return readPath(*BagPath, nullptr);
    }
    const Expr *KeyExpr = nullptr, *ValueExpr = nullptr;
    if (Inserter.PairArg) {
      if (const Expr *PairExpr = argExpr(*Inserter.PairArg))
        splitPair(PairExpr, KeyExpr, ValueExpr);
    } else {
      KeyExpr = argExpr(*Inserter.KeyArg);
      ValueExpr = argExpr(*Inserter.ValueArg);
    }
    if (!KeyExpr || !ValueExpr)
      return Bag;
    AbstractValue Value = eval(ValueExpr);
    if (Inserter.DeclaredKind)
      declare(Value, *Inserter.DeclaredKind, argExpr(Inserter.DeclaredKind->Index), Call);
    auto [Key, IsLiteral] = keyOf(KeyExpr);
    if (!KeyPrefix.empty())
      Key = KeyPrefix.str() + "." + Key;
    std::string BagName = BagPath ? BagPath->display() : "";
    BagEntry Entry = makeEntry(Key, IsLiteral, Value, siteOfCall(Call, Object, ValueExpr),
                               BagPath ? &BagName : nullptr);
    if (!IsLiteral)
      Entry.KeyParam = keyParamOf(KeyExpr);
    Bag.addEntry(Entry);
  }
  if (BagPath)
    Current.set(*BagPath, std::move(Bag));
  return Bag;
}

/// Where an inserting call put an entry: a statement of its own, or a link of a builder chain
/// (when Object, the object it is called on, is itself a call).
InsertionSite FunctionPass::siteOfCall(const Expr *Call, const Expr *Object, const Expr *ValueExpr) {
  InsertionSite Site;
  Site.Loc = reportLoc(Call->getBeginLoc());
  Site.ValueExpr = ValueExpr;
  if (isTopLevel(Call)) {
    Site.Kind = InsertionSite::StatementSite;
    Site.Statement = Call;
  } else if (Object && isa<CallExpr>(Object->IgnoreImplicit())) {
    // Props().set("a", x).set("email", e): the link after another link can go alone.
    Site.Kind = InsertionSite::BuilderLinkSite;
    Site.Statement = Call;
    Site.Element = Object;
    Site.Loc = reportLoc(Call->getExprLoc());
  }
  return Site;
}

/// An SDK's privacy marker on a value: an enumerator that declares a kind makes the value
/// personal data of that kind (a declared flow, still reported); "none" declares nothing. The
/// marker may be a default argument (CXXDefaultArgExpr) the callee declares.
void FunctionPass::declare(AbstractValue &Value, const DeclaredKindArg &Declared, const Expr *KindExpr,
             const Expr *Call) {
  const Expr *E = KindExpr;
  if (const auto *Default = dyn_cast_or_null<CXXDefaultArgExpr>(E))
    E = Default->getExpr();
  E = E ? strip(E) : nullptr;
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  const auto *Enumerator = DRE ? dyn_cast<EnumConstantDecl>(DRE->getDecl()) : nullptr;
  // C APIs take the marker as a number (1DS's C PII_STR(key, value, 10)): the models name
  // numbers too.
  std::string Marker;
  if (Enumerator)
    Marker = Enumerator->getNameAsString();
  else if (const auto *Number = dyn_cast_or_null<IntegerLiteral>(E))
    Marker = std::to_string(Number->getValue().getZExtValue());
  else
    return;
  auto It = Declared.Enumerators.find(Marker);
  if (It == Declared.Enumerators.end() || !It->second)
    return;
  // A constant of the program ("jackfrost@example.com" in a sample) is nobody's data, whatever
  // the marker says.
  if (Value.KnownClean && Value.Taints.empty())
    return;
  for (const TaintFact &F : Value.Taints)
    if (!F.isParameter() && F.Kind == *It->second)
      return;
  TaintFact F;
  F.Kind = *It->second;
  F.Evidence = "declared " + Marker;
  SourceLocation Loc = reportLoc(
      isa<CXXDefaultArgExpr>(KindExpr) ? Call->getExprLoc() : KindExpr->getBeginLoc());
  F.Trace.push_back(TraceStep{Loc, "the value is declared " +
                                       dataKindWithArticle(F.Kind) + " (" + Marker + ")"});
  Value.Taints.push_back(std::move(F));
}

/// Insertions into bags through a modelled function: sentry_value_set_by_key(obj, k, v).
std::optional<AbstractValue> FunctionPass::applyBagInserter(CallSite &Site) {
  const BagInserterModel *Inserter = TU.Models.bagInserterNamed(*Site.Name);
  if (!Inserter)
    return std::nullopt;
  const Expr *BagExpr = Site.argExpr(Inserter->BagArg);
  const Expr *KeyExpr = Site.argExpr(Inserter->KeyArg);
  const AbstractValue *Value = Site.argValue(Inserter->ValueArg);
  if (BagExpr && KeyExpr && Value)
    if (std::optional<AccessPath> Bag = pathOf(BagExpr))
      insertIntoBag(*Bag, KeyExpr, *Value, Site.argExpr(Inserter->ValueArg), Site.Call,
                    Site.argValue(Inserter->KeyArg));
  return AbstractValue();
}

/// Functions that build a bag from their arguments: sentry_value_new_user(id, name, email, ip),
/// MakeAnalyticsEventAttributeArray(k1, v1, k2, v2, ...).
std::optional<AbstractValue> FunctionPass::applyBagBuilder(CallSite &Site) {
  const BagBuilderModel *Builder = TU.Models.bagBuilderNamed(*Site.Name);
  if (!Builder)
    return std::nullopt;
  AbstractValue V = AbstractValue::clean();
  auto addEntry = [&](const std::string &Key, bool KeyIsLiteral, int Index) {
    const Expr *ValueExpr = Site.argExpr(Index);
    if (!ValueExpr)
      return;
    InsertionSite Where;
    Where.Kind = InsertionSite::NestedSite;
    Where.ValueExpr = ValueExpr;
    Where.Loc = reportLoc(ValueExpr->getBeginLoc());
    V.addEntry(makeEntry(Key, KeyIsLiteral, *Site.argValue(Index), Where, nullptr));
    V.KnownClean = false;
  };
  for (const auto &[Index, Key] : Builder->Entries)
    addEntry(Key, true, Index);
  if (Builder->PairsFrom && *Builder->PairsFrom >= 0)
    for (size_t I = *Builder->PairsFrom; I + 1 < Site.ArgExprs.size(); I += 2) {
      auto [Key, IsLiteral] = keyOf(Site.ArgExprs[I]);
      addEntry(Key, IsLiteral, I + 1);
    }
  return V;
}

/// Methods of bag types: insert, emplace, set (builders), erase, clear.
std::optional<AbstractValue> FunctionPass::applyBagMethod(CallSite &Site) {
  if (!Site.Object)
    return std::nullopt;
  const BagTypeModel *Bag = TU.bagTypeOf(Site.Object->getType());
  if (!Bag || (Bag->Inferred && Site.Callee->hasBody()))
    return std::nullopt;
  llvm::StringRef Method = Site.Callee->getIdentifier() ? Site.Callee->getName() : "";
  std::optional<AccessPath> BagPath = pathOf(Site.Object);
  // A reference to a bag's element (`Json::Object &tags = obj.insert("tags", ...)`): its
  // entries are the bag's under "tags.<key>".
  std::string KeyPrefix;
  if (const Alias *A = BagPath ? nullptr : aliasOf(Site.Object); A && !A->KeyPrefix.empty()) {
    BagPath = A->Target;
    KeyPrefix = A->KeyPrefix;
  }
  for (const BagMethodModel &Inserter : Bag->Inserters)
    if (Inserter.Method == Method)
      return insertWithMethod(Site, Inserter, BagPath, KeyPrefix);
  if (!KeyPrefix.empty())
    return std::nullopt;
  if (BagPath && llvm::is_contained(Bag->Erasers, Method) && !Site.ArgExprs.empty()) {
    if (std::optional<std::string> Key = literalText(Site.ArgExprs[0])) {
      if (AbstractValue *BagValue = Current.modifyExisting(*BagPath))
        llvm::erase_if(BagValue->Entries, [&](const BagEntry &E) { return E.Key == *Key; });
    }
    return AbstractValue();
  }
  if (BagPath && llvm::is_contained(Bag->Mergers, Method) && !Site.ArgValues.empty()) {
    copyEntries(*BagPath, entryView(Site.ArgValues[0], EntryPart::Element, std::nullopt), nullptr,
                Site.Call);
    return AbstractValue();
  }
  if (BagPath && llvm::is_contained(Bag->Clearers, Method)) {
    Current.set(*BagPath, AbstractValue::clean());
    return AbstractValue();
  }
  return std::nullopt;
}

} // namespace piiflow::flow
