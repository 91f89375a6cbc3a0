#!/usr/bin/env bash
# The real tray binary keeps Qt WebEngine and the OpenGL stack out of its process: before the dashboard is opened
# /proc/PID/maps holds Qt Widgets but no Qt WebEngine, Qt Quick/QML/OpenGL and no OpenGL driver (Mesa, LLVM).
# "Open dashboard" (here through a second start, which asks the first to show it) starts exactly one window
# process, which does map Qt WebEngine, gets the address over its socket rather than on its command line, is
# reused when the dashboard is opened again, and ends when the tray quits.
# Run inside run-with-tray.sh. usage: tray-dashboard.sh CODEX_BRIDGE
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
bin="$1"
# shellcheck source=tray-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/tray-lib.sh"
fail() {
    echo "FAILED: $*"
    echo "--- tray log:"
    cat "$work/tray.log"
    exit 1
}

# Libraries that must not be in the tray: Qt WebEngine and what it brings (Qt Quick, QML, Qt OpenGL), Qt's GLX/EGL
# integration plugins and any OpenGL implementation (Mesa's GLX/EGL vendor libraries, DRI drivers, LLVM).
# (libGLX.so.0, libEGL.so.1 and libOpenGL.so.0 are glvnd's dispatch stubs, linked by Qt Gui itself.)
forbidden='libQt6WebEngine|libQt6Quick|libQt6Qml|libQt6OpenGL|xcbglintegrations|libGLX_|libEGL_|_dri\.so|libLLVM|libgallium'
libraries_of() { awk '$6 ~ /\.so/ { print $6 }' "/proc/$1/maps" | sort -u; }
# Children of the tray running the dashboard program.
dashboard_children() {
    local child
    for child in $(pgrep -P "$tray_pid" || true); do
        case "$(readlink "/proc/$child/exe" 2>/dev/null)" in */codex-bridge-dashboard) echo "$child" ;; esac
    done
}

start_tray "$bin"
sleep 2 # settled: icon embedded, first account and quota round done

libraries_of "$tray_pid" >"$work/tray-maps.txt"
grep -q 'libQt6Widgets' "$work/tray-maps.txt" || fail "the tray's maps do not even show Qt Widgets"
if grep -E "$forbidden" "$work/tray-maps.txt"; then fail "the tray maps the libraries above before the dashboard is opened"; fi
echo "tray $tray_pid: $(wc -l <"$work/tray-maps.txt") libraries mapped, none of WebEngine/Quick/QML/OpenGL; $(grep VmRSS "/proc/$tray_pid/status" | tr -s ' \t' ' ')"
[ -z "$(dashboard_children)" ] || fail "a dashboard process runs before the dashboard was opened"

# Open dashboard: the second start asks the first, which starts the window process.
timeout 20 "$bin" --port 0 >"$work/second.log" 2>&1 || fail "the second start failed: $(cat "$work/second.log")"
for _ in $(seq 1 300); do
    grep -q "dashboard page loaded" "$work/tray.log" && break
    sleep 0.1
done
grep -q "dashboard page loaded" "$work/tray.log" || fail "the dashboard page did not load"
mapfile -t children < <(dashboard_children)
[ "${#children[@]}" -eq 1 ] || fail "expected one dashboard process, found ${#children[@]}: ${children[*]}"
child="${children[0]}"
# (Into files first: `... | grep -q` under pipefail fails whenever grep stops reading before the writer is done.)
libraries_of "$child" >"$work/dashboard-maps.txt"
grep -q 'libQt6WebEngineCore' "$work/dashboard-maps.txt" || fail "the dashboard process $child does not map Qt WebEngine"
tr '\0' ' ' <"/proc/$child/cmdline" >"$work/dashboard-cmdline.txt"
if grep -q '127\.0\.0\.1' "$work/dashboard-cmdline.txt"; then fail "the proxy address is on the dashboard's command line"; fi
echo "dashboard $child: maps Qt WebEngine; $(grep VmRSS "/proc/$child/status" | tr -s ' \t' ' ')"
if libraries_of "$tray_pid" | grep -E "$forbidden"; then fail "the tray maps the libraries above after opening the dashboard"; fi

# Opening again brings the same window forward.
timeout 20 "$bin" --port 0 >"$work/second.log" 2>&1 || fail "the third start failed: $(cat "$work/second.log")"
for _ in $(seq 1 100); do
    [ "$(grep -c "opening the dashboard" "$work/tray.log")" -ge 2 ] && break
    sleep 0.1
done
[ "$(grep -c "opening the dashboard" "$work/tray.log")" -ge 2 ] || fail "the tray was not asked again"
sleep 1
mapfile -t children < <(dashboard_children)
if [ "${#children[@]}" -ne 1 ] || [ "${children[0]}" != "$child" ]; then
    fail "opening again: expected the same one dashboard process $child, found: ${children[*]}"
fi

# Quitting the tray ends the window process.
kill -TERM "$tray_pid"
status=0
wait "$tray_pid" || status=$?
tray_pid=""
[ "$status" -eq 0 ] || fail "the tray exited $status on SIGTERM"
for _ in $(seq 1 100); do
    kill -0 "$child" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$child" 2>/dev/null; then
    kill -9 "$child"
    fail "the dashboard process $child outlived the tray"
fi
echo "the tray quit cleanly and its dashboard process $child ended"
