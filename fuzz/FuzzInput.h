//===--- FuzzInput.h - What the fuzz targets share --------------------------------------------===//
//
// The bytes libFuzzer gives, as text, and as a file for the readers that take a path (summaries,
// baselines, merge inputs): one per process, rewritten for every input.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_FUZZ_FUZZINPUT_H
#define PIIFLOW_FUZZ_FUZZINPUT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>
#include <string>

namespace piiflow::fuzz {

inline llvm::StringRef asText(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// Data written to this process's input file; its path.
inline const std::string &asFile(const uint8_t *Data, size_t Size, llvm::StringRef Suffix) {
  static std::string Path;
  if (Path.empty()) {
    llvm::SmallString<128> Temp;
    llvm::sys::fs::createUniquePath("piiflow-fuzz-%%%%%%%%" + Suffix, Temp, /*MakeAbsolute=*/true);
    Path = std::string(Temp);
  }
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  Out << asText(Data, Size);
  return Path;
}

} // namespace piiflow::fuzz

#endif
