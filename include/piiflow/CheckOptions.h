//===--- CheckOptions.h - The options every privacy-* check takes ----------------------------===//
//
// One list for both front ends: the clang-tidy checks and the tool's reading of .clang-tidy both
// report an option outside it as an error, with the same message.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_CHECKOPTIONS_H
#define PIIFLOW_CHECKOPTIONS_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace piiflow {

inline constexpr const char *KnownCheckOptions[] = {"ModelFiles", "HashFunction", "HashHeader",
                                                    "SummaryFiles", "Policy", "ExtraNames",
                                                    "Vocabulary", "Explain"};

inline bool isKnownCheckOption(llvm::StringRef Name) {
  return llvm::is_contained(KnownCheckOptions, Name);
}

/// "unknown option 'privacy-pii-to-analytics.X' (known: ModelFiles, ...)".
inline std::string unknownCheckOptionMessage(llvm::StringRef Key) {
  std::string Message = "unknown option '" + Key.str() + "' (known: ";
  for (const char *Name : KnownCheckOptions)
    Message += std::string(Name == KnownCheckOptions[0] ? "" : ", ") + Name;
  return Message + ")";
}

} // namespace piiflow

#endif
