#!/usr/bin/env bash
# Builds Codex Bridge with sanitizers in a build dir of its own and runs tests there:
#   asan  AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer (build-asan): the whole ctest suite
#         (unit, integration and end-to-end: the e2e tests run the instrumented codex-bridge binary).
#   tsan  ThreadSanitizer (build-tsan): the tests that run the proxy on its worker thread (ProxyService) or
#         otherwise use threads.
# Any sanitizer report fails the test that triggered it. Suppressions (tests/sanitizers/*.supp) are only for
# verified third-party noise, each with a comment.
#
#   tests/sanitizers/run-sanitized.sh asan|tsan [extra ctest arguments]
set -euo pipefail

kind="${1:?usage: $0 asan|tsan [ctest arguments]}"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CCACHE_BASEDIR="$root"

# The threaded tests: ProxyService driven from a main thread, and end-to-end tests of `codex-bridge serve`
# (ProxyService + ProxyWorker thread; the stdin reader thread of `accounts add`) under load, faults and shutdown.
tsan_tests='^(tsan_canary|tst_proxyservice|tst_proxyservicethreads|e2e_anthropic_sdk|e2e_openai_sdk|e2e_refresh_rotation|e2e_management|e2e_accounts_add|e2e_upstream_faults|e2e_client_faults|e2e_bad_input|e2e_providers|e2e_shutdown)$'

case "$kind" in
    asan)
        dir="$root/build-asan"
        sanitize="address,undefined"
        targets=(all)
        select=()
        export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0:${ASAN_OPTIONS:-}"
        export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
        ;;
    tsan)
        dir="$root/build-tsan"
        sanitize="thread"
        targets=() # codex-bridge and the selected Qt tests, found below once configured
        select=(-R "$tsan_tests")
        export TSAN_OPTIONS="suppressions=$here/tsan.supp:halt_on_error=1:second_deadlock_stack=1:${TSAN_OPTIONS:-}"
        ;;
    *)
        echo "unknown kind $kind (asan or tsan)" >&2
        exit 2
        ;;
esac

# -O1: what the sanitizers recommend, and half the compile time of -O2 (the CI budget); a debug build, so that
# Q_ASSERT is on too. -g1 keeps line numbers in the reports.
cmake -S "$root" -B "$dir" -G Ninja -DCODEXBRIDGE_SANITIZE="$sanitize" -DCODEXBRIDGE_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" >/dev/null
if [ "${#targets[@]}" -eq 0 ]; then
    # A Qt test's ctest name is its target name.
    mapfile -t targets < <(ctest --test-dir "$dir" -N "${select[@]}" | sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z0-9_]*\|tsan_canary\)$/\1/p')
    targets+=(codex-bridge)
fi
cmake --build "$dir" --target "${targets[@]}"
ctest --test-dir "$dir" --output-on-failure "${select[@]}" "$@"
