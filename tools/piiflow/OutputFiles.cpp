//===--- OutputFiles.cpp - Writing reports so that a failure never leaves half a file --------===//
//
// See OutputFiles.h. The temporary is created with llvm::sys::fs::TempFile, which also removes
// it if the process is killed; it is renamed over the target only after the stream was flushed
// and closed without an error.
//
//===----------------------------------------------------------------------------------------===//
#include "OutputFiles.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/WithColor.h"

using namespace piiflow;

std::optional<OutputFile> OutputFile::open(const std::string &Path, llvm::StringRef Tool) {
  OutputFile Out;
  Out.Path = Path;
  Out.Tool = Tool.str();
  llvm::sys::fs::file_status Status;
  bool Exists = !llvm::sys::fs::status(Path, Status);
  if (Exists && Status.type() == llvm::sys::fs::file_type::directory_file) {
    llvm::WithColor::error(llvm::errs(), Tool)
        << "cannot write " << Path << ": it is a directory\n";
    return std::nullopt;
  }
  if (!Exists || Status.type() == llvm::sys::fs::file_type::regular_file) {
    llvm::Expected<llvm::sys::fs::TempFile> Temp =
        llvm::sys::fs::TempFile::create(Path + ".tmp-%%%%%%%%");
    if (!Temp) {
      llvm::WithColor::error(llvm::errs(), Tool) << "cannot write " << Path << ": "
                   << llvm::toString(Temp.takeError()) << "\n";
      return std::nullopt;
    }
    Out.Stream = std::make_unique<llvm::raw_fd_ostream>(Temp->FD, /*shouldClose=*/false);
    Out.Temp = std::make_unique<llvm::sys::fs::TempFile>(std::move(*Temp));
    return Out;
  }
  // A device, a pipe or a terminal: written as it is.
  std::error_code EC;
  Out.Stream = std::make_unique<llvm::raw_fd_ostream>(Path, EC);
  if (EC) {
    llvm::WithColor::error(llvm::errs(), Tool)
        << "cannot write " << Path << ": " << EC.message() << "\n";
    return std::nullopt;
  }
  return Out;
}

OutputFile::~OutputFile() {
  if (Stream)
    Stream->clear_error();
  if (Temp)
    llvm::consumeError(Temp->discard());
}

bool OutputFile::commit() {
  Stream->flush();
  std::error_code EC = Stream->error();
  if (!Temp)
    Stream->close();
  if (!EC)
    EC = Stream->error();
  Stream->clear_error();
  if (EC) {
    llvm::WithColor::error(llvm::errs(), Tool)
        << "cannot write " << Path << ": " << EC.message() << "\n";
    return false;
  }
  if (Temp) {
    llvm::Error E = Temp->keep(Path);
    Temp.reset();
    if (E) {
      llvm::WithColor::error(llvm::errs(), Tool) << "cannot write " << Path << ": "
                   << llvm::toString(std::move(E)) << "\n";
      return false;
    }
  }
  return true;
}

bool piiflow::writeOutputFile(const std::string &Path, llvm::StringRef Text,
                              llvm::StringRef Tool) {
  std::optional<OutputFile> Out = OutputFile::open(Path, Tool);
  if (!Out)
    return false;
  Out->stream() << Text;
  return Out->commit();
}

bool piiflow::outputsAreNotInputs(llvm::ArrayRef<std::string> Outputs,
                                  llvm::ArrayRef<std::string> Inputs, llvm::StringRef Tool) {
  for (const std::string &Output : Outputs) {
    if (Output.empty() || Output == "-")
      continue;
    llvm::sys::fs::file_status OutStatus;
    if (llvm::sys::fs::status(Output, OutStatus) ||
        OutStatus.type() != llvm::sys::fs::file_type::regular_file)
      continue;
    for (const std::string &Input : Inputs) {
      llvm::sys::fs::file_status InStatus;
      if (!llvm::sys::fs::status(Input, InStatus) && llvm::sys::fs::equivalent(OutStatus, InStatus)) {
        llvm::WithColor::error(llvm::errs(), Tool) << "refusing to write " << Output
                     << ": it is an input of this run (" << Input << ")\n";
        return false;
      }
    }
  }
  return true;
}
