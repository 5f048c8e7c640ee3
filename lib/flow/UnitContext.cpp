//===--- UnitContext.cpp - Sink matching, summaries lookup and location conversions -------------===//
//
// See UnitContext.h.
//
//===----------------------------------------------------------------------------------------===//
#include "UnitContext.h"
#include "AstQueries.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace piiflow::flow {

const std::string &TUContext::usrOf(const Decl *D) {
  D = D->getCanonicalDecl();
  auto It = UsrCache.find(D);
  if (It != UsrCache.end())
    return It->second;
  llvm::SmallString<128> Buffer;
  std::string Usr;
  if (!index::generateUSRForDecl(D, Buffer))
    Usr = std::string(Buffer);
  return UsrCache[D] = Usr;
}

std::string TUContext::stateUsrOf(llvm::ArrayRef<const ValueDecl *> Key) {
  if (Key.empty() || !Key.front()->isExternallyVisible())
    return "";
  if (const auto *VD = dyn_cast<VarDecl>(Key.front()); VD && VD->isStaticLocal())
    return "";
  std::string Usr = StateUsrPrefix;
  for (const ValueDecl *D : Key) {
    const std::string &Part = usrOf(D);
    if (Part.empty())
      return "";
    if (D != Key.front())
      Usr += '/';
    Usr += Part;
  }
  return Usr;
}

/// A location as file, line and column, for what outlives the unit.
std::string TUContext::absoluteFileOf(SourceLocation FileLoc) const {
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(FileLoc));
  return Entry ? absoluteFileName(SM, Entry->getName()) : "";
}

ExternalStep TUContext::toStep(SourceLocation Loc, const std::string &Message) {
  const SourceManager &SM = Ctx.getSourceManager();
  ExternalStep Step;
  Step.Message = Message;
  Loc = SM.getFileLoc(Loc);
  Step.File = absoluteFileOf(Loc);
  Step.Line = SM.getSpellingLineNumber(Loc);
  Step.Column = SM.getSpellingColumnNumber(Loc);
  return Step;
}

/// A file, line and column from another unit as a location of this one (the file is loaded).
SourceLocation TUContext::fromStep(const ExternalStep &Step) {
  SourceManager &SM = Ctx.getSourceManager();
  auto File = SM.getFileManager().getOptionalFileRef(Step.File);
  if (!File)
    return SourceLocation();
  FileID ID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
  return SM.translateLineCol(ID, Step.Line, Step.Column);
}

std::vector<TraceStep> TUContext::fromSteps(const std::vector<ExternalStep> &Steps) {
  std::vector<TraceStep> Out;
  for (const ExternalStep &S : Steps) {
    SourceLocation Loc = fromStep(S);
    if (Loc.isValid())
      Out.push_back(TraceStep{Loc, S.Message});
  }
  return Out;
}

/// The sink a summaries file names, in the loaded models.
std::string SinkMatch::vendorDisplay() const {
  if (Endpoint)
    return Sdk->Vendor + " (" + Endpoint->Host + ")";
  return Sdk->Vendor;
}

std::optional<SinkMatch> TUContext::sinkOf(const ExternalSinkEffect &E, const SinkArg *&Arg) {
  for (const auto &M : Models.sdks())
    if (M->Id == E.Sdk && E.SinkIndex < M->Sinks.size() &&
        E.ArgIndex < M->Sinks[E.SinkIndex].Args.size()) {
      Arg = &M->Sinks[E.SinkIndex].Args[E.ArgIndex];
      SinkMatch Match{M.get(), &M->Sinks[E.SinkIndex]};
      if (E.Host.empty())
        return Match;
      const VendorEndpoint *Endpoint = Models.endpointNamed(E.Host);
      if (!Endpoint)
        return std::nullopt;
      Match.Client = M.get();
      Match.Sdk = Endpoint->Sdk;
      Match.Endpoint = Endpoint;
      return Match;
    }
  return std::nullopt;
}

/// A sink as a summaries file names it: the SDK, the sink's index and the argument's index.
ExternalSinkEffect TUContext::toExternalSink(const SinkMatch &Match, const SinkArg &Arg,
                                  const std::string &Key) {
  ExternalSinkEffect E;
  E.Sdk = Match.sinkOwner()->Id;
  E.SinkIndex = static_cast<unsigned>(Match.Sink - Match.sinkOwner()->Sinks.data());
  if (Match.Endpoint)
    E.Host = Match.Endpoint->Host;
  for (unsigned I = 0; I < Match.Sink->Args.size(); ++I)
    if (Match.Sink->Args[I].Index == Arg.Index && Match.Sink->Args[I].Role == Arg.Role)
      E.ArgIndex = I;
  E.Key = Key;
  return E;
}

std::vector<ExternalStep> TUContext::toSteps(const std::vector<TraceStep> &Trace) {
  std::vector<ExternalStep> Out;
  for (const TraceStep &S : Trace)
    Out.push_back(toStep(S.Loc, S.Message));
  return Out;
}

/// The summaries a call of Callee may run: its own and its overriders'.
llvm::SmallVector<const FunctionSummary *, 2> TUContext::summariesFor(const FunctionDecl *Callee) {
  llvm::SmallVector<const FunctionSummary *, 2> Out;
  const FunctionDecl *Canonical = Callee->getCanonicalDecl();
  auto Own = Summaries.find(Canonical);
  if (Own != Summaries.end())
    Out.push_back(&Own->second);
  auto It = Overriders.find(Canonical);
  if (It != Overriders.end())
    for (const FunctionDecl *O : It->second) {
      auto S = Summaries.find(O);
      if (S != Summaries.end())
        Out.push_back(&S->second);
    }
  return Out;
}

const std::string &TUContext::nameOf(const NamedDecl *D) {
  auto It = NameCache.find(D);
  if (It != NameCache.end())
    return It->second;
  return NameCache[D] = qualifiedName(D);
}

/// The model sinks a callee matches, directly or through a method it overrides.
const std::vector<SinkMatch> &TUContext::sinksFor(const FunctionDecl *FD) {
  auto It = SinkCache.find(FD);
  if (It != SinkCache.end())
    return It->second;
  std::vector<SinkMatch> Matches;
  collectSinks(FD, FD, Matches);
  return SinkCache[FD] = std::move(Matches);
}

void TUContext::collectSinks(const FunctionDecl *Named, const FunctionDecl *Callee,
                  std::vector<SinkMatch> &Out) {
  for (const ModelCatalog::SinkRef &Ref : Models.sinksNamed(nameOf(Named)))
    if (signatureMatches(*Ref.Sink, Callee))
      Out.push_back(SinkMatch{Ref.Sdk, Ref.Sink});
  if (!Out.empty())
    return;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Named))
    for (const CXXMethodDecl *Overridden : MD->overridden_methods())
      collectSinks(Overridden, Callee, Out);
}

bool TUContext::signatureMatches(const SinkModel &Sink, const FunctionDecl *FD) {
  if (Sink.Arity && *Sink.Arity != FD->getNumParams())
    return false;
  for (size_t I = 0; I < Sink.ParamTypes.size(); ++I) {
    if (Sink.ParamTypes[I].empty())
      continue;
    if (I >= FD->getNumParams())
      return false;
    QualType T = FD->getParamDecl(I)->getType();
    const PrintingPolicy &Policy = FD->getASTContext().getPrintingPolicy();
    if (T.getAsString(Policy).find(Sink.ParamTypes[I]) == std::string::npos &&
        T.getCanonicalType().getAsString(Policy).find(Sink.ParamTypes[I]) == std::string::npos)
      return false;
  }
  return true;
}

const BagTypeModel *TUContext::bagTypeOf(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return nullptr;
  if (const BagTypeModel *B = Models.bagTypeNamed(nameOf(RD)))
    return B;
  if (RD->hasDefinition())
    for (const CXXBaseSpecifier &Base : RD->bases())
      if (const BagTypeModel *B = bagTypeOf(Base.getType()))
        return B;
  return inferredBagType(RD);
}

const BagTypeModel *TUContext::inferredBagType(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  if (!RD)
    return nullptr;
  auto [It, New] = InferredBags.try_emplace(RD);
  if (!New)
    return It->second.get();
  if (RD->isLambda() || Ctx.getSourceManager().isInSystemHeader(RD->getLocation()))
    return nullptr;
  static const char *const InserterNames[] = {
      "insert", "insert_or_assign", "insert_or_replace", "set", "put", "add", "emplace",
      "setValue", "set_value", "setProperty", "set_property", "addProperty", "add_property",
      "setField", "set_field", "addField", "add_field", "Set", "Add", "Insert", "Put",
      "SetValue", "SetProperty", "AddProperty", "SetField", "AddField"};
  auto Bag = std::make_unique<BagTypeModel>();
  Bag->Type = nameOf(RD);
  Bag->Inferred = true;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isConst() || M->isStatic() || M->getNumParams() < 1 ||
        !returnsText(M->getParamDecl(0)->getType()))
      continue;
    if (M->getOverloadedOperator() == OO_Subscript) {
      Bag->KeyedSubscript = true;
      continue;
    }
    if (!M->getIdentifier() || M->getNumParams() != 2 ||
        !llvm::is_contained(InserterNames, M->getName()) ||
        cannotHoldPersonalData(M->getParamDecl(1)->getType()))
      continue;
    if (llvm::none_of(Bag->Inserters,
                      [&](const BagMethodModel &I) { return I.Method == M->getName(); }))
      Bag->Inserters.push_back(BagMethodModel{M->getName().str(), 0, 1, {}, {}, {}});
  }
  if (Bag->Inserters.empty() && !Bag->KeyedSubscript)
    return nullptr;
  It->second = std::move(Bag);
  return It->second.get();
}

bool TUContext::isVendorCode(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = VendorCache.find(FD);
  if (It != VendorCache.end())
    return It->second;
  bool Vendor = !sinksFor(FD).empty();
  // The enclosing namespaces, outermost first, as the models spell them: a, a::b, a::b::c.
  llvm::SmallVector<std::string, 4> Namespaces;
  for (const DeclContext *DC = FD->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->isInline() && !NS->isAnonymousNamespace())
        Namespaces.insert(Namespaces.begin(), NS->getNameAsString());
  for (size_t I = 1; I < Namespaces.size(); ++I)
    Namespaces[I] = Namespaces[I - 1] + "::" + Namespaces[I];
  std::string File = absoluteFileOf(Ctx.getSourceManager().getFileLoc(FD->getLocation()));
  bool Global = FD->getDeclContext()->getRedeclContext()->isTranslationUnit();
  std::string Name = FD->getIdentifier() ? FD->getName().str() : "";
  for (const auto &M : Models.sdks()) {
    if (Vendor)
      break;
    const SdkImplementation &Impl = M->Implementation;
    for (const std::string &N : Impl.Namespaces)
      if (llvm::is_contained(Namespaces, N))
        Vendor = true;
    for (const llvm::GlobPattern &P : Impl.PathPatterns)
      if (!File.empty() && P.match(File))
        Vendor = true;
    for (const std::string &Prefix : Impl.FunctionPrefixes)
      if (Global && llvm::StringRef(Name).starts_with(Prefix))
        Vendor = true;
  }
  return VendorCache[FD] = Vendor;
}

const std::optional<Classification> &
TUContext::classify(llvm::StringRef Name, NameContext Context, llvm::StringRef Owner) {
  auto Key = std::make_tuple(Name.str(), static_cast<int>(Context), Owner.str());
  auto It = ClassificationCache.find(Key);
  if (It != ClassificationCache.end())
    return It->second;
  std::optional<Classification> C = Classes.classify(Name, Context, Owner);
  if (C)
    explain(*C);
  return ClassificationCache[Key] = std::move(C);
}

void TUContext::explain(Classification &C) const {
  // --explain: the evidence says why, and the data category privacy teams file it under,
  // wherever it is shown (the trace, SARIF, the inventory).
  if (!Options.Explain)
    return;
  C.Evidence += ": " + (C.Why.empty() ? std::string() : C.Why + "; ") + "category " +
                dataKindCategory(C.Kind).str();
}

} // namespace piiflow::flow

std::string piiflow::absoluteFileName(const clang::SourceManager &SM, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Name);
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}
