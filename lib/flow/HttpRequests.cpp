//===--- HttpRequests.cpp - Requests to a vendor's HTTP API -------------------------------------===//
//
// Apps reach vendors without their SDKs: they post to Google Analytics' Measurement Protocol,
// Mixpanel's /track or Application Insights' ingestion endpoint with libcurl, cpr, Qt or
// cpp-httplib. The vendor models name their endpoint hosts (VendorEndpoint); a value built from a
// literal that names one carries that endpoint (AbstractValue::Endpoints) through every
// propagation the pass follows: concatenation, QUrl, QNetworkRequest, curl_easy_setopt into a
// handle. The HTTP clients' models name the arguments of a send that make up the request (role
// "request"); a send whose request carries an endpoint reports what the request holds (the
// body's and the query's entries by their keys, the data concatenated into its URL) as sent to
// that vendor. A request to any other host (the app's own backend) is no vendor's.
//
// A wrapper (`post(url, body)`) whose URL is its parameter cannot know the vendor: its sink
// effect names the parameters that flow into the request (SinkMatch::VendorFromParams), and each
// call decides the vendor by the endpoints its arguments there carry.
//
//===----------------------------------------------------------------------------------------===//
#include "FunctionPass.h"

namespace piiflow::flow {

AbstractValue FunctionPass::literalValue(const StringLiteral *Literal) {
  AbstractValue V = AbstractValue::clean();
  if (!TU.Models.hasEndpoints())
    return V;
  if (std::optional<std::string> Text = literalText(Literal))
    TU.Models.endpointsIn(*Text, V.Endpoints);
  return V;
}

/// The endpoints the string literals in E name, looking no deeper than a constant's initializer
/// needs (a few dozen nodes).
static void endpointsInExpr(const ModelCatalog &Models, const Expr *E,
                            llvm::SmallVectorImpl<const VendorEndpoint *> &Out) {
  llvm::SmallVector<const Stmt *, 8> Work = {E};
  for (unsigned Seen = 0; !Work.empty() && Seen < 64; ++Seen) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Literal = dyn_cast<StringLiteral>(S)) {
      if (std::optional<std::string> Text = literalText(Literal))
        Models.endpointsIn(*Text, Out);
      continue;
    }
    // A constant initialised from another: kUrl = kBase (macros are literals already).
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->hasGlobalStorage() && VD->getType().isConstQualified())
          if (const Expr *Init = VD->getAnyInitializer())
            Work.push_back(Init);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

void FunctionPass::addDeclaredEndpoints(const ValueDecl *D, AbstractValue &V) {
  if (!TU.Models.hasEndpoints() || !D)
    return;
  auto [It, Inserted] = TU.DeclEndpoints.try_emplace(D);
  if (Inserted) {
    llvm::SmallVector<const VendorEndpoint *, 1> Found;
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if ((VD->hasGlobalStorage() || VD->isStaticLocal()) && VD->getAnyInitializer())
        endpointsInExpr(TU.Models, VD->getAnyInitializer(), Found);
    } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
      if (const Expr *Init = Field->getInClassInitializer())
        endpointsInExpr(TU.Models, Init, Found);
      // Constructors' member initializers: Client() : url_("https://api.mixpanel.com/track").
      if (const auto *RD = dyn_cast<CXXRecordDecl>(Field->getParent()))
        for (const CXXConstructorDecl *Ctor : RD->ctors()) {
          const FunctionDecl *Def = nullptr;
          if (!Ctor->hasBody(Def))
            continue;
          for (const CXXCtorInitializer *Init : cast<CXXConstructorDecl>(Def)->inits())
            if (Init->getMember() == Field && Init->getInit())
              endpointsInExpr(TU.Models, Init->getInit(), Found);
        }
    }
    It = TU.DeclEndpoints.find(D); // the walk above may have grown the map
    It->second = std::move(Found);
  }
  for (const VendorEndpoint *E : It->second)
    if (!llvm::is_contained(V.Endpoints, E))
      V.Endpoints.push_back(E);
}

/// The parameters of this function whose markers a value (or its entries) holds.
static void parametersIn(const AbstractValue &V, llvm::SmallVectorImpl<int> &Out) {
  auto add = [&](const TaintSet &Facts) {
    for (const TaintFact &F : Facts)
      if (F.isParameter() && !llvm::is_contained(Out, F.Param))
        Out.push_back(F.Param);
  };
  add(V.Taints);
  for (const BagEntry &E : V.Entries)
    add(E.Taints);
}

namespace {
/// Whom a request goes to, by what its URL-bearing arguments hold: the vendor endpoints they name
/// (the first of each vendor), and this function's parameters that may name one (the URL its
/// callers give).
struct RequestTargets {
  llvm::SmallVector<const VendorEndpoint *, 2> Endpoints;
  llvm::SmallVector<int, 2> Params;
};

template <typename Indices>
RequestTargets requestTargets(const CallSite &Site, const Indices &ArgIndices) {
  RequestTargets Out;
  for (int I : ArgIndices)
    if (const AbstractValue *V = Site.argValue(I)) {
      for (const VendorEndpoint *E : V->Endpoints)
        if (llvm::none_of(Out.Endpoints,
                          [&](const VendorEndpoint *Known) { return Known->Sdk == E->Sdk; }))
          Out.Endpoints.push_back(E);
      parametersIn(*V, Out.Params);
    }
  return Out;
}
} // namespace

void FunctionPass::reportRequest(const CallSite &Site, const SinkMatch &Match) {
  const CallExpr *Call = cast<CallExpr>(Site.Call);
  // The request's parts: each argument the model names (AndFollowing: and every one after).
  llvm::SmallVector<SinkArg, 4> Parts;
  for (const SinkArg &Model : Match.Sink->Args) {
    if (Model.Role != ArgRole::Request)
      continue;
    int Last = Model.AndFollowing ? static_cast<int>(Site.ArgExprs.size()) - 1 : Model.Index;
    for (int Index = Model.Index; Index <= Last; ++Index)
      if (Site.argExpr(Index)) {
        SinkArg Part = Model;
        Part.Index = Index;
        Part.AndFollowing = false;
        Parts.push_back(Part);
      }
  }
  RequestTargets Targets =
      requestTargets(Site, llvm::map_range(Parts, [](const SinkArg &Part) { return Part.Index; }));
  auto reportParts = [&](const SinkMatch &As) {
    for (const SinkArg &Part : Parts)
      reportSinkArgument(Call, As, Part, Site.argExpr(Part.Index), *Site.argValue(Part.Index),
                         nullptr);
  };
  for (const VendorEndpoint *E : Targets.Endpoints)
    reportParts(SinkMatch{E->Sdk, Match.Sink, Match.sinkOwner(), E, {}});
  if (!Targets.Endpoints.empty() || Targets.Params.empty())
    return; // no vendor: the app's own backend, or a host piiflow does not know
  SinkMatch Pending{Match.sinkOwner(), Match.Sink, nullptr, nullptr, {}};
  Pending.VendorFromParams.assign(Targets.Params.begin(), Targets.Params.end());
  reportParts(Pending); // records effects only: emit needs a vendor
}

void FunctionPass::applyRequestEffect(const SinkEffect &Effect, const CallSite &Site,
                                      const std::map<int, std::string> &Literals) {
  const auto *Call = cast<CallExpr>(Site.Call);
  const Expr *Arg = Site.argExpr(Effect.Param);
  if (!Arg || !keyConditionsAllow(Effect.Conditions, Literals))
    return;
  RequestTargets Targets = requestTargets(Site, Effect.Match.VendorFromParams);
  auto reportAs = [&](const SinkEffect &Resolved) {
    Through Via{Site.Callee, &Resolved, Arg,
                Resolved.KeyParam != NoParam ? Site.argExpr(Resolved.KeyParam) : nullptr,
                Call->getExprLoc()};
    reportSinkArgument(Call, Resolved.Match, Resolved.Arg, Arg, *Site.argValue(Effect.Param),
                       nullptr, &Via);
  };
  for (const VendorEndpoint *E : Targets.Endpoints) {
    SinkEffect Resolved = Effect;
    Resolved.Match = SinkMatch{E->Sdk, Effect.Match.Sink, Effect.Match.sinkOwner(), E, {}};
    // The callee's last step said "sent in an HTTP request": this call's URL says to whom.
    if (!Resolved.Trace.empty())
      Resolved.Trace.back().Message = "sent to " + Resolved.Match.vendorDisplay() + " by '" +
                                      Effect.Match.Sink->Function + "', the host the URL given to '" +
                                      TU.nameOf(Site.Callee) + "' names";
    reportAs(Resolved);
  }
  if (!Targets.Endpoints.empty() || Targets.Params.empty())
    return;
  // This function's own callers give the URL: the effect carries on, its parameters ours.
  SinkEffect Forwarded = Effect;
  Forwarded.Match.VendorFromParams.assign(Targets.Params.begin(), Targets.Params.end());
  reportAs(Forwarded);
}

} // namespace piiflow::flow
