//===--- Summaries.h - Function summaries across translation units ---------------------------===//
//
// What one translation unit tells the others: for each function it defines (by USR), which
// parameters reach a sink and what personal data it returns, with traces as file:line:col steps;
// and, for the calls it makes of functions it does not define, what their arguments hold. The
// standalone tool collects this from every unit of a compile database and resolves it once all
// units are analysed, so that a wrapper defined in another .cpp is a sink and a getter defined in
// another .cpp is a source, whatever the order of the units. The result can be exported as a
// summaries file, which the clang-tidy check reads (SummaryFiles) to see cross-unit wrappers too.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_SUMMARIES_H
#define PIIFLOW_SUMMARIES_H

#include "piiflow/DataKind.h"
#include "piiflow/Models.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace piiflow {

/// A trace step outside any one unit's SourceManager.
struct ExternalStep {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Message;
};

struct ExternalFact {
  DataKind Kind = DataKind::Email;
  bool Weak = false; ///< hashed without a key on the way
  std::string Evidence;
  std::vector<ExternalStep> Trace; ///< source first
  /// The key the data is under when it is an entry of a bag, or a field below the state a
  /// reader reads (SharedState.cpp); empty otherwise.
  std::string Key;
};

/// The pseudo-function whose "result" is what the program stores in a global or a member:
/// `piiflow:state:` and the USRs of the global (or field) and the fields below it, joined by '/'.
constexpr const char *StateUsrPrefix = "piiflow:state:";

/// A branch a sink call of a function is on: taken only when parameter Param compares equal (or,
/// with Equal false, unequal) to Literal (`if (name == "resource.name") ...`).
struct KeyCondition {
  int Param = 0;
  std::string Literal;
  bool Equal = true;
  bool operator==(const KeyCondition &O) const {
    return Param == O.Param && Literal == O.Literal && Equal == O.Equal;
  }
};

/// Whether Conditions allow a call whose literal arguments are Literals (by parameter index):
/// false when one compares a literal argument the other way.
bool keyConditionsAllow(const std::vector<KeyCondition> &Conditions,
                        const std::map<int, std::string> &Literals);

/// A parameter of a summarised function that reaches a sink argument of an SDK.
struct ExternalSinkEffect {
  int Param = 0;
  std::string Sdk;          ///< SdkModel::Id
  unsigned SinkIndex = 0;   ///< index into that SDK's sinks
  unsigned ArgIndex = 0;    ///< index into that sink's args
  /// An HTTP client's sink (Sdk is the client library): the vendor endpoint whose host the
  /// request names, which decides the vendor; empty for SDK sinks.
  std::string Host;
  std::string Key;
  std::vector<ExternalStep> Trace; ///< from the parameter to the SDK call
  /// Key is literal text; otherwise it is the source text of the expression that computes it,
  /// shown in messages but never taken as evidence.
  bool KeyIsLiteral = true;
  /// The parameter is hashed without a key on the way to the SDK.
  bool Weak = false;
  /// The key is this parameter's argument at each call (track("email", email)), or -100.
  int KeyParam = -100;
  /// What the function's own code says of any value that takes this path: the kind its literal
  /// Key denotes in the sink's context (a user object's "id": a user identifier; dataKindId, or
  /// empty), and why. A caller in another unit whose argument is neither known data nor a
  /// constant is reported with it, as a caller in the same unit is.
  std::string KeyKind, KeyEvidence;
  /// The branches the sink call is on: callers whose literal arguments cannot take them are
  /// not affected.
  std::vector<KeyCondition> Conditions;
  /// An HTTP client's sink whose URL the function's callers give (`post(url, body)`): these
  /// parameters' arguments name the vendor at each call (Host is empty, Sdk the client).
  std::vector<int> VendorParams;
};

/// A parameter passed on to a function of another unit: resolved into sink effects.
struct ParameterForward {
  int Param = 0;
  std::string CalleeUsr;
  int CalleeParam = 0;
  std::vector<ExternalStep> Trace; ///< from the parameter to the argument of the call
};

struct ExternalSummary {
  std::string Usr;
  std::string Name;
  std::vector<ExternalSinkEffect> Sinks;
  std::vector<ExternalFact> Returns;
  /// Parameters whose data the result carries as it is (normalize(email)), or hashed without a
  /// key (sha256Hex(email)).
  std::set<int> ReturnParams, WeakReturnParams;
  /// Personal data the function writes through a reference or pointer parameter.
  std::map<int, std::vector<ExternalFact>> OutParams;
  /// Some unit calls the function, so findings rooted in its parameters belong to the callers.
  bool HasCallers = false;
  /// The virtual methods this one overrides (by USR, transitively): a call of any of them may be
  /// a call of this one, in whichever unit it is made.
  std::vector<std::string> Overrides;
  // Unresolved parts, only between the units of one run.
  std::vector<ParameterForward> Forwards;
  std::vector<std::string> ReturnsResultOf; ///< USRs whose results this function returns
};

/// Personal data passed to a function of another unit at a call.
struct PendingArgument {
  std::string CalleeUsr, CalleeName;
  int Param = 0;
  ExternalStep Call;     ///< where the warning goes: the call
  ExternalStep Argument; ///< the argument's start
  ExternalStep ArgumentEnd;
  ExternalFact Fact;     ///< its trace ends where the fact entered the argument
  std::string Key;       ///< the bag entry's key, when the fact is in an entry of the argument
  /// The call's arguments as keys, by parameter index: the literal ("email") or the source text
  /// (pick(n)) of each; the key of a sink effect whose KeyParam is one of them.
  std::map<int, std::string> ArgumentKeys;
  /// The call's literal arguments, by parameter index, for the callee's KeyConditions.
  std::map<int, std::string> LiteralArguments;
  /// The vendor endpoint hosts each argument names (a URL), for the callee's VendorParams.
  std::map<int, std::vector<std::string>> ArgumentHosts;
  /// When set, the argument holds the result of this other function (by USR), and Fact's trace
  /// starts at that call: it is personal data if that function returns some.
  std::string ResultOf;
  /// The argument is neither known data nor a constant (Fact has no kind, its trace is the step
  /// into the callee): personal data where the callee's own code says so (KeyKind).
  bool Unclassified = false;
  /// The argument is this function's parameter (by USR): its callers judge it where there are
  /// any, so the link drops it when another unit calls that function.
  std::string RootParameterOf;
};

/// The result of a function of another unit that reaches a sink of this unit.
struct PendingResultSink {
  std::string CalleeUsr;
  ExternalSinkEffect Sink; ///< Param unused; Trace from the call's result to the SDK call
  ExternalStep Call;       ///< the SDK call, where the warning goes
  /// The data given as this parameter of the callee reaches the sink if the callee returns it
  /// (Fact: the data, its trace up to the call of the callee).
  int ViaParam = -100;
  /// What the callee writes through this parameter reaches the sink.
  int OutParam = -100;
  ExternalFact Fact;
};

/// What one unit leaves for the whole program.
struct UnitFacts {
  std::vector<ExternalSummary> Summaries;
  std::vector<PendingArgument> Arguments;
  std::vector<PendingResultSink> ResultSinks;
  std::set<std::string> Called; ///< USRs of functions of other units this unit calls
};

/// A finding only the whole program shows.
struct ProgramFinding {
  std::string Check;
  DataKind Kind = DataKind::Email;
  std::string Evidence, Message, Vendor, SdkId, Function, Role, Key, Via;
  ExternalStep Loc, RangeBegin, RangeEnd;
  std::vector<ExternalStep> Trace;
};

/// Summaries by USR: loaded from summaries files, or resolved from the units of a run.
class SummaryStore {
public:
  /// Reads summaries files written by exportJson; errors name the file and line.
  static llvm::Expected<SummaryStore> load(llvm::ArrayRef<std::string> Files);
  std::string toJson() const;

  void add(ExternalSummary Summary);
  const ExternalSummary *find(llvm::StringRef Usr) const;
  bool empty() const { return ByUsr.empty(); }

  /// Resolves the units of a run: forwards become sink effects and returned results become
  /// returns, to a fixpoint; then pending arguments and result sinks become findings.
  static SummaryStore resolve(std::vector<UnitFacts> &Units, const ModelCatalog &Models,
                              std::vector<ProgramFinding> &Findings);

private:
  std::map<std::string, ExternalSummary> ByUsr;
};

/// The text of a finding's warning, shared by every place that makes one.
std::string findingMessage(DataKind Kind, const SdkModel &Sdk, const SinkModel &Sink,
                           const SinkArg &Arg, const std::string &Key, const std::string &Via,
                           bool Weak = false, llvm::StringRef Host = "");

} // namespace piiflow

#endif
