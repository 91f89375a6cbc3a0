#!/usr/bin/env bash
# Builds the .deb with CPack from a configured and built tree, installs it into this machine with apt (which proves
# the computed Depends are installable), runs the installed /usr/bin/codex-bridge (--version, and `serve` on a free
# port with /health, stopped with SIGTERM) and /usr/bin/codex-bridge-dashboard, and removes it again. Needs root
# (or sudo) and dpkg-dev.
# Usage: deb-smoke-test.sh BUILD_DIR
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build_dir="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=smoke-lib.sh
source "$here/smoke-lib.sh"
# CODEXBRIDGE_VERSION, CODEXBRIDGE_APP_ID, CODEXBRIDGE_DASHBOARD (written by cmake/Packaging.cmake).
# shellcheck source=/dev/null
source "$build_dir/packaging/packaging-env.sh"
version="$CODEXBRIDGE_VERSION"
id="$CODEXBRIDGE_APP_ID"

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi
apt_get() { DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 -y -qq "$@"; }

if dpkg-query -W -f='${Status}' codex-bridge 2>/dev/null | grep -q "install ok installed"; then
    # In CI only a run that died half-way leaves one behind; on a developer's machine it is theirs to remove.
    if [ "${CI:-}" != true ]; then
        echo "deb-smoke-test: a codex-bridge package is installed already; remove it first" >&2
        exit 1
    fi
    echo "deb-smoke-test: removing the codex-bridge package an earlier run left installed"
    apt_get remove codex-bridge >/dev/null
fi

deb="$build_dir/codex-bridge_${version}_$(dpkg --print-architecture).deb"
rm -f "$deb"
if (cd "$build_dir" && cpack -G DEB >"$smoke_work/cpack.log" 2>&1) && [ -f "$deb" ]; then
    pass "cpack -G DEB -> $(basename "$deb")"
else
    fail "cpack -G DEB did not make $(basename "$deb")"
    sed 's/^/    /' "$smoke_work/cpack.log"
    smoke_summary deb-smoke-test
fi

# Metadata: the version from project(VERSION) and the Depends dpkg-shlibdeps computed from the linked libraries.
check "Version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "    Depends: $depends"
for dep in libc6 libqt6core6 libqt6network6 libqt6keychain1 libsecret-1-0; do
    check "Depends names $dep" grep -Eq "(^|, )$dep( |,|$)" <<< "$depends"
done

# Layout: what `cmake --install` lays out, under /usr.
dpkg-deb -c "$deb" | awk '{ print $6 }' > "$smoke_work/contents"
expected=(./usr/bin/codex-bridge "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$id.svg" ./usr/share/doc/codex-bridge/copyright)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
if [ -n "$CODEXBRIDGE_DASHBOARD" ]; then
    expected+=("./usr/bin/$CODEXBRIDGE_DASHBOARD")
fi
missing=()
for f in "${expected[@]}"; do
    grep -qxF "$f" "$smoke_work/contents" || missing+=("$f")
done
if [ "${#missing[@]}" -eq 0 ]; then
    pass "the package holds the binary, desktop file, metainfo, ${#expected[@]} files in all"
else
    fail "the package lacks: ${missing[*]}"
fi

# Install, use, remove. Without recommends: the Depends alone must give a working program.
if apt_get install --no-install-recommends "$deb" >"$smoke_work/apt.log" 2>&1; then
    pass "apt-get install ./$(basename "$deb")"
else
    fail "apt-get install ./$(basename "$deb")"
    sed 's/^/    /' "$smoke_work/apt.log"
    smoke_summary deb-smoke-test
fi

out="$(/usr/bin/codex-bridge --version 2>&1 || true)"
check "/usr/bin/codex-bridge --version -> $out" test "$out" = "codex-bridge $version"
serve_smoke deb /usr/bin/codex-bridge "$version"
if [ -n "$CODEXBRIDGE_DASHBOARD" ]; then
    dashboard_smoke deb "/usr/bin/$CODEXBRIDGE_DASHBOARD"
fi

if apt_get remove codex-bridge >"$smoke_work/apt-remove.log" 2>&1 && [ ! -e /usr/bin/codex-bridge ]; then
    pass "apt-get remove codex-bridge removes /usr/bin/codex-bridge"
else
    fail "apt-get remove codex-bridge"
    sed 's/^/    /' "$smoke_work/apt-remove.log"
fi

smoke_summary deb-smoke-test
