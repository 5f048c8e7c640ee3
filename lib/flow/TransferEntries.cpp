//===--- TransferEntries.cpp - Containers as collections of entries -----------------------------===//
//
// A bag is a collection of entries, each with its key, and code reaches them one at a time:
// a range-for (with structured bindings or `.first`/`.second`), an iterator from begin() or
// find() and `it->second`, a lookup (`at(key)`), nlohmann's items() with `key()`/`value()`, and
// `std::get<I>` of an entry. The value of such an expression is a view (AbstractValue::Part and
// Of): the entry, its key or its value, of the bag viewed. Inserting a view's key and value into
// another bag (`out[kv.first] = kv.second`, emplace, sentry_value_set_by_key) copies every entry
// of the viewed bag under its own key, as do merge(), update() and insert(first, last): so a
// loop that turns a std::map into the SDK's bag keeps each entry's key and data, and a facade
// that does it with its parameter's entries is a sink for those entries under the caller's keys.
//
// Pairs, tuples and aggregates are small bags of their own: std::pair's members are the entries
// "first" and "second", a tuple's elements are entries "0", "1", ... (std::get<I> reads one), and
// a struct built from a braced list (`Message m{email, "welcome"}`, designated initialisers
// included) has an entry per field, so that `m.to` reads what was given for `to`.
//
// Which methods of a bag give iterators, lookups and merges is the bag's model (bagTypes in the
// JSON files); the parts of an entry (`first`/`second`, std::get, structured bindings, and the
// `key()`/`value()` of nlohmann's iterators) are the language's pair protocol, named here.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "clang/AST/DeclTemplate.h"

namespace piiflow::flow {

namespace {

/// The member names of an entry: std::pair's and the iterators of nlohmann::json.
std::optional<EntryPart> entryPartNamed(llvm::StringRef Member) {
  if (Member == "first" || Member == "key")
    return EntryPart::Key;
  if (Member == "second" || Member == "value")
    return EntryPart::Value;
  return std::nullopt;
}

/// The index of std::get<I>, or of a std::tuple_element access through a binding.
std::optional<unsigned> getIndex(const FunctionDecl *Callee) {
  const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return static_cast<unsigned>(Args->get(0).getAsIntegral().getZExtValue());
}

bool isNamed(const CXXRecordDecl *RD, llvm::StringRef Name) {
  return RD && RD->getIdentifier() && RD->getName() == Name && RD->isInStdNamespace();
}

} // namespace

/// A view of one entry of Bag (or of its key or value); OnlyKey keeps the entries under that key
/// (find("email"), at("email")).
AbstractValue FunctionPass::entryView(const AbstractValue &Bag, EntryPart Part,
                                      const std::optional<std::string> &OnlyKey) {
  const AbstractValue *Viewed = &Bag;
  // Viewing a view: the iterator of an items() proxy, `*it` of an iterator.
  if (Bag.Of && Bag.Part == EntryPart::Element)
    Viewed = Bag.Of.get();
  AbstractValue Filtered;
  Filtered.Taints = Viewed->Taints;
  for (const BagEntry &E : Viewed->Entries)
    if (!OnlyKey || E.Key == *OnlyKey)
      Filtered.Entries.push_back(E);
  AbstractValue V;
  V.Part = Part;
  if (Part != EntryPart::Key) {
    // As a value of its own (sent, appended, compared), the entry holds what any entry holds.
    V.Taints = Filtered.Taints;
    for (const BagEntry &E : Filtered.Entries)
      unionInto(V.Taints, E.Taints);
  }
  V.Of = std::make_shared<const AbstractValue>(std::move(Filtered));
  return V;
}

/// `.first`, `.second`, `key()`, `value()` of an entry.
std::optional<AbstractValue> FunctionPass::entryPartOf(const AbstractValue &Element,
                                                       llvm::StringRef Member) {
  if (!Element.Of || Element.Part != EntryPart::Element)
    return std::nullopt;
  std::optional<EntryPart> Part = entryPartNamed(Member);
  if (!Part)
    return std::nullopt;
  return entryView(*Element.Of, *Part, std::nullopt);
}

/// Entries of bags through calls: a bag's iterators and lookups, std::get<I> of an entry, a pair
/// or a tuple, `key()`/`value()` of an iterator, and the other methods of an iterator (begin() of
/// an items() proxy, ++it), which view the same entries.
std::optional<AbstractValue> FunctionPass::applyEntryAccess(CallSite &Site) {
  const FunctionDecl *Callee = Site.Callee;
  if (Callee->isInStdNamespace() && Callee->getIdentifier() &&
      (Callee->getName() == "make_pair" || Callee->getName() == "make_tuple"))
    return tupleOf(Site.Call->getType(), Site.ArgExprs, Site.ArgValues);
  if (Callee->isInStdNamespace() && Callee->getIdentifier() && Callee->getName() == "get" &&
      Site.ArgValues.size() == 1) {
    std::optional<unsigned> I = getIndex(Callee);
    const AbstractValue &Of = Site.ArgValues[0];
    if (!I)
      return std::nullopt;
    if (Of.Of && Of.Part == EntryPart::Element && *I < 2)
      return entryView(*Of.Of, *I == 0 ? EntryPart::Key : EntryPart::Value, std::nullopt);
    return tupleElement(Of, Site.ArgExprs[0]->getType(), *I);
  }
  if (!Site.Object)
    return std::nullopt;
  llvm::StringRef Method = Callee->getIdentifier() ? Callee->getName() : "";
  if (const BagTypeModel *Bag = TU.bagTypeOf(Site.Object->getType())) {
    std::optional<std::string> Key;
    if (!Site.ArgExprs.empty())
      Key = literalText(Site.ArgExprs[0]);
    if (llvm::is_contained(Bag->Iterators, Method))
      return entryView(Site.ObjectValue, EntryPart::Element, Key);
    if (llvm::is_contained(Bag->Lookups, Method) && !Site.ArgExprs.empty())
      return entryView(Site.ObjectValue, EntryPart::Value, Key);
    return std::nullopt;
  }
  const AbstractValue &Object = Site.ObjectValue;
  if (!Object.Of || Object.Part != EntryPart::Element || isa<CXXConversionDecl>(Callee))
    return std::nullopt;
  if (std::optional<AbstractValue> Part = entryPartOf(Object, Method))
    if (Site.ArgExprs.empty())
      return Part;
  QualType Result = Site.Call->getType();
  if (Result->isVoidType() || Result->isBooleanType() || Result->isIntegerType())
    return AbstractValue();
  return Object;
}

/// Element I of a pair or a tuple value: its entry "first"/"second" or "I".
std::optional<AbstractValue> FunctionPass::tupleElement(const AbstractValue &Tuple, QualType T,
                                                        unsigned I) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  std::string Key;
  if (isNamed(RD, "pair") && I < 2)
    Key = I == 0 ? "first" : "second";
  else if (isNamed(RD, "tuple") || isNamed(RD, "array"))
    Key = std::to_string(I);
  else
    return std::nullopt;
  AbstractValue V;
  bool Found = false;
  for (const BagEntry &E : Tuple.Entries)
    if (E.Key == Key) {
      unionInto(V.Taints, E.Taints);
      Found = true;
    }
  if (!Found)
    V.Taints = Tuple.Taints; // built in a way not followed: whatever it holds
  return V;
}

/// std::pair(a, b), std::make_pair, std::tuple(a, b, c), std::make_tuple: their elements as
/// entries, so that `.second` or std::get<1> reads the one it names.
std::optional<AbstractValue> FunctionPass::tupleOf(QualType T,
                                                   llvm::ArrayRef<const Expr *> ArgExprs,
                                                   llvm::ArrayRef<AbstractValue> Args) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  bool Pair = isNamed(RD, "pair");
  if (!(Pair && Args.size() == 2) && !(isNamed(RD, "tuple") && !Args.empty()))
    return std::nullopt;
  AbstractValue V;
  V.KnownClean = true;
  for (unsigned I = 0; I < Args.size(); ++I) {
    InsertionSite Site;
    Site.ValueExpr = ArgExprs[I];
    Site.Loc = reportLoc(ArgExprs[I]->getBeginLoc());
    BagEntry E;
    E.Key = Pair ? (I == 0 ? "first" : "second") : std::to_string(I);
    E.KeyIsLiteral = true;
    E.Taints = Args[I].Taints;
    for (const BagEntry &Inner : Args[I].Entries)
      unionInto(E.Taints, Inner.Taints);
    E.ValueKnownClean = Args[I].KnownClean;
    E.Site = Site;
    V.KnownClean = V.KnownClean && Args[I].KnownClean;
    if (!E.Taints.empty() || !E.ValueKnownClean)
      V.Entries.push_back(std::move(E));
  }
  return V;
}

/// A struct, a class or an array built from a braced list: each field is an entry named after
/// it. The semantic form of the list holds the bases first, then one initializer per field.
AbstractValue FunctionPass::evalAggregate(const InitListExpr *ILE, const RecordDecl *RD) {
  // A struct that is one entry of an SDK's property list: 1DS's C evt_prop {name, type, value}.
  if (const EntryConstructorModel *EC = TU.Models.entryConstructorNamed(TU.nameOf(RD)))
    if (static_cast<unsigned>(EC->KeyArg) < ILE->getNumInits() &&
        static_cast<unsigned>(EC->ValueArg) < ILE->getNumInits()) {
      const Expr *ValueExpr = ILE->getInit(EC->ValueArg);
      AbstractValue Value = eval(ValueExpr);
      if (EC->DeclaredKind && static_cast<unsigned>(EC->DeclaredKind->Index) < ILE->getNumInits())
        declare(Value, *EC->DeclaredKind, ILE->getInit(EC->DeclaredKind->Index), ILE);
      InsertionSite Site;
      Site.ValueExpr = ValueExpr;
      Site.Loc = reportLoc(ILE->getBeginLoc());
      auto [Key, IsLiteral] = keyOf(ILE->getInit(EC->KeyArg));
      AbstractValue V;
      V.Entries.push_back(makeEntry(Key, IsLiteral, Value, Site, nullptr));
      return V;
    }
  AbstractValue V = AbstractValue::clean();
  unsigned I = 0;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    for (; I < CXX->getNumBases() && I < ILE->getNumInits(); ++I)
      V.merge(eval(ILE->getInit(I))); // a base's fields are fields of this value too
  for (const FieldDecl *Field : RD->fields()) {
    if (I >= ILE->getNumInits())
      break;
    const Expr *Init = ILE->getInit(I++);
    if (Field->isUnnamedBitField())
      continue;
    AbstractValue FieldValue = eval(Init);
    if (FieldValue.empty() || !Field->getIdentifier())
      continue;
    InsertionSite Site;
    Site.ValueExpr = Init;
    Site.Loc = reportLoc(Init->getBeginLoc());
    BagEntry Entry = makeEntry(Field->getNameAsString(), true, FieldValue, Site, nullptr);
    for (TaintFact &F : Entry.Taints)
      F.Trace.back().Message = "stored in field '" + Field->getNameAsString() + "'";
    V.addEntry(Entry);
    V.KnownClean = false;
  }
  return V;
}

/// A structured binding: the member or the std::get<I> its declaration binds it to.
AbstractValue FunctionPass::evalBinding(const BindingDecl *Binding, const Expr *Use) {
  if (const VarDecl *Holding = Binding->getHoldingVar())
    return eval(Holding->getInit());
  const Expr *Bound = Binding->getBinding();
  if (!Bound)
    return {};
  AbstractValue V = eval(Bound);
  if (V.empty() && !V.KnownClean)
    if (std::optional<Classification> C = TU.classify(Binding->getName(), NameContext::Variable))
      if (canHoldKind(Binding->getType(), C->Kind, TU.Classes))
        V.Taints.push_back(sourceFact(*C, Use, "'" + Binding->getNameAsString() + "'"));
  return V;
}

/// Copies into Bag every entry that KeyValue (an entry's key) or Element (an entry) views, each
/// under its own key; Value is what is stored: the entry's own value, or (when the loop changed
/// it on the way, hash(kv.second)) that value for every key. Returns false when the key is not a
/// view.
bool FunctionPass::copyEntries(const AccessPath &Bag, const AbstractValue &KeyValue,
                               const AbstractValue *Value, const Expr *At) {
  const AbstractValue *Viewed = nullptr;
  if (KeyValue.Of && (KeyValue.Part == EntryPart::Key || KeyValue.Part == EntryPart::Element))
    Viewed = KeyValue.Of.get();
  if (!Viewed)
    return false;
  bool OwnValues = !Value || (Value->Part == EntryPart::Value && Value->Of);
  std::string Hop = "copied into '" + Bag.display() + "' under its key";
  SourceLocation Loc = reportLoc(At->getBeginLoc());
  AbstractValue &Target = Current.modify(Bag, AbstractValue::clean());
  Target.KnownClean = false;
  for (BagEntry E : Viewed->Entries) {
    if (!OwnValues) {
      E.Taints = Value->Taints;
      E.ValueKnownClean = Value->KnownClean;
    }
    for (TaintFact &F : E.Taints)
      F.Trace.push_back(TraceStep{Loc, Hop});
    Target.addEntry(E);
  }
  // What the viewed bag holds as a whole (a parameter of this function: its caller's entries).
  for (TaintFact F : OwnValues ? Viewed->Taints : Value->Taints) {
    F.Trace.push_back(TraceStep{Loc, Hop});
    addTaint(Target.Taints, F);
  }
  return true;
}

} // namespace piiflow::flow
