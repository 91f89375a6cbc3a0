#!/usr/bin/env bash
# Runs a command against a real gnome-keyring Secret Service in a private D-Bus session, so keychain tests never
# touch the user's own keyring or session bus. HOME and the XDG folders point into a throw-away directory that
# is removed afterwards; the login keyring there is created and unlocked with a throw-away password.
#
# usage: run-with-keyring.sh COMMAND [ARGS...]
# The command sees CODEXBRIDGE_KEYCHAIN_TEST=keyring. Needs dbus-run-session (dbus-daemon) and
# gnome-keyring-daemon (packaging/debian/install-deps.sh --test).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install the test dependencies (packaging/debian/install-deps.sh --test)" >&2
        exit 1
    fi
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/codexbridge-keyring.XXXXXX")"
cleanup() {
    # The daemon quits when its bus goes away; make sure it is gone before its files are.
    if [ -n "${keyring_pid:-}" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No display: nothing may pop up an unlock prompt on the developer's screen.
unset DISPLAY WAYLAND_DISPLAY
export CODEXBRIDGE_KEYCHAIN_TEST=keyring

pid_file="$scratch/keyring.pid"
set +e
dbus-run-session -- bash -c '
    set -euo pipefail
    # --unlock reads the password from stdin and creates the login keyring (the default collection) with it.
    printf %s throw-away-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # Wait until the Secret Service owns its bus name, so the first test does not race the daemon start.
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets >"$0" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    sed -n "s/.*uint32 \([0-9]*\).*/\1/p" "$0" >"$0.tmp" && mv "$0.tmp" "$0"
    "$@"
' "$pid_file" "$@"
status=$?
set -e
keyring_pid="$(cat "$pid_file" 2>/dev/null || true)"
exit "$status"
