//===--- UnitContext.h - What the functions of one translation unit share -----------------------===//
//
// The models and options, the sinks a callee matches (cached), the summaries of the functions
// analysed so far and the overriders of each virtual method, what lambdas capture, and the
// conversions between this unit's locations and the file:line:column steps that summaries files
// and the whole-program resolution carry. One TUContext lives while its unit is analysed.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_UNITCONTEXT_H
#define PIIFLOW_LIB_FLOW_UNITCONTEXT_H

#include "AbstractState.h"
#include "piiflow/Analysis.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <map>
#include <set>
#include <unordered_map>

namespace piiflow::flow {


struct SinkMatch {
  const SdkModel *Sdk = nullptr; ///< the vendor the data goes to
  const SinkModel *Sink = nullptr;
  /// An HTTP client's send (HttpRequests.cpp): the client library's model, whose Sink this is,
  /// and the vendor endpoint the request's URL names (Sdk is that endpoint's vendor).
  const SdkModel *Client = nullptr;
  const VendorEndpoint *Endpoint = nullptr;
  /// A request whose URL this function does not know: the parameters that flow into it, one of
  /// which callers give the vendor's URL in. Sdk is the client's model until then.
  llvm::SmallVector<int, 2> VendorFromParams = {};

  /// The model whose Sinks holds Sink.
  const SdkModel *sinkOwner() const { return Client ? Client : Sdk; }
  /// "Mixpanel (api.mixpanel.com)", or the vendor's name.
  std::string vendorDisplay() const;
};

/// What a call of a function does with its parameters, learnt from its body: the parameters
/// that reach a sink (the function is a wrapper of the SDK), what it returns, and what it writes
/// through its reference parameters.
struct SinkEffect {
  int Param = 0;
  SinkMatch Match;
  SinkArg Arg;
  std::string Key;              ///< the key the parameter travels under inside the function
  bool KeyIsLiteral = true;     ///< Key is literal text, not an expression's source text
  /// The key is this parameter (set(key, value) wrappers): the caller's argument is the key.
  int KeyParam = NoParam;
  bool Weak = false; ///< the parameter is hashed without a key on the way
  std::vector<TraceStep> Trace; ///< from the parameter to the SDK call, inside the function
  /// The branches of this function the sink call is on (KeyConditions.cpp).
  std::vector<KeyCondition> Conditions;
};

/// An entry the function inserts into the bag a reference parameter names, with its key or
/// its value from parameters: setProperty(props, "email", email) fills the caller's props.
struct OutParamEntry {
  int BagParam = 0; ///< or ThisArg: a member of the object the method is called on
  llvm::SmallVector<const ValueDecl *, 2> Fields; ///< the member of BagParam holding the bag
  std::string Key;
  bool KeyIsLiteral = true;
  int KeyParam = NoParam;
  std::set<int> ValueParams;
  TaintSet Facts; ///< concrete data stored besides
};

struct FunctionSummary {
  std::vector<SinkEffect> Sinks;
  TaintSet ReturnFacts;              ///< personal data the function returns
  /// Data of a conditional source the function returns when the caller's literal for the
  /// fact's IfParamHolds satisfies the source's condition (a getenv wrapper).
  TaintSet ConditionalReturns;
  std::vector<BagEntry> ReturnEntries;
  std::set<int> ReturnParams;        ///< parameters whose data the result carries
  std::set<int> WeakReturnParams;    ///< ... hashed without a key
  std::map<int, AbstractValue> OutParams; ///< personal data written through parameter i
  /// Parameters whose data the function writes through parameter i: fill(out, in).
  std::map<int, std::set<int>> OutParamSources;
  std::vector<OutParamEntry> OutParamEntries;
  /// What a method leaves in the members of its object: props.set(k, v) of a builder.
  struct MemberWrite {
    llvm::SmallVector<const ValueDecl *, 2> Fields;
    AbstractValue Concrete;
    std::set<int> Sources; ///< parameters whose data the member holds
  };
  std::vector<MemberWrite> MemberWrites;
  /// Calls of a callable parameter (a callback, a std::function, a function pointer) with the
  /// values it is given, as this function holds them: resolved at each call of this function
  /// where the argument is a known callable.
  struct CallbackCall {
    int CallableParam = 0;
    std::vector<AbstractValue> Args;
    SourceLocation Loc;
  };
  std::vector<CallbackCall> CallbackCalls;
  /// Calls of the callbacks a member holds (`for (auto &h : handlers_) h(event)`), with the
  /// values given and the targets already applied here: at each call of this function, the
  /// callbacks the unit has stored into that member by then are applied too.
  struct FieldCallbackCall {
    const FieldDecl *Field = nullptr;
    std::vector<AbstractValue> Args;
    llvm::SmallVector<const FunctionDecl *, 2> Applied;
    SourceLocation Loc;
  };
  std::vector<FieldCallbackCall> FieldCallbackCalls;
  /// Parameters passed on to functions of other units, resolved across units.
  std::vector<ParameterForward> Forwards;

  bool empty() const {
    return Sinks.empty() && ReturnFacts.empty() && ConditionalReturns.empty() &&
           ReturnEntries.empty() &&
           ReturnParams.empty() && WeakReturnParams.empty() && OutParams.empty() && OutParamSources.empty() &&
           OutParamEntries.empty() && MemberWrites.empty() && CallbackCalls.empty() &&
           FieldCallbackCalls.empty() &&
           Forwards.empty();
  }
  /// Equal in what callers see, for the fixpoint over recursive functions.
  bool sameAs(const FunctionSummary &O) const {
    if (Sinks.size() != O.Sinks.size() || ReturnFacts.size() != O.ReturnFacts.size() ||
        ConditionalReturns.size() != O.ConditionalReturns.size() ||
        ReturnEntries.size() != O.ReturnEntries.size() || ReturnParams != O.ReturnParams ||
        WeakReturnParams != O.WeakReturnParams ||
        OutParams.size() != O.OutParams.size() || OutParamSources != O.OutParamSources ||
        OutParamEntries.size() != O.OutParamEntries.size() ||
        MemberWrites.size() != O.MemberWrites.size() ||
        CallbackCalls.size() != O.CallbackCalls.size() ||
        FieldCallbackCalls.size() != O.FieldCallbackCalls.size() ||
        Forwards.size() != O.Forwards.size())
      return false;
    return true;
  }
};

/// A call of a wrapper whose parameter reaches a sink: the effect, and the argument given.
struct Through {
  const FunctionDecl *Callee;
  const SinkEffect *Effect;
  const Expr *CallArg;
  const Expr *KeyArg = nullptr; ///< the argument given for Effect->KeyParam
  SourceLocation CallLoc;       ///< the call, for arguments written elsewhere (defaults)
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
  /// What the analysis says of itself besides findings (--explain), in the order met.
  std::vector<AnalysisNotice> Notices;
  /// The callables the unit stores into each member (`handlers_.push_back(cb)`), as met.
  llvm::DenseMap<const FieldDecl *, llvm::SmallVector<const FunctionDecl *, 2>> FieldCallables;
  // Node-based maps: sinksFor, nameOf and usrOf return references into them, which must survive
  // later insertions (a DenseMap moves its values when it grows).
  std::unordered_map<const FunctionDecl *, std::vector<SinkMatch>> SinkCache;
  std::unordered_map<const Decl *, std::string> NameCache;
  const SummaryStore *Imported = nullptr; ///< other units' summaries, from a file
  UnitFacts *Collect = nullptr;           ///< what the tool resolves across units
  std::unordered_map<const Decl *, std::string> UsrCache;
  llvm::DenseMap<const FunctionDecl *, bool> VendorCache;
  std::map<std::tuple<std::string, int, std::string>, std::optional<Classification>>
      ClassificationCache;

  const std::string &usrOf(const Decl *D);

  /// The absolute path of the file a file location is in; empty for none.
  std::string absoluteFileOf(SourceLocation FileLoc) const;

  /// A location as file, line and column, for what outlives the unit.
  ExternalStep toStep(SourceLocation Loc, const std::string &Message);

  /// A file, line and column from another unit as a location of this one (the file is loaded).
  SourceLocation fromStep(const ExternalStep &Step);

  std::vector<TraceStep> fromSteps(const std::vector<ExternalStep> &Steps);

  /// The sink a summaries file names, in the loaded models.
  std::optional<SinkMatch> sinkOf(const ExternalSinkEffect &E, const SinkArg *&Arg);

  /// A sink as a summaries file names it: the SDK, the sink's index and the argument's index.
  ExternalSinkEffect toExternalSink(const SinkMatch &Match, const SinkArg &Arg,
                                    const std::string &Key);

  std::vector<ExternalStep> toSteps(const std::vector<TraceStep> &Trace);

  /// Files whose HashHeader include a fix of this unit already inserts (warnings' fixes, notes').
  std::set<unsigned> IncludedByPrimaryFixes, IncludedByAlternativeFixes;

  /// What the unit's functions leave in state that outlives them (SharedState.cpp), by the
  /// global's (or member's field's) declaration and the fields below it, with the first function
  /// that stored it.
  struct StoredValue {
    AbstractValue Value;
    const FunctionDecl *Writer = nullptr;
  };
  std::map<std::vector<const ValueDecl *>, StoredValue> Stored;
  /// Keys read where nothing was stored yet, with the functions that read them; set when a
  /// later writer stores one of them (a constructor that sets a member, then calls the method
  /// that reads it): the unit is analysed once more, its writers' state known from the start.
  std::map<std::vector<const ValueDecl *>, std::set<const FunctionDecl *>> ReadBeforeStored;
  bool StoredAfterRead = false;

  /// The pseudo-function other units read a stored key as (StateUsrPrefix): empty for state
  /// only this unit sees (a static global, a static local, a member of a local or anonymous
  /// class).
  std::string stateUsrOf(llvm::ArrayRef<const ValueDecl *> Key);

  /// The vendor endpoints the initializers of each variable or member name (HttpRequests.cpp).
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const VendorEndpoint *, 1>> DeclEndpoints;

  /// What lambdas capture, by (call operator, captured variable), merged over where they are made.
  std::map<std::pair<const FunctionDecl *, const ValueDecl *>, AbstractValue> Captures;

  /// Summaries of the functions analysed so far, by canonical declaration.
  llvm::DenseMap<const FunctionDecl *, FunctionSummary> Summaries;
  /// Canonical method -> the canonical methods that override it, directly or not.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 2>> Overriders;

  /// The summaries a call of Callee may run: its own and its overriders'.
  llvm::SmallVector<const FunctionSummary *, 2> summariesFor(const FunctionDecl *Callee);

  const std::string &nameOf(const NamedDecl *D);

  /// The model sinks a callee matches, directly or through a method it overrides.
  const std::vector<SinkMatch> &sinksFor(const FunctionDecl *FD);

  void collectSinks(const FunctionDecl *Named, const FunctionDecl *Callee,
                    std::vector<SinkMatch> &Out);

  static bool signatureMatches(const SinkModel &Sink, const FunctionDecl *FD);

  const BagTypeModel *bagTypeOf(QualType T);
  /// The program's own key-value class (vcpkg's Json::Object, a project's Properties), read
  /// from its methods: `insert(key, value)`, `set(key, value)` and the like whose first
  /// parameter is text, and a subscript by text. Null for other classes.
  const BagTypeModel *inferredBagType(const CXXRecordDecl *RD);
  std::map<const CXXRecordDecl *, std::unique_ptr<BagTypeModel>> InferredBags;

  /// The classifier's answer for a name, remembered for the unit: the same keys and names recur
  /// in every function and every entry of a large bag.
  const std::optional<Classification> &classify(llvm::StringRef Name, NameContext Context,
                                                llvm::StringRef Owner = "");
  /// Under --explain, appends to C's evidence why it is that kind and its data category.
  void explain(Classification &C) const;

  /// Whether FD is an SDK's own code (SdkImplementation) or is itself a modelled sink: the
  /// SDK's implementation is not the app, and calls made from it are never reported.
  bool isVendorCode(const FunctionDecl *FD);
};

/// What the unit stores in state other units may read, as the pseudo-functions they read it
/// through (SharedState.cpp): one per stored key and per key that starts it.
void exportSharedState(TUContext &TU, UnitFacts &Collect);

} // namespace piiflow::flow

#endif
