//===--- MergeSarif.cpp - piiflow merge: one SARIF run from the runs of sharded jobs ---------===//
//
// `piiflow merge a.sarif b.sarif ... -o all.sarif` combines the reports of CI jobs that each
// analysed a shard (--shard K/N) into one run, as code scanning wants one run per category: the
// rules of the first report, every result once (by fingerprint and location), sorted, and one
// invocation that succeeded only if all did, with every notification.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace piiflow {

int mergeSarif(llvm::ArrayRef<std::string> Inputs, const std::string &Output) {
  using nlohmann::ordered_json;
  if (Inputs.empty()) {
    llvm::errs() << "piiflow merge: error: no input; usage: piiflow merge a.sarif b.sarif ... "
                    "[-o all.sarif]\n";
    return 2;
  }
  ordered_json Merged;
  ordered_json Results = ordered_json::array();
  ordered_json Notifications = ordered_json::array();
  bool Succeeded = true;
  std::set<std::string> Seen;
  for (const std::string &Input : Inputs) {
    auto Buffer = llvm::MemoryBuffer::getFile(Input);
    if (!Buffer) {
      llvm::errs() << "piiflow merge: error: " << Input << ": "
                   << Buffer.getError().message() << "\n";
      return 2;
    }
    llvm::StringRef Text = (*Buffer)->getBuffer();
    ordered_json Log = ordered_json::parse(Text.begin(), Text.end(), nullptr, false);
    if (Log.is_discarded() || !Log.contains("runs") || Log["runs"].size() != 1 ||
        Log["runs"][0].value("tool", ordered_json::object())["driver"].value("name", "") !=
            "piiflow") {
      llvm::errs() << "piiflow merge: error: " << Input
                   << ": not a SARIF report of one piiflow run\n";
      return 2;
    }
    ordered_json &Run = Log["runs"][0];
    if (Merged.is_null())
      Merged = Log;
    for (const ordered_json &Invocation : Run.value("invocations", ordered_json::array())) {
      Succeeded = Succeeded && Invocation.value("executionSuccessful", true);
      for (const ordered_json &N :
           Invocation.value("toolExecutionNotifications", ordered_json::array()))
        Notifications.push_back(N);
    }
    for (const ordered_json &Result : Run.value("results", ordered_json::array())) {
      // The same finding in two shards (a header seen by both) is kept once.
      std::string Identity = Result.dump();
      if (Seen.insert(Identity).second)
        Results.push_back(Result);
    }
  }
  auto key = [](const ordered_json &R) {
    const ordered_json &Physical = R["locations"][0]["physicalLocation"];
    return std::make_tuple(Physical["artifactLocation"].value("uri", ""),
                           Physical["region"].value("startLine", 0),
                           Physical["region"].value("startColumn", 0), R.value("ruleId", ""),
                           R["message"].value("text", ""));
  };
  std::stable_sort(Results.begin(), Results.end(),
                   [&](const ordered_json &A, const ordered_json &B) { return key(A) < key(B); });
  ordered_json &Run = Merged["runs"][0];
  Run["results"] = Results;
  ordered_json Invocation = {{"executionSuccessful", Succeeded}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = Notifications;
  Run["invocations"] = ordered_json::array({Invocation});

  std::string Text = Merged.dump(2) + "\n";
  if (Output.empty() || Output == "-") {
    llvm::outs() << Text;
    return 0;
  }
  std::error_code EC;
  llvm::raw_fd_ostream Out(Output, EC);
  if (EC) {
    llvm::errs() << "piiflow merge: error: cannot write " << Output << ": " << EC.message()
                 << "\n";
    return 2;
  }
  Out << Text;
  return 0;
}

} // namespace piiflow
