//===--- LoadGuard.cpp - Refuse to load into the clang-tidy of another LLVM -------------------===//
//
// The plugin uses clang-tidy's own Clang and LLVM, so it works only in the clang-tidy of the LLVM
// it was built for: loaded into another one it crashes (clang-tidy 14) or registers nothing and
// stays silent (clang-tidy 22). Before any other initializer of the plugin runs, this one looks at
// the libLLVM the process has loaded; if its major version is not ours, it says so and exits.
// Only libc is called here: nothing of the host's LLVM may be trusted yet. A clang-tidy that
// links LLVM statically shows no libLLVM, and is let through.
//
//===----------------------------------------------------------------------------------------===//
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <link.h>
#include <unistd.h>

namespace {

/// The major version in a libLLVM file name: "libLLVM.so.19.1" (Debian), "libLLVM-14.so.1", or
/// "libLLVM.so.22.1"; -1 if Path is not libLLVM.
int llvmMajorOf(const char *Path) {
  const char *Name = std::strrchr(Path, '/');
  Name = Name ? Name + 1 : Path;
  if (std::strncmp(Name, "libLLVM", 7) != 0)
    return -1;
  const char *Digits = Name + 7;
  if (*Digits == '-')
    ++Digits;
  else if (std::strncmp(Digits, ".so.", 4) == 0)
    Digits += 4;
  else
    return -1;
  return *Digits >= '0' && *Digits <= '9' ? std::atoi(Digits) : -1;
}

int hostLlvmMajor() {
  int Major = -1;
  dl_iterate_phdr(
      [](dl_phdr_info *Info, size_t, void *Data) {
        int Found = Info->dlpi_name ? llvmMajorOf(Info->dlpi_name) : -1;
        if (Found >= 0)
          *static_cast<int *>(Data) = Found;
        return Found >= 0 ? 1 : 0;
      },
      &Major);
  return Major;
}

__attribute__((constructor(101))) void refuseAnotherLlvm() {
  int Host = hostLlvmMajor();
  if (Host < 0 || Host == PIIFLOW_LLVM_MAJOR)
    return;
  std::fprintf(stderr,
               "piiflow: error: this piiflow plugin was built for clang-tidy-%d (LLVM %d) and "
               "cannot run in this clang-tidy, which uses LLVM %d; run clang-tidy-%d, or build "
               "piiflow with -DPIIFLOW_LLVM_VERSION=%d\n",
               PIIFLOW_LLVM_MAJOR, PIIFLOW_LLVM_MAJOR, Host, PIIFLOW_LLVM_MAJOR, Host);
  std::fflush(stderr);
  _exit(1);
}

} // namespace
