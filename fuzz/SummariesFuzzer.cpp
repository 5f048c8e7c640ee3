//===--- SummariesFuzzer.cpp - Fuzzing the reader of summaries files -------------------------===//
//
// Any bytes given as a summaries file (--summaries, the check's SummaryFiles) must load or give
// an error naming the file.
//
//===----------------------------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "piiflow/Summaries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const std::string &Path = piiflow::fuzz::asFile(Data, Size, ".json");
  auto Store = piiflow::SummaryStore::load({Path});
  if (!Store)
    llvm::consumeError(Store.takeError());
  return 0;
}
