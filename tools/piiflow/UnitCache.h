//===--- UnitCache.h - Units analysed before, kept in a directory ----------------------------===//
//
// --cache-dir keeps each analysed unit's outcome under a key made of everything that decides
// it without reading the unit's includes: piiflow's version, the unit's file and compile
// commands, the digests of its passes' setups (models, policy, options, the .clang-tidy values)
// and the options that shape its report. An entry also lists every file the unit read with the
// digest of the content it parsed; it is used only when each of those files still has that
// content, so an edit of a header invalidates exactly the units that include it (as ccache's
// direct mode does). Entries that are corrupt or from another version are analysed again with a
// warning, never trusted. Units that failed are not stored: a re-run shows their errors again.
//
// Entries are written to a temporary file and renamed into place, so that processes and threads
// sharing the directory never read half an entry. The directory is not pruned; delete it to
// reclaim space (docs/ci.md).
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_UNITCACHE_H
#define PIIFLOW_TOOLS_PIIFLOW_UNITCACHE_H

#include "UnitAnalysis.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace piiflow {

class UnitCache {
public:
  explicit UnitCache(std::string Directory) : Directory(std::move(Directory)) {}

  /// A key from the parts that decide a unit's outcome.
  static std::string keyOf(llvm::ArrayRef<std::string> Parts);

  /// The outcome stored under Key, when there is one and every file it read still has the
  /// content it had; none otherwise.
  std::optional<UnitOutcome> lookup(const std::string &Key);
  /// Stores Unit under Key. When the directory cannot be written, warns once and goes on.
  void store(const std::string &Key, const UnitOutcome &Unit);

private:
  std::string entryPath(const std::string &Key) const;
  /// The digest of File's content now, computed once per run; none when it cannot be read.
  std::optional<std::string> digestOf(const std::string &File);
  /// With PIIFLOW_TRACE_CACHE set, why a unit is or is not taken from the cache, on stderr.
  void trace(llvm::StringRef Source, const llvm::Twine &What);

  std::string Directory;
  std::mutex DigestLock, WarnLock;
  std::map<std::string, std::optional<std::string>> Digests;
  bool Warned = false;
};

} // namespace piiflow

#endif
