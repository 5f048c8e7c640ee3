#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml: runs piiflow, or clang-tidy with the piiflow
# plugin (--clang-tidy), over the files pre-commit passes, with the project's compile database,
# and fails the commit on any finding. Fails loudly, naming what to set, when the tool, the plugin
# or clang-tidy is missing: a hook that cannot run must not pass.
#
#   pre-commit-piiflow.sh [--clang-tidy] [-p BUILD_DIR] [other options] FILE...
#
# Finds piiflow as $PIIFLOW, else `piiflow` on PATH; the plugin as $PIIFLOW_PLUGIN, else
# ../lib/libpiiflow-tidy.so next to piiflow; clang-tidy as $PIIFLOW_CLANG_TIDY, else
# clang-tidy-19 on PATH. The build directory defaults to build/.
set -uo pipefail

mode=tool
build=build
options=()
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clang-tidy) mode=clang-tidy ;;
    -p) build="$2"; shift ;;
    -p=*) build="${1#-p=}" ;;
    -*) options+=("$1") ;;
    *) files+=("$1") ;;
  esac
  shift
done
[ "${#files[@]}" -eq 0 ] && exit 0

fail() { echo "piiflow pre-commit hook: error: $*" >&2; exit 2; }

[ -f "$build/compile_commands.json" ] ||
  fail "no compile database at $build/compile_commands.json: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass args: [-p, <build dir>]"

piiflow="${PIIFLOW:-$(command -v piiflow || true)}"
if [ "$mode" = tool ]; then
  [ -n "$piiflow" ] && [ -x "$piiflow" ] ||
    fail "piiflow not found: install it (cmake --install) and put its bin/ on PATH, or set PIIFLOW=/path/to/piiflow"
  exec "$piiflow" -p "$build" --quiet "${options[@]}" "${files[@]}"
fi

plugin="${PIIFLOW_PLUGIN:-}"
if [ -z "$plugin" ] && [ -n "$piiflow" ]; then
  plugin="$(dirname "$(readlink -f "$piiflow")")/../lib/libpiiflow-tidy.so"
fi
[ -n "$plugin" ] && [ -f "$plugin" ] ||
  fail "the piiflow clang-tidy plugin was not found${plugin:+ at $plugin}: set PIIFLOW_PLUGIN=/path/to/libpiiflow-tidy.so"
tidy="${PIIFLOW_CLANG_TIDY:-$(command -v clang-tidy-19 || true)}"
[ -n "$tidy" ] && [ -x "$tidy" ] ||
  fail "clang-tidy-19 not found: install clang-tidy-19 (the plugin loads only into the clang-tidy it was built for), or set PIIFLOW_CLANG_TIDY"
out="$("$tidy" --load="$plugin" --checks='-*,privacy-*' -p "$build" --quiet "${options[@]}" "${files[@]}" 2>&1)"
status=$?
printf '%s\n' "$out" | grep -v '^[0-9]* warnings\? generated\.$'
if printf '%s\n' "$out" | grep -q 'warning: .*\[privacy-'; then
  exit 1
fi
exit "$status"
