#!/usr/bin/env bash
# Installs what is missing, builds everything, runs every test (the GoogleTest unit tests and the
# lit suite, which drives both front ends) and ends with one line "N passed, M failed".
# Then the sanitizer mode: the tool, unit tests and fuzz targets built with AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/build-sanitize.sh), the unit tests and the whole lit suite
# run through that tool, and each fuzz target's smoke run over its seed corpus (scripts/fuzz.sh).
# Between them, the install test (scripts/test-install.sh): install, move, package, and run what
# was installed with the build tree out of the way.
# Then the second LLVM (PIIFLOW_OTHER_LLVM, 22 by default): its packages installed, piiflow built
# against it in build-22/, and the unit tests and the whole lit suite run there, with its
# clang-tidy, plugin and piiflow-clangd.
# PIIFLOW_SANITIZE=0 skips the sanitizer mode and PIIFLOW_OTHER_LLVM=none the second LLVM (a
# quicker local run); CI runs both.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_BUILD_DIR:-$root/build}"
llvm_version="${PIIFLOW_LLVM_VERSION:-19}"

"$root/scripts/install-deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
"$root/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }

results="$build/test-results"
rm -rf "$results" && mkdir -p "$results"

"$build/bin/piiflow-unittests" --gtest_brief=1 --gtest_output="json:$results/unit.json"
python3 "/usr/lib/llvm-${llvm_version}/build/utils/lit/lit.py" -sv "$build/test" \
  --output "$results/lit.json"
# Install to a prefix, move it, package it, hide the build tree and run what was installed.
"$root/scripts/test-install.sh" | tee "$results/install.txt"

if [ "${PIIFLOW_SANITIZE:-1}" != "0" ]; then
  sanitize="${PIIFLOW_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
  echo "== sanitizer mode (AddressSanitizer + UndefinedBehaviorSanitizer) =="
  if "$root/scripts/build-sanitize.sh"; then
    export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    "$sanitize/bin/piiflow-unittests" --gtest_brief=1 \
      --gtest_output="json:$results/unit-sanitize.json"
    python3 "/usr/lib/llvm-${llvm_version}/build/utils/lit/lit.py" -sv "$build/test" \
      --param piiflow_bin="$sanitize/bin" --param repeat-run=1 \
      --output "$results/lit-sanitize.json"
    "$root/scripts/fuzz.sh" | tee "$results/fuzz.txt"
  else
    echo "fuzz build: FAILED" > "$results/fuzz.txt"
  fi
fi

other="${PIIFLOW_OTHER_LLVM:-22}"
if [ "$other" != "none" ]; then
  echo "== LLVM $other =="
  other_build="$root/build-$other"
  if PIIFLOW_LLVM_VERSION="$other" "$root/scripts/install-deps.sh" &&
     PIIFLOW_LLVM_VERSION="$other" PIIFLOW_BUILD_DIR="$other_build" "$root/scripts/build.sh"; then
    "$other_build/bin/piiflow-unittests" --gtest_brief=1 \
      --gtest_output="json:$results/unit-llvm$other.json"
    python3 "/usr/lib/llvm-${llvm_version}/build/utils/lit/lit.py" -sv "$other_build/test" \
      --param repeat-run=1 --output "$results/lit-llvm$other.json"
  fi
  echo "$other" > "$results/other-llvm.txt"
fi

python3 - "$results" <<'PY'
import json, os, sys
results = sys.argv[1]
passed = failed = 0

def unit_outcomes(data):
    for suite in data.get("testsuites", []):
        for case in suite.get("testsuite", []):
            yield not case.get("failures")

def lit_outcomes(data):
    for test in data.get("tests", []):
        if test["code"] not in ("UNSUPPORTED", "SKIPPED"):
            yield test["code"] in ("PASS", "XFAIL")

def count(name, outcomes):
    """Adds the outcomes of results/name; a missing file is one failure."""
    global passed, failed
    path = os.path.join(results, name)
    if not os.path.exists(path):
        failed += 1
        return
    for ok in outcomes(json.load(open(path))):
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)

count("unit.json", unit_outcomes)
count("lit.json", lit_outcomes)
if not os.path.exists(os.path.join(results, "install.txt")):
    failed += 1
else:
    for line in open(os.path.join(results, "install.txt")):
        if line.startswith("install "):
            passed, failed = (passed + 1, failed) if ": ok" in line else (passed, failed + 1)
sanitized = os.path.exists(os.path.join(results, "fuzz.txt"))
if sanitized:
    count("unit-sanitize.json", unit_outcomes)
    count("lit-sanitize.json", lit_outcomes)
    for line in open(os.path.join(results, "fuzz.txt")):
        if line.startswith("fuzz "):
            if ": ok" in line:
                passed += 1
            else:
                failed += 1
other_file = os.path.join(results, "other-llvm.txt")
if os.path.exists(other_file):
    other = open(other_file).read().strip()
    count(f"unit-llvm{other}.json", unit_outcomes)
    count(f"lit-llvm{other}.json", lit_outcomes)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
