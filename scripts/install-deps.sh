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
  dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

install_sarif_multitool() {
  # Microsoft's SARIF multitool validates reports with GitHub's ingestion rules (npm registry).
  local root tools
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  tools="$root/.tools"
  if [ -x "$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
    return 0
  fi
  if ! command -v npm > /dev/null; then
    echo "install-deps: npm not found; the SARIF multitool test will be skipped"
    return 0
  fi
  mkdir -p "$tools"
  if (cd "$tools" && timeout 300 npm install --silent --no-audit --no-fund --prefix "$tools" \
        @microsoft/sarif-multitool@5.7.0 > /dev/null 2>&1); then
    chmod u+x "$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
    echo "install-deps: SARIF multitool installed"
  else
    echo "install-deps: could not install the SARIF multitool; its test will be skipped"
  fi
}

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_sarif_multitool
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
install_sarif_multitool
