//===--- UnitCache.cpp - Units analysed before, kept in a directory --------------------------===//
//
// See UnitCache.h. An entry is <directory>/<first two digits of the key>/<key>.entry, in the
// format of FactsFile.h.
//
//===----------------------------------------------------------------------------------------===//
#include "UnitCache.h"
#include "FactsFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

using namespace piiflow;

std::string UnitCache::keyOf(llvm::ArrayRef<std::string> Parts) {
  std::string Joined;
  for (const std::string &Part : Parts) {
    // Each part with its length, so that no two lists of parts join alike.
    Joined += std::to_string(Part.size());
    Joined += ':';
    Joined += Part;
  }
  return contentDigest(Joined);
}

void UnitCache::trace(llvm::StringRef Source, const llvm::Twine &What) {
  static const bool Tracing = std::getenv("PIIFLOW_TRACE_CACHE") != nullptr;
  if (!Tracing)
    return;
  std::lock_guard<std::mutex> Guard(WarnLock);
  llvm::errs() << "piiflow: cache: " << (Source.empty() ? "" : Source.str() + ": ") << What
               << "\n";
}

std::string UnitCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, llvm::StringRef(Key).take_front(2), Key + ".entry");
  return std::string(Path);
}

std::optional<std::string> UnitCache::digestOf(const std::string &File) {
  {
    std::lock_guard<std::mutex> Guard(DigestLock);
    auto It = Digests.find(File);
    if (It != Digests.end())
      return It->second;
  }
  std::optional<std::string> Digest;
  if (auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    Digest = contentDigest((*Buffer)->getBuffer());
  std::lock_guard<std::mutex> Guard(DigestLock);
  return Digests.emplace(File, std::move(Digest)).first->second;
}

std::optional<UnitOutcome> UnitCache::lookup(const std::string &Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    trace("", "not in the cache: " + Path);
    return std::nullopt;
  }
  llvm::Expected<UnitOutcome> Unit = decodeCacheEntry((*Buffer)->getBuffer(), Path, Key);
  if (!Unit) {
    std::lock_guard<std::mutex> Guard(WarnLock);
    llvm::WithColor::warning(llvm::errs(), "piiflow")
        << "ignoring " << llvm::toString(Unit.takeError()) << "; analysing the unit again\n";
    return std::nullopt;
  }
  for (const FileDigest &Dependency : Unit->Dependencies) {
    std::optional<std::string> Now = digestOf(Dependency.Path);
    if (!Now || *Now != Dependency.Digest) {
      trace(Unit->Source, "analysed again: " + Dependency.Path +
                              (Now ? " changed" : " cannot be read"));
      return std::nullopt;
    }
  }
  trace(Unit->Source, "from the cache");
  return std::move(*Unit);
}

void UnitCache::store(const std::string &Key, const UnitOutcome &Unit) {
  std::string Path = entryPath(Key);
  auto warn = [&](const llvm::Twine &Why) {
    std::lock_guard<std::mutex> Guard(WarnLock);
    if (Warned)
      return;
    Warned = true;
    llvm::WithColor::warning(llvm::errs(), "piiflow")
        << "cannot write the cache in " << Directory << ": " << Why
        << "; the run goes on without storing\n";
  };
  if (std::error_code EC = llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)))
    return warn(EC.message());
  // Written beside the entry and renamed over it: a reader sees the old entry or the new one.
  llvm::SmallString<256> Temporary;
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Path + ".%%%%%%%%.tmp", FD, Temporary))
    return warn(EC.message());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << encodeCacheEntry(Key, Unit);
    OS.close();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(Temporary);
      return warn(Why);
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Path)) {
    llvm::sys::fs::remove(Temporary);
    warn(EC.message());
  }
}
