//===--- FunctionPass.h - The flow pass over one function ---------------------------------------===//
//
// For a function that reaches a modelled sink, a forward may-analysis over its CFG tracks, per
// access path, the personal data its value may hold and, for bags, the entries inserted under each
// key. Assignments replace a path's value; the join is a union. From the fixpoint a last pass over
// every block reports each sink argument that carries personal data and writes the function's
// summary. Sources are classified where they are read: a path the state knows is not classified
// again, so a variable named `email` that was assigned a literal is not reported.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_FUNCTIONPASS_H
#define PIIFLOW_LIB_FLOW_FUNCTIONPASS_H

#include "AbstractState.h"
#include "AstQueries.h"
#include "State.h"
#include "UnitContext.h"
#include "llvm/ADT/DenseSet.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include <set>
#include <tuple>

namespace piiflow::flow {

/// A call as the transfer functions see it: the callee, the object it is called on, and the
/// arguments as written with their values. Index ThisArg names the object.
struct CallSite {
  const Expr *Call = nullptr; ///< a CallExpr, or a CXXConstructExpr for constructors as sources
  const FunctionDecl *Callee = nullptr;
  const std::string *Name = nullptr;             ///< the callee's qualified name
  const std::vector<SinkMatch> *Sinks = nullptr; ///< the sinks the callee matches
  const Expr *Object = nullptr;
  AbstractValue ObjectValue;
  llvm::SmallVector<const Expr *, 6> ArgExprs;
  llvm::SmallVector<AbstractValue, 6> ArgValues;

  const Expr *argExpr(int Index) const;
  const AbstractValue *argValue(int Index) const;
};

/// The forward may-analysis of one function, and the report from its fixpoint. Its transfer
/// functions are spread by family: FunctionPass.cpp (the worklist, statements, updates of the
/// state), TransferExpr.cpp (expressions and operators), TransferBags.cpp (bags and their
/// entries), TransferCalls.cpp (calls and the call-model chain), Sources.cpp (paths and what
/// their names say), Sanitizers.cpp, Summarise.cpp (summaries made and applied) and
/// SinkReport.cpp (findings).
class FunctionPass {
public:
  /// HasCallers: some function of the unit calls this one, so data that reaches a sink through a
  /// parameter is reported at those calls (where the program chooses what to send), not here.
  FunctionPass(TUContext &TU, const FunctionDecl &FD, std::vector<Finding> &Out,
               FunctionSummary &Summary, bool HasCallers)
      : TU(TU), SM(TU.Ctx.getSourceManager()), FD(FD), Out(Out), Summary(Summary),
        HasCallers(HasCallers), InVendorCode(TU.isVendorCode(&FD)) {}

  void run();
  /// Whether some block hit MaxVisitsPerBlock: the report is from the states reached.
  bool exhaustedBudget() const { return BudgetExhausted; }

  /// Visits of one block before the worklist gives up on it: bounds the rare function whose
  /// traces keep changing. docs/design.md documents the budget.
  static constexpr unsigned MaxVisitsPerBlock = 16;

private:
  /// The place a local reference names (declareAlias).
  struct Alias {
    AccessPath Target;
    std::string KeyPrefix; ///< the bag element's key, or empty for the whole target
    bool KeyIsLiteral = true;
  };

  //===-- Statements ---------------------------------------------------------------------===//

  void findNestedElements(const CFG &Graph);
  void transferBlock(const CFGBlock &Block);

  void transferStmt(const Stmt *S);

  /// What a lambda captures, by value or by reference, as this function holds it where the
  /// lambda is made: the lambda's body (analysed after this function) starts from it, so data
  /// queued in std::function jobs, std::thread bodies and callbacks is followed.
  void captureInto(const LambdaExpr *Lambda);

  //===-- Summary ------------------------------------------------------------------------===//

  /// Concrete facts whose source is not a parameter's name: what callers can rely on.
  static TaintSet concreteFacts(const TaintSet &Facts);

  /// An entry as callers see it: its concrete facts, without the callee's insertion site (its
  /// fixes belong to the callee).
  static std::optional<BagEntry> concreteEntry(const BagEntry &E);

  void summariseReturn(const AbstractValue &V);

  /// What the function leaves in the objects its reference and pointer parameters name.
  void summariseOutParameters(const State &AtExit);

  void recordSinkEffect(const TaintFact &Marker, const SinkMatch &Match, const SinkArg &Arg,
                        const std::string &Key, bool KeyIsLiteral, int KeyParam,
                        const CallExpr *Call, const Through *Via);

  /// The parameter of this function a key expression is (key, key.c_str(), std::string(key)).
  int keyParamOf(const Expr *KeyExpr) const;

  /// Entries of the bags reference parameters name whose key or value is a parameter.
  void summariseOutParameterEntries(int BagParam, const AccessPath &Path,
                                    const AbstractValue &Bag);

  /// What a method leaves in the members of its object.
  void summariseMemberWrites(const State &AtExit);

  /// Where the caller holds what a summary wrote through BagParam (an argument, or the object a
  /// method is called on) and Fields below it.
  std::optional<AccessPath> writtenPath(const CallSite &Site, int BagParam,
                                        llvm::ArrayRef<const ValueDecl *> Fields);

  TraceStep passedTo(const Through &Via);

  void declareVariable(const VarDecl *VD);
  void declareFieldConstants(const AccessPath &Path, const Expr *Init);
  bool declareAlias(const VarDecl *VD, const Expr *Init);
  const Alias *aliasOf(const Expr *E) const;
  std::optional<AccessPath> insertedElement(const Expr *E, std::string &Key, bool &KeyIsLiteral);
  std::optional<AccessPath> objectOfPart(const Expr *E);
  void forgetFieldConstants(const AccessPath &Path);

  /// Strong update: the path now holds exactly V. A value that is neither known data nor a
  /// constant leaves the path unknown, so that its name classifies it at its next use.
  void assignPath(const AccessPath &Path, AbstractValue V, SourceLocation At,
                  const std::string &Hop);

  /// Weak update: the path may now also hold V (s += x, s.append(x), oss << x).
  void addToPath(const AccessPath &Path, const AbstractValue &V, SourceLocation At,
                 const std::string &Hop);

  /// A call writes V into the object an argument names: it is judged again by its own name,
  /// type and key, and holds V besides (and what it held, unless the call Replaces it).
  void writeThrough(const AccessPath &Path, const Expr *Target, const AbstractValue &V,
                    bool Replaces, SourceLocation At, const std::string &Hop);

  void addHop(AbstractValue &V, SourceLocation At, const std::string &Hop);

  /// Callables stored into a member are what later calls through that member may call.
  void noteStoredCallables(const AccessPath &Path, const AbstractValue &V);

  /// V's facts (its entries' too) hashed without a key at At: pseudonyms a dictionary reverses.
  /// Another unit's results are left out (they resolve unhashed).
  AbstractValue weakened(const AbstractValue &V, SourceLocation At, const std::string &Hop);

  //===-- Paths --------------------------------------------------------------------------===//

  /// The access path an lvalue expression names, if any.
  std::optional<AccessPath> pathOf(const Expr *E);

  /// The value of a path: what the state knows, or what its name says; a struct also carries what
  /// its fields hold (config.tags["k"] = v makes config a bag with that entry, and
  /// config.resource = id an entry "resource").
  AbstractValue readPath(const AccessPath &Path, const Expr *Use);

  AbstractValue readExactPath(const AccessPath &Path, const Expr *Use);

  /// A field read where nothing is known of it: its name, in its class, says what it holds.
  /// Object names the object it is read from (sender in sender.name, sender->name()): when the
  /// class says nothing, the object's name may make a generic word personal.
  AbstractValue classifyMember(const FieldDecl *Field, const Expr *Use, std::string What = "",
                               llvm::StringRef Object = {});

  /// A generic member (name, body) of an object whose name is person-like or user content.
  std::optional<Classification> classifyByObject(const NamedDecl *Member, NameContext Context,
                                                 llvm::StringRef Record, llvm::StringRef Object);

  /// What a declaration says it holds, strongest evidence first: its annotation
  /// ([[clang::annotate("pii:email")]], or "pii:none" to say it holds nothing personal), its name
  /// (in its class), then its type's names through typedefs (EmailAddress, UserId). The type must
  /// be able to hold the kind.
  std::optional<Classification> classifyDecl(const NamedDecl *D, QualType T, NameContext Context,
                                             llvm::StringRef Owner);

  /// A vocabulary type (QHostAddress) or a type named for the data it holds (EmailAddress).
  std::optional<Classification> classifyType(QualType T, llvm::StringRef VarName = {});

  TaintFact sourceFact(const Classification &C, const Expr *Use, const std::string &What);

  //===-- Expressions --------------------------------------------------------------------===//

  /// The value of E. Deep expressions (`a + "x" + ...` ten thousand times) continue on a fresh
  /// stack every EvalLevelsPerStack levels instead of overflowing the thread's.
  AbstractValue eval(const Expr *E);
  AbstractValue evalOnThisStack(const Expr *E);

  void evalSideEffects(const Expr *E) { (void)eval(E); }

  AbstractValue evalBinary(const BinaryOperator *BO);

  AbstractValue evalInitList(const InitListExpr *ILE, bool Droppable);

  /// `{"key", value}` inside a bag's initializer list, in any of the forms the standard
  /// containers, nlohmann::json and std::pair produce.
  std::optional<BagEntry> entryFromPairLike(const Expr *Element, const InitListExpr *List,
                                            unsigned Index, bool Droppable);

  /// Finds the key and value of a pair-like expression.
  bool splitPair(const Expr *E, const Expr *&Key, const Expr *&Value);

  BagEntry makeEntry(const std::string &Key, bool KeyIsLiteral, const AbstractValue &Value,
                     const InsertionSite &Site, const std::string *BagName);

  /// KeyValue, when known: the key's value (an entry's key copies every entry it views).
  void insertIntoBag(const AccessPath &Bag, const Expr *KeyExpr, const AbstractValue &Value,
                     const Expr *ValueExpr, const Expr *InsertingExpr,
                     const AbstractValue *KeyValue = nullptr);

  void insertKeyIntoBag(const AccessPath &Bag, const std::string &Key, bool KeyIsLiteral,
                        const AbstractValue &Value, const Expr *ValueExpr,
                        const Expr *InsertingExpr, const Expr *KeyExpr = nullptr);

  bool isTopLevel(const Expr *E) const;

  AbstractValue evalConstruct(const CXXConstructExpr *Ctor);

  AbstractValue evalOperatorCall(const CXXOperatorCallExpr *Op);

  /// bag["key"] (nested: bag["user"]["email"] names key "user.email" of bag).
  std::optional<AccessPath> bagElement(const Expr *E, std::string &Key, bool &KeyIsLiteral);

  //===-- Entries of bags (TransferEntries.cpp) --------------------------------------------===//

  /// A view of one entry of Bag (or of its key or value); OnlyKey keeps the entries under that
  /// key (find("email"), at("email")).
  AbstractValue entryView(const AbstractValue &Bag, EntryPart Part,
                          const std::optional<std::string> &OnlyKey);

  /// `.first`, `.second`, `key()`, `value()` of an entry.
  std::optional<AbstractValue> entryPartOf(const AbstractValue &Element, llvm::StringRef Member);

  /// Element I of a pair or a tuple value: its entry "first"/"second" or "I".
  std::optional<AbstractValue> tupleElement(const AbstractValue &Tuple, QualType T, unsigned I);

  /// std::pair(a, b), std::tuple(a, b, c) and their make_ functions: elements as entries.
  std::optional<AbstractValue> tupleOf(QualType T, llvm::ArrayRef<const Expr *> ArgExprs,
                                       llvm::ArrayRef<AbstractValue> Args);

  /// A structured binding: the member or the std::get<I> its declaration binds it to.
  AbstractValue evalBinding(const BindingDecl *Binding, const Expr *Use);

  /// Copies into Bag every entry that KeyValue (an entry's key, or an entry) views, each under
  /// its own key, storing Value (null: each entry's own value). False when KeyValue is no view.
  bool copyEntries(const AccessPath &Bag, const AbstractValue &KeyValue,
                   const AbstractValue *Value, const Expr *At);

  /// A struct, a class or an array built from a braced list: each field is an entry named after
  /// it (`Message m{email}` then `m.to`), each element of an array adds to the array.
  AbstractValue evalAggregate(const InitListExpr *ILE, const RecordDecl *RD);

  //===-- Calls (TransferCalls.cpp and the files of each model family) ---------------------===//

  /// One call model: it gives the call's value, or declines (nullopt) so that the next is tried.
  using CallModel = std::optional<AbstractValue> (FunctionPass::*)(CallSite &);
  static const CallModel CallModels[];

  AbstractValue evalCall(const CallExpr *Call);
  /// The call models in order, until one gives the call's value.
  AbstractValue applyCallModels(CallSite &Site);
  CallSite evaluateCallSite(const CallExpr *Call);
  std::optional<AbstractValue> applyConversion(CallSite &Site);
  std::optional<AbstractValue> applyBagInserter(CallSite &Site);
  std::optional<AbstractValue> applyBagBuilder(CallSite &Site);
  std::optional<AbstractValue> applyBagMethod(CallSite &Site);
  std::optional<AbstractValue> applyPropagator(CallSite &Site);
  /// Keyed hashes end the flow, plain hashes leave a pseudonym a dictionary reverses.
  std::optional<AbstractValue> applySanitizer(CallSite &Site);
  std::optional<AbstractValue> applySource(CallSite &Site);
  std::optional<AbstractValue> applyProgramFunction(CallSite &Site);
  //===-- Calls through values (TransferIndirect.cpp) -------------------------------------===//

  /// The value of a name of a function: &send, send, &Handler::onLogin.
  AbstractValue callableOf(const FunctionDecl *F);
  /// A call through Callable when its targets are known (held, or stored into its members).
  std::optional<AbstractValue> callKnownTargets(const CallSite &Site,
                                                const AbstractValue &Callable);
  /// Calls Callable's targets with the call's arguments: each as a direct call of it.
  AbstractValue callTargets(const CallSite &Site, const AbstractValue &Callable);
  /// A call of a parameter that holds a callable: recorded for the callers.
  void recordCallbackCall(const CallSite &Site, const AbstractValue &Callable);
  /// Calls through a value: a function pointer, a member pointer, a table of handlers.
  AbstractValue evalIndirectCall(CallSite &Site);
  /// `fn(x)` of a std::function or a functor whose value holds callables.
  std::optional<AbstractValue> applyCallableObject(CallSite &Site);
  /// The callee's calls of its callable parameters, resolved with this call's arguments.
  void applyCallbackCalls(const FunctionSummary &S, const CallSite &Site);
  /// What a callee gives its callback, its parameters replaced by this call's arguments.
  llvm::SmallVector<AbstractValue, 4>
  givenToCallback(const FunctionSummary::CallbackCall &C, const CallSite &Site,
                  llvm::SmallVectorImpl<const Expr *> &ArgFor);
  /// The sink effects of Callable's targets, given what the callee gives them, reported here.
  void reportCallbackTargets(const FunctionSummary::CallbackCall &C,
                             const AbstractValue &Callable, const CallSite &Site,
                             const Expr *Fallback);
  /// A call through a member holding callbacks: the ones stored so far, and a record for the
  /// callers (by whose calls more may have been stored).
  AbstractValue callStoredCallbacks(const CallSite &Site, const AbstractValue &Callable);
  /// The callee's calls through members holding callbacks, with what the unit stored by now.
  void applyFieldCallbackCalls(const FunctionSummary &S, const CallSite &Site);
  /// With --explain: a call whose targets the unit does not show, given personal data.
  void explainUnknownTargets(const CallSite &Site, const AbstractValue &Callable);

  /// Iterators, lookups, std::get and the key and value of entries (TransferEntries.cpp).
  std::optional<AbstractValue> applyEntryAccess(CallSite &Site);
  AbstractValue applySummaries(CallSite &Site, bool &Known);
  void applySummary(const FunctionSummary &S, const CallSite &Site, AbstractValue &Result);
  /// The arguments a callee returns as they are (Plain) or hashed without a key (Weak).
  void mergePassedThrough(const std::set<int> &Plain, const std::set<int> &Weak,
                          llvm::ArrayRef<AbstractValue> Args, SourceLocation At,
                          const std::string &Callee, AbstractValue &Result);
  std::optional<AbstractValue> classifyGetter(const CallSite &Site);
  void applyUnknownCall(CallSite &Site, AbstractValue &Result);

  /// A call of a function another unit defines, with its summary from a summaries file: its
  /// parameters that reach a sink report here, its returned personal data flows on.
  void applyImported(const ExternalSummary &S, const CallExpr *Call, const FunctionDecl *Callee,
                     llvm::ArrayRef<const Expr *> ArgExprs, llvm::ArrayRef<AbstractValue> ArgValues,
                     AbstractValue &Result, bool ReportSinks);

  /// What the arguments of a call of another unit's function hold: personal data (a pending
  /// finding, if the callee turns out to reach a sink) and this function's own parameters (a
  /// forward in its summary).
  void recordExternalCall(const std::string &Usr, const CallExpr *Call, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> ArgExprs,
                          llvm::ArrayRef<AbstractValue> ArgValues);

  /// A parameter of another unit's function, reached directly (Through empty) or through a
  /// function of this unit that forwards its parameter there (Through: the steps inside it).
  struct ExternalParam {
    std::string Usr;
    int Param = 0;
    std::vector<ExternalStep> Through;
  };
  /// The call of a function of this unit whose summary forwards parameters to other units.
  void recordForwardedArguments(const FunctionSummary &S, const CallSite &Site);
  /// What one argument, given as Target by the call of Name, holds: pending facts, forwards of
  /// this function's parameters, or an argument nothing is known of (Unclassified).
  void recordArgumentOf(const ExternalParam &Target, const std::string &Name,
                        const CallExpr *Call, const Expr *Arg, const AbstractValue &Value,
                        const std::map<int, std::string> &ArgumentKeys,
                        const std::map<int, std::string> &Literals,
                        const std::map<int, std::vector<std::string>> &Hosts = {});

  /// The result of another unit's function reaching a sink here: a finding if that function
  /// turns out to return personal data.
  void recordResultSink(const TaintFact &F, const SinkMatch &Match, const SinkArg &Arg,
                        const std::string &Key, const CallExpr *Call, const Through *Via);

  /// A bag method that inserts (map.emplace(k, v), props.set(k, v) of a builder, 1DS
  /// SetProperty(k, v, PiiKind)). Returns the bag's value, so that builder chains carry it on.
  AbstractValue insertWithMethod(const CallSite &Site, const BagMethodModel &Inserter,
                                 const std::optional<AccessPath> &BagPath,
                                 llvm::StringRef KeyPrefix = "");

  /// Where an inserting call put an entry: a statement of its own, or a link of a builder chain
  /// (when Object, the object it is called on, is itself a call).
  InsertionSite siteOfCall(const Expr *Call, const Expr *Object, const Expr *ValueExpr);

  /// An SDK's privacy marker on a value: an enumerator that declares a kind makes the value
  /// personal data of that kind (a declared flow, still reported); "none" declares nothing. The
  /// marker may be a default argument (CXXDefaultArgExpr) the callee declares.
  void declare(AbstractValue &Value, const DeclaredKindArg &Declared, const Expr *KindExpr,
               const Expr *Call);

  /// The value of a call to a modelled source, if Name is one whose conditions hold.
  std::optional<AbstractValue> fromSources(const CallSite &Site);

  //===-- State that outlives a function (SharedState.cpp) --------------------------------===//

  /// The key TUContext::Stored keeps a path's value under: a global (or static local) and the
  /// fields below it, or a member's field and those below it; none for locals and parameters.
  static std::optional<std::vector<const ValueDecl *>> sharedKeyOf(const AccessPath &P);
  /// Adds what of V outlives this function to what the unit stored under Key.
  void storeShared(const std::vector<const ValueDecl *> &Key, const AbstractValue &V);
  /// What this function leaves in globals, static locals and members.
  void recordSharedState(const State &AtExit);
  /// What other functions stored in Path (or below it), added to V, the value of a read of
  /// Path (at Use) that this function's state knows nothing of.
  void readSharedState(const AccessPath &Path, const Expr *Use, AbstractValue &V);
  void readOtherUnitsState(const std::vector<const ValueDecl *> &Key, const AccessPath &Path,
                           const Expr *Use, AbstractValue &V);

  //===-- HTTP requests to vendors' endpoints (HttpRequests.cpp) ----------------------------===//

  /// A string literal: clean, and naming the vendor endpoints its text names.
  AbstractValue literalValue(const StringLiteral *Literal);
  /// The endpoints that the literals of D's initializers name: a constant or global URL, a member
  /// initialised with a vendor's host in its class or in its constructors.
  void addDeclaredEndpoints(const ValueDecl *D, AbstractValue &V);
  /// An HTTP client's send (curl_easy_perform, QNetworkAccessManager::post): its request
  /// arguments reported for each vendor whose endpoint they name; a request whose URL comes from
  /// this function's parameters becomes a sink effect whose vendor the callers' URL decides.
  void reportRequest(const CallSite &Site, const SinkMatch &Match);
  /// A callee's request effect whose vendor this call's arguments decide.
  void applyRequestEffect(const SinkEffect &Effect, const CallSite &Site,
                          const std::map<int, std::string> &Literals);

  //===-- Reporting ----------------------------------------------------------------------===//

  void reportSinkCall(const CallSite &Site);
  /// The literal key a sibling setter gave the object Object is reached from (an OTLP KeyValue's
  /// set_key), or null.
  const Expr *keyFromSetter(const Expr *Object, llvm::StringRef Setter);

  /// Reports what of Value reaches the sink argument Arg: each fact of the value, each tainted
  /// entry of a bag, keys that name personal data, and arguments whose kind the API fixes. Facts
  /// that stand for a parameter become this function's summary instead; findings whose source is
  /// a parameter are left to the callers when there are any. With Via, the call is of a wrapper
  /// whose parameter reaches the SDK (Arg and Match are the SDK's).
  /// KeyText: the key as text, where no expression holds it (a macro sink's field name).
  void reportSinkArgument(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
                          const Expr *ArgExpr, const AbstractValue &Value, const Expr *KeyExpr,
                          const Through *Via = nullptr, const std::string *KeyText = nullptr);

  /// A statement of a macro sink's expansion (TraceLoggingWrite): its fields reported once per
  /// invocation (MacroSinks.cpp).
  void reportMacroSink(const Stmt *S);

  /// RootedInParameter: the evidence is this function's parameter (its name, or a key or API
  /// contract applied to it), so callers in other units, where there are any, report instead.
  /// The branches S is on whose conditions compare a parameter with a literal
  /// (KeyConditions.cpp).
  std::vector<KeyCondition> keyConditionsOf(const Stmt *S);
  /// The literal arguments of a call, by parameter index.
  std::map<int, std::string> literalArguments(const CallSite &Site);

  /// A constant in Entry that a model says makes the vendor collect personal data itself.
  void reportVendorFilled(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
                          const Expr *ArgExpr, const BagEntry &Entry, NameContext KeyContext,
                          const Through *Via);
  void emit(const CallExpr *Call, const SinkMatch &Match, const SinkArg &Arg,
            const Expr *ArgExpr, const TaintFact &Fact, const std::string &Key,
            const BagEntry *Entry, const Through *Via, bool RootedInParameter);

  //===-- Helpers ------------------------------------------------------------------------===//

  /// Whether a call hashes: from the models (OpenSSL, libsodium, std::hash), the configured
  /// HashFunction, or the callee's name. True: keyed (HMAC, pseudonymise, redact, encrypt, mask);
  /// false: a plain hash (hash, sha256, md5, digest).
  std::optional<bool> sanitizerByName(const FunctionDecl *Callee, const std::string &Name) const;

  bool valueCanBeOfKind(const Expr *Value, DataKind Kind);
  bool describesProgramLocation(const Expr *Value);

  /// The type of a value as written, before conversions to the bag's value type.
  static QualType valueType(const Expr *E);

  /// Where the user wrote it: a macro argument's spelling, or the macro's use.
  SourceLocation reportLoc(SourceLocation Loc) const;

  /// A key as written: its literal text (following constants), or the expression's source text;
  /// and whether it was a literal.
  std::pair<std::string, bool> keyOf(const Expr *E) const;

  std::string sourceText(const Expr *E) const;

  TUContext &TU;
  const SourceManager &SM;
  const FunctionDecl &FD;
  /// The parents of FD's statements, made when a sink call first asks for its branches.
  std::unique_ptr<ParentMap> Parents;
  std::vector<Finding> &Out;
  StateContext States;
  State Current{States};
  /// CFG elements that an element above them evaluates (see findNestedElements).
  llvm::DenseSet<const Stmt *> NestedElements;
  const Stmt *TopLevel = nullptr;
  unsigned EvalDepth = 0; // eval's recursion depth, for eval's stack switching
  bool Final = false; // the last pass, from the fixpoint: reports and summarises
  FunctionSummary &Summary;
  bool HasCallers;
  bool BudgetExhausted = false;
  /// The macro sink invocations reported (their raw locations).
  llvm::DenseSet<unsigned> MacroSinksReported;
  /// Local references to a variable, a member or a bag's element (`auto &user = event["user"]`):
  /// what is written through them is written there (declareAlias).
  llvm::DenseMap<const VarDecl *, Alias> Aliases;
  /// FD is an SDK's own code: it is summarised for its callers, but nothing in it is reported.
  bool InVendorCode;
  std::set<std::tuple<unsigned, int, std::string, DataKind, unsigned, int, const SinkModel *>>
      Reported;};

} // namespace piiflow::flow

#endif
