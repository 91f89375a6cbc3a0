#!/usr/bin/env bash
# Runs a command on a private X server (Xvfb) with a real system tray host (trayer, an XEmbed tray), so the tray
# tests see a desktop like a user's without touching the developer's own. HOME and the XDG folders point into a
# throw-away directory (autostart entries, settings and the clipboard stay in there).
#
# usage: run-with-tray.sh COMMAND [ARGS...]
# Needs Xvfb, trayer and xdotool (packaging/debian/install-deps.sh --test).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in Xvfb trayer xdotool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install the test dependencies (packaging/debian/install-deps.sh --test)" >&2
        exit 1
    fi
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/codexbridge-tray.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

# Xvfb picks a free display number and writes it to fd 3 once it accepts connections.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
display=""
for _ in $(seq 1 100); do
    display="$(tr -d '[:space:]' <"$scratch/display" 2>/dev/null || true)"
    if [ -n "$display" ]; then break; fi
    sleep 0.1
done
if [ -z "$display" ]; then
    echo "$0: Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"
unset WAYLAND_DISPLAY

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No session bus: Qt then uses the XEmbed tray that trayer hosts (not a StatusNotifierItem nobody shows).
unset DBUS_SESSION_BUS_ADDRESS

trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
    --transparent false --tint 0x303030 >"$scratch/trayer.log" 2>&1 &
pids+=($!)
# The tray is ready when trayer's window exists.
for _ in $(seq 1 100); do
    if xdotool search --class trayer >/dev/null 2>&1; then break; fi
    sleep 0.1
done
if ! xdotool search --class trayer >/dev/null 2>&1; then
    echo "$0: trayer did not start:" >&2
    cat "$scratch/trayer.log" >&2
    exit 1
fi

export QT_QPA_PLATFORM=xcb
"$@"
