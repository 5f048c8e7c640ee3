//===--- VocabularyFuzzer.cpp - Fuzzing the reader of vocabulary files -----------------------===//
//
// Any text given as a project's vocabulary file is read or refused with an error that names the
// file; a vocabulary that was read classifies names, splits compounds and judges types.
//
//===----------------------------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "piiflow/Classifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  piiflow::Classifier Classes;
  llvm::Error E = Classes.vocabularyForTests().addText(piiflow::fuzz::asText(Data, Size),
                                                      "fuzz.json");
  if (E) {
    std::string Message = llvm::toString(std::move(E));
    if (llvm::StringRef(Message).find("fuzz.json") == llvm::StringRef::npos)
      __builtin_trap(); // an error that does not name its file
    return 0;
  }
  for (llvm::StringRef Name : {"homephone", "sender_name", "emailaddr", "x"})
    (void)Classes.classify(Name, piiflow::NameContext::Field, "Contact");
  (void)Classes.classifyTypeName("QHostAddress", "peer");
  (void)Classes.typeCanHold(piiflow::TypeCategory::Enum, piiflow::DataKind::Email);
  return 0;
}
