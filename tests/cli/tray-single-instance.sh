#!/usr/bin/env bash
# Starts the tray application, then a second one: the second must exit 0 at once and the first must be asked to
# show its dashboard; then the first must quit with exit code 0 on SIGTERM. Run inside run-with-tray.sh.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
bin="$1"
# shellcheck source=tray-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/tray-lib.sh"

start_tray "$bin"

start=$(date +%s%N)
timeout 20 "$bin" --port 0 >"$work/second.log" 2>&1 || { echo "the second instance failed ($?):"; cat "$work/second.log"; exit 1; }
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "second instance exited 0 after ${elapsed_ms} ms"
grep -q "already running" "$work/second.log" || { echo "the second instance did not hand over:"; cat "$work/second.log"; exit 1; }
for _ in $(seq 1 100); do
    grep -q "opening the dashboard" "$work/tray.log" && break
    sleep 0.1
done
grep -q "opening the dashboard" "$work/tray.log" || { echo "the first instance was not activated:"; cat "$work/tray.log"; exit 1; }

kill -TERM "$tray_pid"
status=0
wait "$tray_pid" || status=$?
tray_pid=""
if [ "$status" -ne 0 ]; then echo "the first instance exited $status on SIGTERM:"; cat "$work/tray.log"; exit 1; fi
echo "first instance quit cleanly"
