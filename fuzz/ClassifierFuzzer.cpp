//===--- ClassifierFuzzer.cpp - Fuzzing the name classifier ----------------------------------===//
//
// Any identifier, key or class name (the first byte picks the context, the rest up to a '|' is
// the name, after it the owning class) must classify or not, with evidence that names it, under
// the bundled vocabulary (read once, from the build tree's share/piiflow/models/vocabulary).
//
//===----------------------------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "piiflow/Classifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  static const piiflow::Classifier Classes = llvm::cantFail(piiflow::Classifier::withVocabulary(""));
  auto Context = static_cast<piiflow::NameContext>(Data[0] % 5);
  auto [Name, Owner] = piiflow::fuzz::asText(Data + 1, Size - 1).split('|');
  (void)Classes.classify(Name, Context, Owner);
  (void)Classes.tokenize(Name, Context);
  (void)Classes.classifyTypeName(Name, Owner);
  return 0;
}
