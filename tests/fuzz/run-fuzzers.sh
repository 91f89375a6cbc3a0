#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, in build-fuzz at the top of the checkout) and runs each for
# SECONDS (default 60), seeded from the shared fixtures and the small seeds written below. The corpus grows in
# build-fuzz/fuzz-corpus (kept between local runs, never committed). A crash leaves its input in
# build-fuzz/fuzz-artifacts and makes the script fail: fix the bug, then copy the input into
# tests/fuzz/regressions/<target>/, where the normal test suite replays it (fuzz_replay_<target>).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${CODEXBRIDGE_SHARED_DIR:-$root/../shared}"
streams="$shared/fixtures/responses-streams"
[ -d "$streams" ] || { echo "no fixtures at $streams (set CODEXBRIDGE_SHARED_DIR)" >&2; exit 2; }

build="$root/build-fuzz"
export CCACHE_BASEDIR="$root"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCODEXBRIDGE_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build"

seeds="$build/fuzz-seeds"
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"

# Every input starts with one option byte (slicing pattern or translator options); the rest is the payload.
seed() { # seed TARGET NAME OPTION_BYTE_OCTAL < payload
    mkdir -p "$seeds/$1"
    { printf "\\$3"; cat; } > "$seeds/$1/$2"
}

# HTTP requests: plain, pipelined, chunked, 100-continue, HTTP/1.0.
printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' | seed fuzz_httprequestparser get 003
printf 'POST /v1/messages?beta=true HTTP/1.1\r\nHost: localhost:8081\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' | seed fuzz_httprequestparser pipelined 007
printf 'POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nTrailer: v\r\n\r\n' | seed fuzz_httprequestparser chunked 011
printf 'POST /v1/messages HTTP/1.1\r\nHost: [::1]:8081\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc' | seed fuzz_httprequestparser continue 001
printf '\r\nGET /a%%20b HTTP/1.0\nConnection: keep-alive\n\n' | seed fuzz_httprequestparser http10 000

# Upstream streams: each fixture as SSE (sseparser) and as one event per line (stream translator).
for f in "$streams"/*.chunks.txt; do
    name="$(basename "$f" .chunks.txt)"
    sed -e 's/^/data: /' -e 's/$/\n/' "$f" | seed fuzz_sseparser "$name" 005
    awk '{ printf "event: x\r\ndata: %s\r\n\r\n", $0 }' "$f" | seed fuzz_sseparser "$name-crlf" 013
    seed fuzz_anthropicstreamtranslator "$name" 000 < "$f"
    seed fuzz_anthropicstreamtranslator "$name-fail" 003 < <(head -n 20 "$f")
done

# Anthropic requests: text, system, tools and a tool round trip, thinking with a signature, images.
seed fuzz_anthropicrequesttranslator text 000 <<'JSON'
{"model":"claude-sonnet-4-5","max_tokens":100,"stream":true,"system":"be brief","messages":[{"role":"user","content":"hi"}]}
JSON
seed fuzz_anthropicrequesttranslator tools 017 <<'JSON'
{"model":"claude-opus-4-1","max_tokens":1024,"metadata":{"user_id":"user_x_account__session_11111111-1111-4111-8111-111111111111"},"system":[{"type":"text","text":"sys","cache_control":{"type":"ephemeral"}}],"tools":[{"name":"Read","description":"read","input_schema":{"type":"object","properties":{"path":{"type":"string","format":"uri"}},"required":["path"]}},{"name":"mcp__server__a.very.long.tool.name.that.needs.shortening.because.it.is.longer.than.sixty.four","input_schema":{"type":"object"}},{"type":"web_search_20250305","name":"web_search","max_uses":3}],"tool_choice":{"type":"tool","name":"Read"},"messages":[{"role":"user","content":"read it"},{"role":"assistant","content":[{"type":"thinking","thinking":"hmm","signature":"gAAAAABfake"},{"type":"text","text":"ok"},{"type":"tool_use","id":"toolu_1","name":"Read","input":{"path":"/a"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":[{"type":"text","text":"data"},{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}}]},{"type":"text","text":"and?"}]}]}
JSON
seed fuzz_anthropicrequesttranslator thinking 002 <<'JSON'
{"model":"claude-sonnet-4-5","max_tokens":4096,"thinking":{"type":"enabled","budget_tokens":2048},"output_config":{"effort":"high"},"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","url":"https://example.com/a.png"}},{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0="}},{"type":"text","text":"what is this"}]}]}
JSON

# Settings files: Claude Code's settings.json shapes (nested env, CRLF, duplicates).
printf '{\n  "env": {\n    "FOO": "1"\n  },\n  "model": "opus"\n}\n' | seed fuzz_jsontexteditor settings 000
printf '{"env":{},"apiKeyHelper":"x","env":{"A":1}}' | seed fuzz_jsontexteditor duplicates 002
printf '{\r\n\t"a": {"b": {"c": [1, 2.50, "\\u00e9"]}}\r\n}' | seed fuzz_jsontexteditor crlf 003

failed=()
for fuzzer in fuzz_httprequestparser fuzz_sseparser fuzz_anthropicrequesttranslator fuzz_anthropicstreamtranslator fuzz_jsontexteditor; do
    bin="$build/bin/$fuzzer"
    [ -x "$bin" ] || { echo "missing $bin (build $build first)" >&2; exit 2; }
    dict=()
    case "$fuzzer" in
        fuzz_httprequestparser) dict=(-dict="$here/http.dict") ;;
        fuzz_anthropicrequesttranslator) dict=(-dict="$here/anthropic.dict") ;;
        *) dict=(-dict="$here/responses.dict") ;;
    esac
    mkdir -p "$corpus/$fuzzer"
    echo "== $fuzzer: ${seconds}s"
    # -max_len: the fixtures are up to 80 KB; -rss_limit_mb: Qt's JSON parser on large inputs.
    if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=131072 -print_final_stats=1 \
            "${dict[@]}" -artifact_prefix="$artifacts/$fuzzer-" "$corpus/$fuzzer" "$seeds/$fuzzer" 2>"$build/$fuzzer.log"; then
        tail -n 60 "$build/$fuzzer.log" >&2
        failed+=("$fuzzer")
    else
        grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)' "$build/$fuzzer.log" || true
    fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzzers that found a crash: ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
echo "all fuzzers ran ${seconds}s without a crash"
