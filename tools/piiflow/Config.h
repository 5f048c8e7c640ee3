//===--- Config.h - The privacy-* CheckOptions of .clang-tidy files, for the tool ------------===//
//
// The standalone tool reads the same configuration as the clang-tidy check: the CheckOptions of
// the .clang-tidy file nearest to each translation unit (found the way clang-tidy finds it,
// walking up from the file's directory), under either check's name. Options on the command line
// win. An unknown privacy-* option is an error naming the file and line.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_CONFIG_H
#define PIIFLOW_TOOLS_PIIFLOW_CONFIG_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>

namespace piiflow {

struct CheckConfig {
  std::string File;                          ///< the .clang-tidy read, or empty
  std::map<std::string, std::string> Values; ///< option name (without the check's prefix)
};

/// The privacy-* options of the .clang-tidy nearest to SourceFile (none found: no values).
llvm::Expected<CheckConfig> loadCheckConfig(llvm::StringRef SourceFile);

/// The privacy-* options of Text, the content of the .clang-tidy at File (named in errors).
llvm::Expected<CheckConfig> parseCheckConfig(llvm::StringRef Text, const std::string &File);

} // namespace piiflow

#endif
