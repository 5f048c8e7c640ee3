// The compiler's own headers (stddef.h, stdarg.h) come from the LLVM's resource directory, which
// a piiflow build or install does not have beside its binary: the tool gives the driver the
// LLVM's. With the host's headers switched off (-nostdlibinc, as a cross target's sysroot lacks
// them: a MinGW build's <malloc.h> includes Clang's <mm_malloc.h>), the unit still parses.
// RUN: %piiflow --no-cache %s -- -nostdlibinc 2>&1 | FileCheck %s --implicit-check-not=error
// CHECK: 0 findings in 1 translation unit.
#include <stdarg.h>
#include <stddef.h>

size_t count(int n, ...) {
  va_list args;
  va_start(args, n);
  va_end(args);
  return static_cast<size_t>(n);
}
