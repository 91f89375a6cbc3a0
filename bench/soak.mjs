// Soak test driver (run through bench/soak): mixed client traffic with injected upstream and client faults
// against `codex-bridge serve` and the fake Codex backend, for a given time. Fails (exit 1) unless: the proxy
// never crashed, every request got a well-formed answer or a well-formed error (the one its fault calls for),
// resident memory stayed flat after warm-up, and no descriptor was left behind.
//
//   node bench/soak.mjs [--duration SECONDS] [--concurrency N]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import { startBridge, parseSse, anthropicStreamProblems } from '../tests/e2e/harness.mjs';

const args = { duration: 120, concurrency: 12 };
for (let i = 2; i < process.argv.length; ++i) {
    const a = process.argv[i];
    if (a === '--duration') args.duration = Number(process.argv[++i]);
    else if (a === '--concurrency') args.concurrency = Number(process.argv[++i]);
    else { console.error(`unknown argument ${a}`); process.exit(2); }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const fdCount = pid => fs.readdirSync(`/proc/${pid}/fd`).length;
const rssKb = pid => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const longText = 'soak-'.repeat(2000);

// Upstream faults, chosen by a marker in the prompt. `expect` is what the client must see:
// clean (a complete answer), streamFailed (an error event after output), or an HTTP error status.
const FAULTS = {
    none: { expect: 'clean' },
    tool: { reply: { toolCall: { name: 'Read', arguments: { path: '/tmp/x' } } }, expect: 'clean' },
    long: { reply: { reasoning: false, text: longText }, expect: 'clean' },
    garbage: { reply: { inject: [{ text: 'data: {not json\n\n', afterEvents: 4 }, { base64: 'AP/+AQ==', afterEvents: 6 }] }, expect: 'clean' },
    // delayMs: the first text reaches the client before the fault (in one network read with the fault, the client
    // would have seen nothing and the proxy would retry instead).
    resetMid: { reply: { reasoning: false, text: longText, delayMs: 5, cut: { afterBytes: 7000, mode: 'reset' } }, expect: 'streamFailed' },
    endMid: { reply: { reasoning: false, text: longText, delayMs: 5, cut: { afterEvents: 6, mode: 'end' } }, expect: 'streamFailed' },
    stallMid: { reply: { reasoning: false, text: longText, delayMs: 5, cut: { afterEvents: 6, mode: 'stall' } }, expect: 'streamFailed' },
    errorAfterText: { reply: { reasoning: false, text: 'partial', delayMs: 5, errorEvent: { code: 'server_error', message: 'failed' } }, expect: 'streamFailed' },
    resetEarly: { reply: { beforeHeaders: { mode: 'reset' } }, expect: 502 },
    // After the retries the last attempt's failure is reported: 500, or 502 when that attempt met a kept-alive
    // upstream connection the backend had just closed.
    http500: { reply: { status: 500, body: { error: { message: 'boom', type: 'server_error' } } }, expect: [500, 502] },
    rateLimited: { reply: { status: 429, body: { error: { message: 'slow down', type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' } } }, expect: 429 },
    tooLong: { reply: { errorEvent: { code: 'context_length_exceeded', type: 'invalid_request_error', message: 'too long', events: 'failed' } }, expect: 413 },
};
const FAULT_NAMES = Object.keys(FAULTS);
// Weighted: mostly healthy traffic.
const pickFault = () => (Math.random() < 0.5 ? 'none' : FAULT_NAMES[Math.floor(Math.random() * FAULT_NAMES.length)]);

const stats = { total: 0, byKind: {}, failures: [] };
function record(kind, outcome) {
    ++stats.total;
    const k = (stats.byKind[kind] ??= {});
    k[outcome] = (k[outcome] ?? 0) + 1;
}
function failure(kind, fault, message) {
    stats.failures.push(`${kind}/${fault}: ${message}`);
    if (stats.failures.length <= 20) console.error(`FAIL ${kind}/${fault}: ${message}`);
}

let bridge;
const headers = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'soak' };

// An HTTP error status is expected: a number or a list of acceptable numbers.
const isStatus = expect => typeof expect === 'number' || Array.isArray(expect);
const statusOk = (expect, status) => [].concat(expect).includes(status);

function checkAnthropicStream(fault, status, raw) {
    const expect = FAULTS[fault].expect;
    if (isStatus(expect)) {
        const json = JSON.parse(raw);
        assert.ok(statusOk(expect, status), `status ${status}, expected ${expect}: ${raw.slice(0, 300)}`);
        assert.equal(json.type, 'error');
        return 'error';
    }
    assert.equal(status, 200, raw.slice(0, 300));
    const events = parseSse(raw).map(e => e.data);
    if (expect === 'clean') {
        assert.deepEqual(anthropicStreamProblems(events), []);
        return 'clean';
    }
    assert.equal(events.at(-1)?.type, 'error', `last event ${JSON.stringify(events.at(-1))?.slice(0, 200)}`);
    assert.ok(!events.some(e => e.type === 'message_stop'));
    return 'streamFailed';
}

const scenarios = {
    async anthropicStream(fault) {
        const res = await fetch(`${bridge.url}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 100, stream: true, messages: [{ role: 'user', content: `F:${fault}:` }] }) });
        return checkAnthropicStream(fault, res.status, await res.text());
    },
    async anthropicPlain(fault) {
        const res = await fetch(`${bridge.url}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: `F:${fault}:` }] }) });
        const json = JSON.parse(await res.text());
        const expect = FAULTS[fault].expect;
        if (expect === 'clean') {
            assert.equal(res.status, 200, JSON.stringify(json).slice(0, 300));
            assert.equal(json.type, 'message');
            return 'clean';
        }
        // Without streaming, a failure after output is still an HTTP error (nothing was sent yet).
        assert.ok(res.status >= 400, `status ${res.status}`);
        assert.equal(json.type, 'error');
        if (isStatus(expect)) assert.ok(statusOk(expect, res.status), `status ${res.status}, expected ${expect}`);
        return 'error';
    },
    async openAiStream(fault) {
        const res = await fetch(`${bridge.url}/v1/chat/completions`, { method: 'POST', headers, body: JSON.stringify({ model: 'gpt-5.5', stream: true, messages: [{ role: 'user', content: `F:${fault}:` }] }) });
        const raw = await res.text();
        const expect = FAULTS[fault].expect;
        if (isStatus(expect)) {
            assert.ok(statusOk(expect, res.status), `status ${res.status}, expected ${expect}: ${raw.slice(0, 300)}`);
            assert.equal(typeof JSON.parse(raw).error.message, 'string');
            return 'error';
        }
        assert.equal(res.status, 200);
        const chunks = parseSse(raw).map(e => e.data);
        if (expect === 'clean') {
            assert.equal(chunks.at(-1), '[DONE]', raw.slice(-300));
            return 'clean';
        }
        assert.ok(chunks.at(-1)?.error?.message, `ends with an error chunk: ${raw.slice(-300)}`);
        assert.ok(!raw.includes('[DONE]'));
        return 'streamFailed';
    },
    async openAiPlain(fault) {
        const res = await fetch(`${bridge.url}/v1/chat/completions`, { method: 'POST', headers, body: JSON.stringify({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: `F:${fault}:` }] }) });
        const json = JSON.parse(await res.text());
        if (FAULTS[fault].expect === 'clean') {
            assert.equal(res.status, 200);
            assert.equal(json.object, 'chat.completion');
            return 'clean';
        }
        assert.ok(res.status >= 400);
        assert.equal(typeof json.error.message, 'string');
        return 'error';
    },
    // The client goes away in the middle of a stream.
    async disconnect(fault) {
        const controller = new AbortController();
        const res = await fetch(`${bridge.url}/v1/messages`, { method: 'POST', headers, signal: controller.signal, body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 100, stream: true, messages: [{ role: 'user', content: `F:${fault}:` }] }) });
        const reader = res.body.getReader();
        await reader.read().catch(() => {});
        controller.abort();
        return 'aborted';
    },
    // Half a request, then gone.
    async halfRequest() {
        await new Promise(resolve => {
            const socket = net.connect(Number(new URL(bridge.url).port), '127.0.0.1', () => {
                socket.write('POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n\r\n{"model":');
                setTimeout(() => { socket.destroy(); resolve(); }, 20);
            });
            socket.on('error', resolve);
        });
        return 'aborted';
    },
    async countTokens() {
        const res = await fetch(`${bridge.url}/v1/messages/count_tokens`, { method: 'POST', headers, body: JSON.stringify({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'count me' }] }) });
        assert.equal(res.status, 200);
        assert.ok((await res.json()).input_tokens > 0);
        return 'clean';
    },
    async models() {
        const res = await fetch(`${bridge.url}/v1/models`, { headers });
        assert.equal(res.status, 200);
        assert.ok(Array.isArray((await res.json()).data));
        return 'clean';
    },
};
const WEIGHTED = ['anthropicStream', 'anthropicStream', 'anthropicStream', 'anthropicPlain', 'openAiStream', 'openAiPlain', 'disconnect', 'halfRequest', 'countTokens', 'models'];

async function worker(deadline) {
    while (Date.now() < deadline) {
        const kind = WEIGHTED[Math.floor(Math.random() * WEIGHTED.length)];
        const fault = pickFault();
        try {
            record(kind, await scenarios[kind](fault));
        } catch (e) {
            record(kind, 'FAILED');
            failure(kind, fault, e.message?.slice(0, 500) ?? String(e));
        }
    }
}

async function main() {
    bridge = await startBridge({ extraEnv: {
        CODEX_BRIDGE_UPSTREAM_IDLE_TIMEOUT_MS: '1000',
        CODEX_BRIDGE_UPSTREAM_CONNECT_TIMEOUT_MS: '2000',
        CODEX_BRIDGE_BODY_TIMEOUT_MS: '2000',
        QT_LOGGING_RULES: 'codexbridge.*.debug=false', // a long run: keep the log small
    } });
    await bridge.fake.setRules(FAULT_NAMES.filter(n => FAULTS[n].reply).map(n => ({ match: { textIncludes: `F:${n}:` }, reply: FAULTS[n].reply })));
    const pid = bridge.pid;
    const idleFds = fdCount(pid);
    const started = Date.now();
    const deadline = started + args.duration * 1000;
    const warmUpEnd = started + Math.min(30_000, args.duration * 250);
    const samples = [];
    const sampler = setInterval(() => {
        try { samples.push({ t: Math.round((Date.now() - started) / 1000), rssKb: rssKb(pid), fds: fdCount(pid), requests: stats.total }); } catch (e) { failure('sampler', '-', `the proxy is gone: ${e.message}`); }
    }, 2000);
    await Promise.all(Array.from({ length: args.concurrency }, () => worker(deadline)));
    clearInterval(sampler);
    await sleep(6000); // the clients' kept-alive connections close after 4 s idle (undici's default)
    const endFds = fdCount(pid);
    const endRss = rssKb(pid);

    const afterWarmUp = samples.filter(s => started + s.t * 1000 >= warmUpEnd);
    const rssAtWarmUp = afterWarmUp.length ? Math.min(...afterWarmUp.slice(0, 3).map(s => s.rssKb)) : endRss;
    const peakRss = Math.max(...samples.map(s => s.rssKb), endRss);
    console.log(`soak: ${stats.total} requests in ${args.duration} s with ${args.concurrency} clients`);
    for (const [kind, outcomes] of Object.entries(stats.byKind)) console.log(`  ${kind.padEnd(16)} ${JSON.stringify(outcomes)}`);
    console.log(`  RSS: ${rssAtWarmUp} KB after warm-up, ${peakRss} KB peak, ${endRss} KB at the end`);
    console.log(`  descriptors: ${idleFds} idle before, ${endFds} idle after`);
    console.log(`  samples (t s, RSS KB, fds, requests): ${samples.map(s => `${s.t}:${s.rssKb}:${s.fds}:${s.requests}`).join(' ')}`);

    if (stats.total < args.duration) failure('soak', '-', `only ${stats.total} requests in ${args.duration} s`);
    // Flat: no more than 8 MB (or 15 %) above the level reached after warm-up.
    const allowedGrowth = Math.max(8 * 1024, rssAtWarmUp * 0.15);
    if (endRss - rssAtWarmUp > allowedGrowth) failure('soak', '-', `RSS grew from ${rssAtWarmUp} KB to ${endRss} KB`);
    // The proxy may keep up to 6 idle upstream connections (QNetworkAccessManager's pool per host).
    if (endFds > idleFds + 6) failure('soak', '-', `descriptors grew from ${idleFds} to ${endFds}`);
    try {
        await bridge.stop(); // asserts a clean exit on SIGTERM (no crash) and no token in the output
    } catch (e) {
        failure('soak', '-', e.message.slice(0, 2000));
    }
    if (stats.failures.length) {
        console.error(`soak FAILED: ${stats.failures.length} problem(s)`);
        process.exit(1);
    }
    console.log('soak passed');
}

main().catch(e => { console.error(e); process.exit(1); });
