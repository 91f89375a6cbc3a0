# Shared by the tray scripts (sourced, inside run-with-tray.sh): a throw-away config with no account and an
# upstream nobody listens on, `start_tray BINARY` (pid in $tray_pid, output in $work/tray.log) and, on exit, the
# tray killed if it still runs and the config removed.
# shellcheck shell=bash
work="$(mktemp -d "${TMPDIR:-/tmp}/codexbridge-tray-test.XXXXXX")"
tray_pid=""
cleanup_tray() {
    if [ -n "$tray_pid" ]; then kill -9 "$tray_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup_tray EXIT

export CODEX_BRIDGE_CONFIG_DIR="$work/config"
export CODEX_BRIDGE_SECRET_STORE=file
export CODEX_BRIDGE_UPSTREAM_URL="http://127.0.0.1:9/backend-api/codex" # nothing listens: no account anyway
export QT_LOGGING_RULES="codexbridge.ui.info=true"
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu"

# start_tray BINARY: starts the tray on a free port and waits until its proxy listens; prints why and returns 1
# when it does not.
start_tray() {
    "$1" --port 0 >"$work/tray.log" 2>&1 &
    tray_pid=$!
    for _ in $(seq 1 150); do
        grep -q "proxy listening on http://127.0.0.1:" "$work/tray.log" && return 0
        if ! kill -0 "$tray_pid" 2>/dev/null; then
            echo "the tray exited early:"
            cat "$work/tray.log"
            return 1
        fi
        sleep 0.1
    done
    echo "the tray never listened:"
    cat "$work/tray.log"
    return 1
}
