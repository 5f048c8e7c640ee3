#!/usr/bin/env bash
# Configures (once) and builds piiflow with CMake and Ninja into build/ (or $PIIFLOW_BUILD_DIR).
# Products: build/bin/piiflow, build/lib/libpiiflow-tidy.so, build/bin/piiflow-unittests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DPIIFLOW_LLVM_VERSION="${PIIFLOW_LLVM_VERSION:-19}" > /dev/null
fi
ninja -C "$build" "$@"
