//===--- OutputFiles.h - Writing reports so that a failure never leaves half a file ----------===//
//
// Every file piiflow writes (-o's report, --export-summaries, --export-fixes, merge's -o) is
// written into a temporary file beside it and renamed into place only when all of it was written:
// a run that fails, or a disk that fills, leaves the old file as it was. A path that is not a
// regular file (/dev/stdout, a pipe, /dev/full) is written directly, and its write errors are
// reported. An output that names one of the run's inputs is refused before anything is written.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_TOOLS_PIIFLOW_OUTPUTFILES_H
#define PIIFLOW_TOOLS_PIIFLOW_OUTPUTFILES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <optional>
#include <string>

namespace piiflow {

/// A file being written: into a temporary beside it, or directly when it is not a regular file.
class OutputFile {
public:
  /// Opens Path for writing; on an error, says why on stderr (Tool: "piiflow") and returns none.
  static std::optional<OutputFile> open(const std::string &Path, llvm::StringRef Tool);
  OutputFile(OutputFile &&) = default;
  OutputFile &operator=(OutputFile &&) = delete;
  ~OutputFile();

  llvm::raw_ostream &stream() { return *Stream; }
  /// Finishes the file and moves it into place; false, and why on stderr, when it fails.
  bool commit();

private:
  OutputFile() = default;
  std::string Path;
  std::string Tool;
  std::unique_ptr<llvm::sys::fs::TempFile> Temp; ///< null: written directly
  std::unique_ptr<llvm::raw_fd_ostream> Stream;
};

/// Text written to Path as OutputFile writes it; false, and why on stderr, when it fails.
bool writeOutputFile(const std::string &Path, llvm::StringRef Text, llvm::StringRef Tool);

/// False, and why on stderr, when one of Outputs (empty or "-": none) is one of Inputs.
bool outputsAreNotInputs(llvm::ArrayRef<std::string> Outputs, llvm::ArrayRef<std::string> Inputs,
                         llvm::StringRef Tool);

} // namespace piiflow

#endif
