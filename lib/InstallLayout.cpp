//===--- InstallLayout.cpp - Where piiflow's data lies, relative to its binary ----------------===//
//
// See InstallLayout.h. dladdr names the object that holds a function of the core: the plugin when
// clang-tidy loaded it, the tool otherwise. For a main program glibc may give argv[0], which can
// be relative; /proc/self/exe (llvm::sys::fs::getMainExecutable) is used then.
//
//===----------------------------------------------------------------------------------------===//
#include "piiflow/InstallLayout.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define PIIFLOW_HAVE_DLADDR 1
#endif

namespace piiflow {

static void anchor() {}

std::string piiflowBinaryPath() {
  void *Address = reinterpret_cast<void *>(&anchor);
  std::string Binary;
#ifdef PIIFLOW_HAVE_DLADDR
  Dl_info Info;
  if (dladdr(Address, &Info) && Info.dli_fname && llvm::sys::path::is_absolute(Info.dli_fname))
    Binary = Info.dli_fname;
#endif
  if (Binary.empty())
    Binary = llvm::sys::fs::getMainExecutable(nullptr, Address);
  llvm::SmallString<256> Real;
  if (!Binary.empty() && !llvm::sys::fs::real_path(Binary, Real))
    return std::string(Real);
  return Binary;
}

std::string installedModelsDirectory() {
  std::string Binary = piiflowBinaryPath();
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(Binary));
  llvm::sys::path::append(Dir, "..", "share", "piiflow", "models");
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  return std::string(Dir);
}

} // namespace piiflow
