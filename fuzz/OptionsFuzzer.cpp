//===--- OptionsFuzzer.cpp - Fuzzing the readers of policies and check options ---------------===//
//
// Any bytes given as a .clang-tidy file, as the Policy option or as the ExtraNames option must
// be read or give an error with its line.
//
//===----------------------------------------------------------------------------------------===//
#include "Config.h"
#include "FuzzInput.h"
#include "piiflow/Classifier.h"
#include "piiflow/Policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = piiflow::fuzz::asText(Data, Size);
  auto Config = piiflow::parseCheckConfig(Text, "fuzz/.clang-tidy");
  if (!Config)
    llvm::consumeError(Config.takeError());
  auto Allowed = piiflow::Policy::parse(Text);
  if (!Allowed)
    llvm::consumeError(Allowed.takeError());
  piiflow::Classifier Classes;
  if (llvm::Error E = Classes.addExtraNames(Text))
    llvm::consumeError(std::move(E));
  return 0;
}
