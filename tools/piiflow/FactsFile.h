//===--- FactsFile.h - Phase one's output: the facts of units, on disk -----------------------===//
//
// The first phase of a run analyses units and leaves, per unit, everything the second phase
// (the link) needs to report it without parsing anything: its findings already resolved and
// rendered, its facts for the whole program (summaries, calls of other units' functions), its
// failures and notices, and the files it read. The same record is a facts file's unit and a
// cache entry's content.
//
// On disk: one line of text, "<magic> <format> <piiflow build> <digest> <size>", then <size>
// bytes of CBOR (nlohmann/json's, which keeps any byte of a string as it is, so a source line in
// Latin-1 comes back as it went). The digest is contentDigest of those bytes. A file whose magic,
// format, build, size or digest does not match is refused with a message that names it:
// never half-read, never trusted. The build is buildIdentity(): another build of the same
// version may analyse differently, so its facts and cache entries are never taken for this one's.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_FACTSFILE_H
#define PIIFLOW_TOOLS_PIIFLOW_FACTSFILE_H

#include "Report.h"
#include "UnitAnalysis.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <utility>
#include <vector>

namespace piiflow {

/// A digest of Content (BLAKE3, 128 bits), as the cache and the facts files compare contents:
/// 32 hex digits.
std::string contentDigest(llvm::StringRef Content);

/// This build of piiflow: its version and a digest of its executable's content
/// ("0.1.0+1f0c...", 16 hex digits), as ccache's compiler_check=content identifies a compiler.
/// Computed once per process.
const std::string &buildIdentity();

/// What a facts file holds: the units phase one analysed, and those it skipped (not C-family).
struct FactsContents {
  std::vector<UnitOutcome> Units;
  std::vector<UnitFailure> Skipped;
  /// A digest of the command line's setup (models, policy, options) the units were analysed
  /// with: the link refuses to resolve them under another one.
  std::string SetupDigest;
};

/// The bytes of a facts file of Contents.
std::string encodeFacts(const FactsContents &Contents);
/// Reads the facts file at Path; an error names the file and what is wrong with it.
llvm::Expected<FactsContents> readFactsFile(const std::string &Path);

/// The bytes of a cache entry: Unit, analysed under Key.
std::string encodeCacheEntry(llvm::StringRef Key, const UnitOutcome &Unit);
/// The unit of the cache entry Bytes (read from Path, named in errors) when it was stored under
/// Key; an error when it is corrupt, from another version or another key.
llvm::Expected<UnitOutcome> decodeCacheEntry(llvm::StringRef Bytes, llvm::StringRef Path,
                                             llvm::StringRef Key);

} // namespace piiflow

#endif
