#!/usr/bin/env bash
# Starts the tray application, then a second one: the second must exit 0 at once and the first must be asked to
# show its dashboard; then the first must quit with exit code 0 on SIGTERM. Run inside run-with-tray.sh.
set -euo pipefail
bin="$1"
work="$(mktemp -d "${TMPDIR:-/tmp}/codexbridge-single.XXXXXX")"
first_pid=""
cleanup() {
    if [ -n "$first_pid" ]; then kill -9 "$first_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

export CODEX_BRIDGE_CONFIG_DIR="$work/config"
export CODEX_BRIDGE_SECRET_STORE=file
export CODEX_BRIDGE_UPSTREAM_URL="http://127.0.0.1:9/backend-api/codex" # nothing listens: no account anyway
export QT_LOGGING_RULES="codexbridge.ui.info=true"
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu"

"$bin" --port 0 >"$work/first.log" 2>&1 &
first_pid=$!
for _ in $(seq 1 150); do
    grep -q "proxy listening on http://127.0.0.1:" "$work/first.log" && break
    kill -0 "$first_pid" 2>/dev/null || { echo "the first instance exited early:"; cat "$work/first.log"; exit 1; }
    sleep 0.1
done
grep -q "proxy listening on" "$work/first.log" || { echo "the first instance never listened:"; cat "$work/first.log"; exit 1; }

start=$(date +%s%N)
timeout 20 "$bin" --port 0 >"$work/second.log" 2>&1 || { echo "the second instance failed ($?):"; cat "$work/second.log"; exit 1; }
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "second instance exited 0 after ${elapsed_ms} ms"
grep -q "already running" "$work/second.log" || { echo "the second instance did not hand over:"; cat "$work/second.log"; exit 1; }
for _ in $(seq 1 100); do
    grep -q "opening the dashboard" "$work/first.log" && break
    sleep 0.1
done
grep -q "opening the dashboard" "$work/first.log" || { echo "the first instance was not activated:"; cat "$work/first.log"; exit 1; }

kill -TERM "$first_pid"
status=0
wait "$first_pid" || status=$?
first_pid=""
if [ "$status" -ne 0 ]; then echo "the first instance exited $status on SIGTERM:"; cat "$work/first.log"; exit 1; fi
echo "first instance quit cleanly"
