//===--- Analyzer.cpp - The analysis of one translation unit ---------------------------------===//
//
// Collects the unit's function definitions, orders them callees first, runs the flow pass over
// each (a recursive component again until its summaries stop changing) and hands the findings to
// the front end; with Collect, also what the whole program needs of this unit. The pass itself is
// in flow/: FunctionPass.h says where each family of transfer functions lives.
//
//===----------------------------------------------------------------------------------------===//
#include "flow/FunctionPass.h"
#include "flow/UnitCallGraph.h"
#include "piiflow/Analysis.h"
#include "llvm/Support/thread.h"
#include <cstdlib>
#include <deque>
#include <map>
#include <set>

using namespace clang;

namespace piiflow {
using namespace flow;

namespace {

/// What E's literal key says of any value of its parameter, in the sink's context (as the pass
/// judges a value it knows nothing of at the sink), into X's KeyKind.
void keyEvidenceOf(TUContext &TU, const FunctionDecl *Function, const SinkEffect &E,
                   ExternalSinkEffect &X) {
  if (!E.KeyIsLiteral || E.KeyParam != NoParam || E.Key.empty() || E.Param < 0 ||
      static_cast<unsigned>(E.Param) >= Function->getNumParams())
    return;
  NameContext Context = E.Arg.Role == ArgRole::UserTraits || E.Arg.Role == ArgRole::UserIdentity
                            ? NameContext::TraitKey
                            : NameContext::Key;
  const std::optional<Classification> &C = TU.classify(E.Key, Context);
  if (!C || !canHoldKind(Function->getParamDecl(E.Param)->getType().getNonReferenceType(),
                         C->Kind, TU.Classes))
    return;
  X.KeyKind = dataKindId(C->Kind).str();
  X.KeyEvidence = C->Evidence;
}

/// The unit's summaries as the whole program sees them: by USR, traces as file:line:column.
void exportSummaries(TUContext &TU, UnitFacts &Collect) {
  for (const auto &[Canonical, Summary] : TU.Summaries) {
      if (Summary.Sinks.empty() && Summary.ReturnFacts.empty() && Summary.Forwards.empty() &&
          Summary.ReturnParams.empty() && Summary.WeakReturnParams.empty() &&
          Summary.OutParams.empty())
        continue;
      ExternalSummary Out;
      Out.Usr = TU.usrOf(Canonical);
      if (Out.Usr.empty())
        continue;
      Out.Name = TU.nameOf(Canonical);
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Canonical)) {
        llvm::SmallVector<const CXXMethodDecl *, 4> Work(Method->overridden_methods());
        while (!Work.empty()) {
          const CXXMethodDecl *Base = Work.pop_back_val();
          std::string Usr = TU.usrOf(Base->getCanonicalDecl());
          if (!Usr.empty() && !llvm::is_contained(Out.Overrides, Usr))
            Out.Overrides.push_back(std::move(Usr));
          Work.append(Base->overridden_methods().begin(), Base->overridden_methods().end());
        }
      }
      for (const SinkEffect &E : Summary.Sinks) {
        // A request whose vendor the callers' URL decides names the parameters that decide it.
        ExternalSinkEffect X = TU.toExternalSink(E.Match, E.Arg, E.Key);
        X.VendorParams.assign(E.Match.VendorFromParams.begin(), E.Match.VendorFromParams.end());
        X.KeyIsLiteral = E.KeyIsLiteral;
        X.Weak = E.Weak;
        X.Param = E.Param;
        X.KeyParam = E.KeyParam;
        X.Conditions = E.Conditions;
        X.Trace = TU.toSteps(E.Trace);
        keyEvidenceOf(TU, Canonical, E, X);
        Out.Sinks.push_back(std::move(X));
      }
      for (const TaintFact &F : Summary.ReturnFacts) {
        if (F.isExternalResult()) {
          if (F.ViaParam == NoParam && F.OutParam == NoParam)
            Out.ReturnsResultOf.push_back(F.ExternalResult);
          continue;
        }
        Out.Returns.push_back(ExternalFact{F.Kind, F.Weak, F.Evidence, TU.toSteps(F.Trace), ""});
      }
      Out.Forwards = Summary.Forwards;
      Out.ReturnParams = Summary.ReturnParams;
      Out.WeakReturnParams = Summary.WeakReturnParams;
      for (const auto &[Param, Written] : Summary.OutParams) {
        std::vector<ExternalFact> &Facts = Out.OutParams[Param];
        auto add = [&](const TaintFact &F) {
          if (!F.isParameter() && !F.isExternalResult() && F.FromParam == NoParam)
            Facts.push_back(ExternalFact{F.Kind, F.Weak, F.Evidence, TU.toSteps(F.Trace), ""});
        };
        for (const TaintFact &F : Written.Taints)
          add(F);
        for (const BagEntry &E : Written.Entries)
          for (const TaintFact &F : E.Taints)
            add(F);
        if (Facts.empty())
          Out.OutParams.erase(Param);
      }
      Collect.Summaries.push_back(std::move(Out));
    }
}

/// A template's instantiations share its body: a flow found in each of them is one finding at
/// its place, kept the first time (the order of the unit).
void keepOnePerSite(std::vector<Finding> &Findings) {
  std::set<std::tuple<const char *, unsigned, unsigned, std::string>> Seen;
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Seen.insert({F.Check, F.Loc.getRawEncoding(), F.Range.getBegin().getRawEncoding(),
                         F.Message})
                .second;
  });
}

} // namespace

class Analyzer::Impl {
public:
  Impl(const ModelCatalog &Models, const Classifier &Classes, AnalysisOptions Options)
      : Models(Models), Classes(Classes), Options(std::move(Options)) {}
  const ModelCatalog &Models;
  const Classifier &Classes;
  AnalysisOptions Options;
  std::vector<AnalysisNotice> Notices;
};

Analyzer::Analyzer(const ModelCatalog &Models, const Classifier &Classes, AnalysisOptions Options)
    : TheImpl(std::make_unique<Impl>(Models, Classes, std::move(Options))) {}

Analyzer::~Analyzer() = default;

const std::vector<AnalysisNotice> &Analyzer::notices() const { return TheImpl->Notices; }

/// One pass over FD, its findings into Findings and its summary recorded in TU (the newest one,
/// even when it is the same in what callers see: its traces are the latest). Returns whether the
/// summary changed; Exhausted says whether the pass stopped at its budget.
static bool analyseFunction(TUContext &TU, const FunctionDecl *FD, std::vector<Finding> &Findings,
                            bool HasCallers, bool &Exhausted) {
  FunctionSummary Summary;
  FunctionPass Pass(TU, *FD, Findings, Summary, HasCallers);
  Pass.run();
  Exhausted = Pass.exhaustedBudget();
  FunctionSummary &Known = TU.Summaries[FD->getCanonicalDecl()];
  bool Changed = !Known.sameAs(Summary);
  Known = std::move(Summary);
  return Changed;
}

/// The summaries of a recursive component (a cycle of calls) to a fixpoint, with a worklist: a
/// function is analysed again when the summary of a function it calls in the component changed,
/// so that data goes round a cycle of hundreds of functions in about as many passes, not
/// hundreds of rounds over all of them. Findings and fixes of these passes are dropped: the
/// rounds that report run after. Bounded by MaxPassesPerFunction passes per function on average.
/// Only components of more than a few functions need it: the rounds alone settle small ones.
template <typename HasCallers>
static void summariseRecursiveComponent(TUContext &TU, const UnitCallGraph &Graph,
                                        const std::vector<unsigned> &Component,
                                        const HasCallers &hasCallers) {
  constexpr size_t MaxPassesPerFunction = 16;
  std::map<unsigned, std::vector<unsigned>> CallersInComponent;
  std::set<unsigned> Members(Component.begin(), Component.end());
  for (unsigned Node : Component)
    for (unsigned Callee : Graph.callees(Node))
      if (Members.count(Callee))
        CallersInComponent[Callee].push_back(Node);
  std::deque<unsigned> Work(Component.begin(), Component.end());
  std::set<unsigned> Queued(Component.begin(), Component.end());
  std::set<unsigned> Primary = TU.IncludedByPrimaryFixes;
  std::set<unsigned> Alternative = TU.IncludedByAlternativeFixes;
  std::vector<Finding> Dropped;
  for (size_t Passes = 0; !Work.empty() && Passes < MaxPassesPerFunction * Component.size();
       ++Passes) {
    unsigned Node = Work.front();
    Work.pop_front();
    Queued.erase(Node);
    bool Exhausted;
    bool Changed = analyseFunction(TU, Graph.definition(Node), Dropped, hasCallers(Node),
                                   Exhausted);
    Dropped.clear();
    if (!Changed)
      continue;
    for (unsigned Caller : CallersInComponent[Node])
      if (Queued.insert(Caller).second)
        Work.push_back(Caller);
  }
  // Only the reporting pass's fixes carry the include.
  TU.IncludedByPrimaryFixes = std::move(Primary);
  TU.IncludedByAlternativeFixes = std::move(Alternative);
}

/// One analysis of the unit's functions in Order, bottom-up; recursive components to a fixpoint.
template <typename HasCallers>
static void analyseComponents(TUContext &TU, const UnitCallGraph &Graph,
                              const std::vector<std::vector<unsigned>> &Order,
                              const HasCallers &hasCallers, std::vector<Finding> &Findings,
                              std::vector<AnalysisNotice> &Notices) {
  for (const std::vector<unsigned> &Component : Order) {
    // Recursive functions: their summaries near a fixpoint first (a worklist, for long cycles),
    // then again in rounds until they stop changing (a few rounds at most).
    bool Recursive = Graph.isRecursive(Component);
    if (Recursive && Component.size() > 3)
      summariseRecursiveComponent(TU, Graph, Component, hasCallers);
    unsigned Rounds = Recursive ? 3 : 1;
    std::vector<Finding> ComponentFindings;
    std::vector<AnalysisNotice> ComponentNotices;
    std::set<unsigned> Primary = TU.IncludedByPrimaryFixes;
    std::set<unsigned> Alternative = TU.IncludedByAlternativeFixes;
    for (unsigned Round = 0; Round < Rounds; ++Round) {
      ComponentFindings.clear();
      ComponentNotices.clear();
      // Only the last round's findings are kept: their fixes must carry the include.
      TU.IncludedByPrimaryFixes = Primary;
      TU.IncludedByAlternativeFixes = Alternative;
      bool Changed = false;
      for (unsigned Node : Component) {
        const FunctionDecl *FD = Graph.definition(Node);
        bool Exhausted;
        if (analyseFunction(TU, FD, ComponentFindings, hasCallers(Node), Exhausted))
          Changed = true;
        if (Exhausted)
          ComponentNotices.push_back(AnalysisNotice{
              TU.Ctx.getSourceManager().getFileLoc(FD->getLocation()),
              "the analysis of '" + TU.nameOf(FD) + "' stopped at its budget of " +
                  std::to_string(FunctionPass::MaxVisitsPerBlock) +
                  " visits per block; its findings come from the states reached and may miss "
                  "flows"});
      }
      if (!Changed)
        break;
    }
    Notices.insert(Notices.end(), ComponentNotices.begin(), ComponentNotices.end());
    Findings.insert(Findings.end(), std::make_move_iterator(ComponentFindings.begin()),
                    std::make_move_iterator(ComponentFindings.end()));
  }
}

void Analyzer::traceAnalysis(clang::ASTContext &Context, llvm::StringRef Checks) {
  const char *Trace = std::getenv("PIIFLOW_TRACE_ANALYSES");
  if (!Trace || !*Trace)
    return;
  const clang::SourceManager &SM = Context.getSourceManager();
  clang::OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  llvm::errs() << "piiflow: analysing " << (Main ? Main->getName() : "<unit>") << " for "
               << Checks << "\n";
}

std::vector<Finding> Analyzer::analyzeTranslationUnit(ASTContext &Context, UnitFacts *Collect) {
  std::vector<Finding> Findings;
  llvm::thread Analysis(std::optional<unsigned>(AnalysisStackBytes),
                        [&] { Findings = analyzeOnThisThread(Context, Collect); });
  Analysis.join();
  return Findings;
}

std::vector<Finding> Analyzer::analyzeOnThisThread(ASTContext &Context, UnitFacts *Collect) {
  TheImpl->Notices.clear();
  TUContext TU(TheImpl->Models, TheImpl->Classes, TheImpl->Options, Context);
  TU.Imported = TheImpl->Options.Imported;
  TU.Collect = Collect;
  UnitCallGraph Graph(collectDefinitions(Context), TU);
  // Callers in other units, as a summaries file says.
  auto hasCallers = [&](unsigned Node) {
    if (Graph.hasCallers(Node))
      return true;
    if (!TU.Imported)
      return false;
    const ExternalSummary *S = TU.Imported->find(TU.usrOf(Graph.definition(Node)));
    return S && S->HasCallers;
  };

  // A writer that calls the reader of what it writes (a constructor that sets a member, then
  // calls the method that sends it) is analysed after that reader; when such a write happened,
  // the unit is analysed once more with every writer's state known, and that pass reports.
  std::vector<std::vector<unsigned>> Order = Graph.analysisOrder();
  const std::set<unsigned> PrimaryAtStart = TU.IncludedByPrimaryFixes;
  const std::set<unsigned> AlternativeAtStart = TU.IncludedByAlternativeFixes;
  const size_t ArgumentsAtStart = Collect ? Collect->Arguments.size() : 0;
  const size_t ResultSinksAtStart = Collect ? Collect->ResultSinks.size() : 0;
  std::vector<Finding> Findings;
  for (unsigned Pass = 0; Pass < 2; ++Pass) {
    Findings.clear();
    TheImpl->Notices.clear();
    TU.IncludedByPrimaryFixes = PrimaryAtStart;
    TU.IncludedByAlternativeFixes = AlternativeAtStart;
    if (Collect) {
      Collect->Arguments.resize(ArgumentsAtStart);
      Collect->ResultSinks.resize(ResultSinksAtStart);
    }
    TU.StoredAfterRead = false;
    analyseComponents(TU, Graph, Order, hasCallers, Findings, TheImpl->Notices);
    if (!TU.StoredAfterRead)
      break;
  }
  if (Collect) {
    exportSummaries(TU, *Collect);
    exportSharedState(TU, *Collect);
  }
  keepOnePerSite(Findings);
  TheImpl->Notices.insert(TheImpl->Notices.end(), TU.Notices.begin(), TU.Notices.end());
  return Findings;
}


} // namespace piiflow
