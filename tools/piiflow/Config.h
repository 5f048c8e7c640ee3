//===--- Config.h - The privacy-* configuration of .clang-tidy files, for the tool -----------===//
//
// The standalone tool reads the configuration the clang-tidy checks read, with clang-tidy's own
// reader (clang/tidy/ClangTidyOptions.h): the .clang-tidy nearest to each translation unit, and
// its parents' while InheritParentConfig is true, merged as clang-tidy merges them. From it:
//   - which privacy checks are enabled: the tool starts from `privacy-*` and applies those of the
//     file's Checks globs that name a privacy check (`-privacy-*`, `-privacy-pii-to-analytics`,
//     `privacy-weak-*`), then every glob of --checks, as clang-tidy applies its command line
//     after the files. A project's `Checks: '-*,bugprone-*'` lists the clang-tidy checks it uses
//     and means nothing about piiflow, so a bare `-*` leaves the privacy checks on (the plugin
//     keeps clang-tidy's own rules, where it does turn them off: docs/usage.md);
//   - each check's options, kept apart as clang-tidy keeps them and looked up as the checks'
//     getLocalOrGlobal does: `privacy-pii-to-analytics.HashFunction`, else `HashFunction`.
// An unknown privacy-* option is an error naming the file and line.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_CONFIG_H
#define PIIFLOW_TOOLS_PIIFLOW_CONFIG_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <map>
#include <string>
#include <vector>

namespace piiflow {

/// What one privacy check is configured to do.
struct CheckSettings {
  bool Enabled = true;
  std::map<std::string, std::string> Values; ///< option name (without the check's prefix)
  bool operator==(const CheckSettings &O) const {
    return Enabled == O.Enabled && Values == O.Values;
  }
};

struct CheckConfig {
  std::string File; ///< the nearest .clang-tidy read, or empty
  /// When no privacy check is enabled: what turned them off, the .clang-tidy (File) or
  /// "--checks"; empty while any is enabled.
  std::string DisabledBy;
  /// Every privacy check by name (privacy-pii-to-analytics, privacy-weak-pseudonymization).
  std::map<std::string, CheckSettings> Checks;

  CheckConfig();
  const CheckSettings &of(llvm::StringRef Check) const;
  bool anyEnabled() const;
};

/// The configuration of the .clang-tidy nearest to SourceFile (none found: every check on, no
/// options), with the globs of --checks (CommandLineChecks) applied after the file's.
llvm::Expected<CheckConfig> loadCheckConfig(llvm::StringRef SourceFile,
                                            llvm::StringRef CommandLineChecks = "");

/// The configuration of Text alone, the content of the .clang-tidy at File (named in errors).
llvm::Expected<CheckConfig> parseCheckConfig(llvm::StringRef Text, const std::string &File,
                                             llvm::StringRef CommandLineChecks = "");

} // namespace piiflow

#endif
