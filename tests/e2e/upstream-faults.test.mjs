// Upstream faults injected by the fake Codex backend (real loopback HTTP, real `codex-bridge serve`), each with
// what the client sees asserted: a fault before any output is retried or becomes a real HTTP error in the
// client's API format; a fault after output started ends the stream with an `error` event, never a clean end.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startBridge, assertNoViolations, parseSse, anthropicStreamProblems } from './harness.mjs';

// Short upstream timeouts so that stalls are noticed in seconds (the defaults are 30 s and 300 s).
const CONNECT_TIMEOUT_MS = 1500;
const IDLE_TIMEOUT_MS = 1500;
const TIMEOUT_ENV = {
    CODEX_BRIDGE_UPSTREAM_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    CODEX_BRIDGE_UPSTREAM_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS),
};
const DEFAULT_TEXT = 'Hello from fake codex';

// POSTs an Anthropic (or OpenAI) request and reads the whole reply; a broken connection is reported, not thrown.
async function ask(url, { stream = true, text = 'fault', api = 'anthropic' } = {}) {
    const anthropic = api === 'anthropic';
    const body = anthropic
        ? { model: 'claude-sonnet-4-5', max_tokens: 1024, stream, messages: [{ role: 'user', content: text }] }
        : { model: 'gpt-5.5', stream, messages: [{ role: 'user', content: text }] };
    const started = Date.now();
    const res = await fetch(`${url}${anthropic ? '/v1/messages' : '/v1/chat/completions'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'dummy' },
        body: JSON.stringify(body),
    });
    let raw = '';
    let readError = null;
    try {
        raw = await res.text();
    } catch (e) {
        readError = e;
    }
    const isSse = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
    let json;
    if (!isSse) { try { json = JSON.parse(raw); } catch { /* not JSON */ } }
    const events = isSse ? parseSse(raw) : [];
    return {
        status: res.status, headers: res.headers, raw, json, readError, elapsedMs: Date.now() - started,
        events: events.map(e => e.data),
        text: events.map(e => e.data).filter(e => e?.type === 'content_block_delta' && e.delta.type === 'text_delta').map(e => e.delta.text).join(''),
    };
}

// A complete, well-formed Anthropic stream with exactly one answer.
function assertCleanAnswer(r, expectedText = DEFAULT_TEXT) {
    assert.equal(r.status, 200, r.raw.slice(0, 500));
    assert.equal(r.readError, null);
    assert.deepEqual(anthropicStreamProblems(r.events), [], r.raw.slice(0, 2000));
    assert.equal(r.events.filter(e => e.type === 'message_start').length, 1, 'one answer');
    assert.equal(r.events.filter(e => e.type === 'error').length, 0);
    assert.equal(r.text, expectedText);
    assert.equal(r.events.find(e => e.type === 'message_delta').delta.stop_reason, 'end_turn');
}

// Output had started: the stream must end with an `error` event and never claim a finished turn.
function assertStreamFailed(r, textPrefixOf = null) {
    assert.equal(r.status, 200, 'the stream had started');
    const last = r.events.at(-1);
    assert.equal(last?.type, 'error', `last event is ${JSON.stringify(last)?.slice(0, 300)}`);
    assert.equal(typeof last.error?.type, 'string');
    assert.ok(last.error.message, 'the error says what happened');
    assert.ok(!r.events.some(e => e.type === 'message_stop'), 'no message_stop after a failure');
    assert.ok(!r.events.some(e => e.type === 'message_delta' && e.delta?.stop_reason === 'end_turn'), 'no fake end_turn');
    assert.ok(r.text.length > 0, 'some text had been streamed before the failure');
    if (textPrefixOf !== null) assert.ok(textPrefixOf.startsWith(r.text), 'the partial text is a prefix of the answer');
}

// An HTTP error in Anthropic's shape.
function assertAnthropicError(r, status, type) {
    assert.equal(r.status, status, r.raw.slice(0, 500));
    assert.equal(r.json?.type, 'error', r.raw.slice(0, 500));
    assert.equal(r.json.error.type, type, r.raw.slice(0, 500));
    assert.ok(r.json.error.message, 'the error has a message');
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// Where the events of `reply` start in the body the fake backend sends the proxy, measured on one uncut
// request through the proxy: start(type, n) is the byte offset of the n-th event of that type.
async function uncutStream(bridge, reply) {
    await bridge.fake.setRules([{ match: {}, reply, times: 1 }]);
    assertCleanAnswer(await ask(bridge.url), reply.text);
    const [request] = await bridge.fake.responsesRequests();
    await bridge.fake.reset();
    return {
        start(type, n) {
            const frame = request.sent.frames.filter(([t]) => t === type)[n];
            assert.ok(frame, `no ${type} #${n}`);
            return frame[1];
        },
    };
}

// Polls the fake backend until `predicate(requests)` holds (the proxy aborting upstream is asynchronous).
async function waitForRequests(fake, predicate, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const requests = await fake.responsesRequests();
        if (predicate(requests)) return requests;
        if (Date.now() > deadline) assert.fail(`the backend never saw the expected requests: ${JSON.stringify(requests.map(r => ({ rule: r.rule, completed: r.completed, closedAt: r.closedAt })))}`);
        await sleep(50);
    }
}

describe('upstream faults through codex-bridge', () => {
    let bridge;
    before(async () => { bridge = await startBridge({ extraEnv: TIMEOUT_ENV }); });
    after(async () => { await bridge?.stop(); });
    beforeEach(async () => { await bridge.fake.reset(); });

    test('reset before the response headers, once -> retried, one clean answer', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { beforeHeaders: { mode: 'reset' } }, times: 1 }]);
        assertCleanAnswer(await ask(bridge.url));
        assert.equal((await bridge.fake.responsesRequests()).length, 2);
        await assertNoViolations(bridge.fake);
    });

    test('reset before the response headers, every time -> 502 api_error after the retries', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { beforeHeaders: { mode: 'reset' } } }]);
        const r = await ask(bridge.url);
        assertAnthropicError(r, 502, 'api_error');
        // The first attempt and three retries; Qt's network stack may itself resend a request whose connection
        // closed before it was read, so the backend can see more.
        const attempts = (await bridge.fake.responsesRequests()).length;
        assert.ok(attempts >= 4 && attempts <= 12, `${attempts} attempts`);
        const openAi = await ask(bridge.url, { api: 'openai', stream: false });
        assert.equal(openAi.status, 502);
        assert.equal(typeof openAi.json?.error?.message, 'string', 'OpenAI error shape');
        assert.equal(openAi.json.type, undefined);
    });

    // Resets at byte offsets measured on the uncut stream of the same reply (no reasoning, text in 4 deltas of
    // 5,000 bytes): before the first delta is complete nothing reached the client and the request is retried;
    // after that the client has text and must get an error event, even when only the terminal event was cut.
    const longText = 'abcdefghij'.repeat(2000);
    const longReply = { reasoning: false, text: longText };
    const resetPoints = [
        ['inside response.created', frames => 100, false, ''],
        ['just before the first text delta', frames => frames.start('response.output_text.delta', 0) - 100, false, ''],
        ['inside the first text delta', frames => frames.start('response.output_text.delta', 0) + 2500, false, ''],
        ['inside the second text delta', frames => frames.start('response.output_text.delta', 1) + 2500, true, longText.slice(0, 5000)],
        ['inside response.completed', frames => frames.start('response.completed', 0) + 5000, true, longText],
        ['before the blank line ending response.completed', () => ({ beforeEnd: 1 }), true, longText],
    ];
    for (const [where, offset, outputStarted, expectedText] of resetPoints) {
        test(`reset ${where} -> ${outputStarted ? 'error event, no end_turn' : 'retried, one clean answer'}`, async () => {
            const frames = await uncutStream(bridge, longReply);
            const at = offset(frames);
            const cut = typeof at === 'number' ? { afterBytes: at, mode: 'reset' } : { ...at, mode: 'reset' };
            await bridge.fake.setRules([{ match: {}, reply: { ...longReply, cut }, times: 1 }]);
            const r = await ask(bridge.url);
            if (outputStarted) {
                assertStreamFailed(r, longText);
                assert.equal(r.text, expectedText);
                assert.equal((await bridge.fake.responsesRequests()).length, 1, 'no retry once output started');
            } else {
                assertCleanAnswer(r);
                assert.equal((await bridge.fake.responsesRequests()).length, 2);
            }
            await assertNoViolations(bridge.fake);
        });
    }

    test('a stall longer than the idle timeout after output -> error event, upstream closed', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, text: longText, cut: { afterEvents: 5, mode: 'stall' } }, times: 1 }]);
        const r = await ask(bridge.url);
        assertStreamFailed(r, longText);
        assert.match(r.events.at(-1).error.message, /stall/i);
        // QTimer's default (coarse) timers may fire up to 5 % early.
        assert.ok(r.elapsedMs >= IDLE_TIMEOUT_MS * 0.9 && r.elapsedMs < IDLE_TIMEOUT_MS + 5000, `failed after ${r.elapsedMs} ms`);
        const [request] = await waitForRequests(bridge.fake, rs => rs.length === 1 && rs[0].closedAt !== undefined);
        assert.equal(request.completed, false, 'the proxy gave up on the stalled upstream stream');
    });

    test('a stall before any output -> retried, one clean answer', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { cut: { afterEvents: 2, mode: 'stall' } }, times: 1 }]);
        const r = await ask(bridge.url);
        assertCleanAnswer(r);
        assert.ok(r.elapsedMs >= IDLE_TIMEOUT_MS * 0.9, `answered after ${r.elapsedMs} ms`);
        assert.equal((await bridge.fake.responsesRequests()).length, 2);
    });

    test('no response headers within the connect timeout -> retried, one clean answer', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { beforeHeaders: { mode: 'stall' } }, times: 1 }]);
        const r = await ask(bridge.url, { stream: false });
        assert.equal(r.status, 200, r.raw);
        assert.equal(r.json.content.find(b => b.type === 'text').text, DEFAULT_TEXT);
        assert.ok(r.elapsedMs >= CONNECT_TIMEOUT_MS * 0.9, `answered after ${r.elapsedMs} ms`);
        assert.equal((await bridge.fake.responsesRequests()).length, 2);
    });

    for (const status of [500, 502, 503]) {
        test(`${status} then success -> retried, one clean answer (streaming and not)`, async () => {
            await bridge.fake.setRules([{ match: {}, reply: { status, body: { error: { message: `fake ${status}`, type: 'server_error' } } }, times: 1 }]);
            assertCleanAnswer(await ask(bridge.url));
            await bridge.fake.setRules([{ match: {}, reply: { status, body: { error: { message: `fake ${status}`, type: 'server_error' } } }, times: 2 }]);
            const r = await ask(bridge.url, { stream: false });
            assert.equal(r.status, 200, r.raw);
            assert.deepEqual(r.json.content.filter(b => b.type === 'text').map(b => b.text), [DEFAULT_TEXT]);
            assert.equal(r.json.stop_reason, 'end_turn');
            assert.equal((await bridge.fake.responsesRequests()).length, 5, '1 + 1 retry, then 2 + 1 retry');
            await assertNoViolations(bridge.fake);
        });
    }

    test('response.failed / error events before any output -> a real HTTP status', async () => {
        const cases = [
            // [errorEvent, expected status, expected type, upstream attempts]
            [{ code: 'context_length_exceeded', type: 'invalid_request_error', message: 'Your input exceeds the context window of this model.', events: 'failed' }, 413, 'request_too_large', 1],
            [{ code: 'context_length_exceeded', type: 'invalid_request_error', message: 'Your input exceeds the context window of this model.', events: 'error' }, 413, 'request_too_large', 1],
            [{ code: 'server_is_overloaded', message: 'busy' }, 529, 'overloaded_error', 4],
            [{ code: 'server_error', message: 'boom' }, 500, 'api_error', 4],
        ];
        for (const [errorEvent, status, type, attempts] of cases) {
            await bridge.fake.reset();
            await bridge.fake.setRules([{ match: {}, reply: { errorEvent } }]);
            const r = await ask(bridge.url);
            assertAnthropicError(r, status, type);
            assert.equal((await bridge.fake.responsesRequests()).length, attempts, `${errorEvent.code} attempts`);
        }
    });

    test('a server_error event before output, once -> retried, one clean answer', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { errorEvent: { code: 'server_error', message: 'boom' } }, times: 1 }]);
        assertCleanAnswer(await ask(bridge.url));
        assert.equal((await bridge.fake.responsesRequests()).length, 2);
    });

    for (const events of ['both', 'error', 'failed']) {
        test(`${events === 'both' ? 'error + response.failed' : events === 'error' ? 'an error event alone' : 'response.failed alone'} after text -> error event, no end_turn`, async () => {
            // delayMs: the text reaches the client before the failure arrives.
            await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, text: 'partial answer', delayMs: 20, errorEvent: { code: 'server_error', message: 'the model failed', events } } }]);
            const r = await ask(bridge.url);
            assertStreamFailed(r);
            assert.equal(r.text, 'partial answer');
            assert.match(r.events.at(-1).error.message, /the model failed/);
            assert.equal((await bridge.fake.responsesRequests()).length, 1);
        });
    }

    test('text and a server_error in one network read -> retried unseen, one clean answer without the failed text', async () => {
        // The client has seen nothing of the failed attempt (output goes out once per network read), so the
        // proxy may still retry it.
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, text: 'failed attempt', oneWrite: true, errorEvent: { code: 'server_error', message: 'boom' } }, times: 1 }]);
        const r = await ask(bridge.url);
        assertCleanAnswer(r);
        assert.ok(!r.raw.includes('failed attempt'));
        assert.equal((await bridge.fake.responsesRequests()).length, 2);
    });

    test('a stream that ends without a terminal event -> error event (Anthropic) / no finish_reason stop (OpenAI)', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, text: longText, cut: { afterEvents: 6, mode: 'end' } } }]);
        assertStreamFailed(await ask(bridge.url), longText);
        const openAi = await ask(bridge.url, { api: 'openai' });
        assert.equal(openAi.status, 200);
        const chunks = openAi.events.filter(e => typeof e === 'object');
        assert.ok(chunks.some(c => c.choices?.[0]?.delta?.content), 'text was streamed');
        assert.ok(!chunks.some(c => c.choices?.some(ch => ch.finish_reason === 'stop')), 'no finish_reason stop');
        assert.ok(chunks.some(c => c.error?.message), `an error chunk ends the stream: ${openAi.raw.slice(-500)}`);
        assert.ok(!openAi.raw.includes('data: [DONE]'), 'no [DONE] after a failure');
    });

    // Broken bytes between events. None of them is a valid event, so the answer must come through unchanged.
    const garbage = [
        ['binary garbage without a line end', { base64: Buffer.from([0x00, 0xff, 0xfe, 0x01, 0x80, 0x7f, 0x1b]).toString('base64') }],
        ['binary garbage lines', { base64: Buffer.concat([Buffer.from([0xc3, 0x28, 0x00, 0xff]), Buffer.from('\n\n\r\n')]).toString('base64') }],
        ['a data line that is not JSON', { text: 'data: {this is not json\n\n' }],
        ['a truncated JSON event', { text: 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"x\n\n' }],
        ['JSON that is not an object', { text: 'data: [1,2,3]\n\ndata: "text"\n\ndata: null\n\ndata: 42\n\n' }],
        ['an object without a type', { text: 'data: {"delta":"x"}\n\n' }],
        ['an unknown event type', { text: 'event: response.future_thing\ndata: {"type":"response.future_thing","x":1}\n\n' }],
        ['comments and unknown fields', { text: ': keep-alive\nid: 7\nretry: 10\nfoo: bar\n\n' }],
        ['[DONE] in the middle', { text: 'data: [DONE]\n\n' }],
    ];
    for (const [name, raw] of garbage) {
        test(`${name} in the stream -> skipped, the answer is complete`, async () => {
            // Before the first text delta (index 4 without reasoning) and between deltas.
            await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, inject: [{ ...raw, afterEvents: 4 }, { ...raw, afterEvents: 5 }] } }]);
            assertCleanAnswer(await ask(bridge.url));
            const openAi = await ask(bridge.url, { api: 'openai', stream: false });
            assert.equal(openAi.status, 200, openAi.raw);
            assert.equal(openAi.json.choices[0].message.content, DEFAULT_TEXT);
            assert.equal(openAi.json.choices[0].finish_reason, 'stop');
        });
    }

    test('the terminal event replaced by invalid JSON -> error event, never a clean end', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, text: 'complete text', inject: [{ text: 'event: response.completed\ndata: {"type":"response.completed","response":{\n\n', afterEvents: 9 }], cut: { afterEvents: 9, mode: 'end' } } }]);
        const r = await ask(bridge.url);
        assertStreamFailed(r);
        assert.equal(r.text, 'complete text');
    });

});

describe('a huge upstream event', () => {
    let bridge;
    // The default timeouts: building and sending one 50 MB frame can take longer than the short ones above.
    before(async () => { bridge = await startBridge(); });
    after(async () => { await bridge?.stop(); });

    test('an event line of 50 MB arrives intact, and the proxy keeps serving', async () => {
        const size = 50 * 1024 * 1024;
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, bigDelta: size }, times: 1 }]);
        const r = await ask(bridge.url);
        assert.equal(r.status, 200);
        assert.deepEqual(anthropicStreamProblems(r.events), []);
        assert.equal(r.text.length, size);
        assert.ok(r.text.startsWith('0123456789abcdef0123'));
        assert.equal(r.text.slice(-16), '0123456789abcdef');
        assertCleanAnswer(await ask(bridge.url));
    });
});

describe('upstream unreachable', () => {
    let bridge;
    before(async () => {
        // A port that was just free: nothing listens there, so every connect is refused.
        const closedPort = await new Promise(resolve => {
            const server = net.createServer().listen(0, '127.0.0.1', () => {
                const { port } = server.address();
                server.close(() => resolve(port));
            });
        });
        bridge = await startBridge({ extraEnv: { ...TIMEOUT_ENV, CODEX_BRIDGE_UPSTREAM_URL: `http://127.0.0.1:${closedPort}/backend-api/codex` } });
    });
    after(async () => { await bridge?.stop(); });

    test('connection refused -> 502 in the client\'s format, quickly, and the proxy keeps serving', async () => {
        const r = await ask(bridge.url);
        assertAnthropicError(r, 502, 'api_error');
        assert.match(r.json.error.message, /Could not reach the ChatGPT backend/);
        assert.ok(r.elapsedMs < 10_000, `answered after ${r.elapsedMs} ms`);
        const openAi = await ask(bridge.url, { api: 'openai' });
        assert.equal(openAi.status, 502);
        assert.equal(typeof openAi.json?.error?.message, 'string');
        const health = await fetch(`${bridge.url}/health`);
        assert.equal(health.status, 200);
    });
});

describe('usage limits', () => {
    let bridge;
    before(async () => { bridge = await startBridge({ extraEnv: TIMEOUT_ENV }); });
    after(async () => { await bridge?.stop(); });
    beforeEach(async () => { await bridge.fake.reset(); });

    // The account is exhausted until the reset, so each case waits for it (resets are 2 s).
    const resetsIn = 2;
    const limitBody = extra => ({ error: { type: 'usage_limit_reached', message: 'The usage limit has been reached', plan_type: 'plus', ...extra } });
    const cases = [
        ['resets_in_seconds', () => ({ body: limitBody({ resets_in_seconds: resetsIn }) })],
        ['resets_at', () => ({ body: limitBody({ resets_at: Math.floor(Date.now() / 1000) + resetsIn }) })],
        ['only a retry-after header', () => ({ body: limitBody({}), headers: { 'retry-after': String(resetsIn) } })],
    ];
    for (const [name, reply] of cases) {
        test(`429 usage_limit_reached with ${name} -> 429 rate_limit_error with retry-after, then served after the reset`, async () => {
            await bridge.fake.setRules([{ match: {}, reply: { status: 429, ...reply() }, times: 1 }]);
            const r = await ask(bridge.url);
            assertAnthropicError(r, 429, 'rate_limit_error');
            const retryAfter = Number(r.headers.get('retry-after'));
            assert.ok(retryAfter >= 0 && retryAfter <= resetsIn + 1, `retry-after ${r.headers.get('retry-after')}`);
            assert.match(r.json.error.message, /usage limit/i);
            assert.equal((await bridge.fake.responsesRequests()).length, 1, 'not retried');
            await sleep((resetsIn + 1) * 1000);
            assertCleanAnswer(await ask(bridge.url));
        });
    }
});
