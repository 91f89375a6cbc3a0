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

# qtkeychain-qt6-dev: tokens in the OS keychain; libsecret-1-0 is the Secret Service client QtKeychain loads at
# run time (only recommended by the package, so named here).
packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libgl-dev ccache qtkeychain-qt6-dev
    libsecret-1-0)
# The tray application: Qt WebEngine for the embedded dashboard, Qt's linguist tools for the translations (and
# Qt's own translated strings for dialogs).
packages+=(qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n)
if [ "$with_tests" = 1 ]; then
    # Node.js runs the fake upstream server and the official SDK / Claude Code clients of the e2e tests.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
    packages+=(curl procps)
    # A real Secret Service in a private D-Bus session for the keychain tests (tests/auto/auth/run-with-keyring.sh);
    # secret-tool looks at the stored entries from outside.
    packages+=(dbus dbus-daemon gnome-keyring libsecret-tools)
    # Headless browser for the dashboard test (tests/e2e/dashboard.test.mjs drives it with playwright-core).
    packages+=(chromium)
    # The tray tests run on a private X server with a real tray host (tests/auto/ui/run-with-tray.sh; python3
    # asks libX11 whether the tray is up).
    packages+=(xvfb xauth trayer x11-utils python3)
    # Packaging checks: cpack's .deb with computed Depends (dpkg-dev, file), the AppStream and desktop-file
    # validators, patchelf for the AppDir, shellcheck for the packaging scripts, Qt Svg to compare the icons.
    packages+=(dpkg-dev file appstream desktop-file-utils patchelf shellcheck qt6-svg-dev)
    # libFuzzer targets (tests/fuzz) are built with clang and its runtime libraries.
    packages+=(clang-14 libclang-rt-14-dev)
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
