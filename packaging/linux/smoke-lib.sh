# Shared by deb-smoke-test.sh and check-appdir.sh (sourced): pass/fail bookkeeping and the `serve` and dashboard
# window smoke tests.
# shellcheck shell=bash

smoke_passed=0
smoke_failed=0
smoke_work="$(mktemp -d)"
trap 'rm -rf "$smoke_work"' EXIT

pass() { smoke_passed=$((smoke_passed + 1)); echo "ok - $*"; }
fail() { smoke_failed=$((smoke_failed + 1)); echo "FAILED - $*"; }
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check() {
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# Prints the closing line CI reads and returns non-zero when anything failed.
smoke_summary() {
    echo "$1: $smoke_passed passed, $smoke_failed failed"
    [ "$smoke_failed" -eq 0 ]
}

# serve_smoke NAME BINARY VERSION [HOOK]: starts `BINARY serve` on a free port with a throw-away config dir, checks
# /health answers ok with VERSION, runs HOOK PID while it serves, then stops it with SIGTERM and expects exit code 0.
# Any further environment for the binary is what the caller exported.
serve_smoke() {
    local name="$1" binary="$2" version="$3" hook="${4:-}"
    local out="$smoke_work/$name.out" err="$smoke_work/$name.err"
    CODEX_BRIDGE_CONFIG_DIR="$smoke_work/$name-config" CODEX_BRIDGE_SECRET_STORE=file \
        "$binary" serve --port 0 >"$out" 2>"$err" &
    local pid=$!
    local url=""
    for _ in $(seq 100); do
        url="$(sed -n 's/^listening on //p' "$out" | head -n 1)"
        if [ -n "$url" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
        sleep 0.2
    done
    if [ -z "$url" ]; then
        fail "$name: serve did not report a listening address"
        sed 's/^/    /' "$err"
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return
    fi
    pass "$name: serve listens on $url"

    local health
    health="$(curl -fsS --max-time 10 "$url/health" || true)"
    if [[ "$health" == *'"status":"ok"'* && "$health" == *"\"version\":\"$version\""* ]]; then
        pass "$name: GET /health -> $health"
    else
        fail "$name: GET /health -> '$health'"
    fi

    if [ -n "$hook" ]; then
        "$hook" "$pid"
    fi

    kill -TERM "$pid"
    local rc=0
    wait "$pid" || rc=$?
    if [ "$rc" -eq 0 ]; then
        pass "$name: SIGTERM stops serve with exit code 0"
    else
        fail "$name: serve exited with $rc after SIGTERM"
        sed 's/^/    /' "$err"
    fi
}

# dashboard_smoke NAME BINARY: the dashboard window's executable loads (every library it needs resolves) and,
# started by hand rather than by the tray, says so and exits 2.
dashboard_smoke() {
    local name="$1" binary="$2" rc=0
    "$binary" >/dev/null 2>"$smoke_work/$name-dashboard.err" || rc=$?
    if [ "$rc" -eq 2 ] && grep -q "opened from the Codex Bridge tray" "$smoke_work/$name-dashboard.err"; then
        pass "$name: $binary starts and, without a tray, exits 2"
    else
        fail "$name: $binary exited $rc:"
        sed 's/^/    /' "$smoke_work/$name-dashboard.err"
    fi
}
