#!/usr/bin/env bash
# Checks an AppDir (from make-appdir.sh here, or from linuxdeploy in the release workflow) the way a user's machine
# would use it: every shared library any ELF file in it needs is inside the AppDir or on the AppImage exclude list;
# the parts loaded at run time that ldd cannot see are there (TLS backend, libsecret, WebEngine helper and
# resources); and the binary starts from the AppDir with QT_QPA_PLATFORM=offscreen (--version, and `serve` with
# /health), with every library it maps coming from the AppDir or the exclude list.
# Usage: check-appdir.sh APPDIR VERSION
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 APPDIR VERSION" >&2
    exit 2
fi
appdir="$(cd "$1" && pwd)"
version="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=smoke-lib.sh
source "$here/smoke-lib.sh"
# shellcheck source=appdir-lib.sh
source "$here/appdir-lib.sh"


binary="$appdir/usr/bin/codex-bridge"
apprun="$appdir/AppRun"
check "AppDir has an executable usr/bin/codex-bridge" test -x "$binary"
check "AppDir has an executable AppRun" test -x "$apprun"
for f in usr/share/applications/io.github.codexbridge.CodexBridge.desktop \
         usr/share/metainfo/io.github.codexbridge.CodexBridge.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.codexbridge.CodexBridge.svg \
         usr/share/icons/hicolor/256x256/apps/io.github.codexbridge.CodexBridge.png; do
    check "AppDir has $f" test -s "$appdir/$f"
done

# appimagetool validates the AppStream data when it packs; the same check, with the desktop file and icon it names.
validate_tree() {
    local out
    out="$(appstreamcli validate-tree --no-net "$appdir" 2>&1)" || { echo "$out"; return 1; }
}
check "appstreamcli validate-tree accepts the AppDir" validate_tree

# 1. Libraries: each library an ELF file in the AppDir names as needed resolves (through its RUNPATH) into the AppDir
#    or is on the exclude list; what excluded libraries need in turn comes from the host with them.
elf_count=0
outside=()
while read -r file; do
    is_elf "$file" || continue
    elf_count=$((elf_count + 1))
    while read -r soname path; do
        case "$path" in "$appdir"/*) continue ;; esac
        [ -n "${excluded[$soname]:-}" ] && continue
        outside+=("${file#"$appdir"/} needs $soname -> $path")
    done < <(needed_libs "$file")
done < <(find "$appdir" -type f)
if [ "${#outside[@]}" -eq 0 ]; then
    pass "all libraries needed by $elf_count ELF files are in the AppDir or on the exclude list"
else
    fail "libraries neither in the AppDir nor on the exclude list:"
    printf '    %s\n' "${outside[@]}" | sort -u
fi

# 2. What is loaded with dlopen or found by path at run time, by the Qt modules the executables link (the
#    dashboard window's, when there is one, links Qt WebEngine).
# (ldd read once: `ldd | grep -q` under pipefail fails whenever grep stops reading early.)
dashboard="$appdir/usr/bin/codex-bridge-dashboard"
binary_libs="$(env -u LD_LIBRARY_PATH ldd "$binary" 2>/dev/null || true
    if [ -e "$dashboard" ]; then env -u LD_LIBRARY_PATH ldd "$dashboard" 2>/dev/null || true; fi)"
needs() { grep -q "^[[:space:]]*$1" <<< "$binary_libs"; }
present() {
    check "AppDir has $1 ($2)" test -n "$(find "$appdir" -path "*/$1" -print -quit)"
}
present "plugins/tls/libqopensslbackend.so" "HTTPS to the upstream"
if needs libqt6keychain.so; then
    present "libsecret-1.so.0" "QtKeychain's Secret Service backend, opened with dlopen"
fi
if needs libQt6Gui.so; then
    present "plugins/platforms/libqxcb.so" "X11"
    present "plugins/platforms/libqoffscreen.so" "headless start"
fi
if needs libQt6WebEngineCore.so; then
    present "QtWebEngineProcess" "the dashboard window's renderer process"
    present "resources/qtwebengine_resources.pak" "WebEngine resources"
    present "qtwebengine_locales/en-US.pak" "WebEngine's fallback locale"
fi

# 3. Start it as a user of the AppImage would: AppRun, no help from the environment, no display.
export QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH
out="$("$apprun" --version 2>"$smoke_work/version.err" || true)"
if [ "$out" = "codex-bridge $version" ]; then
    pass "AppRun --version -> $out"
else
    fail "AppRun --version -> '$out' (expected 'codex-bridge $version')"
    sed 's/^/    /' "$smoke_work/version.err"
fi

if [ -e "$dashboard" ]; then
    dashboard_smoke appdir "$dashboard"
fi

# A mapped file carries its full version (libz.so.1.2.13); the exclude list names sonames (libz.so.1).
excluded_file() {
    local name="$1" soname
    for soname in "${!excluded[@]}"; do
        [[ "$name" == "$soname" || "$name" == "$soname".* ]] && return 0
    done
    return 1
}

# While serve runs: every shared object it has mapped comes from the AppDir or is on the exclude list, so no
# library of the build machine's Qt stands in for a missing one. (glibc's gconv modules belong with libc.)
check_maps() {
    local pid="$1" path dep mapped=() foreign=()
    local -A host=()
    mapfile -t mapped < <(awk '$6 ~ /\.so/ { print $6 }' "/proc/$pid/maps" | sort -u)
    # What the host's own (excluded) libraries load in turn is the host's too.
    for path in "${mapped[@]}"; do
        case "$path" in "$appdir"/*) continue ;; esac
        excluded_file "$(basename "$path")" || continue
        while read -r dep; do
            host[$(readlink -f "$dep")]=1
        done < <(ldd "$path" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 }')
    done
    for path in "${mapped[@]}"; do
        case "$path" in "$appdir"/* | */gconv/*) continue ;; esac
        excluded_file "$(basename "$path")" && continue
        [ -n "${host[$path]:-}" ] && continue
        foreign+=("$path")
    done
    if [ "${#foreign[@]}" -eq 0 ]; then
        pass "appdir: serve maps only libraries from the AppDir or the exclude list"
    else
        fail "appdir: serve maps libraries from outside the AppDir:"
        printf '    %s\n' "${foreign[@]}"
    fi
}
serve_smoke appdir "$apprun" "$version" check_maps

smoke_summary check-appdir
