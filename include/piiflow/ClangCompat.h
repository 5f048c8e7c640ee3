//===--- ClangCompat.h - The Clang API differences between the LLVMs piiflow builds against ---===//
//
// piiflow builds against LLVM 19 and 22 (PIIFLOW_LLVM_VERSION). The few Clang APIs that changed
// between them are wrapped here, and only here:
//   - DiagnosticOptions is reference-counted in 19 and a plain object owned by its user in 22,
//     so DiagnosticsEngine and TextDiagnostic take it by pointer in 19 and by reference in 22;
//   - DiagnosticsEngine::Clear() (19) is gone in 22, whose engine keeps no diagnostic in flight;
//   - clang-tidy's default --header-filter is '' in 19 (headers hidden) and '.*' from 21 (every
//     non-system header shown): the tool's default follows the clang-tidy of its LLVM.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_CLANGCOMPAT_H
#define PIIFLOW_CLANGCOMPAT_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnostic.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Config/llvm-config.h"
#include <memory>

namespace piiflow::compat {

/// DiagnosticOptions that live as long as this object (and, in 19, as the engines holding it).
class OwnedDiagnosticOptions {
public:
#if LLVM_VERSION_MAJOR >= 21
  OwnedDiagnosticOptions() : Options(std::make_unique<clang::DiagnosticOptions>()) {}
#else
  OwnedDiagnosticOptions() : Options(new clang::DiagnosticOptions()) {}
#endif
  clang::DiagnosticOptions &get() { return *Options; }

private:
#if LLVM_VERSION_MAJOR >= 21
  std::unique_ptr<clang::DiagnosticOptions> Options;
#else
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> Options;
#endif
};

/// The --header-filter of clang-tidy when none is given.
#if LLVM_VERSION_MAJOR >= 21
inline constexpr const char *DefaultHeaderFilter = ".*";
#else
inline constexpr const char *DefaultHeaderFilter = "";
#endif

/// A DiagnosticsEngine with fresh DiagnosticIDs, reporting to Client (owned if Own).
inline std::unique_ptr<clang::DiagnosticsEngine>
newDiagnosticsEngine(clang::DiagnosticOptions &Options, clang::DiagnosticConsumer *Client,
                     bool Own) {
#if LLVM_VERSION_MAJOR >= 21
  return std::make_unique<clang::DiagnosticsEngine>(
      llvm::makeIntrusiveRefCnt<clang::DiagnosticIDs>(), Options, Client, Own);
#else
  return std::make_unique<clang::DiagnosticsEngine>(new clang::DiagnosticIDs(), &Options, Client,
                                                    Own);
#endif
}

/// clang's TextDiagnostic printer over OS.
inline std::unique_ptr<clang::TextDiagnostic> newTextDiagnostic(llvm::raw_ostream &OS,
                                                                const clang::LangOptions &Lang,
                                                                clang::DiagnosticOptions &Options) {
#if LLVM_VERSION_MAJOR >= 21
  return std::make_unique<clang::TextDiagnostic>(OS, Lang, Options);
#else
  return std::make_unique<clang::TextDiagnostic>(OS, Lang, &Options);
#endif
}

/// clang's TextDiagnosticPrinter over OS.
inline std::unique_ptr<clang::TextDiagnosticPrinter>
newTextDiagnosticPrinter(llvm::raw_ostream &OS, clang::DiagnosticOptions &Options) {
#if LLVM_VERSION_MAJOR >= 21
  return std::make_unique<clang::TextDiagnosticPrinter>(OS, Options);
#else
  return std::make_unique<clang::TextDiagnosticPrinter>(OS, &Options);
#endif
}

/// Forgets the diagnostic the engine just reported (19 keeps it in flight until cleared).
inline void finishDiagnostic(clang::DiagnosticsEngine &Diags) {
#if LLVM_VERSION_MAJOR < 21
  Diags.Clear();
#else
  (void)Diags;
#endif
}

} // namespace piiflow::compat

#endif
