//===--- ClangdMain.cpp - clangd with the privacy clang-tidy module linked in ----------------===//
//
// clangd cannot load clang-tidy plugins, so piiflow-clangd is clangd itself (the LLVM's
// libclangdMain.a and libclangDaemon.a) with the privacy module (plugins/clang-tidy) linked in:
// the module registers with clang-tidy's registry when its object file is linked, and clangd
// builds its checks from that registry, so privacy-* are ordinary clang-tidy checks in it. The
// checks find the models as the plugin does, at ../share/piiflow/models from this binary.
//
// clangd looks for Clang's builtin headers at ../lib/clang/<major> from its binary, which a
// piiflow prefix does not have: unless --resource-dir is given, the LLVM's own resource
// directory is passed (PIIFLOW_CLANG_RESOURCE_DIR, where the LLVM piiflow links keeps it).
//
//===----------------------------------------------------------------------------------------===//
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>
#include <vector>

namespace clang::clangd {
// clang-tools-extra/clangd/tool/ClangdMain.h, which LLVM does not install.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

static int anchor;

int main(int argc, char *argv[]) {
  std::vector<char *> Args(argv, argv + argc);
  bool HasResourceDir = false;
  for (llvm::StringRef Arg : llvm::ArrayRef(argv, argc))
    HasResourceDir |= Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir");
  std::string ResourceArg;
  if (!HasResourceDir) {
    std::string Exe = llvm::sys::fs::getMainExecutable(argv[0], &anchor);
    llvm::SmallString<256> Beside(llvm::sys::path::parent_path(Exe));
    llvm::sys::path::append(Beside, "..", "lib", "clang", PIIFLOW_LLVM_MAJOR);
    if (!llvm::sys::fs::is_directory(Beside)) {
      ResourceArg = std::string("--resource-dir=") + PIIFLOW_CLANG_RESOURCE_DIR;
      Args.insert(Args.begin() + 1, ResourceArg.data());
    }
  }
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1, Args.data());
}
