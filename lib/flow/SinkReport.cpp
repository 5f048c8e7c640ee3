//===--- SinkReport.cpp - Findings at sink arguments --------------------------------------------===//
//
// What of a value reaches a sink argument: its facts, the tainted entries of a bag, keys that name
// personal data, arguments whose kind the API fixes; each becomes one finding with its message,
// trace and fix-its, or a sink effect of the function's summary when it stands for a parameter.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"
#include "../FixBuilder.h"

namespace piiflow::flow {

/// The arguments a modelled sink receives at this call, each reported (final pass only); an
/// argument modelled AndFollowing stands for itself and every argument after it.
void FunctionPass::reportSinkCall(const CallSite &Site) {
  const CallExpr *Call = cast<CallExpr>(Site.Call);
  for (const SinkMatch &Match : *Site.Sinks) {
    if (llvm::any_of(Match.Sink->Args,
                     [](const SinkArg &A) { return A.Role == ArgRole::Request; }))
      reportRequest(Site, Match);
    for (const SinkArg &Model : Match.Sink->Args) {
      if (Model.Role == ArgRole::Request)
        continue;
      int Last = Model.AndFollowing ? static_cast<int>(Site.ArgExprs.size()) - 1 : Model.Index;
      for (int Index = Model.Index; Index <= Last; ++Index) {
        SinkArg Arg = Model;
        Arg.Index = Index;
        const Expr *AE = Site.argExpr(Arg.Index);
        if (!AE)
          continue;
        AbstractValue Value = *Site.argValue(Arg.Index);
        if (Arg.DeclaredKind)
          declare(Value, *Arg.DeclaredKind, Site.argExpr(Arg.DeclaredKind->Index), Call);
        const Expr *KeyExpr = Arg.KeyArg ? Site.argExpr(*Arg.KeyArg) : nullptr;
        if (!KeyExpr && !Arg.KeySetter.empty())
          KeyExpr = keyFromSetter(Site.Object, Arg.KeySetter);
        reportSinkArgument(Call, Match, Arg, AE, Value, KeyExpr);
      }
    }
  }
}

/// The key a sibling setter gave the object Object comes from: for
/// kv->mutable_value()->set_string_value(v), the literal of kv->set_key("user.email") in this
/// function. Null when there is none, or more than one.
const Expr *FunctionPass::keyFromSetter(const Expr *Object, llvm::StringRef Setter) {
  // The variable the object is reached from: kv in kv->mutable_value().
  const ValueDecl *Holder = nullptr;
  for (const Expr *E = Object; E && !Holder;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
      E = Member->getImplicitObjectArgument();
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      Holder = DRE->getDecl();
    else
      break;
  }
  if (!Holder || !FD.getBody())
    return nullptr;
  const Expr *Found = nullptr;
  unsigned Count = 0;
  llvm::SmallVector<const Stmt *, 32> Work = {FD.getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *Method = Call->getMethodDecl())
        if (Method->getIdentifier() && Method->getName() == Setter && Call->getNumArgs() >= 1)
          if (const auto *DRE = dyn_cast<DeclRefExpr>(
                  Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
              DRE && DRE->getDecl() == Holder && literalText(Call->getArg(0))) {
            Found = Call->getArg(0);
            ++Count;
          }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return Count == 1 ? Found : nullptr;
}

/// Reports what of Value reaches the sink argument Arg: each fact of the value, each tainted
/// entry of a bag, keys that name personal data, and arguments whose kind the API fixes. Facts
/// that stand for a parameter become this function's summary instead; findings whose source is
/// a parameter are left to the callers when there are any. With Via, the call is of a wrapper
/// whose parameter reaches the SDK (Arg and Match are the SDK's).
void FunctionPass::reportSinkArgument(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
                        const Expr *ArgExpr, const AbstractValue &Given, const Expr *KeyExpr,
                        const Through *Via, const std::string *KeyText) {
  // A wrapper that hashes its parameter without a key before the SDK sends a pseudonym.
  AbstractValue WeakenedValue;
  if (Via && Via->Effect->Weak)
    WeakenedValue = weakened(Given, Via->CallArg->getBeginLoc().isValid()
                                        ? Via->CallArg->getBeginLoc()
                                        : Via->CallLoc,
                             "hashed without a key in '" + TU.nameOf(Via->Callee) + "'");
  const AbstractValue &Value = (Via && Via->Effect->Weak) ? WeakenedValue : Given;
  std::string Key;
  bool HaveKey = false, KeyIsLiteral = false;
  int KeyParam = NoParam;
  if (Via && Via->KeyArg) {
    // A set(key, value) wrapper: the key is what the caller gives.
    std::tie(Key, KeyIsLiteral) = keyOf(Via->KeyArg);
    KeyParam = KeyIsLiteral ? NoParam : keyParamOf(Via->KeyArg);
    HaveKey = true;
  } else if (Via && !Via->Effect->Key.empty()) {
    Key = Via->Effect->Key;
    KeyIsLiteral = Via->Effect->KeyIsLiteral;
    HaveKey = true;
  } else if (KeyExpr) {
    std::tie(Key, KeyIsLiteral) = keyOf(KeyExpr);
    KeyParam = KeyIsLiteral ? NoParam : keyParamOf(KeyExpr);
    HaveKey = true;
  } else if (KeyText) {
    Key = *KeyText;
    KeyIsLiteral = true;
    HaveKey = true;
  }
  NameContext KeyContext = (Arg.Role == ArgRole::UserTraits || Arg.Role == ArgRole::UserIdentity)
                               ? NameContext::TraitKey
                               : NameContext::Key;
  // A vendor's HTTP API documents what its own parameters hold ("cid": a client id).
  auto classifyKey = [&](const std::string &K) -> std::optional<Classification> {
    // The field itself, or nested: "properties.distinct_id", "tags.ai.user.id".
    if (Match.Endpoint)
      for (size_t From = 0; From != std::string::npos;
           From = K.find('.', From) == std::string::npos ? std::string::npos
                                                          : K.find('.', From) + 1) {
        auto It = Match.Endpoint->Fields.find(K.substr(From));
        if (It != Match.Endpoint->Fields.end())
          return Classification{It->second, "a parameter of " + Match.Sdk->Vendor + "'s " +
                                                (Match.Endpoint->Api.empty() ? "HTTP API"
                                                                             : Match.Endpoint->Api)};
      }
    return TU.classify(K, KeyContext);
  };
  auto leftToCallers = [&](const TaintFact &F) {
    return F.FromParam != NoParam && HasCallers;
  };

  // The value itself.
  bool Concrete = false, FromParameter = false;
  for (const TaintFact &F : Value.Taints) {
    if (F.isParameter()) {
      FromParameter = true;
      recordSinkEffect(F, Match, Arg, HaveKey ? Key : "", KeyIsLiteral, KeyParam, Call, Via);
      continue;
    }
    if (F.isExternalResult()) {
      recordResultSink(F, Match, Arg, HaveKey ? Key : "", Call, Via);
      continue;
    }
    Concrete = true;
    if (!leftToCallers(F))
      emit(Call, Match, Arg, ArgExpr, F, HaveKey ? Key : "", nullptr, Via,
           F.FromParam != NoParam);
  }
  bool Unknown = !Concrete && !Value.KnownClean && !(FromParameter && HasCallers);
  // Keys are evidence only as text: a key computed by an expression (a parameter named `name`)
  // says nothing of the value.
  if (Unknown && HaveKey && KeyIsLiteral)
    if (auto C = classifyKey(Key); C && valueCanBeOfKind(ArgExpr, C->Kind)) {
      TaintFact F = sourceFact(*C, ArgExpr, "the value of key \"" + Key + "\"");
      emit(Call, Match, Arg, ArgExpr, F, Key, nullptr, Via, FromParameter);
    }

  // An argument whose kind the API fixes: set_email(x), ...WithEmailAddress(x).
  if (Unknown && Value.Entries.empty() && Arg.Kind) {
    Classification C{*Arg.Kind, "parameter of '" + Match.Sink->Function + "'"};
    TaintFact F = sourceFact(C, ArgExpr, "the argument");
    emit(Call, Match, Arg, ArgExpr, F, HaveKey ? Key : "", nullptr, Via, FromParameter);
  }

  // The entries of a bag.
  for (const BagEntry &Entry : Value.Entries) {
    bool EntryConcrete = false, EntryFromParameter = false;
    for (const TaintFact &F : Entry.Taints) {
      if (F.isParameter()) {
        EntryFromParameter = true;
        recordSinkEffect(F, Match, Arg, Entry.Key, Entry.KeyIsLiteral, Entry.KeyParam, Call,
                         Via);
        continue;
      }
      if (F.isExternalResult()) {
        recordResultSink(F, Match, Arg, Entry.Key, Call, Via);
        continue;
      }
      EntryConcrete = true;
      if (!leftToCallers(F))
        emit(Call, Match, Arg, ArgExpr, F, Entry.Key, &Entry, Via, F.FromParam != NoParam);
    }
    if (!EntryConcrete && Entry.ValueKnownClean && Entry.KeyIsLiteral)
      reportVendorFilled(Call, Match, Arg, ArgExpr, Entry, KeyContext, Via);
    if (EntryConcrete || Entry.ValueKnownClean || (EntryFromParameter && HasCallers) ||
        !Entry.KeyIsLiteral)
      continue;
    auto C = classifyKey(Entry.Key);
    if (C && (!Entry.Site.ValueExpr || valueCanBeOfKind(Entry.Site.ValueExpr, C->Kind))) {
      TaintFact F;
      F.Kind = C->Kind;
      F.Evidence = C->Evidence;
      F.Trace.push_back(TraceStep{Entry.Site.Loc, "the value stored under key \"" + Entry.Key +
                                                      "\" is " +
                                                      dataKindWithArticle(C->Kind) +
                                                      " (" + C->Evidence + ")"});
      emit(Call, Match, Arg, ArgExpr, F, Entry.Key, &Entry, Via, EntryFromParameter);
    }
  }
}

/// A constant that tells the vendor to collect the data itself (Sentry's "{{auto}}" under a
/// user's ip_address): reported as that data where its key denotes the same kind.
void FunctionPass::reportVendorFilled(const CallExpr *Call, const SinkMatch &Match,
                                      const SinkArg &Arg, const Expr *ArgExpr,
                                      const BagEntry &Entry, NameContext KeyContext,
                                      const Through *Via) {
  if (!Entry.Site.ValueExpr)
    return;
  // The literal itself, or the literal a constructor or conversion wraps.
  const VendorFilledValue *Filled = nullptr;
  llvm::SmallVector<const Stmt *, 8> Work = {Entry.Site.ValueExpr};
  for (unsigned Seen = 0; !Work.empty() && !Filled && Seen < 32; ++Seen) {
    const Stmt *S = Work.pop_back_val();
    if (const auto *Literal = dyn_cast_or_null<StringLiteral>(S))
      Filled = Literal->getCharByteWidth() == 1 ? TU.Models.vendorFilled(Literal->getString())
                                                : nullptr;
    else if (S)
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
  }
  if (!Filled)
    return;
  const std::optional<Classification> &C = TU.classify(Entry.Key, KeyContext);
  if (!C || C->Kind != Filled->Kind)
    return;
  TaintFact F;
  F.Kind = Filled->Kind;
  F.Evidence = "\"" + Filled->Literal + "\" " + Filled->Meaning;
  F.Trace.push_back(TraceStep{Entry.Site.Loc, "the value stored under key \"" + Entry.Key +
                                                  "\", \"" + Filled->Literal + "\", " +
                                                  Filled->Meaning});
  emit(Call, Match, Arg, ArgExpr, F, Entry.Key, &Entry, Via, /*RootedInParameter=*/false);
}

/// RootedInParameter: the evidence is this function's parameter (its name, or a key or API
/// contract applied to it), so callers in other units, where there are any, report instead.
void FunctionPass::emit(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
          const Expr *ArgExpr, const TaintFact &Fact, const std::string &Key,
          const BagEntry *Entry, const Through *Via, bool RootedInParameter) {
  // A plain hash of data a dictionary covers (emails, phones, names) is weak pseudonymisation,
  // reported by its own check; a plain hash of anything else is left alone.
  if (Fact.Weak && !isDictionaryReversible(Fact.Kind))
    return;
  // A getenv wrapper's result is known only at its callers' literals.
  if (Fact.IfParamHolds != NoParam)
    return;
  // The SDK's own implementation is not the app: the app's call of the SDK is reported instead.
  // A request whose vendor its URL, given by the callers, decides is reported at those calls.
  if (InVendorCode || !Match.VendorFromParams.empty())
    return;
  SourceLocation Loc = reportLoc(Call->getExprLoc());
  auto Identity = std::make_tuple(Loc.getRawEncoding(), Arg.Index, Key, Fact.Kind,
                                  Fact.Trace.front().Loc.getRawEncoding(),
                                  Via ? Via->Effect->Param : NoParam, Match.Sink);
  if (!Reported.insert(Identity).second)
    return;

  Finding F;
  F.Allowed = TU.Options.Allowed.allows(Match.Sdk->Id, Arg.Role, Fact.Kind);
  F.Kind = Fact.Kind;
  F.Evidence = Fact.Evidence;
  F.Sdk = Match.Sdk;
  F.Sink = Match.Sink;
  F.Arg = Arg;
  F.Key = Key;
  F.Loc = Loc;
  F.Range = SourceRange(reportLoc(ArgExpr->getBeginLoc()), reportLoc(ArgExpr->getEndLoc()));
  F.Trace = Fact.Trace;
  if (Via) {
    F.Via = TU.nameOf(Via->Callee);
    F.Trace.push_back(passedTo(*Via));
    F.Trace.insert(F.Trace.end(), Via->Effect->Trace.begin(), Via->Effect->Trace.end());
  }

  F.Check = Fact.Weak ? WeakPseudonymizationCheckName : CheckName;
  F.Message = findingMessage(Fact.Kind, *Match.Sdk, *Match.Sink, Arg, Key, F.Via, Fact.Weak,
                             Match.Endpoint ? llvm::StringRef(Match.Endpoint->Host) : "");
  if (RootedInParameter)
    F.RootParameterOf = TU.usrOf(&FD);

  FixBuilder Fixes(TU.Ctx, TU.Options, TU.IncludedByPrimaryFixes);
  FixBuilder Alternatives(TU.Ctx, TU.Options, TU.IncludedByAlternativeFixes);
  bool IdentitySlot = Arg.Role == ArgRole::UserIdentity && !Entry;
  if (Fact.Weak) {
    // Replacing the plain hash by a keyed one needs a key: no fix-it.
  } else if (Entry) {
    if (Entry->Site.Kind == InsertionSite::ListElementSite && Entry->Site.List &&
        Entry->Site.Element && Entry->Site.Droppable)
      F.PrimaryFix = Fixes.dropListElement(*Entry->Site.List, Entry->Site.Index, Key);
    else if (Entry->Site.Kind == InsertionSite::StatementSite && Entry->Site.Statement)
      F.PrimaryFix = Fixes.dropStatement(*Entry->Site.Statement, Key);
    else if (Entry->Site.Kind == InsertionSite::BuilderLinkSite && Entry->Site.Statement &&
             Entry->Site.Element)
      F.PrimaryFix = Fixes.dropBuilderLink(*Entry->Site.Element,
                                           *cast<Expr>(Entry->Site.Statement), Key);
    if (Entry->Site.ValueExpr)
      F.AlternativeFix = Alternatives.wrapInHash(*Entry->Site.ValueExpr);
  } else if (IdentitySlot || Arg.Role == ArgRole::PropertyValue ||
             Arg.Role == ArgRole::AttributeValue || (Via && !Key.empty())) {
    // An argument cannot be dropped: hash it.
    F.PrimaryFix = Fixes.wrapInHash(*ArgExpr);
  }
  Out.push_back(std::move(F));
}

} // namespace piiflow::flow
