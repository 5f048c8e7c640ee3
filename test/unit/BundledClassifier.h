//===--- BundledClassifier.h - The classifier with the bundled vocabulary, for unit tests -----===//
//
// One classifier that reads models/vocabulary/personal-data.json of the source tree, shared by the
// unit tests, and the kind it gives a name.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TEST_BUNDLEDCLASSIFIER_H
#define PIIFLOW_TEST_BUNDLEDCLASSIFIER_H

#include "piiflow/Classifier.h"

namespace piiflow::test {

inline const Classifier &bundled() {
  static const Classifier C = [] {
    Classifier Read;
    llvm::cantFail(Read.addVocabularyFile(PIIFLOW_TEST_MODELS_DIR "/vocabulary/personal-data.json"));
    return Read;
  }();
  return C;
}

inline std::optional<DataKind> kindOf(llvm::StringRef Name,
                                      NameContext Context = NameContext::Variable,
                                      llvm::StringRef Owner = {}) {
  auto R = bundled().classify(Name, Context, Owner);
  return R ? std::optional<DataKind>(R->Kind) : std::nullopt;
}

} // namespace piiflow::test

#endif
