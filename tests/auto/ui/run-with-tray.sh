#!/usr/bin/env bash
# Runs a command on a private X server (Xvfb) with a real system tray host (trayer, an XEmbed tray), so the tray
# tests see a desktop like a user's without touching the developer's own. HOME and the XDG folders point into a
# throw-away directory (autostart entries, settings and the clipboard stay in there).
#
# usage: run-with-tray.sh COMMAND [ARGS...]
# Needs Xvfb, trayer, xdpyinfo and python3 (packaging/debian/install-deps.sh --test).
#
# Start-up is ordered so that nothing races: Xvfb picks a free display itself (-displayfd), the server answers a
# client before trayer starts, and the tray's selection (_NET_SYSTEM_TRAY_S<screen>) has an owner before the
# command runs. -noreset matters: by default an X server resets when its last fully connected client leaves, and
# the reset drops every connection still in its handshake (a slow trayer then fails with "cannot open display").
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in Xvfb trayer xdpyinfo python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install the test dependencies (packaging/debian/install-deps.sh --test)" >&2
        exit 1
    fi
done

# Seconds each start-up step may take (generous: the machines running the tests are often loaded).
step_timeout="${CODEXBRIDGE_TRAY_TIMEOUT:-30}"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/codexbridge-tray.XXXXXX")"
xvfb_pid=""
trayer_pid=""
command_pid=""
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    local pid
    for pid in "$command_pid" "$trayer_pid" "$xvfb_pid"; do
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
    done
    for pid in "$command_pid" "$trayer_pid" "$xvfb_pid"; do
        if [ -n "$pid" ]; then wait "$pid" 2>/dev/null || true; fi
    done
    rm -rf "$scratch"
}
trap cleanup EXIT
for signal in INT TERM HUP; do
    # shellcheck disable=SC2064 # the signal's name is meant to be expanded now
    trap "exit $((128 + $(kill -l "$signal")))" "$signal"
done

fail() {
    echo "$0: $1" >&2
    shift
    for log in "$@"; do
        [ -s "$log" ] && { echo "--- $(basename "$log"):" >&2; cat "$log" >&2; }
    done
    exit 1
}

# Xvfb writes "N\n" to fd 3 once it listens on display :N.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
deadline=$((SECONDS + step_timeout))
until grep -q '^[0-9][0-9]*$' "$scratch/display" 2>/dev/null; do
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb exited during start-up" "$scratch/xvfb.log"
    [ "$SECONDS" -lt "$deadline" ] || fail "Xvfb did not report a display within ${step_timeout} s" "$scratch/xvfb.log"
    sleep 0.05
done
DISPLAY=":$(head -n 1 "$scratch/display")"
export DISPLAY
unset WAYLAND_DISPLAY

# The server answers a real client.
until timeout 10 xdpyinfo >/dev/null 2>"$scratch/xdpyinfo.log"; do
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb exited during start-up" "$scratch/xvfb.log"
    [ "$SECONDS" -lt "$deadline" ] || fail "$DISPLAY accepts no client" "$scratch/xdpyinfo.log" "$scratch/xvfb.log"
    sleep 0.05
done

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
trayer_pid=$!

# The tray is there when its manager selection has an owner: what Qt's QSystemTrayIcon::isSystemTrayAvailable()
# looks at. Asked through libX11 (no command-line tool reports selection owners); polls until the deadline.
tray_owner() {
    python3 - "$1" <<'EOF'
import ctypes, sys, time
x11 = ctypes.CDLL("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultScreen.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XGetSelectionOwner.restype = ctypes.c_ulong
x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
display = x11.XOpenDisplay(None)
if not display:
    sys.exit("cannot open the display")
selection = x11.XInternAtom(display, b"_NET_SYSTEM_TRAY_S%d" % x11.XDefaultScreen(display), 0)
deadline = time.monotonic() + float(sys.argv[1])
while not x11.XGetSelectionOwner(display, selection):
    if time.monotonic() > deadline:
        sys.exit("no owner of the tray selection")
    time.sleep(0.05)
x11.XCloseDisplay(display)
EOF
}
if ! tray_owner "$step_timeout" 2>"$scratch/tray-owner.log"; then
    kill -0 "$trayer_pid" 2>/dev/null || fail "trayer exited during start-up" "$scratch/trayer.log" "$scratch/xvfb.log"
    fail "trayer did not take the tray selection within ${step_timeout} s" "$scratch/tray-owner.log" \
        "$scratch/trayer.log" "$scratch/xvfb.log"
fi

export QT_QPA_PLATFORM=xcb
# In the background (stdin kept) so that a signal to this script ends the command and the servers too.
"$@" <&0 &
command_pid=$!
status=0
wait "$command_pid" || status=$?
command_pid=""
exit "$status"
