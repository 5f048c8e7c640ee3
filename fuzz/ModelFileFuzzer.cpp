//===--- ModelFileFuzzer.cpp - Fuzzing the reader of SDK model files -------------------------===//
//
// Any bytes given as a model file must load or give an error: never crash, never hang, never
// allocate out of proportion to the input (nesting and argument indices are bounded).
//
//===----------------------------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "piiflow/Models.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto Model = piiflow::ModelCatalog::parse(piiflow::fuzz::asText(Data, Size), "fuzz.json");
  if (!Model)
    llvm::consumeError(Model.takeError());
  return 0;
}
