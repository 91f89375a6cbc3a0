#!/usr/bin/env bash
# Installs what building Codex Bridge needs on Debian 12 / Ubuntu 22.04+; with --test also what the test suite
# needs (Node.js clients for the end-to-end tests). The one list of build and test dependencies.
set -euo pipefail

with_tests=0
for arg in "$@"; do
    case "$arg" in
        --test) with_tests=1 ;;
        *) echo "usage: $0 [--test]" >&2; exit 2 ;;
    esac
done

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libgl-dev ccache)
if [ "$with_tests" = 1 ]; then
    # Node.js runs the fake upstream server and the official SDK / Claude Code clients of the e2e tests.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
    packages+=(curl procps)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$with_tests" = 1 ]; then
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    npm ci --prefix "$here/tests/e2e" --no-audit --no-fund --loglevel=error
fi
