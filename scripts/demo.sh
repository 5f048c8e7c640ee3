#!/usr/bin/env bash
# The main job: installs what is missing, builds piiflow, and runs it over the example app in
# examples/ (a small CMake project that uses Segment, Mixpanel, Firebase Analytics and Sentry),
# printing the findings and writing them as SARIF to build/examples/piiflow.sarif.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" piiflow

# The example's compile database.
cmake -S "$root/examples" -B "$build/examples" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON > /dev/null

status=0
"$build/bin/piiflow" -p "$build/examples" || status=$?
"$build/bin/piiflow" -p "$build/examples" --format=sarif -o "$build/examples/piiflow.sarif" --quiet || true
if [ "$status" -ge 2 ]; then
  echo "demo: piiflow failed (exit $status)" >&2
  exit "$status"
fi
echo "demo: SARIF written to $build/examples/piiflow.sarif"
