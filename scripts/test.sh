#!/usr/bin/env bash
# Installs what is missing, builds everything, runs every test (the GoogleTest unit tests and the
# lit suite, which drives both front ends) and ends with one line "N passed, M failed".
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

python3 - "$results" <<'PY'
import json, os, sys
results = sys.argv[1]
passed = failed = 0
unit = os.path.join(results, "unit.json")
if os.path.exists(unit):
    data = json.load(open(unit))
    for suite in data.get("testsuites", []):
        for case in suite.get("testsuite", []):
            if case.get("failures"):
                failed += 1
            else:
                passed += 1
else:
    failed += 1
lit = os.path.join(results, "lit.json")
if os.path.exists(lit):
    for test in json.load(open(lit)).get("tests", []):
        if test["code"] in ("PASS", "XFAIL"):
            passed += 1
        elif test["code"] in ("UNSUPPORTED", "SKIPPED"):
            pass
        else:
            failed += 1
else:
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
