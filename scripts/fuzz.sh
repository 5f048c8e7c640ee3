#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (built by scripts/test.sh into build-sanitize/, with
# AddressSanitizer and UndefinedBehaviorSanitizer) over their seed corpus in fuzz/corpus/<name>.
#   scripts/fuzz.sh                 smoke run: each target for $PIIFLOW_FUZZ_SECONDS (default 10) s
#   scripts/fuzz.sh --long 3600     each target for an hour
#   scripts/fuzz.sh --long 600 models   one target
# New inputs go to a scratch corpus, not into the repository. A crash leaves its input in
# build-sanitize/fuzz-artifacts/; copy it into fuzz/corpus/<name>/regression-<what>, fix the
# reader, and the smoke run keeps it fixed. Prints one line per target: "fuzz <name>: ok" or
# "fuzz <name>: FAILED"; exits 1 if one failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PIIFLOW_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
seconds="${PIIFLOW_FUZZ_SECONDS:-10}"
if [ "${1:-}" = "--long" ]; then
  seconds="${2:-3600}"
  shift 2 || shift $#
fi
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=(models summaries facts sarif options classifier vocabulary)
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
failed=0
for name in "${targets[@]}"; do
  binary="$build/bin/piiflow-fuzz-$name"
  if [ ! -x "$binary" ]; then
    echo "fuzz $name: FAILED ($binary is not built: run scripts/test.sh)"
    failed=1
    continue
  fi
  scratch="$(mktemp -d)"
  log="$artifacts/$name.log"
  if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -close_fd_mask=3 -artifact_prefix="$artifacts/$name-" "$scratch" "$root/fuzz/corpus/$name" \
      > "$log" 2>&1; then
    runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1)"
    echo "fuzz $name: ok (${runs:-done} in ${seconds}s)"
  else
    echo "fuzz $name: FAILED (see $log)"
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
    failed=1
  fi
  rm -rf "$scratch"
done
exit "$failed"
