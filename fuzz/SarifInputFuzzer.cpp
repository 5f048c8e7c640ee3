//===--- SarifInputFuzzer.cpp - Fuzzing the readers of SARIF reports -------------------------===//
//
// Any bytes given as --baseline, or as an input of `piiflow merge`, must be read or refused
// with an error: the merge writes to /dev/null, which is written directly.
//
//===----------------------------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "Report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const std::string &Path = piiflow::fuzz::asFile(Data, Size, ".sarif");
  auto Fingerprints = piiflow::readBaselineFingerprints(Path);
  if (!Fingerprints)
    llvm::consumeError(Fingerprints.takeError());
  (void)piiflow::mergeSarif({Path}, "/dev/null");
  return 0;
}
