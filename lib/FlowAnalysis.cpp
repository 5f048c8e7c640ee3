//===--- FlowAnalysis.cpp - Flow-sensitive taint pass from personal data to SDK sinks --------===//
//
// For each function that calls a modelled sink, a forward may-analysis over the function's CFG
// tracks, per access path (a variable and a chain of fields), the personal data its value may
// hold and, for bags, the entries inserted under each key. Assignments to a path replace its
// value (so an overwrite before the call clears it); the join at control-flow merges is a union.
// When the fixpoint is reached a last pass over every block reports each tainted sink argument.
//
// Sources are values whose name denotes personal data (variables, fields, getters), string keys
// that do, and modelled system functions; a path with a known value is not classified again, so a
// variable named `email` that was assigned a literal is not reported.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Analysis.h"
#include "FixBuilder.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace piiflow {
namespace {

//===-- Abstract values ----------------------------------------------------------------------===//

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
  /// Hashed without a key on the way: a pseudonym a dictionary reverses.
  bool Weak = false;

  bool isParameter() const { return Param != NoParam; }
  bool isExternalResult() const { return !ExternalResult.empty(); }
};

using TaintSet = std::vector<TaintFact>;

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
  TaintSet Taints;
  bool ValueKnownClean = false;
  InsertionSite Site;
};

struct AbstractValue {
  TaintSet Taints;
  std::vector<BagEntry> Entries;
  /// Known to carry nothing personal beyond Taints: a literal, a default-constructed value or the
  /// result of a sanitizer. Such a value is not classified by the key it is stored under.
  bool KnownClean = false;

  bool empty() const { return Taints.empty() && Entries.empty(); }

  void merge(const AbstractValue &O) {
    unionInto(Taints, O.Taints);
    for (const BagEntry &E : O.Entries)
      addEntry(E);
    KnownClean = KnownClean && O.KnownClean;
  }

  void addEntry(const BagEntry &E) {
    for (BagEntry &Mine : Entries)
      if (Mine.Key == E.Key && Mine.Site.Loc == E.Site.Loc) {
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
const char ThisRoot = 0;

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

using State = std::map<AccessPath, AbstractValue>;

void joinInto(State &Dst, const State &Src) {
  for (const auto &[Path, Value] : Src) {
    auto It = Dst.find(Path);
    if (It == Dst.end())
      Dst.emplace(Path, Value);
    else
      It->second.merge(Value);
  }
}

/// Structural equality, ignoring traces, for fixpoint detection.
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

//===-- Names --------------------------------------------------------------------------------===//

/// Qualified name without inline or anonymous namespaces and without template arguments:
/// std::__cxx11::basic_string<char>::c_str -> std::basic_string::c_str.
std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  const auto *Method = dyn_cast<CXXMethodDecl>(D);
  if (Method && Method->getParent()->isLambda()) {
    // A lambda's call operator: "enclosing::(lambda)".
    Parts.push_back("(lambda)");
    D = Method->getParent();
  } else {
    Parts.push_back(D->getNameAsString());
  }
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (RD->getIdentifier())
        Parts.push_back(RD->getNameAsString());
    } else if (isa<LinkageSpecDecl>(DC) || isa<TranslationUnitDecl>(DC)) {
      continue;
    } else if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      Parts.push_back(ND->getNameAsString());
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

const CXXRecordDecl *recordOf(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  return T->getAsCXXRecordDecl();
}

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *C = dyn_cast<ImplicitCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      E = W->getSubExpr();
    else if (const auto *CE = dyn_cast<ConstantExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *S = dyn_cast<CXXStaticCastExpr>(E))
      E = S->getSubExpr();
    else if (const auto *CS = dyn_cast<CStyleCastExpr>(E))
      E = CS->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(CC) &&
             llvm::all_of(llvm::drop_begin(CC->arguments()),
                          [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }) &&
             CC->getConstructor()->isConvertingConstructor(false) &&
             !isa<CXXStdInitializerListExpr>(strip(CC->getArg(0))) &&
             !isa<InitListExpr>(CC->getArg(0)->IgnoreImplicit()))
      E = CC->getArg(0); // std::string("email"), copies and moves
    else
      break;
  }
  return E;
}

/// The literal text of a key expression: "email", or a constant initialised with one.
std::optional<std::string> literalText(const Expr *E) {
  E = strip(E);
  if (!E)
    return std::nullopt;
  if (const auto *S = dyn_cast<StringLiteral>(E)) {
    if (S->getCharByteWidth() == 1)
      return S->getString().str();
    // L"email", u"email", TEXT("email"): keys are ASCII in practice; others become '?'.
    std::string Narrow;
    for (unsigned I = 0; I < S->getLength(); ++I) {
      uint32_t Unit = S->getCodeUnit(I);
      Narrow.push_back(Unit < 0x80 ? static_cast<char>(Unit) : '?');
    }
    return Narrow;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getType().isConstQualified() || VD->isConstexpr() ||
          (VD->getType()->isPointerType() &&
           VD->getType()->getPointeeType().isConstQualified() && VD->hasGlobalStorage()))
        if (const Expr *Init = VD->getAnyInitializer())
          return literalText(Init);
  return std::nullopt;
}

/// char pointers and arrays, and string classes (std::string, FString, QString, ...).
bool returnsText(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->getIdentifier() && RD->getName().lower().find("string") != std::string::npos;
  return false;
}

/// Types that can never hold the data a name suggests: bool, enumerations, void.
bool cannotHoldPersonalData(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isBooleanType() || T->isEnumeralType() || T->isVoidType() ||
         T->isFunctionType() || T->isMemberPointerType();
}

/// Whether a value of type T can hold data of Kind: an int can be a user id or a phone number but
/// not an email address; a double can be a coordinate.
bool canHoldKind(QualType T, DataKind Kind) {
  if (T.isNull())
    return true;
  T = T.getNonReferenceType().getCanonicalType();
  if (cannotHoldPersonalData(T))
    return false;
  if (T->isIntegerType() && !T->isAnyCharacterType())
    return Kind == DataKind::UserId || Kind == DataKind::Phone || Kind == DataKind::DeviceId;
  if (T->isRealFloatingType())
    return Kind == DataKind::Location;
  return true;
}

//===-- The per-function pass ----------------------------------------------------------------===//

struct SinkMatch {
  const SdkModel *Sdk = nullptr;
  const SinkModel *Sink = nullptr;
};

/// What a call of a function does with its parameters, learnt from its body: the parameters
/// that reach a sink (the function is a wrapper of the SDK), what it returns, and what it writes
/// through its reference parameters.
struct SinkEffect {
  int Param = 0;
  SinkMatch Match;
  SinkArg Arg;
  std::string Key;              ///< the key the parameter travels under inside the function
  std::vector<TraceStep> Trace; ///< from the parameter to the SDK call, inside the function
};

struct FunctionSummary {
  std::vector<SinkEffect> Sinks;
  TaintSet ReturnFacts;              ///< personal data the function returns
  std::vector<BagEntry> ReturnEntries;
  std::set<int> ReturnParams;        ///< parameters whose data the result carries
  std::map<int, AbstractValue> OutParams; ///< personal data written through parameter i
  /// Parameters passed on to functions of other units, resolved across units.
  std::vector<ParameterForward> Forwards;

  bool empty() const {
    return Sinks.empty() && ReturnFacts.empty() && ReturnEntries.empty() &&
           ReturnParams.empty() && OutParams.empty() && Forwards.empty();
  }
  /// Equal in what callers see, for the fixpoint over recursive functions.
  bool sameAs(const FunctionSummary &O) const {
    if (Sinks.size() != O.Sinks.size() || ReturnFacts.size() != O.ReturnFacts.size() ||
        ReturnEntries.size() != O.ReturnEntries.size() || ReturnParams != O.ReturnParams ||
        OutParams.size() != O.OutParams.size() || Forwards.size() != O.Forwards.size())
      return false;
    return true;
  }
};

/// A call of a wrapper whose parameter reaches a sink: the effect, and the argument given.
struct Through {
  const FunctionDecl *Callee;
  const SinkEffect *Effect;
  const Expr *CallArg;
};

/// Everything that stays the same across the functions of one translation unit.
struct TUContext {
  TUContext(const ModelCatalog &Models, const Classifier &Classes,
            const AnalysisOptions &Options, ASTContext &Ctx)
      : Models(Models), Classes(Classes), Options(Options), Ctx(Ctx) {}

  const ModelCatalog &Models;
  const Classifier &Classes;
  const AnalysisOptions &Options;
  ASTContext &Ctx;
  llvm::DenseMap<const FunctionDecl *, std::vector<SinkMatch>> SinkCache;
  llvm::DenseMap<const Decl *, std::string> NameCache;
  const SummaryStore *Imported = nullptr; ///< other units' summaries, from a file
  UnitFacts *Collect = nullptr;           ///< what the tool resolves across units
  llvm::DenseMap<const Decl *, std::string> UsrCache;

  const std::string &usrOf(const Decl *D) {
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

  /// A location as file, line and column, for what outlives the unit.
  ExternalStep toStep(SourceLocation Loc, const std::string &Message) {
    const SourceManager &SM = Ctx.getSourceManager();
    ExternalStep Step;
    Step.Message = Message;
    Loc = SM.getFileLoc(Loc);
    if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
      llvm::SmallString<256> Path(Entry->getName());
      llvm::sys::fs::make_absolute(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      Step.File = std::string(Path);
    }
    Step.Line = SM.getSpellingLineNumber(Loc);
    Step.Column = SM.getSpellingColumnNumber(Loc);
    return Step;
  }

  /// A file, line and column from another unit as a location of this one (the file is loaded).
  SourceLocation fromStep(const ExternalStep &Step) {
    SourceManager &SM = Ctx.getSourceManager();
    auto File = SM.getFileManager().getOptionalFileRef(Step.File);
    if (!File)
      return SourceLocation();
    FileID ID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
    return SM.translateLineCol(ID, Step.Line, Step.Column);
  }

  std::vector<TraceStep> fromSteps(const std::vector<ExternalStep> &Steps) {
    std::vector<TraceStep> Out;
    for (const ExternalStep &S : Steps) {
      SourceLocation Loc = fromStep(S);
      if (Loc.isValid())
        Out.push_back(TraceStep{Loc, S.Message});
    }
    return Out;
  }

  /// The sink a summaries file names, in the loaded models.
  std::optional<SinkMatch> sinkOf(const ExternalSinkEffect &E, const SinkArg *&Arg) {
    for (const auto &M : Models.sdks())
      if (M->Id == E.Sdk && E.SinkIndex < M->Sinks.size() &&
          E.ArgIndex < M->Sinks[E.SinkIndex].Args.size()) {
        Arg = &M->Sinks[E.SinkIndex].Args[E.ArgIndex];
        return SinkMatch{M.get(), &M->Sinks[E.SinkIndex]};
      }
    return std::nullopt;
  }

  /// A sink as a summaries file names it: the SDK, the sink's index and the argument's index.
  ExternalSinkEffect toExternalSink(const SinkMatch &Match, const SinkArg &Arg,
                                    const std::string &Key) {
    ExternalSinkEffect E;
    E.Sdk = Match.Sdk->Id;
    E.SinkIndex = static_cast<unsigned>(Match.Sink - Match.Sdk->Sinks.data());
    for (unsigned I = 0; I < Match.Sink->Args.size(); ++I)
      if (Match.Sink->Args[I].Index == Arg.Index && Match.Sink->Args[I].Role == Arg.Role)
        E.ArgIndex = I;
    E.Key = Key;
    return E;
  }

  std::vector<ExternalStep> toSteps(const std::vector<TraceStep> &Trace) {
    std::vector<ExternalStep> Out;
    for (const TraceStep &S : Trace)
      Out.push_back(toStep(S.Loc, S.Message));
    return Out;
  }

  /// Files whose HashHeader include a fix of this unit already inserts (warnings' fixes, notes').
  std::set<unsigned> IncludedByPrimaryFixes, IncludedByAlternativeFixes;

  /// What lambdas capture, by (call operator, captured variable), merged over where they are made.
  std::map<std::pair<const FunctionDecl *, const ValueDecl *>, AbstractValue> Captures;

  /// Summaries of the functions analysed so far, by canonical declaration.
  llvm::DenseMap<const FunctionDecl *, FunctionSummary> Summaries;
  /// Canonical method -> the canonical methods that override it, directly or not.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 2>> Overriders;

  /// The summaries a call of Callee may run: its own and its overriders'.
  llvm::SmallVector<const FunctionSummary *, 2> summariesFor(const FunctionDecl *Callee) {
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

  const std::string &nameOf(const NamedDecl *D) {
    auto It = NameCache.find(D);
    if (It != NameCache.end())
      return It->second;
    return NameCache[D] = qualifiedName(D);
  }

  /// The model sinks a callee matches, directly or through a method it overrides.
  const std::vector<SinkMatch> &sinksFor(const FunctionDecl *FD) {
    auto It = SinkCache.find(FD);
    if (It != SinkCache.end())
      return It->second;
    std::vector<SinkMatch> Matches;
    collectSinks(FD, FD, Matches);
    return SinkCache[FD] = std::move(Matches);
  }

  void collectSinks(const FunctionDecl *Named, const FunctionDecl *Callee,
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

  static bool signatureMatches(const SinkModel &Sink, const FunctionDecl *FD) {
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

  const BagTypeModel *bagTypeOf(QualType T) {
    const CXXRecordDecl *RD = recordOf(T);
    if (!RD)
      return nullptr;
    if (const BagTypeModel *B = Models.bagTypeNamed(nameOf(RD)))
      return B;
    if (RD->hasDefinition())
      for (const CXXBaseSpecifier &Base : RD->bases())
        if (const BagTypeModel *B = bagTypeOf(Base.getType()))
          return B;
    return nullptr;
  }
};

class FunctionPass {
public:
  /// HasCallers: some function of the unit calls this one, so data that reaches a sink through a
  /// parameter is reported at those calls (where the program chooses what to send), not here.
  FunctionPass(TUContext &TU, const FunctionDecl &FD, std::vector<Finding> &Out,
               FunctionSummary &Summary, bool HasCallers)
      : TU(TU), SM(TU.Ctx.getSourceManager()), FD(FD), Out(Out), Summary(Summary),
        HasCallers(HasCallers) {}

  void run() {
    CFG::BuildOptions Options;
    Options.AddInitializers = true;
    Options.AddCXXDefaultInitExprInCtors = true;
    std::unique_ptr<CFG> Graph = CFG::buildCFG(&FD, FD.getBody(), &TU.Ctx, Options);
    if (!Graph)
      return;

    // Forward worklist in reverse post-order until nothing changes.
    std::vector<std::optional<State>> EntryStates(Graph->getNumBlockIDs());
    EntryStates[Graph->getEntry().getBlockID()] = State();
    std::vector<const CFGBlock *> Order(Graph->begin(), Graph->end());
    std::reverse(Order.begin(), Order.end()); // the CFG lists blocks from exit to entry
    std::vector<unsigned> Visits(Graph->getNumBlockIDs(), 0);
    std::vector<const CFGBlock *> Worklist = {&Graph->getEntry()};
    std::vector<bool> Queued(Graph->getNumBlockIDs(), false);
    Queued[Graph->getEntry().getBlockID()] = true;
    constexpr unsigned MaxVisitsPerBlock = 16;
    while (!Worklist.empty()) {
      const CFGBlock *Block = Worklist.front();
      Worklist.erase(Worklist.begin());
      Queued[Block->getBlockID()] = false;
      if (++Visits[Block->getBlockID()] > MaxVisitsPerBlock)
        continue;
      Current = *EntryStates[Block->getBlockID()];
      transferBlock(*Block);
      for (const CFGBlock *Succ : Block->succs()) {
        if (!Succ)
          continue;
        std::optional<State> &SuccState = EntryStates[Succ->getBlockID()];
        State Joined = SuccState ? *SuccState : State();
        joinInto(Joined, Current);
        if (SuccState && sameState(*SuccState, Joined))
          continue;
        SuccState = std::move(Joined);
        if (!Queued[Succ->getBlockID()]) {
          Queued[Succ->getBlockID()] = true;
          Worklist.push_back(Succ);
        }
      }
    }

    // Report, and summarise, from the fixpoint, block by block in source order.
    Final = true;
    for (const CFGBlock *Block : Order) {
      if (!EntryStates[Block->getBlockID()])
        continue;
      Current = *EntryStates[Block->getBlockID()];
      transferBlock(*Block);
    }
    if (const std::optional<State> &AtExit = EntryStates[Graph->getExit().getBlockID()])
      summariseOutParameters(*AtExit);
  }

private:
  //===-- Statements ---------------------------------------------------------------------===//

  void transferBlock(const CFGBlock &Block) {
    for (const CFGElement &Element : Block) {
      if (auto S = Element.getAs<CFGStmt>())
        transferStmt(S->getStmt());
    }
  }

  void transferStmt(const Stmt *S) {
    TopLevel = S;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          declareVariable(VD);
      return;
    }
    if (const auto *E = dyn_cast<Expr>(S)) {
      eval(E);
      return;
    }
    if (const auto *R = dyn_cast<ReturnStmt>(S))
      if (R->getRetValue()) {
        AbstractValue V = eval(R->getRetValue());
        if (Final)
          summariseReturn(V);
      }
  }

  /// What a lambda captures, by value or by reference, as this function holds it where the
  /// lambda is made: the lambda's body (analysed after this function) starts from it, so data
  /// queued in std::function jobs, std::thread bodies and callbacks is followed.
  void captureInto(const LambdaExpr *Lambda) {
    if (!Final)
      return;
    const CXXMethodDecl *Body = Lambda->getCallOperator();
    auto Init = Lambda->capture_init_begin();
    for (auto C = Lambda->capture_begin(); C != Lambda->capture_end(); ++C, ++Init) {
      if (!C->capturesVariable() || !*Init)
        continue;
      const ValueDecl *Var = C->getCapturedVar();
      AbstractValue V = eval(*Init);
      // The enclosing function's parameters mean nothing in the lambda: keep only their data.
      llvm::erase_if(V.Taints, [](const TaintFact &F) { return F.isParameter(); });
      for (TaintFact &F : V.Taints)
        F.FromParam = NoParam;
      addHop(V, C->getLocation(), "captured by the lambda");
      auto [It, Inserted] = TU.Captures.try_emplace({Body, Var}, V);
      if (!Inserted)
        It->second.merge(V);
    }
  }

  //===-- Summary ------------------------------------------------------------------------===//

  /// Concrete facts whose source is not a parameter's name: what callers can rely on.
  static TaintSet concreteFacts(const TaintSet &Facts) {
    TaintSet Out;
    for (const TaintFact &F : Facts)
      if (!F.isParameter() && F.FromParam == NoParam)
        Out.push_back(F);
    return Out;
  }

  /// An entry as callers see it: its concrete facts, without the callee's insertion site (its
  /// fixes belong to the callee).
  static std::optional<BagEntry> concreteEntry(const BagEntry &E) {
    BagEntry Copy = E;
    Copy.Taints = concreteFacts(E.Taints);
    if (Copy.Taints.empty())
      return std::nullopt;
    Copy.Site = InsertionSite();
    Copy.Site.Loc = E.Site.Loc;
    return Copy;
  }

  void summariseReturn(const AbstractValue &V) {
    for (const TaintFact &F : V.Taints)
      if (F.isParameter())
        Summary.ReturnParams.insert(F.Param);
    unionInto(Summary.ReturnFacts, concreteFacts(V.Taints));
    for (const BagEntry &E : V.Entries)
      if (std::optional<BagEntry> Copy = concreteEntry(E))
        Summary.ReturnEntries.push_back(std::move(*Copy));
  }

  /// What the function leaves in the objects its reference and pointer parameters name.
  void summariseOutParameters(const State &AtExit) {
    for (unsigned I = 0; I < FD.getNumParams(); ++I) {
      const ParmVarDecl *P = FD.getParamDecl(I);
      QualType T = P->getType();
      if (!(T->isReferenceType() || T->isPointerType()) || T->getPointeeType().isConstQualified())
        continue;
      AbstractValue Written;
      for (const auto &[Path, Value] : AtExit) {
        if (Path.Root != P)
          continue;
        unionInto(Written.Taints, concreteFacts(Value.Taints));
        for (const BagEntry &E : Value.Entries)
          if (std::optional<BagEntry> Copy = concreteEntry(E))
            Written.addEntry(*Copy);
      }
      if (!Written.empty())
        Summary.OutParams[I] = Written;
    }
  }

  void recordSinkEffect(const TaintFact &Marker, const SinkMatch &Match, const SinkArg &Arg,
                        const std::string &Key, const CallExpr *Call, const Through *Via) {
    SinkEffect E;
    E.Param = Marker.Param;
    E.Match = Match;
    E.Arg = Arg;
    E.Key = Key;
    E.Trace = Marker.Trace;
    if (Via) {
      E.Trace.push_back(passedTo(*Via));
      E.Trace.insert(E.Trace.end(), Via->Effect->Trace.begin(), Via->Effect->Trace.end());
    } else {
      E.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()),
                                  "sent to " + Match.Sdk->Vendor + " by '" + Match.Sink->Function + "'"});
    }
    for (const SinkEffect &Known : Summary.Sinks)
      if (Known.Param == E.Param && Known.Match.Sink == E.Match.Sink &&
          Known.Arg.Index == E.Arg.Index && Known.Key == E.Key)
        return;
    Summary.Sinks.push_back(std::move(E));
  }

  TraceStep passedTo(const Through &Via) {
    return TraceStep{reportLoc(Via.CallArg->getBeginLoc()),
                     "passed to '" + TU.nameOf(Via.Callee) + "'"};
  }

  void declareVariable(const VarDecl *VD) {
    AccessPath Path{VD, {}};
    const Expr *Init = VD->getInit();
    if (!Init || !VD->hasLocalStorage()) {
      // A default-constructed local (an empty string or bag) is known to hold nothing; an extern
      // or static one holds whatever it was last given elsewhere.
      if (VD->hasLocalStorage() && (VD->getType()->isRecordType() || VD->getType()->isArrayType()))
        Current[Path] = AbstractValue::clean();
      else
        Current.erase(Path);
      return;
    }
    AbstractValue V = eval(Init);
    assignPath(Path, std::move(V), VD->getLocation(), "assigned to '" + VD->getNameAsString() + "'");
  }

  /// Strong update: the path now holds exactly V. A value that is neither known data nor a
  /// constant leaves the path unknown, so that its name classifies it at its next use.
  void assignPath(const AccessPath &Path, AbstractValue V, SourceLocation At,
                  const std::string &Hop) {
    for (auto It = Current.begin(); It != Current.end();)
      It = It->first.hasPrefix(Path) ? Current.erase(It) : std::next(It);
    if (V.empty() && !V.KnownClean)
      return;
    addHop(V, At, Hop);
    Current[Path] = std::move(V);
  }

  /// Weak update: the path may now also hold V (s += x, s.append(x), oss << x).
  void addToPath(const AccessPath &Path, const AbstractValue &V, SourceLocation At,
                 const std::string &Hop) {
    if (V.empty())
      return;
    AbstractValue Added = V;
    addHop(Added, At, Hop);
    auto It = Current.find(Path);
    if (It == Current.end()) {
      AbstractValue Existing = readPath(Path, nullptr);
      Existing.merge(Added);
      Existing.KnownClean = false;
      Current[Path] = std::move(Existing);
    } else {
      It->second.merge(Added);
      It->second.KnownClean = false;
    }
  }

  void addHop(AbstractValue &V, SourceLocation At, const std::string &Hop) {
    if (At.isInvalid())
      return;
    SourceLocation Loc = reportLoc(At);
    for (TaintFact &F : V.Taints)
      if (F.Trace.back().Loc != Loc || F.Trace.back().Message != Hop)
        F.Trace.push_back(TraceStep{Loc, Hop});
  }

  //===-- Paths --------------------------------------------------------------------------===//

  /// The access path an lvalue expression names, if any.
  std::optional<AccessPath> pathOf(const Expr *E) {
    E = strip(E);
    if (!E)
      return std::nullopt;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        return AccessPath{VD, {}};
      return std::nullopt;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!Field)
        return std::nullopt;
      const Expr *Base = strip(ME->getBase());
      if (isa<CXXThisExpr>(Base))
        return AccessPath{&ThisRoot, {Field}};
      std::optional<AccessPath> BasePath = pathOf(Base);
      if (!BasePath)
        return std::nullopt;
      BasePath->Fields.push_back(Field);
      return BasePath;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
        return pathOf(UO->getSubExpr());
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // *ptr, ptr-> on smart pointers; the stream of a `<<` chain.
      if ((Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) && Op->getNumArgs() == 1)
        return pathOf(Op->getArg(0));
      if (Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2 && Op->isLValue())
        return pathOf(Op->getArg(0));
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      if (const CXXMethodDecl *MD = Member->getMethodDecl()) {
        // ptr.get() of a smart pointer.
        if (MD->getIdentifier() && MD->getName() == "get" && MD->getNumParams() == 0)
          return pathOf(Member->getImplicitObjectArgument());
        // A builder's link returns its own object: props.set("a", x).set("b", y).
        QualType Result = MD->getReturnType();
        if (Result->isLValueReferenceType() &&
            Result->getPointeeCXXRecordDecl() == MD->getParent())
          return pathOf(Member->getImplicitObjectArgument());
      }
    }
    return std::nullopt;
  }

  /// The value of a path: what the state knows, or what its name says; a struct also carries what
  /// its fields hold (config.tags["k"] = v makes config a bag with that entry, and
  /// config.resource = id an entry "resource").
  AbstractValue readPath(const AccessPath &Path, const Expr *Use) {
    AbstractValue V = readExactPath(Path, Use);
    for (auto It = Current.upper_bound(Path); It != Current.end() && It->first.hasPrefix(Path);
         ++It) {
      const AccessPath &Sub = It->first;
      if (Sub.Fields.size() != Path.Fields.size() + 1)
        continue; // deeper fields reach here through their parent
      AbstractValue Field = readPath(Sub, nullptr);
      for (const BagEntry &E : Field.Entries)
        V.addEntry(E);
      if (!Field.Taints.empty()) {
        BagEntry E;
        E.Key = Sub.Fields.back()->getNameAsString();
        E.KeyIsLiteral = true;
        E.Taints = Field.Taints;
        E.Site.Loc = Field.Taints.front().Trace.back().Loc;
        V.addEntry(E);
      }
      if (!Field.empty())
        V.KnownClean = false;
    }
    return V;
  }

  AbstractValue readExactPath(const AccessPath &Path, const Expr *Use) {
    auto It = Current.find(Path);
    if (It != Current.end())
      return It->second;
    if (Path.Fields.empty() && Path.Root != &ThisRoot) {
      // A variable this lambda captured: what it held where the lambda was made.
      auto Captured = TU.Captures.find(
          {&FD, static_cast<const ValueDecl *>(Path.Root)});
      if (Captured != TU.Captures.end() && (!Captured->second.empty() || Captured->second.KnownClean))
        return Captured->second;
    }
    if (!Path.Fields.empty()) {
      // A struct a source wrote into holds its data as entries named after fields.
      AccessPath Parent = Path;
      Parent.Fields.pop_back();
      auto ParentIt = Current.find(Parent);
      if (ParentIt != Current.end()) {
        AbstractValue V;
        for (const BagEntry &E : ParentIt->second.Entries)
          if (E.Key == Path.Fields.back()->getName())
            unionInto(V.Taints, E.Taints);
        if (!V.Taints.empty())
          return V;
      }
    }
    AbstractValue V;
    if (!Use)
      return V;
    // A prefix assigned a known value (a copied struct) says nothing of this field, so only
    // classify by name here.
    const ValueDecl *Leaf = Path.Fields.empty()
                                ? static_cast<const ValueDecl *>(Path.Root)
                                : Path.Fields.back();
    if (cannotHoldPersonalData(Leaf->getType()))
      return V;
    if (!Path.Fields.empty())
      return classifyMember(cast<FieldDecl>(Leaf), Use, "'" + Path.display() + "'");
    std::optional<Classification> C =
        classifyDecl(Leaf, Leaf->getType(), NameContext::Variable, llvm::StringRef());
    const auto *Param = dyn_cast<ParmVarDecl>(Leaf);
    if (Param && Param->getDeclContext() != &FD)
      Param = nullptr; // a lambda's enclosing function's parameter
    if (C && canHoldKind(Leaf->getType(), C->Kind)) {
      V.Taints.push_back(sourceFact(*C, Use, "'" + Path.display() + "'"));
      if (Param)
        V.Taints.back().FromParam = Param->getFunctionScopeIndex();
    }
    if (Param) {
      // Whatever callers pass: what this function does with it becomes its summary.
      TaintFact Marker;
      Marker.Param = Param->getFunctionScopeIndex();
      Marker.Trace.push_back(
          TraceStep{reportLoc(Param->getLocation()),
                    "received as parameter '" + Param->getNameAsString() + "' of '" +
                        TU.nameOf(&FD) + "'"});
      V.Taints.push_back(std::move(Marker));
    }
    return V;
  }

  /// A field read where nothing is known of it: its name, in its class, says what it holds.
  AbstractValue classifyMember(const FieldDecl *Field, const Expr *Use,
                               std::string What = "") {
    AbstractValue V;
    if (cannotHoldPersonalData(Field->getType()))
      return V;
    const auto *Owner = dyn_cast<RecordDecl>(Field->getDeclContext());
    std::optional<Classification> C =
        classifyDecl(Field, Field->getType(), NameContext::Field,
                     Owner && Owner->getIdentifier() ? Owner->getName() : llvm::StringRef());
    if (What.empty())
      What = "'" + sourceText(Use) + "'";
    if (C && canHoldKind(Field->getType(), C->Kind))
      V.Taints.push_back(sourceFact(*C, Use, What));
    return V;
  }

  /// What a declaration says it holds, strongest evidence first: its annotation
  /// ([[clang::annotate("pii:email")]], or "pii:none" to say it holds nothing personal), its name
  /// (in its class), then its type's names through typedefs (EmailAddress, UserId). The type must
  /// be able to hold the kind.
  std::optional<Classification> classifyDecl(const NamedDecl *D, QualType T, NameContext Context,
                                             llvm::StringRef Owner) {
    if (const auto *Annotation = D->getAttr<AnnotateAttr>()) {
      llvm::StringRef Text = Annotation->getAnnotation();
      if (Text.consume_front("pii:")) {
        if (Text == "none")
          return std::nullopt;
        if (std::optional<DataKind> Kind = parseDataKind(Text))
          return Classification{*Kind, "annotation 'pii:" + Text.str() + "'"};
      }
    }
    std::optional<Classification> C;
    if (D->getIdentifier())
      C = TU.Classes.classify(D->getName(), Context, Owner);
    if (!C)
      C = classifyType(T);
    if (C && !canHoldKind(T, C->Kind))
      return std::nullopt;
    return C;
  }

  /// A type named for the data it holds: `using EmailAddress = std::string;`, `struct PhoneNumber`.
  std::optional<Classification> classifyType(QualType T) {
    T = T.getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    for (int Depth = 0; Depth < 4; ++Depth) {
      const NamedDecl *Named = nullptr;
      if (const auto *TT = T->getAs<TypedefType>())
        Named = TT->getDecl();
      else if (const RecordDecl *RD = T->getAsRecordDecl())
        Named = RD;
      if (!Named || !Named->getIdentifier())
        return std::nullopt;
      if (std::optional<Classification> C =
              TU.Classes.classify(Named->getName(), NameContext::Variable)) {
        C->Evidence = "type '" + Named->getNameAsString() + "'";
        return C;
      }
      const auto *TT = T->getAs<TypedefType>();
      if (!TT)
        return std::nullopt;
      T = TT->desugar();
    }
    return std::nullopt;
  }

  TaintFact sourceFact(const Classification &C, const Expr *Use, const std::string &What) {
    TaintFact F;
    F.Kind = C.Kind;
    F.Evidence = C.Evidence;
    F.Trace.push_back(TraceStep{reportLoc(Use->getBeginLoc()),
                                What + " is " + dataKindWithArticle(C.Kind) +
                                    " (" + C.Evidence + ")"});
    return F;
  }

  //===-- Expressions --------------------------------------------------------------------===//

  AbstractValue eval(const Expr *E) {
    if (!E)
      return {};
    E = E->IgnoreParens();
    if (isa<StringLiteral>(E) || isa<IntegerLiteral>(E) || isa<FloatingLiteral>(E) ||
        isa<CharacterLiteral>(E) || isa<CXXBoolLiteralExpr>(E) || isa<CXXNullPtrLiteralExpr>(E) ||
        isa<GNUNullExpr>(E) || isa<SizeOfPackExpr>(E) || isa<UnaryExprOrTypeTraitExpr>(E) ||
        isa<ImplicitValueInitExpr>(E) || isa<CXXScalarValueInitExpr>(E) ||
        isa<CXXDefaultArgExpr>(E) || isa<CXXDefaultInitExpr>(E))
      return AbstractValue::clean();
    if (const auto *C = dyn_cast<ImplicitCastExpr>(E))
      return eval(C->getSubExpr());
    if (const auto *C = dyn_cast<ExplicitCastExpr>(E)) {
      AbstractValue V = eval(C->getSubExpr());
      if (cannotHoldPersonalData(C->getType()))
        return AbstractValue::clean();
      return V;
    }
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      return eval(M->getSubExpr());
    if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      return eval(B->getSubExpr());
    if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      return eval(W->getSubExpr());
    if (const auto *CE = dyn_cast<ConstantExpr>(E))
      return eval(CE->getSubExpr());
    if (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        if (isa<EnumConstantDecl>(DRE->getDecl()))
          return AbstractValue::clean();
      AbstractValue BaseValue;
      if (const auto *ME = dyn_cast<MemberExpr>(E))
        BaseValue = eval(ME->getBase());
      if (std::optional<AccessPath> P = pathOf(E))
        return readPath(*P, E);
      // A field of a value with no path: getpwuid(uid)->pw_name, makeUser().email.
      AbstractValue V;
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        for (const BagEntry &Entry : BaseValue.Entries)
          if (Entry.Key == ME->getMemberDecl()->getName())
            unionInto(V.Taints, Entry.Taints);
        if (V.Taints.empty() && isa<FieldDecl>(ME->getMemberDecl()))
          V = classifyMember(cast<FieldDecl>(ME->getMemberDecl()), ME);
      }
      return V;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      AbstractValue V = eval(UO->getSubExpr());
      if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
        return V;
      if (UO->getOpcode() == UO_LNot)
        return {};
      return V;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E))
      return evalBinary(BO);
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
      evalSideEffects(CO->getCond());
      AbstractValue V = eval(CO->getTrueExpr());
      V.merge(eval(CO->getFalseExpr()));
      return V;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      evalSideEffects(AS->getIdx());
      return eval(AS->getBase());
    }
    if (const auto *ILE = dyn_cast<InitListExpr>(E))
      // Elements of a plain array may be counted by the code that passes it on.
      return evalInitList(ILE, /*Droppable=*/!ILE->getType()->isArrayType());
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
      const Expr *Sub = SIL->getSubExpr()->IgnoreImplicit();
      if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Sub))
        Sub = M->getSubExpr()->IgnoreImplicit();
      if (const auto *ILE = dyn_cast<InitListExpr>(Sub))
        return evalInitList(ILE, /*Droppable=*/true);
      return eval(SIL->getSubExpr());
    }
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E))
      return evalConstruct(Ctor);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
      return evalOperatorCall(Op);
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return evalCall(Call);
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
      captureInto(Lambda); // its body is analysed as a function of its own
      return {};
    }
    // Anything else: evaluate the children for their side effects.
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        eval(CE);
    return {};
  }

  void evalSideEffects(const Expr *E) { (void)eval(E); }

  AbstractValue evalBinary(const BinaryOperator *BO) {
    if (BO->isAssignmentOp()) {
      AbstractValue RHS = eval(BO->getRHS());
      evalSideEffects(BO->getLHS());
      if (std::optional<AccessPath> P = pathOf(BO->getLHS())) {
        if (BO->getOpcode() == BO_Assign)
          assignPath(*P, RHS, BO->getLHS()->getBeginLoc(), "assigned to '" + P->display() + "'");
        else
          addToPath(*P, RHS, BO->getOperatorLoc(), "combined into '" + P->display() + "'");
      }
      return RHS;
    }
    if (BO->getOpcode() == BO_Comma) {
      evalSideEffects(BO->getLHS());
      return eval(BO->getRHS());
    }
    AbstractValue L = eval(BO->getLHS());
    AbstractValue R = eval(BO->getRHS());
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return {};
    L.merge(R);
    return L;
  }

  AbstractValue evalInitList(const InitListExpr *ILE, bool Droppable) {
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
  std::optional<BagEntry> entryFromPairLike(const Expr *Element, const InitListExpr *List,
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
  bool splitPair(const Expr *E, const Expr *&Key, const Expr *&Value) {
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

  BagEntry makeEntry(const std::string &Key, bool KeyIsLiteral, const AbstractValue &Value,
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
    std::string Hop = BagName ? "stored in '" + *BagName + "' under key \"" + Key + "\""
                              : "stored under key \"" + Key + "\"";
    for (TaintFact &F : Entry.Taints)
      F.Trace.push_back(TraceStep{Site.Loc, Hop});
    return Entry;
  }

  void insertIntoBag(const AccessPath &Bag, const Expr *KeyExpr, const AbstractValue &Value,
                     const Expr *ValueExpr, const Expr *InsertingExpr) {
    auto [Key, IsLiteral] = keyOf(KeyExpr);
    insertKeyIntoBag(Bag, Key, IsLiteral, Value, ValueExpr, InsertingExpr);
  }

  void insertKeyIntoBag(const AccessPath &Bag, const std::string &Key, bool KeyIsLiteral,
                        const AbstractValue &Value, const Expr *ValueExpr,
                        const Expr *InsertingExpr) {
    std::string BagName = Bag.display();
    BagEntry Entry = makeEntry(Key, KeyIsLiteral, Value,
                               siteOfCall(InsertingExpr, /*Object=*/nullptr, ValueExpr), &BagName);
    auto It = Current.find(Bag);
    if (It == Current.end())
      It = Current.emplace(Bag, AbstractValue::clean()).first;
    // The same key inserted again from the same place replaces; from elsewhere, adds.
    It->second.KnownClean = false;
    It->second.addEntry(Entry);
  }

  bool isTopLevel(const Expr *E) const {
    const Stmt *Top = TopLevel;
    if (const auto *TopExpr = dyn_cast_or_null<Expr>(Top))
      Top = TopExpr->IgnoreImplicit();
    return Top == E->IgnoreImplicit();
  }

  AbstractValue evalConstruct(const CXXConstructExpr *Ctor) {
    const CXXRecordDecl *RD = Ctor->getConstructor()->getParent();
    llvm::SmallVector<AbstractValue, 4> Args;
    for (const Expr *Arg : Ctor->arguments())
      Args.push_back(eval(Arg));

    // A constructor as a source: std::ifstream("/etc/machine-id").
    auto ctorArg = [&](int Index) -> const Expr * {
      return Index >= 0 && static_cast<unsigned>(Index) < Ctor->getNumArgs() ? Ctor->getArg(Index)
                                                                              : nullptr;
    };
    if (std::optional<AbstractValue> V =
            fromSources(TU.nameOf(Ctor->getConstructor()), Ctor, ctorArg))
      return *V;

    if (const EntryConstructorModel *EC = TU.Models.entryConstructorNamed(TU.nameOf(RD))) {
      if (static_cast<unsigned>(EC->KeyArg) < Ctor->getNumArgs() &&
          static_cast<unsigned>(EC->ValueArg) < Ctor->getNumArgs()) {
        const Expr *KeyExpr = Ctor->getArg(EC->KeyArg);
        InsertionSite Site;
        Site.Kind = InsertionSite::NestedSite;
        Site.ValueExpr = Ctor->getArg(EC->ValueArg);
        Site.Loc = reportLoc(Ctor->getBeginLoc());
        AbstractValue V;
        auto [Key, IsLiteral] = keyOf(KeyExpr);
        V.Entries.push_back(makeEntry(Key, IsLiteral, Args[EC->ValueArg], Site, nullptr));
        return V;
      }
    }

    if (TU.bagTypeOf(Ctor->getType()) && Ctor->getNumArgs() >= 1) {
      // A bag built from an initializer list: its entries keep their places.
      const Expr *First = Ctor->getArg(0)->IgnoreImplicit();
      if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(First))
        First = M->getSubExpr()->IgnoreImplicit();
      if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(First)) {
        const Expr *Sub = SIL->getSubExpr()->IgnoreImplicit();
        if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Sub))
          Sub = M->getSubExpr()->IgnoreImplicit();
        if (const auto *ILE = dyn_cast<InitListExpr>(Sub))
          return evalInitList(ILE, /*Droppable=*/true);
      }
    }

    // Copies, moves and converting constructors carry their arguments' data.
    AbstractValue V = AbstractValue::clean();
    for (AbstractValue &A : Args)
      V.merge(A);
    if (Args.empty())
      return AbstractValue::clean();
    return V;
  }

  AbstractValue evalOperatorCall(const CXXOperatorCallExpr *Op) {
    OverloadedOperatorKind K = Op->getOperator();
    if (K == OO_Equal && Op->getNumArgs() == 2) {
      AbstractValue RHS = eval(Op->getArg(1));
      const Expr *LHS = Op->getArg(0);
      std::string Key;
      if (std::optional<AccessPath> Bag = bagElement(LHS, Key)) {
        insertKeyIntoBag(*Bag, Key, true, RHS, Op->getArg(1), Op);
        return RHS;
      }
      evalSideEffects(LHS);
      if (std::optional<AccessPath> P = pathOf(LHS))
        assignPath(*P, RHS, LHS->getBeginLoc(), "assigned to '" + P->display() + "'");
      return RHS;
    }
    if ((K == OO_PlusEqual || K == OO_LessLess) && Op->getNumArgs() == 2) {
      AbstractValue LHS = eval(Op->getArg(0));
      AbstractValue RHS = eval(Op->getArg(1));
      if (K == OO_LessLess && !Op->isLValue()) {
        LHS.merge(RHS); // a shift of numbers, or a by-value result
        return LHS;
      }
      if (std::optional<AccessPath> P = pathOf(Op->getArg(0))) {
        addToPath(*P, RHS, Op->getOperatorLoc(),
                  (K == OO_LessLess ? "written to '" : "appended to '") + P->display() + "'");
        return readPath(*P, nullptr);
      }
      LHS.merge(RHS);
      return LHS;
    }
    if (K == OO_Subscript && Op->getNumArgs() == 2) {
      std::string Key;
      if (std::optional<AccessPath> Bag = bagElement(Op, Key)) {
        AbstractValue BagValue = readPath(*Bag, nullptr);
        AbstractValue V;
        for (const BagEntry &E : BagValue.Entries)
          if (E.Key == Key)
            unionInto(V.Taints, E.Taints);
        return V;
      }
      evalSideEffects(Op->getArg(1));
      return eval(Op->getArg(0));
    }
    if (K == OO_EqualEqual || K == OO_ExclaimEqual || K == OO_Less || K == OO_Greater ||
        K == OO_LessEqual || K == OO_GreaterEqual || K == OO_Spaceship || K == OO_AmpAmp ||
        K == OO_PipePipe || K == OO_Exclaim) {
      for (const Expr *Arg : Op->arguments())
        evalSideEffects(Arg);
      return {};
    }
    if (K == OO_Call) // a functor or std::function: its own function
      return evalCall(Op);
    // +, *, -> and the rest: the result derives from the operands.
    AbstractValue V;
    bool AllConstant = true;
    for (const Expr *Arg : Op->arguments()) {
      AbstractValue A = eval(Arg);
      AllConstant = AllConstant && A.KnownClean;
      V.merge(A);
    }
    V.KnownClean = AllConstant;
    if (cannotHoldPersonalData(Op->getType()))
      return {};
    return V;
  }

  /// bag["key"] (nested: bag["user"]["email"] names key "user.email" of bag).
  std::optional<AccessPath> bagElement(const Expr *E, std::string &Key) {
    E = strip(E);
    const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E);
    if (!Op || Op->getOperator() != OO_Subscript || Op->getNumArgs() != 2)
      return std::nullopt;
    const Expr *Base = Op->getArg(0);
    const BagTypeModel *Bag = TU.bagTypeOf(Base->getType());
    if (!Bag || !Bag->KeyedSubscript)
      return std::nullopt;
    std::string ThisKey = keyOf(Op->getArg(1)).first;
    std::string OuterKey;
    if (std::optional<AccessPath> Outer = bagElement(Base, OuterKey)) {
      Key = OuterKey + "." + ThisKey;
      return Outer;
    }
    std::optional<AccessPath> P = pathOf(Base);
    if (!P)
      return std::nullopt;
    Key = ThisKey;
    return P;
  }

  AbstractValue evalCall(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      Object = Member->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(Call) && Callee && isa<CXXMethodDecl>(Callee))
      Object = Call->getArg(0);

    // Arguments of a member operator call start after the object.
    unsigned FirstArg = (isa<CXXOperatorCallExpr>(Call) && Object) ? 1 : 0;
    llvm::SmallVector<const Expr *, 6> ArgExprs;
    for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I)
      ArgExprs.push_back(Call->getArg(I));

    AbstractValue ObjectValue = Object ? eval(Object) : AbstractValue();
    llvm::SmallVector<AbstractValue, 6> ArgValues;
    for (const Expr *Arg : ArgExprs)
      ArgValues.push_back(eval(Arg));
    if (!Callee) {
      if (const Expr *CalleeExpr = Call->getCallee())
        evalSideEffects(CalleeExpr);
      return {};
    }

    auto argExpr = [&](int Index) -> const Expr * {
      if (Index == ThisArg)
        return Object;
      return static_cast<unsigned>(Index) < ArgExprs.size() ? ArgExprs[Index] : nullptr;
    };
    auto argValue = [&](int Index) -> const AbstractValue * {
      if (Index == ThisArg)
        return Object ? &ObjectValue : nullptr;
      return static_cast<unsigned>(Index) < ArgValues.size() ? &ArgValues[Index] : nullptr;
    };

    // Sinks: report in the final pass.
    const std::vector<SinkMatch> &Sinks = TU.sinksFor(Callee);
    if (Final)
      for (const SinkMatch &Match : Sinks)
        for (const SinkArg &Arg : Match.Sink->Args)
          if (const Expr *AE = argExpr(Arg.Index)) {
            AbstractValue Value = *argValue(Arg.Index);
            if (Arg.DeclaredKind)
              declare(Value, *Arg.DeclaredKind, argExpr(Arg.DeclaredKind->Index), Call);
            reportSinkArgument(Call, Match, Arg, AE, Value,
                               Arg.KeyArg ? argExpr(*Arg.KeyArg) : nullptr);
          }

    const std::string &Name = TU.nameOf(Callee);

    // Conversion operators keep the data: std::string to std::string_view, QString to std::string.
    if (isa<CXXConversionDecl>(Callee) && Object && Sinks.empty())
      return cannotHoldPersonalData(Call->getType()) ? AbstractValue() : ObjectValue;

    // Insertions into bags through a modelled function: sentry_value_set_by_key(obj, k, v).
    if (const BagInserterModel *Inserter = TU.Models.bagInserterNamed(Name)) {
      const Expr *BagExpr = argExpr(Inserter->BagArg);
      const Expr *KeyExpr = argExpr(Inserter->KeyArg);
      const AbstractValue *Value = argValue(Inserter->ValueArg);
      if (BagExpr && KeyExpr && Value)
        if (std::optional<AccessPath> Bag = pathOf(BagExpr))
          insertIntoBag(*Bag, KeyExpr, *Value, argExpr(Inserter->ValueArg), Call);
      return {};
    }

    // Functions that build a bag from their arguments: sentry_value_new_user(id, name, email, ip),
    // MakeAnalyticsEventAttributeArray(k1, v1, k2, v2, ...).
    if (const BagBuilderModel *Builder = TU.Models.bagBuilderNamed(Name)) {
      AbstractValue V = AbstractValue::clean();
      auto addEntry = [&](const std::string &Key, bool KeyIsLiteral, int Index) {
        const Expr *ValueExpr = argExpr(Index);
        if (!ValueExpr)
          return;
        InsertionSite Site;
        Site.Kind = InsertionSite::NestedSite;
        Site.ValueExpr = ValueExpr;
        Site.Loc = reportLoc(ValueExpr->getBeginLoc());
        V.addEntry(makeEntry(Key, KeyIsLiteral, *argValue(Index), Site, nullptr));
        V.KnownClean = false;
      };
      for (const auto &[Index, Key] : Builder->Entries)
        addEntry(Key, true, Index);
      if (Builder->PairsFrom)
        for (unsigned I = *Builder->PairsFrom; I + 1 < ArgExprs.size(); I += 2) {
          auto [Key, IsLiteral] = keyOf(ArgExprs[I]);
          addEntry(Key, IsLiteral, I + 1);
        }
      return V;
    }

    // Methods of bag types: insert, emplace, set (builders), erase, clear.
    if (Object) {
      if (const BagTypeModel *Bag = TU.bagTypeOf(Object->getType())) {
        llvm::StringRef Method = Callee->getIdentifier() ? Callee->getName() : "";
        std::optional<AccessPath> BagPath = pathOf(Object);
        for (const BagMethodModel &Inserter : Bag->Inserters)
          if (Inserter.Method == Method)
            return insertWithMethod(Call, Inserter, Object, ObjectValue, BagPath, argExpr,
                                    argValue);
        if (BagPath && llvm::is_contained(Bag->Erasers, Method) && !ArgExprs.empty()) {
          if (std::optional<std::string> Key = literalText(ArgExprs[0])) {
            auto It = Current.find(*BagPath);
            if (It != Current.end())
              llvm::erase_if(It->second.Entries,
                             [&](const BagEntry &E) { return E.Key == *Key; });
          }
          return {};
        }
        if (BagPath && llvm::is_contained(Bag->Clearers, Method)) {
          Current[*BagPath] = AbstractValue::clean();
          return {};
        }
      }
    }

    // Modelled propagation: std::move, std::to_string, c_str, append, std::getline.
    if (const PropagatorModel *Prop = TU.Models.propagatorNamed(Name)) {
      AbstractValue V;
      bool AllClean = true;
      for (int From : Prop->From) {
        if (From == AllArgs) {
          for (const AbstractValue &A : ArgValues) {
            V.merge(A);
            AllClean = AllClean && A.KnownClean;
          }
          continue;
        }
        if (const AbstractValue *A = argValue(From)) {
          V.merge(*A);
          AllClean = AllClean && A->KnownClean;
        }
      }
      V.KnownClean = AllClean;
      if (Prop->Into) {
        if (const Expr *Target = argExpr(*Prop->Into))
          if (std::optional<AccessPath> P = pathOf(Target)) {
            addToPath(*P, V, Call->getExprLoc(),
                      (*Prop->Into == ThisArg ? "appended to '" : "written to '") + P->display() +
                          "'");
            return *Prop->Into == ThisArg ? readPath(*P, nullptr) : AbstractValue();
          }
        return *Prop->Into == ThisArg ? V : AbstractValue();
      }
      return V;
    }

    // Sanitizers: keyed hashes end the flow, plain hashes leave a pseudonym a dictionary reverses.
    if (std::optional<AbstractValue> V = sanitize(Callee, Name, Call, ArgValues, argExpr))
      return *V;

    // Modelled sources: getlogin(), gethostname(buf, n), getenv("USER"), getpwuid(uid)->pw_name.
    if (std::optional<AbstractValue> V = fromSources(Name, Call, argExpr))
      return *V;

    // Functions of this unit, by their summaries: wrappers of SDKs report here, at the call that
    // chooses what to send; helpers return or write personal data.
    llvm::SmallVector<const FunctionSummary *, 2> Summaries = TU.summariesFor(Callee);
    AbstractValue Result;
    bool Known = !Summaries.empty();
    for (const FunctionSummary *S : Summaries) {
      if (Final)
        for (const SinkEffect &Effect : S->Sinks)
          if (const Expr *A = argExpr(Effect.Param)) {
            Through Via{Callee, &Effect, A};
            reportSinkArgument(Call, Effect.Match, Effect.Arg, A, *argValue(Effect.Param), nullptr,
                               &Via);
          }
      std::string Returned = "returned by '" + TU.nameOf(Callee) + "'";
      for (TaintFact F : S->ReturnFacts) {
        F.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()), Returned});
        addTaint(Result.Taints, F);
      }
      for (BagEntry E : S->ReturnEntries) {
        for (TaintFact &F : E.Taints)
          F.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()), Returned});
        Result.addEntry(E);
      }
      for (int P : S->ReturnParams)
        if (const AbstractValue *A = argValue(P)) {
          AbstractValue Passed = *A;
          addHop(Passed, Call->getExprLoc(), "passed through '" + TU.nameOf(Callee) + "'");
          Result.merge(Passed);
        }
      for (const auto &[Index, Written] : S->OutParams)
        if (const Expr *A = argExpr(Index))
          if (std::optional<AccessPath> P = pathOf(A)) {
            AbstractValue Filled = Written;
            for (BagEntry &E : Filled.Entries)
              for (TaintFact &F : E.Taints)
                F.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()),
                                            "filled by '" + TU.nameOf(Callee) + "'"});
            addToPath(*P, Filled, Call->getExprLoc(),
                      "filled by '" + TU.nameOf(Callee) + "'");
          }
    }
    // Functions another unit defines: by an imported summary (the check with SummaryFiles), or
    // recorded for the tool to resolve once every unit is analysed.
    if (!Known && !Callee->hasBody() && !SM.isInSystemHeader(Callee->getLocation())) {
      const std::string &Usr = TU.usrOf(Callee);
      const ExternalSummary *Imported = TU.Imported && !Usr.empty() ? TU.Imported->find(Usr) : nullptr;
      if (Imported) {
        Known = true;
        applyImported(*Imported, Call, Callee, ArgExprs, ArgValues, Result);
      } else if (TU.Collect && !Usr.empty()) {
        if (Final)
          recordExternalCall(Usr, Call, Callee, ArgExprs, ArgValues);
        if (!cannotHoldPersonalData(Call->getType()) && !Call->getType()->isVoidType()) {
          TaintFact Symbolic;
          Symbolic.ExternalResult = Usr;
          Symbolic.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()),
                                             "returned by '" + TU.nameOf(Callee) + "'"});
          Result.Taints.push_back(std::move(Symbolic));
        }
      }
    }

    if (Known && !Result.empty())
      return Result;

    // Getters named after personal data: user.email(), GetUserId(), profile->getPhone().
    if (!cannotHoldPersonalData(Call->getType()) && !Call->getType()->isVoidType() &&
        Callee->getNumParams() == 0 && Sinks.empty() && Callee->getIdentifier()) {
      const auto *Owner = dyn_cast<RecordDecl>(Callee->getDeclContext());
      std::optional<Classification> C =
          classifyDecl(Callee, Callee->getReturnType(), NameContext::Function,
                       Owner && Owner->getIdentifier() ? Owner->getName() : llvm::StringRef());
      if (C) {
        AbstractValue V;
        std::string What = "'" + (Object ? sourceText(Call) : Callee->getNameAsString() + "()") + "'";
        V.Taints.push_back(sourceFact(*C, Call, What));
        V.merge(Result);
        return V;
      }
    }

    if (Known)
      return Result;

    // A digest passed through an unknown helper (hex(digest), base64(hash)) is still that
    // digest: weak pseudonyms carry on, so they are not mistaken for clean or for raw data.
    for (const AbstractValue &A : ArgValues)
      for (const TaintFact &F : A.Taints)
        if (F.Weak)
          addTaint(Result.Taints, F);

    // An accessor of an object that holds personal data, giving it as text: phone.c_str(),
    // email.ToString(), name.data().
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      if (Object && Method->isConst() && Method->getNumParams() == 0 &&
          returnsText(Method->getReturnType()))
        unionInto(Result.Taints, ObjectValue.Taints);

    // An unknown callee may write through non-const references and pointers: what it is given
    // that way is no longer known (and its name may classify it again).
    for (unsigned I = 0; I < ArgExprs.size() && I < Callee->getNumParams(); ++I) {
      QualType PT = Callee->getParamDecl(I)->getType();
      bool Writable = (PT->isReferenceType() || PT->isPointerType()) &&
                      !PT->getPointeeType().isConstQualified();
      if (Writable)
        if (std::optional<AccessPath> P = pathOf(ArgExprs[I]))
          if (Current.count(*P) && Current[*P].Entries.empty())
            Current.erase(*P);
    }
    return Result;
  }

  /// A call of a function another unit defines, with its summary from a summaries file: its
  /// parameters that reach a sink report here, its returned personal data flows on.
  void applyImported(const ExternalSummary &S, const CallExpr *Call, const FunctionDecl *Callee,
                     llvm::ArrayRef<const Expr *> ArgExprs, llvm::ArrayRef<AbstractValue> ArgValues,
                     AbstractValue &Result) {
    if (Final)
      for (const ExternalSinkEffect &E : S.Sinks) {
        const SinkArg *Arg = nullptr;
        std::optional<SinkMatch> Match = TU.sinkOf(E, Arg);
        if (!Match || E.Param < 0 || static_cast<size_t>(E.Param) >= ArgExprs.size())
          continue;
        SinkEffect Effect;
        Effect.Param = E.Param;
        Effect.Match = *Match;
        Effect.Arg = *Arg;
        Effect.Key = E.Key;
        Effect.Trace = TU.fromSteps(E.Trace);
        Through Via{Callee, &Effect, ArgExprs[E.Param]};
        reportSinkArgument(Call, *Match, *Arg, ArgExprs[E.Param], ArgValues[E.Param], nullptr,
                           &Via);
      }
    for (const ExternalFact &R : S.Returns) {
      TaintFact F;
      F.Kind = R.Kind;
      F.Weak = R.Weak;
      F.Evidence = R.Evidence;
      F.Trace = TU.fromSteps(R.Trace);
      if (F.Trace.empty())
        continue;
      F.Trace.push_back(
          TraceStep{reportLoc(Call->getExprLoc()), "returned by '" + TU.nameOf(Callee) + "'"});
      addTaint(Result.Taints, F);
    }
  }

  /// What the arguments of a call of another unit's function hold: personal data (a pending
  /// finding, if the callee turns out to reach a sink) and this function's own parameters (a
  /// forward in its summary).
  void recordExternalCall(const std::string &Usr, const CallExpr *Call, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> ArgExprs,
                          llvm::ArrayRef<AbstractValue> ArgValues) {
    TU.Collect->Called.insert(Usr);
    std::string Name = TU.nameOf(Callee);
    for (size_t I = 0; I < ArgExprs.size() && I < ArgValues.size(); ++I) {
      const Expr *Arg = ArgExprs[I];
      TraceStep Passed{reportLoc(Arg->getBeginLoc()), "passed to '" + Name + "'"};
      auto pending = [&](const TaintFact &F, const std::string &Key) {
        if (F.Trace.empty())
          return;
        PendingArgument A;
        A.CalleeUsr = Usr;
        A.CalleeName = Name;
        A.Param = static_cast<int>(I);
        A.Call = TU.toStep(reportLoc(Call->getExprLoc()), "");
        A.Argument = TU.toStep(reportLoc(Arg->getBeginLoc()), "");
        A.ArgumentEnd = TU.toStep(
            Lexer::getLocForEndOfToken(reportLoc(Arg->getEndLoc()), 0, SM, TU.Ctx.getLangOpts()), "");
        A.Fact.Kind = F.Kind;
        A.Fact.Weak = F.Weak;
        A.Fact.Evidence = F.Evidence;
        std::vector<TraceStep> Trace = F.Trace;
        Trace.push_back(Passed);
        A.Fact.Trace = TU.toSteps(Trace);
        A.Key = Key;
        A.ResultOf = F.ExternalResult;
        TU.Collect->Arguments.push_back(std::move(A));
      };
      auto forward = [&](const TaintFact &Marker) {
        std::vector<TraceStep> Trace = Marker.Trace;
        Trace.push_back(Passed);
        ParameterForward F{Marker.Param, Usr, static_cast<int>(I), TU.toSteps(Trace)};
        for (const ParameterForward &Known : Summary.Forwards)
          if (Known.Param == F.Param && Known.CalleeUsr == Usr && Known.CalleeParam == F.CalleeParam)
            return;
        Summary.Forwards.push_back(std::move(F));
      };
      for (const TaintFact &F : ArgValues[I].Taints) {
        if (F.isParameter())
          forward(F);
        else if (!(F.FromParam != NoParam && HasCallers))
          pending(F, "");
      }
      for (const BagEntry &E : ArgValues[I].Entries)
        for (const TaintFact &F : E.Taints)
          if (!F.isParameter() && !(F.FromParam != NoParam && HasCallers))
            pending(F, E.Key);
    }
  }

  /// The result of another unit's function reaching a sink here: a finding if that function
  /// turns out to return personal data.
  void recordResultSink(const TaintFact &F, const SinkMatch &Match, const SinkArg &Arg,
                        const std::string &Key, const CallExpr *Call, const Through *Via) {
    if (!TU.Collect)
      return;
    PendingResultSink R;
    R.CalleeUsr = F.ExternalResult;
    R.Sink = TU.toExternalSink(Match, Arg, Key);
    std::vector<TraceStep> Trace = F.Trace;
    if (Via) {
      Trace.push_back(passedTo(*Via));
      Trace.insert(Trace.end(), Via->Effect->Trace.begin(), Via->Effect->Trace.end());
    }
    R.Sink.Trace = TU.toSteps(Trace);
    R.Call = TU.toStep(reportLoc(Call->getExprLoc()), "");
    TU.Collect->ResultSinks.push_back(std::move(R));
  }

  /// A bag method that inserts (map.emplace(k, v), props.set(k, v) of a builder, 1DS
  /// SetProperty(k, v, PiiKind)). Returns the bag's value, so that builder chains carry it on.
  template <typename ArgExprFn, typename ArgValueFn>
  AbstractValue insertWithMethod(const CallExpr *Call, const BagMethodModel &Inserter,
                                 const Expr *Object, const AbstractValue &ObjectValue,
                                 const std::optional<AccessPath> &BagPath, ArgExprFn argExpr,
                                 ArgValueFn argValue) {
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
      std::string BagName = BagPath ? BagPath->display() : "";
      Bag.addEntry(makeEntry(Key, IsLiteral, Value, siteOfCall(Call, Object, ValueExpr),
                             BagPath ? &BagName : nullptr));
    }
    if (BagPath)
      Current[*BagPath] = Bag;
    return Bag;
  }

  /// Where an inserting call put an entry: a statement of its own, or a link of a builder chain
  /// (when Object, the object it is called on, is itself a call).
  InsertionSite siteOfCall(const Expr *Call, const Expr *Object, const Expr *ValueExpr) {
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
  void declare(AbstractValue &Value, const DeclaredKindArg &Declared, const Expr *KindExpr,
               const CallExpr *Call) {
    const Expr *E = KindExpr;
    if (const auto *Default = dyn_cast_or_null<CXXDefaultArgExpr>(E))
      E = Default->getExpr();
    E = E ? strip(E) : nullptr;
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
    const auto *Enumerator = DRE ? dyn_cast<EnumConstantDecl>(DRE->getDecl()) : nullptr;
    if (!Enumerator)
      return;
    auto It = Declared.Enumerators.find(Enumerator->getNameAsString());
    if (It == Declared.Enumerators.end() || !It->second)
      return;
    for (const TaintFact &F : Value.Taints)
      if (!F.isParameter() && F.Kind == *It->second)
        return;
    TaintFact F;
    F.Kind = *It->second;
    F.Evidence = "declared " + Enumerator->getNameAsString();
    SourceLocation Loc = reportLoc(
        isa<CXXDefaultArgExpr>(KindExpr) ? Call->getExprLoc() : KindExpr->getBeginLoc());
    F.Trace.push_back(TraceStep{Loc, "the value is declared " +
                                         dataKindWithArticle(F.Kind) + " (" +
                                         Enumerator->getNameAsString() + ")"});
    Value.Taints.push_back(std::move(F));
  }

  /// The value of a call to a modelled source, if Name is one whose conditions hold.
  template <typename ArgExprFn>
  std::optional<AbstractValue> fromSources(const std::string &Name, const Expr *Call,
                                           ArgExprFn argExpr) {
    for (const SourceModel *Source : TU.Models.sourcesNamed(Name)) {
      if (Source->WhenArgIndex) {
        const Expr *Arg = argExpr(*Source->WhenArgIndex);
        std::optional<std::string> Literal = Arg ? literalText(Arg) : std::nullopt;
        if (!Literal || !llvm::is_contained(Source->WhenArgEquals, *Literal))
          continue;
      }
      std::string What = Source->OutArg ? "the buffer filled by '" + Name + "'"
                         : Source->WhenArgIndex
                             ? "'" + sourceText(Call) + "'"
                             : "the result of '" + Name + "'";
      if (!Source->Field.empty())
        What = "the '" + Source->Field + "' of '" + Name + "'";
      Classification C{Source->Kind, "function '" + Name + "'"};
      TaintFact Fact = sourceFact(C, Call, What);
      AbstractValue V;
      if (!Source->Field.empty()) {
        // The data is in a field of the result: an entry keyed by the field's name.
        BagEntry Entry;
        Entry.Key = Source->Field;
        Entry.KeyIsLiteral = true;
        Entry.Taints.push_back(Fact);
        Entry.Site.Loc = Fact.Trace.front().Loc;
        V.Entries.push_back(Entry);
      } else {
        V.Taints.push_back(Fact);
      }
      if (Source->OutArg) {
        if (const Expr *OutExpr = argExpr(*Source->OutArg))
          if (std::optional<AccessPath> P = pathOf(OutExpr))
            Current[*P] = V;
        return AbstractValue();
      }
      return V;
    }
    return std::nullopt;
  }

  //===-- Reporting ----------------------------------------------------------------------===//

  /// Reports what of Value reaches the sink argument Arg: each fact of the value, each tainted
  /// entry of a bag, keys that name personal data, and arguments whose kind the API fixes. Facts
  /// that stand for a parameter become this function's summary instead; findings whose source is
  /// a parameter are left to the callers when there are any. With Via, the call is of a wrapper
  /// whose parameter reaches the SDK (Arg and Match are the SDK's).
  void reportSinkArgument(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
                          const Expr *ArgExpr, const AbstractValue &Value, const Expr *KeyExpr,
                          const Through *Via = nullptr) {
    std::string Key;
    bool HaveKey = false;
    if (Via && !Via->Effect->Key.empty()) {
      Key = Via->Effect->Key;
      HaveKey = true;
    } else if (KeyExpr) {
      Key = keyOf(KeyExpr).first;
      HaveKey = true;
    }
    NameContext KeyContext = (Arg.Role == ArgRole::UserTraits || Arg.Role == ArgRole::UserIdentity)
                                 ? NameContext::TraitKey
                                 : NameContext::Key;
    auto leftToCallers = [&](const TaintFact &F) {
      return F.FromParam != NoParam && HasCallers;
    };

    // The value itself.
    bool Concrete = false, FromParameter = false;
    for (const TaintFact &F : Value.Taints) {
      if (F.isParameter()) {
        FromParameter = true;
        recordSinkEffect(F, Match, Arg, HaveKey ? Key : "", Call, Via);
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
    if (Unknown && HaveKey)
      if (auto C = TU.Classes.classify(Key, KeyContext);
          C && canHoldKind(valueType(ArgExpr), C->Kind)) {
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
          recordSinkEffect(F, Match, Arg, Entry.Key, Call, Via);
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
      if (EntryConcrete || Entry.ValueKnownClean || (EntryFromParameter && HasCallers))
        continue;
      auto C = TU.Classes.classify(Entry.Key, KeyContext);
      if (C && (!Entry.Site.ValueExpr || canHoldKind(valueType(Entry.Site.ValueExpr), C->Kind))) {
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

  /// RootedInParameter: the evidence is this function's parameter (its name, or a key or API
  /// contract applied to it), so callers in other units, where there are any, report instead.
  void emit(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
            const Expr *ArgExpr, const TaintFact &Fact, const std::string &Key,
            const BagEntry *Entry, const Through *Via, bool RootedInParameter) {
    // A plain hash of data a dictionary covers (emails, phones, names) is weak pseudonymisation,
    // reported by its own check; a plain hash of anything else is left alone.
    if (Fact.Weak && !isDictionaryReversible(Fact.Kind))
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
    F.Message = findingMessage(Fact.Kind, *Match.Sdk, *Match.Sink, Arg, Key, F.Via, Fact.Weak);
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

  //===-- Helpers ------------------------------------------------------------------------===//

  /// Whether a call hashes: from the models (OpenSSL, libsodium, std::hash), the configured
  /// HashFunction, or the callee's name. True: keyed (HMAC, pseudonymise, redact, encrypt, mask);
  /// false: a plain hash (hash, sha256, md5, digest).
  std::optional<bool> sanitizerByName(const FunctionDecl *Callee, const std::string &Name) const {
    if (!TU.Options.HashFunction.empty() &&
        (Name == TU.Options.HashFunction ||
         llvm::StringRef(TU.Options.HashFunction).ends_with("::" + Name) ||
         llvm::StringRef(Name).ends_with("::" + TU.Options.HashFunction)))
      return true;
    if (!Callee->getIdentifier())
      return std::nullopt;
    static const char *const Keyed[] = {"hmac", "keyed", "pseudonym", "anonymi", "anonymis",
                                        "redact", "encrypt", "obfuscat", "scrub", "mask"};
    static const char *const Plain[] = {"hash", "sha1", "sha2", "sha3", "sha512", "md5", "digest"};
    std::string Lower = Callee->getName().lower();
    for (const char *Stem : Keyed)
      if (llvm::StringRef(Lower).contains(Stem))
        return true;
    for (const char *Stem : Plain)
      if (llvm::StringRef(Lower).contains(Stem))
        return false;
    return std::nullopt;
  }

  template <typename ArgExprFn>
  std::optional<AbstractValue> sanitize(const FunctionDecl *Callee, const std::string &Name,
                                        const CallExpr *Call, llvm::ArrayRef<AbstractValue> Args,
                                        ArgExprFn argExpr) {
    bool Keyed;
    std::vector<int> From;
    std::optional<int> Into;
    if (const SanitizerModel *M = TU.Models.sanitizerNamed(Name)) {
      Keyed = M->Keyed;
      if (M->KeyArg) {
        const Expr *Key = argExpr(*M->KeyArg);
        Keyed = Key && !Key->IgnoreParenImpCasts()->isNullPointerConstant(
                           TU.Ctx, Expr::NPC_ValueDependentIsNotNull);
      }
      From = M->From;
      Into = M->Into;
    } else if (std::optional<bool> ByName = sanitizerByName(Callee, Name)) {
      Keyed = *ByName;
    } else {
      return std::nullopt;
    }
    AbstractValue Out = AbstractValue::clean();
    if (!Keyed) {
      // Hashed without a key: still the same person's data, to anyone with a dictionary.
      auto weaken = [&](const AbstractValue &V) {
        std::vector<const TaintFact *> Facts;
        for (const TaintFact &F : V.Taints)
          Facts.push_back(&F);
        for (const BagEntry &E : V.Entries)
          for (const TaintFact &F : E.Taints)
            Facts.push_back(&F);
        for (const TaintFact *F : Facts) {
          if (F->isParameter() || F->isExternalResult())
            continue;
          TaintFact W = *F;
          W.Weak = true;
          W.Trace.push_back(TraceStep{reportLoc(Call->getExprLoc()),
                                      "hashed without a key by '" + Name + "'"});
          addTaint(Out.Taints, W);
        }
      };
      if (From.empty())
        for (const AbstractValue &V : Args)
          weaken(V);
      for (int Index : From)
        if (Index >= 0 && static_cast<size_t>(Index) < Args.size())
          weaken(Args[Index]);
      if (!Out.Taints.empty())
        Out.KnownClean = false;
    }
    if (Into)
      if (const Expr *Target = argExpr(*Into))
        if (std::optional<AccessPath> P = pathOf(Target))
          assignPath(*P, Out, Call->getExprLoc(), "written to '" + P->display() + "'");
    return Out;
  }

  /// The type of a value as written, before conversions to the bag's value type.
  static QualType valueType(const Expr *E) {
    const Expr *Inner = strip(E);
    return Inner ? Inner->getType() : E->getType();
  }

  /// Where the user wrote it: a macro argument's spelling, or the macro's use.
  SourceLocation reportLoc(SourceLocation Loc) const {
    return Loc.isMacroID() ? SM.getFileLoc(Loc) : Loc;
  }

  /// A key as written: its literal text (following constants), or the expression's source text;
  /// and whether it was a literal.
  std::pair<std::string, bool> keyOf(const Expr *E) const {
    if (std::optional<std::string> Literal = literalText(E))
      return {*Literal, true};
    return {sourceText(E), false};
  }

  std::string sourceText(const Expr *E) const {
    CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
    llvm::StringRef Text =
        Lexer::getSourceText(Range, SM, TU.Ctx.getLangOpts());
    if (Text.empty())
      return "<expr>";
    return Text.str();
  }

  TUContext &TU;
  const SourceManager &SM;
  const FunctionDecl &FD;
  std::vector<Finding> &Out;
  State Current;
  const Stmt *TopLevel = nullptr;
  bool Final = false; // the last pass, from the fixpoint: reports and summarises
  FunctionSummary &Summary;
  bool HasCallers;
  std::set<std::tuple<unsigned, int, std::string, DataKind, unsigned, int, const SinkModel *>>
      Reported;
};

/// One pass over a function body: whether it calls anything named like a modelled sink, and
/// which functions it calls (lambdas are functions of their own and are not entered).
class CallScanner : public RecursiveASTVisitor<CallScanner> {
public:
  explicit CallScanner(const ModelCatalog &Models) : Models(Models) {}
  bool CallsSinkName = false;
  std::vector<const FunctionDecl *> Callees; // canonical, in order of appearance

  bool VisitCallExpr(CallExpr *Call) {
    if (const FunctionDecl *Callee = Call->getDirectCallee()) {
      if (Callee->getIdentifier() && Models.mentionsSinkName(Callee->getName()))
        CallsSinkName = true;
      Callees.push_back(Callee->getCanonicalDecl());
    }
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  const ModelCatalog &Models;
};

/// Collects function definitions (lambda call operators included) in declaration order.
class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  explicit DefinitionCollector(const SourceManager &SM) : SM(SM) {}
  std::vector<const FunctionDecl *> Functions;

  bool VisitFunctionDecl(FunctionDecl *FD) {
    consider(FD);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    consider(Lambda->getCallOperator());
    return true;
  }
  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  void consider(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() || FD->isInvalidDecl() ||
        FD->isDependentContext() || FD->isTemplateInstantiation())
      return;
    if (SM.isInSystemHeader(FD->getLocation()))
      return;
    Functions.push_back(FD);
  }
  const SourceManager &SM;
};

/// The unit's functions as a call graph, and the order to analyse them in: callees before
/// callers (Tarjan's strongly connected components), so that a call finds its callee's summary.
/// Calls of a virtual method are edges to every overrider the unit defines.
class UnitCallGraph {
public:
  /// Functions that call functions other units define are worth analysing too when those units'
  /// summaries are (or will be) known: with Collect, or with imported summaries.
  UnitCallGraph(const std::vector<const FunctionDecl *> &Definitions, TUContext &TU) {
    for (const FunctionDecl *FD : Definitions) {
      const FunctionDecl *C = FD->getCanonicalDecl();
      if (Index.count(C))
        continue;
      Index[C] = Nodes.size();
      Nodes.push_back(Node{FD, {}, {}, false});
    }
    // Overriders, transitively: Base::f -> every Derived::f defined here.
    for (const Node &N : Nodes)
      if (const auto *MD = dyn_cast<CXXMethodDecl>(N.Definition))
        addOverrider(MD, MD->getCanonicalDecl(), TU);
    for (Node &N : Nodes) {
      CallScanner Scanner(TU.Models);
      Scanner.TraverseStmt(N.Definition->getBody());
      N.CallsSink = Scanner.CallsSinkName || (TU.Collect && mayReturnToOtherUnits(N.Definition));
      // A lambda is analysed after the function that makes it, for its captures.
      if (const auto *MD = dyn_cast<CXXMethodDecl>(N.Definition))
        if (MD->getParent()->isLambda())
          if (const auto *Enclosing =
                  dyn_cast_or_null<FunctionDecl>(MD->getParent()->getDeclContext())) {
            auto It = Index.find(Enclosing->getCanonicalDecl());
            if (It != Index.end())
              N.After.push_back(It->second);
          }
      for (const FunctionDecl *Callee : Scanner.Callees) {
        if (!N.CallsSink && !Index.count(Callee) && callsOtherUnit(Callee, TU))
          N.CallsSink = true; // may reach a sink through the other unit

        addEdge(N, Callee);
        auto It = TU.Overriders.find(Callee);
        if (It != TU.Overriders.end())
          for (const FunctionDecl *O : It->second)
            addEdge(N, O);
      }
    }
  }

  /// Functions worth analysing: those that reach a sink, directly or through the functions they
  /// call, and the functions these call (for what they return or write), in bottom-up order.
  /// Each inner vector is one strongly connected component.
  std::vector<std::vector<unsigned>> analysisOrder() {
    // Reaches a sink: reverse reachability from the functions that call one.
    std::vector<std::vector<unsigned>> Callers(Nodes.size());
    for (unsigned I = 0; I < Nodes.size(); ++I)
      for (unsigned Callee : Nodes[I].Callees)
        Callers[Callee].push_back(I);
    std::vector<bool> Reaches(Nodes.size(), false), Needed(Nodes.size(), false);
    std::vector<unsigned> Work;
    for (unsigned I = 0; I < Nodes.size(); ++I)
      if (Nodes[I].CallsSink) {
        Reaches[I] = true;
        Work.push_back(I);
      }
    while (!Work.empty()) {
      unsigned N = Work.back();
      Work.pop_back();
      for (unsigned Caller : Callers[N])
        if (!Reaches[Caller]) {
          Reaches[Caller] = true;
          Work.push_back(Caller);
        }
    }
    // ... and what they call, transitively, for returns and out-parameters.
    for (unsigned I = 0; I < Nodes.size(); ++I)
      if (Reaches[I])
        Work.push_back(I);
    while (!Work.empty()) {
      unsigned N = Work.back();
      Work.pop_back();
      if (Needed[N])
        continue;
      Needed[N] = true;
      for (unsigned Callee : Nodes[N].Callees)
        if (!Needed[Callee])
          Work.push_back(Callee);
      for (unsigned Before : Nodes[N].After)
        if (!Needed[Before])
          Work.push_back(Before);
    }
    for (unsigned I = 0; I < Nodes.size(); ++I)
      HasCallers.push_back(!Callers[I].empty());

    // Tarjan; its recursion is as deep as the unit's longest call chain.
    std::vector<std::vector<unsigned>> Order;
    std::vector<int> Low(Nodes.size(), -1), Num(Nodes.size(), -1);
    std::vector<bool> OnStack(Nodes.size(), false);
    std::vector<unsigned> Stack;
    int Counter = 0;
    std::function<void(unsigned)> Visit = [&](unsigned V) {
      Num[V] = Low[V] = Counter++;
      Stack.push_back(V);
      OnStack[V] = true;
      std::vector<unsigned> Successors = Nodes[V].Callees;
      Successors.insert(Successors.end(), Nodes[V].After.begin(), Nodes[V].After.end());
      for (unsigned W : Successors) {
        if (!Needed[W])
          continue;
        if (Num[W] < 0) {
          Visit(W);
          Low[V] = std::min(Low[V], Low[W]);
        } else if (OnStack[W]) {
          Low[V] = std::min(Low[V], Num[W]);
        }
      }
      if (Low[V] == Num[V]) {
        std::vector<unsigned> Component;
        unsigned W;
        do {
          W = Stack.back();
          Stack.pop_back();
          OnStack[W] = false;
          Component.push_back(W);
        } while (W != V);
        std::reverse(Component.begin(), Component.end());
        Order.push_back(std::move(Component));
      }
    };
    for (unsigned I = 0; I < Nodes.size(); ++I)
      if (Needed[I] && Num[I] < 0)
        Visit(I);
    return Order;
  }

  const FunctionDecl *definition(unsigned I) const { return Nodes[I].Definition; }
  bool hasCallers(unsigned I) const { return HasCallers[I]; }
  bool isRecursive(const std::vector<unsigned> &Component) const {
    if (Component.size() > 1)
      return true;
    return llvm::is_contained(Nodes[Component.front()].Callees, Component.front());
  }

private:
  struct Node {
    const FunctionDecl *Definition;
    std::vector<unsigned> Callees;
    std::vector<unsigned> After; ///< analysed before this one, though not called (a lambda's maker)
    bool CallsSink;
  };

  /// A function other units can call that returns a string or an object: what it returns may
  /// be personal data their sinks receive.
  static bool mayReturnToOtherUnits(const FunctionDecl *FD) {
    if (!FD->isExternallyVisible() || isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD))
      return false;
    QualType T = FD->getReturnType().getNonReferenceType();
    return T->isRecordType() || T->isPointerType();
  }

  static bool callsOtherUnit(const FunctionDecl *Callee, TUContext &TU) {
    if (Callee->hasBody() || Callee->getNumParams() == 0 ||
        TU.Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
      return false;
    if (TU.Collect)
      return true;
    return TU.Imported && TU.Imported->find(TU.usrOf(Callee));
  }

  void addEdge(Node &From, const FunctionDecl *Callee) {
    auto It = Index.find(Callee);
    if (It != Index.end() && !llvm::is_contained(From.Callees, It->second))
      From.Callees.push_back(It->second);
  }

  void addOverrider(const CXXMethodDecl *MD, const FunctionDecl *Overrider, TUContext &TU) {
    for (const CXXMethodDecl *Base : MD->overridden_methods()) {
      auto &List = TU.Overriders[Base->getCanonicalDecl()];
      if (!llvm::is_contained(List, Overrider))
        List.push_back(Overrider);
      addOverrider(Base, Overrider, TU);
    }
  }

  std::vector<Node> Nodes;
  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  std::vector<bool> HasCallers;
};

} // namespace

class Analyzer::Impl {
public:
  Impl(const ModelCatalog &Models, const Classifier &Classes, AnalysisOptions Options)
      : Models(Models), Classes(Classes), Options(std::move(Options)) {}
  const ModelCatalog &Models;
  const Classifier &Classes;
  AnalysisOptions Options;
};

Analyzer::Analyzer(const ModelCatalog &Models, const Classifier &Classes, AnalysisOptions Options)
    : TheImpl(std::make_unique<Impl>(Models, Classes, std::move(Options))) {}

Analyzer::~Analyzer() = default;

std::vector<Finding> Analyzer::analyzeTranslationUnit(ASTContext &Context, UnitFacts *Collect) {
  DefinitionCollector Collector(Context.getSourceManager());
  Collector.TraverseDecl(Context.getTranslationUnitDecl());
  TUContext TU(TheImpl->Models, TheImpl->Classes, TheImpl->Options, Context);
  TU.Imported = TheImpl->Options.Imported;
  TU.Collect = Collect;
  UnitCallGraph Graph(Collector.Functions, TU);
  // Callers in other units, as a summaries file says.
  auto hasCallers = [&](unsigned Node) {
    if (Graph.hasCallers(Node))
      return true;
    if (!TU.Imported)
      return false;
    const ExternalSummary *S = TU.Imported->find(TU.usrOf(Graph.definition(Node)));
    return S && S->HasCallers;
  };

  std::vector<Finding> Findings;
  for (const std::vector<unsigned> &Component : Graph.analysisOrder()) {
    // Recursive functions: again until their summaries stop changing (a few rounds at most).
    unsigned Rounds = Graph.isRecursive(Component) ? 3 : 1;
    std::vector<Finding> ComponentFindings;
    std::set<unsigned> Primary = TU.IncludedByPrimaryFixes;
    std::set<unsigned> Alternative = TU.IncludedByAlternativeFixes;
    for (unsigned Round = 0; Round < Rounds; ++Round) {
      ComponentFindings.clear();
      // Only the last round's findings are kept: their fixes must carry the include.
      TU.IncludedByPrimaryFixes = Primary;
      TU.IncludedByAlternativeFixes = Alternative;
      bool Changed = false;
      for (unsigned Node : Component) {
        const FunctionDecl *FD = Graph.definition(Node);
        FunctionSummary Summary;
        FunctionPass(TU, *FD, ComponentFindings, Summary, hasCallers(Node)).run();
        FunctionSummary &Known = TU.Summaries[FD->getCanonicalDecl()];
        if (!Known.sameAs(Summary))
          Changed = true;
        Known = std::move(Summary);
      }
      if (!Changed)
        break;
    }
    Findings.insert(Findings.end(), std::make_move_iterator(ComponentFindings.begin()),
                    std::make_move_iterator(ComponentFindings.end()));
  }
  if (Collect)
    for (const auto &[Canonical, Summary] : TU.Summaries) {
      if (Summary.Sinks.empty() && Summary.ReturnFacts.empty() && Summary.Forwards.empty())
        continue;
      ExternalSummary Out;
      Out.Usr = TU.usrOf(Canonical);
      if (Out.Usr.empty())
        continue;
      Out.Name = TU.nameOf(Canonical);
      for (const SinkEffect &E : Summary.Sinks) {
        ExternalSinkEffect X = TU.toExternalSink(E.Match, E.Arg, E.Key);
        X.Param = E.Param;
        X.Trace = TU.toSteps(E.Trace);
        Out.Sinks.push_back(std::move(X));
      }
      for (const TaintFact &F : Summary.ReturnFacts) {
        if (F.isExternalResult()) {
          Out.ReturnsResultOf.push_back(F.ExternalResult);
          continue;
        }
        Out.Returns.push_back(ExternalFact{F.Kind, F.Weak, F.Evidence, TU.toSteps(F.Trace)});
      }
      Out.Forwards = Summary.Forwards;
      Collect->Summaries.push_back(std::move(Out));
    }
  return Findings;
}

} // namespace piiflow
