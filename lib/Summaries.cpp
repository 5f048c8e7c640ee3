//===--- Summaries.cpp - Summaries files, and resolving summaries across units ---------------===//
//
// The summaries file is JSON (written and read with nlohmann/json). Resolution is a fixpoint over
// all functions of a run, in USR order, so that its result does not depend on the order in which
// the units were analysed.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/Summaries.h"
#include "piiflow/JsonInput.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <nlohmann/json.hpp>
#include <tuple>

namespace piiflow {

using nlohmann::json;
using nlohmann::ordered_json;

std::string findingMessage(DataKind Kind, const SdkModel &Sdk, const SinkModel &Sink,
                           const SinkArg &Arg, const std::string &Key, const std::string &Via,
                           bool Weak, llvm::StringRef Host) {
  std::string Message;
  llvm::raw_string_ostream OS(Message);
  OS << dataKindPhrase(Kind);
  if (Weak)
    OS << " hashed without a key";
  OS << " sent to " << Sdk.Vendor;
  if (!Host.empty())
    OS << " (" << Host << ")";
  if (Arg.Role == ArgRole::Request && !Key.empty())
    OS << " as HTTP request field \"" << Key << "\"";
  else if (Arg.Role == ArgRole::Request)
    OS << " in an HTTP request";
  else
    OS << " as " << argRolePhrase(Arg.Role);
  if (!Key.empty() && Arg.Role != ArgRole::Request) {
    if (Arg.Role == ArgRole::Properties || Arg.Role == ArgRole::PropertyValue ||
        Arg.Role == ArgRole::UserTraits || Arg.Role == ArgRole::AttributeValue)
      OS << " \"" << Key << "\"";
    else
      OS << " (key \"" << Key << "\")";
  }
  OS << " in call to '" << Sink.Function << "'";
  if (!Via.empty())
    OS << " through '" << Via << "'";
  return Message;
}

namespace {

ordered_json stepsToJson(const std::vector<ExternalStep> &Steps) {
  ordered_json Out = ordered_json::array();
  for (const ExternalStep &S : Steps)
    Out.push_back({{"file", S.File}, {"line", S.Line}, {"column", S.Column}, {"message", S.Message}});
  return Out;
}

ordered_json conditionsToJson(const std::vector<KeyCondition> &Conditions) {
  ordered_json Out = ordered_json::array();
  for (const KeyCondition &C : Conditions)
    Out.push_back({{"param", C.Param}, {"literal", C.Literal}, {"equal", C.Equal}});
  return Out;
}

std::vector<ExternalStep> stepsFromJson(const json &J) {
  std::vector<ExternalStep> Out;
  for (const json &S : J)
    Out.push_back(ExternalStep{S.at("file").get<std::string>(),
                               jsonIntegerAs<unsigned>(S.at("line"), "line"),
                               jsonIntegerAs<unsigned>(S.at("column"), "column"),
                               S.at("message").get<std::string>()});
  return Out;
}

auto effectKey(const ExternalSinkEffect &E) {
  return std::make_tuple(E.Param, E.Sdk, E.SinkIndex, E.ArgIndex, E.Host, E.Key, E.KeyParam,
                         std::cref(E.Conditions), std::cref(E.VendorParams));
}

auto factKey(const ExternalFact &F) {
  const ExternalStep &S = F.Trace.front();
  return std::make_tuple(F.Kind, S.File, S.Line, S.Column);
}

bool addEffect(std::vector<ExternalSinkEffect> &Effects, ExternalSinkEffect E) {
  for (const ExternalSinkEffect &Known : Effects)
    if (effectKey(Known) == effectKey(E))
      return false;
  Effects.push_back(std::move(E));
  return true;
}

bool addFact(std::vector<ExternalFact> &Facts, ExternalFact F) {
  if (F.Trace.empty())
    return false;
  for (const ExternalFact &Known : Facts)
    if (factKey(Known) == factKey(F))
      return false;
  Facts.push_back(std::move(F));
  return true;
}

/// The SDK, sink and argument an effect names, if the loaded models have them.
bool lookupSink(const ModelCatalog &Models, const ExternalSinkEffect &E, const SdkModel *&Sdk,
                const SinkModel *&Sink, const SinkArg *&Arg) {
  for (const auto &M : Models.sdks()) {
    if (M->Id != E.Sdk)
      continue;
    if (E.SinkIndex >= M->Sinks.size() || E.ArgIndex >= M->Sinks[E.SinkIndex].Args.size())
      return false;
    Sdk = M.get();
    Sink = &M->Sinks[E.SinkIndex];
    Arg = &Sink->Args[E.ArgIndex];
    if (!E.Host.empty()) {
      // An HTTP client's send: the vendor is the endpoint's.
      const VendorEndpoint *Endpoint = Models.endpointNamed(E.Host);
      if (!Endpoint)
        return false;
      Sdk = Endpoint->Sdk;
    }
    return true;
  }
  return false;
}

/// E as the call A makes it: an HTTP helper's request (VendorParams) goes to each vendor host
/// the call's arguments there name, and nowhere (no effect) when they name none.
std::vector<ExternalSinkEffect> withVendorOfCall(const ExternalSinkEffect &E,
                                                 const PendingArgument &A,
                                                 const ModelCatalog &Models) {
  if (E.VendorParams.empty())
    return {E};
  std::vector<ExternalSinkEffect> Out;
  for (int P : E.VendorParams) {
    auto Hosts = A.ArgumentHosts.find(P);
    if (Hosts == A.ArgumentHosts.end())
      continue;
    for (const std::string &Host : Hosts->second)
      if (llvm::none_of(Out, [&](const ExternalSinkEffect &K) { return K.Host == Host; })) {
        ExternalSinkEffect ToVendor = E;
        ToVendor.Host = Host;
        ToVendor.VendorParams.clear();
        // The helper's last step said "sent in an HTTP request": this call's URL says to whom.
        const VendorEndpoint *Endpoint = Models.endpointNamed(Host);
        const SdkModel *Client = nullptr;
        for (const auto &M : Models.sdks())
          if (M->Id == E.Sdk)
            Client = M.get();
        if (Endpoint && Client && E.SinkIndex < Client->Sinks.size() && !ToVendor.Trace.empty())
          ToVendor.Trace.back().Message = "sent to " + Endpoint->Sdk->Vendor + " (" + Host +
                                          ") by '" + Client->Sinks[E.SinkIndex].Function +
                                          "', the host the URL given to '" + A.CalleeName +
                                          "' names";
        Out.push_back(std::move(ToVendor));
      }
  }
  return Out;
}

} // namespace

void SummaryStore::add(ExternalSummary Summary) {
  auto It = ByUsr.find(Summary.Usr);
  if (It == ByUsr.end()) {
    ByUsr.emplace(Summary.Usr, std::move(Summary));
    return;
  }
  // The same inline function from several units: the union of what they saw.
  ExternalSummary &Known = It->second;
  for (ExternalSinkEffect &E : Summary.Sinks)
    addEffect(Known.Sinks, std::move(E));
  for (ExternalFact &F : Summary.Returns)
    addFact(Known.Returns, std::move(F));
  Known.ReturnParams.insert(Summary.ReturnParams.begin(), Summary.ReturnParams.end());
  for (std::string &Base : Summary.Overrides)
    if (!llvm::is_contained(Known.Overrides, Base))
      Known.Overrides.push_back(std::move(Base));
  Known.WeakReturnParams.insert(Summary.WeakReturnParams.begin(), Summary.WeakReturnParams.end());
  for (auto &[Param, Facts] : Summary.OutParams)
    for (ExternalFact &F : Facts)
      addFact(Known.OutParams[Param], std::move(F));
  Known.HasCallers = Known.HasCallers || Summary.HasCallers;
  for (ParameterForward &F : Summary.Forwards)
    Known.Forwards.push_back(std::move(F));
  for (std::string &R : Summary.ReturnsResultOf)
    Known.ReturnsResultOf.push_back(std::move(R));
}

const ExternalSummary *SummaryStore::find(llvm::StringRef Usr) const {
  auto It = ByUsr.find(Usr.str());
  return It == ByUsr.end() ? nullptr : &It->second;
}

std::string SummaryStore::toJson() const {
  ordered_json Functions = ordered_json::array();
  for (const auto &[Usr, S] : ByUsr) {
    if (S.Sinks.empty() && S.Returns.empty() && !S.HasCallers && S.ReturnParams.empty() &&
        S.WeakReturnParams.empty() && S.OutParams.empty())
      continue;
    ordered_json Sinks = ordered_json::array();
    for (const ExternalSinkEffect &E : S.Sinks)
      Sinks.push_back({{"param", E.Param},
                       {"sdk", E.Sdk},
                       {"sinkIndex", E.SinkIndex},
                       {"argIndex", E.ArgIndex},
                       {"host", E.Host},
                       {"key", E.Key},
                       {"keyIsLiteral", E.KeyIsLiteral},
                       {"weak", E.Weak},
                       {"keyParam", E.KeyParam},
                       {"keyKind", E.KeyKind},
                       {"keyEvidence", E.KeyEvidence},
                       {"conditions", conditionsToJson(E.Conditions)},
                       {"vendorParams", E.VendorParams},
                       {"trace", stepsToJson(E.Trace)}});
    ordered_json Returns = ordered_json::array();
    for (const ExternalFact &F : S.Returns)
      Returns.push_back({{"kind", dataKindId(F.Kind).str()},
                         {"weak", F.Weak},
                         {"evidence", F.Evidence},
                         {"key", F.Key},
                         {"trace", stepsToJson(F.Trace)}});
    ordered_json OutParams = ordered_json::array();
    for (const auto &[Param, Facts] : S.OutParams) {
      ordered_json Written = ordered_json::array();
      for (const ExternalFact &F : Facts)
        Written.push_back({{"kind", dataKindId(F.Kind).str()},
                           {"weak", F.Weak},
                           {"evidence", F.Evidence},
                           {"trace", stepsToJson(F.Trace)}});
      OutParams.push_back({{"param", Param}, {"writes", Written}});
    }
    Functions.push_back({{"usr", Usr},
                         {"name", S.Name},
                         {"hasCallers", S.HasCallers},
                         {"sinks", Sinks},
                         {"returns", Returns},
                         {"returnsParams", S.ReturnParams},
                         {"returnsParamsHashed", S.WeakReturnParams},
                         {"outParams", OutParams}});
  }
  ordered_json Root = {{"piiflowSummaries", 1}, {"functions", Functions}};
  return dumpJson(Root, 2) + "\n";
}

llvm::Expected<SummaryStore> SummaryStore::load(llvm::ArrayRef<std::string> Files) {
  SummaryStore Store;
  for (const std::string &File : Files) {
    auto Parsed = readJsonFile(File, "summaries file");
    if (!Parsed)
      return Parsed.takeError();
    const json &Root = *Parsed;
    if (jsonInteger(Root, "piiflowSummaries") != 1 || !jsonField(Root, "functions") ||
        !Root["functions"].is_array())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "%s: not a piiflow summaries file (version 1)",
                                     File.c_str());
    const json &Functions = Root["functions"];
    for (size_t I = 0; I < Functions.size(); ++I) {
      const json &F = Functions[I];
      ExternalSummary S;
      try {
        S.Usr = F.at("usr").get<std::string>();
        S.Name = F.at("name").get<std::string>();
        S.HasCallers = F.value("hasCallers", false);
        for (const json &E : F.at("sinks")) {
          S.Sinks.push_back(ExternalSinkEffect{jsonIntegerAs<int>(E.at("param"), "param"),
                                               E.at("sdk").get<std::string>(),
                                               jsonIntegerAs<unsigned>(E.at("sinkIndex"),
                                                                       "sinkIndex"),
                                               jsonIntegerAs<unsigned>(E.at("argIndex"),
                                                                       "argIndex"),
                                               E.value("host", std::string()),
                                               E.at("key").get<std::string>(),
                                               stepsFromJson(E.at("trace")),
                                               E.value("keyIsLiteral", true),
                                               E.value("weak", false),
                                               jsonIntegerFieldAs<int>(E, "keyParam", -100),
                                               E.value("keyKind", std::string()),
                                               E.value("keyEvidence", std::string()),
                                               {},
                                               {}});
          if (!S.Sinks.back().KeyKind.empty() && !parseDataKind(S.Sinks.back().KeyKind))
            throw std::runtime_error("unknown kind '" + S.Sinks.back().KeyKind + "'");
          if (E.contains("vendorParams"))
            for (const json &P : E.at("vendorParams"))
              S.Sinks.back().VendorParams.push_back(jsonIntegerAs<int>(P, "vendorParams"));
          if (E.contains("conditions"))
            for (const json &C : E.at("conditions"))
              S.Sinks.back().Conditions.push_back(
                  KeyCondition{jsonIntegerAs<int>(C.at("param"), "param"),
                               C.at("literal").get<std::string>(), C.at("equal").get<bool>()});
        }
        auto factOf = [](const json &R) {
          std::optional<DataKind> Kind = parseDataKind(R.at("kind").get<std::string>());
          if (!Kind)
            throw std::runtime_error("unknown kind");
          return ExternalFact{*Kind, R.value("weak", false), R.at("evidence").get<std::string>(),
                              stepsFromJson(R.at("trace")), R.value("key", std::string())};
        };
        for (const json &R : F.at("returns"))
          S.Returns.push_back(factOf(R));
        // Optional: files written before these fields existed stay valid.
        if (F.contains("returnsParams"))
          for (const json &P : F.at("returnsParams"))
            S.ReturnParams.insert(jsonIntegerAs<int>(P, "returnsParams"));
        if (F.contains("returnsParamsHashed"))
          for (const json &P : F.at("returnsParamsHashed"))
            S.WeakReturnParams.insert(jsonIntegerAs<int>(P, "returnsParamsHashed"));
        if (F.contains("outParams"))
          for (const json &O : F.at("outParams"))
            for (const json &W : O.at("writes"))
              S.OutParams[jsonIntegerAs<int>(O.at("param"), "param")].push_back(factOf(W));
      } catch (const std::exception &E) {
        // nlohmann's type and range errors: a field missing or of the wrong type.
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "%s: invalid summary at functions[%zu]: %s", File.c_str(),
                                       I, jsonExceptionMessage(E.what()).c_str());
      }
      Store.add(std::move(S));
    }
  }
  return Store;
}

/// The findings of a result of another unit's function that reaches a sink: the data given to
/// the callee, back if it passes it through (or hashes it); what it writes through a parameter;
/// or what it returns of its own.
static void findingsOfResultSink(const PendingResultSink &R, const SummaryStore &Store,
                                 const ModelCatalog &Models,
                                 llvm::function_ref<void(ProgramFinding)> addFinding) {
  const ExternalSummary *Callee = Store.find(R.CalleeUsr);
  const SdkModel *Sdk;
  const SinkModel *Sink;
  const SinkArg *Arg;
  if (!Callee || !lookupSink(Models, R.Sink, Sdk, Sink, Arg))
    return;
  std::vector<ExternalFact> Reaching;
  bool PrefixTrace = true;
  if (R.ViaParam != -100) {
    PrefixTrace = false; // the sink's trace starts at the data's source
    if (Callee->ReturnParams.count(R.ViaParam))
      Reaching.push_back(R.Fact);
    if (Callee->WeakReturnParams.count(R.ViaParam)) {
      ExternalFact Hashed = R.Fact;
      Hashed.Weak = true;
      Reaching.push_back(std::move(Hashed));
    }
  } else if (R.OutParam != -100) {
    auto Written = Callee->OutParams.find(R.OutParam);
    if (Written != Callee->OutParams.end())
      Reaching = Written->second;
  } else {
    Reaching = Callee->Returns;
  }
  for (const ExternalFact &Returned : Reaching) {
    if (Returned.Weak && !isDictionaryReversible(Returned.Kind))
      continue;
    ProgramFinding F;
    F.Check = Returned.Weak ? "privacy-weak-pseudonymization" : "privacy-pii-to-analytics";
    F.Kind = Returned.Kind;
    F.Evidence = Returned.Evidence;
    F.Key = R.Sink.Key.empty() ? Returned.Key : R.Sink.Key;
    F.Vendor = Sdk->Vendor;
    F.SdkId = Sdk->Id;
    F.Function = Sink->Function;
    F.Role = argRoleId(Arg->Role).str();
    F.Message = findingMessage(F.Kind, *Sdk, *Sink, *Arg, F.Key, "", Returned.Weak, R.Sink.Host);
    F.Loc = R.Call;
    F.RangeBegin = R.Call;
    F.RangeEnd = R.Call;
    if (PrefixTrace)
      F.Trace = Returned.Trace;
    F.Trace.insert(F.Trace.end(), R.Sink.Trace.begin(), R.Sink.Trace.end());
    if (!PrefixTrace) {
      // After the step into the callee, what it does with the data.
      std::string Passed = "passed to '" + Callee->Name + "'";
      auto At = llvm::find_if(F.Trace, [&](const ExternalStep &S) { return S.Message == Passed; });
      if (At != F.Trace.end()) {
        ExternalStep Back = *At;
        Back.Message = (Returned.Weak ? "hashed without a key by '" : "returned by '") +
                       Callee->Name + "'";
        F.Trace.insert(At + 1, std::move(Back));
      }
    }
    addFinding(std::move(F));
  }
}

SummaryStore SummaryStore::resolve(std::vector<UnitFacts> &Units, const ModelCatalog &Models,
                                   std::vector<ProgramFinding> &Findings) {
  SummaryStore Store;
  for (UnitFacts &Unit : Units)
    for (ExternalSummary &S : Unit.Summaries)
      Store.add(std::move(S));
  // A virtual method defined in one unit may be what another unit's call of the method it
  // overrides runs: the base's summary holds what each overrider does.
  std::map<std::string, std::vector<std::string>> OverridersOf;
  for (const auto &[Usr, S] : Store.ByUsr)
    for (const std::string &Base : S.Overrides)
      OverridersOf[Base].push_back(Usr);
  for (const auto &[Base, Overriders] : OverridersOf)
    if (!Store.ByUsr.count(Base)) {
      ExternalSummary Dispatch;
      Dispatch.Usr = Base;
      Dispatch.Name = Store.ByUsr.at(Overriders.front()).Name;
      Store.ByUsr.emplace(Base, std::move(Dispatch));
    }
  auto dispatch = [&] {
    bool Changed = false;
    for (const auto &[Base, Overriders] : OverridersOf) {
      ExternalSummary &Into = Store.ByUsr.at(Base);
      for (const std::string &Usr : Overriders) {
        const ExternalSummary &From = Store.ByUsr.at(Usr);
        for (const ExternalSinkEffect &E : From.Sinks)
          Changed |= addEffect(Into.Sinks, E);
        for (const ExternalFact &F : From.Returns)
          Changed |= addFact(Into.Returns, F);
      }
    }
    return Changed;
  };
  for (const UnitFacts &Unit : Units)
    for (const std::string &Usr : Unit.Called) {
      auto It = Store.ByUsr.find(Usr);
      if (It != Store.ByUsr.end())
        It->second.HasCallers = true;
      auto Overriders = OverridersOf.find(Usr);
      if (Overriders != OverridersOf.end())
        for (const std::string &Overrider : Overriders->second)
          Store.ByUsr.at(Overrider).HasCallers = true;
    }
  dispatch();

  // Forwards and returned results, to a fixpoint: wrappers of wrappers across units.
  for (unsigned Round = 0; Round < 16; ++Round) {
    bool Changed = false;
    for (auto &[Usr, S] : Store.ByUsr) {
      for (const ParameterForward &F : S.Forwards) {
        auto Callee = Store.ByUsr.find(F.CalleeUsr);
        if (Callee == Store.ByUsr.end())
          continue;
        std::vector<ExternalSinkEffect> Reached;
        for (const ExternalSinkEffect &E : Callee->second.Sinks)
          if (E.Param == F.CalleeParam && E.VendorParams.empty()) { // they name the callee's
            ExternalSinkEffect Through = E;
            Through.Param = F.Param;
            Through.KeyParam = -100; // the forward maps the value's parameter only
            Through.Conditions.clear(); // they name the callee's parameters
            Through.Trace = F.Trace;
            Through.Trace.insert(Through.Trace.end(), E.Trace.begin(), E.Trace.end());
            Reached.push_back(std::move(Through));
          }
        for (ExternalSinkEffect &E : Reached)
          Changed |= addEffect(S.Sinks, std::move(E));
      }
      for (const std::string &CalleeUsr : S.ReturnsResultOf) {
        auto Callee = Store.ByUsr.find(CalleeUsr);
        if (Callee == Store.ByUsr.end() || Callee->first == Usr)
          continue;
        std::vector<ExternalFact> Returned = Callee->second.Returns;
        for (ExternalFact &F : Returned)
          Changed |= addFact(S.Returns, std::move(F));
      }
    }
    Changed |= dispatch();
    if (!Changed)
      break;
  }

  // Findings at the calls of other units' functions.
  std::set<std::tuple<std::string, unsigned, unsigned, std::string, std::string, unsigned, unsigned>>
      Seen;
  auto addFinding = [&](ProgramFinding F) {
    const ExternalStep &Source = F.Trace.front();
    if (Seen.insert({F.Loc.File, F.Loc.Line, F.Loc.Column, F.Message, Source.File, Source.Line,
                     Source.Column})
            .second)
      Findings.push_back(std::move(F));
  };
  for (const UnitFacts &Unit : Units) {
    for (const PendingArgument &Pending : Unit.Arguments) {
      const ExternalSummary *Callee = Store.find(Pending.CalleeUsr);
      if (!Callee)
        continue;
      if (!Pending.RootParameterOf.empty())
        if (const ExternalSummary *Root = Store.find(Pending.RootParameterOf);
            Root && Root->HasCallers)
          continue;
      // The result of another unit's function: one argument per piece of data it returns.
      std::vector<PendingArgument> Expanded;
      if (Pending.ResultOf.empty()) {
        Expanded.push_back(Pending);
      } else if (const ExternalSummary *Producer = Store.find(Pending.ResultOf)) {
        for (const ExternalFact &Returned : Producer->Returns) {
          PendingArgument A = Pending;
          A.Fact.Kind = Returned.Kind;
          A.Fact.Weak = Returned.Weak;
          A.Fact.Evidence = Returned.Evidence;
          A.Fact.Trace = Returned.Trace;
          if (A.Key.empty())
            A.Key = Returned.Key;
          A.Fact.Trace.insert(A.Fact.Trace.end(), Pending.Fact.Trace.begin(),
                              Pending.Fact.Trace.end());
          Expanded.push_back(std::move(A));
        }
      }
      for (const PendingArgument &Given : Expanded)
      for (const ExternalSinkEffect &Effect : Callee->Sinks)
      for (const ExternalSinkEffect &E : withVendorOfCall(Effect, Given, Models)) {
        const SdkModel *Sdk;
        const SinkModel *Sink;
        const SinkArg *Arg;
        if (E.Param != Given.Param || !lookupSink(Models, E, Sdk, Sink, Arg) ||
            !keyConditionsAllow(E.Conditions, Given.LiteralArguments))
          continue;
        // An argument nothing is known of: personal data where the callee's key says so.
        PendingArgument A = Given;
        if (A.Unclassified) {
          std::optional<DataKind> KeyKind = parseDataKind(E.KeyKind);
          if (!KeyKind || E.KeyParam != -100)
            continue;
          A.Fact.Kind = *KeyKind;
          A.Fact.Evidence = E.KeyEvidence;
          ExternalStep Judged = A.Argument;
          Judged.Message = "the value of key \"" + E.Key + "\" is " +
                           dataKindWithArticle(*KeyKind) + " (" + E.KeyEvidence + ")";
          A.Fact.Trace.insert(A.Fact.Trace.begin(), std::move(Judged));
        }
        bool Weak = A.Fact.Weak || E.Weak;
        if (Weak && !isDictionaryReversible(A.Fact.Kind))
          continue;
        ProgramFinding F;
        F.Check = Weak ? "privacy-weak-pseudonymization" : "privacy-pii-to-analytics";
        F.Kind = A.Fact.Kind;
        F.Evidence = A.Fact.Evidence;
        auto KeyArgument = A.ArgumentKeys.find(E.KeyParam);
        F.Key = KeyArgument != A.ArgumentKeys.end() ? KeyArgument->second
                : !E.Key.empty()                    ? E.Key
                                                    : A.Key;
        F.Via = A.CalleeName;
        F.Vendor = Sdk->Vendor;
        F.SdkId = Sdk->Id;
        F.Function = Sink->Function;
        F.Role = argRoleId(Arg->Role).str();
        F.Message = findingMessage(F.Kind, *Sdk, *Sink, *Arg, F.Key, F.Via, Weak, E.Host);
        F.Loc = A.Call;
        F.RangeBegin = A.Argument;
        F.RangeEnd = A.ArgumentEnd;
        F.Trace = A.Fact.Trace; // ends with the step that passes it to the callee
        F.Trace.insert(F.Trace.end(), E.Trace.begin(), E.Trace.end());
        addFinding(std::move(F));
      }
    }
    for (const PendingResultSink &R : Unit.ResultSinks)
      findingsOfResultSink(R, Store, Models, addFinding);
  }
  for (auto &[Usr, S] : Store.ByUsr) {
    S.Forwards.clear();
    S.ReturnsResultOf.clear();
  }
  return Store;
}

} // namespace piiflow
