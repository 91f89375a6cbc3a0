#!/usr/bin/env bash
# Makes the AppDir an AppImage is packed from, the way linuxdeploy with its Qt plugin does, from an explicit list:
# `cmake --install` into AppDir/usr, then the Qt plugins, WebEngine helper and resources, Qt translations and the
# libsecret that QtKeychain loads at run time, then every shared library they need except those on the AppImage
# exclude list, with RUNPATHs into the AppDir. The release workflow uses linuxdeploy itself (its runtime cannot be
# had here); check-appdir.sh checks either result the same way.
# Usage: make-appdir.sh BUILD_DIR APPDIR      (needs patchelf)
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 BUILD_DIR APPDIR" >&2
    exit 2
fi
build_dir="$(cd "$1" && pwd)"
appdir="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=appdir-lib.sh
source "$here/appdir-lib.sh"

# QT_PLUGINS_DIR, QT_LIBEXECS_DIR, QT_DATA_DIR, QT_TRANSLATIONS_DIR, CODEXBRIDGE_APP_ID, CODEXBRIDGE_DASHBOARD
# (cmake/Packaging.cmake).
# shellcheck source=/dev/null
source "$build_dir/packaging/packaging-env.sh"

command -v patchelf >/dev/null || { echo "make-appdir: patchelf is needed (Debian: patchelf)" >&2; exit 1; }

rm -rf "$appdir"
mkdir -p "$appdir"
appdir="$(cd "$appdir" && pwd)"
usr="$appdir/usr"
DESTDIR="$appdir" cmake --install "$build_dir" --prefix /usr >/dev/null
binary="$usr/bin/codex-bridge"
[ -x "$binary" ] || { echo "make-appdir: cmake --install did not install $binary" >&2; exit 1; }
# The dashboard window's executable (the one that links Qt WebEngine), in builds with Qt WebEngine.
dashboard=""
if [ -n "$CODEXBRIDGE_DASHBOARD" ]; then
    dashboard="$usr/bin/$CODEXBRIDGE_DASHBOARD"
    [ -x "$dashboard" ] || { echo "make-appdir: cmake --install did not install $dashboard" >&2; exit 1; }
fi

# What the executables link decides what else goes in.
# (ldd read once: `ldd | grep -q` under pipefail fails whenever grep stops reading early.)
binary_libs="$(ldd "$binary"; if [ -n "$dashboard" ]; then ldd "$dashboard"; fi)"
linked() { grep -q "^[[:space:]]*$1" <<< "$binary_libs"; }

# required: missing on the build machine is an error; optional: copied when the build machine has it.
required=()
optional=()
# Qt Network: the TLS backend (without it no HTTPS to the upstream).
required+=("plugins:tls/libqopensslbackend.so")
optional+=("plugins:tls/libqcertonlybackend.so" "plugins:networkinformation/libqnetworkmanager.so")
if linked libQt6Gui.so; then
    required+=("plugins:platforms/libqxcb.so" "plugins:platforms/libqoffscreen.so"
        "plugins:xcbglintegrations/libqxcb-glx-integration.so" "plugins:xcbglintegrations/libqxcb-egl-integration.so"
        "plugins:platforminputcontexts/libcomposeplatforminputcontextplugin.so"
        "plugins:imageformats/libqico.so" "plugins:imageformats/libqjpeg.so" "plugins:imageformats/libqgif.so")
    optional+=("plugins:platforminputcontexts/libibusplatforminputcontextplugin.so"
        "plugins:platforms/libqwayland-generic.so" "plugins:platforms/libqwayland-egl.so"
        "plugins:wayland-shell-integration/libxdg-shell.so"
        "plugins:wayland-decoration-client/libbradient.so"
        "plugins:wayland-graphics-integration-client/libqt-plugin-wayland-egl.so")
    for lang in de fr es ja zh_CN; do
        optional+=("translations:qtbase_$lang.qm")
    done
fi
if linked libQt6Svg.so; then
    required+=("plugins:imageformats/libqsvg.so" "plugins:iconengines/libqsvgicon.so")
fi
if linked libQt6WebEngineCore.so; then
    required+=("libexec:QtWebEngineProcess"
        "resources:qtwebengine_resources.pak" "resources:qtwebengine_resources_100p.pak"
        "resources:qtwebengine_resources_200p.pak" "resources:qtwebengine_devtools_resources.pak"
        "translations:qtwebengine_locales/en-US.pak")
    # Chromium's own UI strings (context menus) in the languages the app is translated to; it falls back to en-US.
    for locale in de fr es ja zh-CN; do
        optional+=("translations:qtwebengine_locales/$locale.pak")
    done
    for lang in de fr es ja zh_CN; do
        optional+=("translations:qtwebengine_$lang.qm")
    done
    # Bundled ICU data when Qt was built with its own ICU (aqt builds); Debian's uses the system libicu.
    optional+=("resources:icudtl.dat" "resources:v8_context_snapshot.bin")
fi

source_of() {
    case "$1" in
        plugins) echo "$QT_PLUGINS_DIR" ;;
        libexec) echo "$QT_LIBEXECS_DIR" ;;
        resources) echo "$QT_DATA_DIR/resources" ;;
        translations) echo "$QT_TRANSLATIONS_DIR" ;;
    esac
}
copy_entry() {
    local kind="${1%%:*}" path="${1#*:}" must="$2"
    local from
    from="$(source_of "$kind")/$path"
    if [ ! -e "$from" ]; then
        if [ "$must" = required ]; then
            echo "make-appdir: missing $from" >&2
            exit 1
        fi
        return 0
    fi
    mkdir -p "$(dirname "$usr/$kind/$path")"
    cp -L "$from" "$usr/$kind/$path"
}
for entry in "${required[@]}"; do copy_entry "$entry" required; done
for entry in "${optional[@]}"; do copy_entry "$entry" optional; done

# QtKeychain talks to the Secret Service through libsecret, which it opens with dlopen: ldd cannot see it.
if linked libqt6keychain.so; then
    # awk reads to the end: leaving early would kill ldconfig with SIGPIPE, which pipefail turns into a failure.
    secret="$(ldconfig -p | awk '/libsecret-1\.so\.0 .*x86-64/ && !found { print $NF; found = 1 }')"
    [ -n "$secret" ] || { echo "make-appdir: libsecret-1.so.0 not found (Debian: libsecret-1-0)" >&2; exit 1; }
    mkdir -p "$usr/lib"
    cp -L "$secret" "$usr/lib/libsecret-1.so.0"
fi

# Qt finds plugins, the WebEngine helper, its resources and translations relative to the executable that reads this.
qt_conf='[Paths]
Prefix = ../
Plugins = plugins
LibraryExecutables = libexec
Data = .
Translations = translations
'
printf '%s' "$qt_conf" > "$usr/bin/qt.conf"
if [ -d "$usr/libexec" ]; then
    printf '%s' "$qt_conf" > "$usr/libexec/qt.conf"
fi

elf_files() { find "$usr" -type f | while read -r f; do if is_elf "$f"; then echo "$f"; fi; done; }

# Copy what every ELF file names as needed until nothing new turns up (a copied library can need further ones).
mkdir -p "$usr/lib"
declare -A scanned=()
while :; do
    added=0
    while read -r file; do
        [ -z "${scanned[$file]:-}" ] || continue
        scanned[$file]=1
        while read -r soname path; do
            [ -z "${excluded[$soname]:-}" ] || continue
            [ ! -e "$usr/lib/$soname" ] || continue
            case "$path" in "$appdir"/*) continue ;; esac
            if [ "$path" = "not-found" ]; then
                echo "make-appdir: $file needs $soname, which is not found" >&2
                exit 1
            fi
            cp -L "$path" "$usr/lib/$soname"
            added=1
        done < <(needed_libs "$file")
    done < <(elf_files)
    [ "$added" = 1 ] || break
done

# RUNPATH into the AppDir, as linuxdeploy sets it, so these libraries win over the host's.
while read -r file; do
    rel="${file#"$usr"/}"
    dir="$(dirname "$rel")"
    up=""
    IFS=/ read -ra parts <<< "$dir"
    for _ in "${parts[@]}"; do up="$up../"; done
    if [ "$dir" = lib ]; then
        runpath="\$ORIGIN"
    else
        runpath="\$ORIGIN/${up}lib"
    fi
    chmod u+w "$file"
    patchelf --set-rpath "$runpath" "$file"
done < <(elf_files)

# The AppImage's entry point and the desktop integration files at the AppDir's root.
ln -sf usr/bin/codex-bridge "$appdir/AppRun"
ln -sf "usr/share/applications/$CODEXBRIDGE_APP_ID.desktop" "$appdir/$CODEXBRIDGE_APP_ID.desktop"
ln -sf "usr/share/icons/hicolor/256x256/apps/$CODEXBRIDGE_APP_ID.png" "$appdir/$CODEXBRIDGE_APP_ID.png"
ln -sf "$CODEXBRIDGE_APP_ID.png" "$appdir/.DirIcon"

echo "make-appdir: $appdir ($(du -sh "$appdir" | cut -f1), $(find "$usr/lib" -name '*.so*' | wc -l) libraries)"
