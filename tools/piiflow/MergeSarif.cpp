//===--- MergeSarif.cpp - piiflow merge: one SARIF run from the runs of sharded jobs ---------===//
//
// `piiflow merge a.sarif b.sarif ... -o all.sarif` combines the reports of CI jobs that each
// analysed a shard (--shard K/N) into one run, as code scanning wants one run per category: the
// rules of the first report, every result once (by fingerprint and location), sorted, and one
// invocation that succeeded only if all did, with every notification.
//
//===----------------------------------------------------------------------------------------===//
#include "OutputFiles.h"
#include "Report.h"
#include "piiflow/JsonInput.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/WithColor.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <tuple>

namespace piiflow {

namespace {

using nlohmann::ordered_json;

/// Field Name of J (which may be null) as a string, or "".
std::string stringOf(const ordered_json *J, const char *Name) {
  return J ? jsonString(*J, Name).value_or("") : "";
}

/// Where a result sorts: file, line, column, rule, message. A result without a location (a
/// report that is not piiflow's own, or was edited) sorts first rather than being read past.
auto resultOrder(const ordered_json &R) {
  const ordered_json *Locations = jsonField(R, "locations");
  const ordered_json *First =
      Locations && Locations->is_array() && !Locations->empty() ? &(*Locations)[0] : nullptr;
  const ordered_json *Physical = First ? jsonField(*First, "physicalLocation") : nullptr;
  const ordered_json *Artifact = Physical ? jsonField(*Physical, "artifactLocation") : nullptr;
  const ordered_json *Region = Physical ? jsonField(*Physical, "region") : nullptr;
  auto integerOf = [](const ordered_json *J, const char *Name) -> int64_t {
    return J ? jsonInteger(*J, Name).value_or(0) : 0;
  };
  return std::make_tuple(stringOf(Artifact, "uri"), integerOf(Region, "startLine"),
                         integerOf(Region, "startColumn"), stringOf(&R, "ruleId"),
                         stringOf(jsonField(R, "message"), "text"));
}

/// Input parsed, and checked to be a SARIF log of one piiflow run whose parts merge reads
/// (invocations and results, when present) are arrays.
llvm::Expected<ordered_json> readInput(const std::string &Input) {
  auto Parsed = readOrderedJsonFile(Input, "SARIF report");
  if (!Parsed)
    return Parsed.takeError();
  auto notOurs = [&](const char *Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: not a SARIF report of one piiflow run: %s",
                                   Input.c_str(), Why);
  };
  ordered_json Log = std::move(*Parsed);
  const ordered_json *Runs = jsonField(Log, "runs");
  if (!Runs || !Runs->is_array() || Runs->size() != 1)
    return notOurs("'runs' must be an array of one run");
  const ordered_json &Run = (*Runs)[0];
  const ordered_json *Tool = jsonField(Run, "tool");
  if (stringOf(Tool ? jsonField(*Tool, "driver") : nullptr, "name") != "piiflow")
    return notOurs("runs[0].tool.driver.name is not \"piiflow\"");
  for (const char *Part : {"invocations", "results"}) {
    const ordered_json *P = jsonField(Run, Part);
    if (P && !P->is_array())
      return notOurs(Part[0] == 'i' ? "runs[0].invocations must be an array"
                                    : "runs[0].results must be an array");
  }
  return Log;
}

} // namespace

int mergeSarif(llvm::ArrayRef<std::string> Inputs, const std::string &Output) {
  if (!outputsAreNotInputs({Output}, Inputs, "piiflow merge"))
    return 2;
  if (Inputs.empty()) {
    llvm::WithColor::error(llvm::errs(), "piiflow merge")
        << "no input; usage: piiflow merge a.sarif b.sarif ... "
           "[-o all.sarif]\n";
    return 2;
  }
  ordered_json Merged;
  ordered_json Results = ordered_json::array();
  ordered_json Notifications = ordered_json::array();
  bool Succeeded = true;
  std::set<std::string> Seen;
  for (const std::string &Input : Inputs) {
    llvm::Expected<ordered_json> Log = readInput(Input);
    if (!Log) {
      llvm::WithColor::error(llvm::errs(), "piiflow merge")
          << llvm::toString(Log.takeError()) << "\n";
      return 2;
    }
    ordered_json &Run = (*Log)["runs"][0];
    for (const ordered_json &Invocation : Run.value("invocations", ordered_json::array())) {
      Succeeded = Succeeded && jsonBool(Invocation, "executionSuccessful").value_or(true);
      if (const ordered_json *Notes = jsonField(Invocation, "toolExecutionNotifications"))
        if (Notes->is_array())
          for (const ordered_json &N : *Notes)
            Notifications.push_back(N);
    }
    for (const ordered_json &Result : Run.value("results", ordered_json::array())) {
      // The same finding in two shards (a header seen by both) is kept once.
      std::string Identity = dumpJson(Result);
      if (Seen.insert(Identity).second)
        Results.push_back(Result);
    }
    if (Merged.is_null())
      Merged = std::move(*Log);
  }
  std::stable_sort(Results.begin(), Results.end(),
                   [&](const ordered_json &A, const ordered_json &B) {
                     return resultOrder(A) < resultOrder(B);
                   });
  ordered_json &Run = Merged["runs"][0];
  Run["results"] = Results;
  ordered_json Invocation = {{"executionSuccessful", Succeeded}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = Notifications;
  Run["invocations"] = ordered_json::array({Invocation});

  std::string Text = dumpJson(Merged, 2) + "\n";
  if (Output.empty() || Output == "-") {
    llvm::outs() << Text;
    llvm::outs().flush();
    if (!llvm::outs().has_error())
      return 0;
    llvm::WithColor::error(llvm::errs(), "piiflow merge") << "cannot write standard output: "
                 << llvm::outs().error().message() << "\n";
    llvm::outs().clear_error();
    return 2;
  }
  return writeOutputFile(Output, Text, "piiflow merge") ? 0 : 2;
}

} // namespace piiflow
