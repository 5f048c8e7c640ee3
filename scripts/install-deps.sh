#!/usr/bin/env bash
# Installs the Debian packages piiflow needs to build and test, only those that are missing:
# quick (no apt-get at all) when everything is present. Idempotent.
set -euo pipefail

LLVM_VERSION="${PIIFLOW_LLVM_VERSION:-19}"
packages=(
  cmake ninja-build g++ python3 python3-jsonschema
  "llvm-${LLVM_VERSION}-dev" "libclang-${LLVM_VERSION}-dev" "clang-${LLVM_VERSION}"
  "clang-tidy-${LLVM_VERSION}" "llvm-${LLVM_VERSION}-tools"
  nlohmann-json3-dev libgtest-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
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
