#!/usr/bin/env bash
# Configures (once) and builds the sanitizer mode into build-sanitize/ (or
# $PIIFLOW_SANITIZE_BUILD_DIR): the tool, the unit tests and the fuzz targets, compiled by
# clang-<version> with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
version="${PIIFLOW_LLVM_VERSION:-19}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER="/usr/lib/llvm-$version/bin/clang++" \
    -DPIIFLOW_LLVM_VERSION="$version" -DPIIFLOW_SANITIZE=ON -DPIIFLOW_FUZZ=ON > /dev/null
fi
ninja -C "$build" piiflow piiflow-unittests piiflow-fuzzers "$@"
