#!/usr/bin/env bash
# The install test: piiflow as a platform team packages it. Installs the build to a temporary
# prefix, moves that prefix elsewhere (the binaries must find their models relative to themselves),
# makes the Debian package with CPack and unpacks it, then hides the build tree and runs the moved
# install and the unpacked package: the tool and the clang-tidy plugin, each on a unit with a leak
# (it must be found) and on a clean one, and piiflow-clangd over LSP when it is built. Prints one
# "install <name>: ok|FAILED" line per check, which scripts/test.sh counts.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_BUILD_DIR:-$root/build}"
llvm_version="${PIIFLOW_LLVM_VERSION:-19}"
tidy="clang-tidy-${llvm_version}"
stage="$(mktemp -d /tmp/piiflow-install.XXXXXX)"
hidden="$build.hidden-by-install-test"

restore() {
  if [ -d "$hidden" ]; then mv "$hidden" "$build"; fi
  rm -rf "$stage"
}
trap restore EXIT

check() { # name, command...: one result line
  local name="$1"; shift
  if "$@" > "$stage/$name.log" 2>&1; then
    echo "install $name: ok"
  else
    echo "install $name: FAILED"
    sed 's/^/    /' "$stage/$name.log"
  fi
}

flags=(-std=c++17 -isystem "$root/test/Inputs/sdk" -I "$root/examples/include")
leak="$root/examples/src/account_events.cpp"
cat > "$stage/clean.cpp" <<'CPP'
#include <analytics.hpp>
void track(segment::analytics::Analytics &a, int notes) {
  segment::analytics::Object props;
  props["notes"] = notes;
  a.Track("anonymous", "Note Created", props);
}
CPP

finds_leak() { # piiflow binary: exit 1 and the email finding on the leak, exit 0 on clean.cpp
  local status=0
  "$1" "$leak" -- "${flags[@]}" > "$stage/out.txt" 2>&1 || status=$?
  [ "$status" -eq 1 ] || { echo "exit $status on the leak"; cat "$stage/out.txt"; return 1; }
  grep -q 'email address sent to Segment as event property "email"' "$stage/out.txt" ||
    { cat "$stage/out.txt"; return 1; }
  "$1" "$stage/clean.cpp" -- "${flags[@]}" || { echo "findings on clean.cpp"; return 1; }
}

plugin_finds_leak() { # plugin .so
  "$tidy" --load="$1" --checks='-*,privacy-*' --quiet "$leak" -- "${flags[@]}" > "$stage/tidy.txt" 2>&1
  grep -q 'email address sent to Segment as event property "email" .*\[privacy-pii-to-analytics\]' \
    "$stage/tidy.txt" || { cat "$stage/tidy.txt"; return 1; }
  "$tidy" --load="$1" --checks='-*,privacy-*' --quiet "$stage/clean.cpp" -- "${flags[@]}" \
    > "$stage/tidy-clean.txt" 2>&1
  ! grep -q 'warning:' "$stage/tidy-clean.txt" || { cat "$stage/tidy-clean.txt"; return 1; }
}

clangd_finds_leak() { # piiflow-clangd binary: the finding over LSP, models found beside it
  local project="$stage/lsp"
  mkdir -p "$project"
  cp "$leak" "$project/leak.cpp"
  printf 'Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}\n' > "$project/.clangd"
  printf "Checks: '-*,privacy-*'\n" > "$project/.clang-tidy"
  printf '[{"directory": "%s", "file": "leak.cpp", "arguments": ["clang++", "-std=c++17", "-isystem", "%s", "-I", "%s", "-c", "leak.cpp"]}]\n' \
    "$project" "$root/test/Inputs/sdk" "$root/examples/include" > "$project/compile_commands.json"
  python3 "$root/test/Inputs/lsp-client.py" "$1" "$project/leak.cpp" > "$stage/lsp.txt" 2>&1
  grep -q '\[privacy-pii-to-analytics\] Email address sent to Segment as event property "email"' \
    "$stage/lsp.txt" || { cat "$stage/lsp.txt"; return 1; }
}

cmake_package_finds_leak() { # prefix: find_package(piiflow) and piiflow_add_analysis from it
  local project="$stage/cmake-project"
  mkdir -p "$project"
  cp "$leak" "$project/leak.cpp"
  cat > "$project/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(leak CXX)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_package(piiflow CONFIG REQUIRED)
add_library(leak STATIC leak.cpp)
target_include_directories(leak SYSTEM PRIVATE "$root/test/Inputs/sdk" "$root/examples/include")
target_compile_features(leak PRIVATE cxx_std_17)
piiflow_add_analysis(leak FORMAT text OUTPUT \${CMAKE_BINARY_DIR}/leak.txt)
CMAKE
  cmake -S "$project" -B "$project/build" -G Ninja "-Dpiiflow_DIR=$1/lib/cmake/piiflow" &&
    ninja -C "$project/build" leak_piiflow &&
    grep -q 'email address sent to Segment as event property "email"' "$project/build/leak.txt" ||
    { cat "$project/build/leak.txt"; return 1; }
}

no_build_paths() { # prefix: no installed file names the source or the build tree
  ! grep -rlF -e "$build" -e "$root/models" "$1"
}

deb_depends_on_llvm() {
  local deb depends
  deb="$(ls "$stage"/deb/piiflow_*.deb)" || return 1
  depends="$(dpkg-deb -f "$deb" Depends)"
  echo "Depends: $depends"
  grep -qE "libllvm${llvm_version} \(>= 1:[0-9.]+\)" <<< "$depends" &&
    grep -qE "libclang-cpp${llvm_version} \(>= 1:[0-9.]+\)" <<< "$depends" &&
    dpkg-deb -x "$deb" "$stage/debroot"
}

check cmake-install cmake --install "$build" --prefix "$stage/first"
mv "$stage/first" "$stage/moved"
check cpack-deb cpack -G DEB -B "$stage/deb" --config "$build/CPackConfig.cmake"
check deb-depends deb_depends_on_llvm

mv "$build" "$hidden"
check no-build-paths no_build_paths "$stage/moved"
check moved-tool finds_leak "$stage/moved/bin/piiflow"
check moved-plugin plugin_finds_leak "$stage/moved/lib/libpiiflow-tidy.so"
check moved-help sh -c "'$stage/moved/bin/piiflow' --help | grep -q 'Exit status:'"
check moved-models test -f "$stage/moved/share/piiflow/models/segment.json"
check moved-docs test -f "$stage/moved/share/doc/piiflow/usage.md"
check moved-cmake-package cmake_package_finds_leak "$stage/moved"
check moved-bazel-rules test -f "$stage/moved/share/piiflow/bazel/piiflow.bzl"
if [ -x "$stage/moved/bin/piiflow-clangd" ]; then
  check moved-clangd clangd_finds_leak "$stage/moved/bin/piiflow-clangd"
fi
check deb-tool finds_leak "$stage/debroot/usr/bin/piiflow"
check deb-plugin plugin_finds_leak "$stage/debroot/usr/lib/libpiiflow-tidy.so"
