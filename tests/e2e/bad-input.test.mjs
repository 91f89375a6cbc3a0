// Hostile and broken input straight over HTTP / TCP: every reply is an error in the caller's API format, the
// proxy never forwards such requests upstream, and it keeps serving afterwards.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import crypto from 'node:crypto';
import { startBridge, assertNoViolations } from './harness.mjs';

let bridge;
let port;

// One HTTP request with full control over headers (Host, Origin); resolves {status, headers, text, json}.
function request({ method = 'POST', path, headers = {}, body }) {
    return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers } }, res => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', d => { text += d; });
            res.on('end', () => {
                let json;
                try { json = JSON.parse(text); } catch { /* not JSON */ }
                resolve({ status: res.statusCode, headers: res.headers, text, json });
            });
        });
        req.on('error', reject);
        if (body !== undefined) req.write(body);
        req.end();
    });
}

const postJson = (path, body, headers = {}) =>
    request({ path, headers: { 'content-type': 'application/json', 'x-api-key': 'dummy', 'anthropic-version': '2023-06-01', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

// Writes raw bytes on a TCP connection and collects whatever comes back until the server closes (or timeout).
function rawExchange(chunks, { timeoutMs = 15_000 } = {}) {
    return new Promise(resolve => {
        const socket = net.connect(port, '127.0.0.1');
        let received = '';
        let writeError = null;
        const finish = () => { clearTimeout(timer); socket.destroy(); resolve({ received, writeError }); };
        const timer = setTimeout(finish, timeoutMs);
        socket.on('data', d => {
            received += d.toString('latin1');
            // Once a complete response head and its declared body arrived there is nothing more to wait for.
            const head = received.indexOf('\r\n\r\n');
            const length = /content-length:\s*(\d+)/i.exec(received);
            if (head >= 0 && length && received.length >= head + 4 + Number(length[1])) finish();
        });
        socket.on('error', e => { writeError = e; });
        socket.on('close', finish);
        socket.on('connect', async () => {
            for (const chunk of chunks) {
                if (socket.destroyed || received) break;
                if (!socket.write(chunk)) await new Promise(r => { socket.once('drain', r); socket.once('close', r); });
            }
        });
    });
}

const statusOf = raw => Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1]);
const bodyOf = raw => raw.slice(raw.indexOf('\r\n\r\n') + 4);

function assertAnthropicError(res, status, type = 'invalid_request_error') {
    assert.equal(res.status, status, res.text);
    assert.match(res.headers['content-type'] ?? '', /application\/json/);
    assert.equal(res.json?.type, 'error', res.text);
    assert.equal(res.json.error?.type, type, res.text);
    assert.equal(typeof res.json.error.message, 'string');
    assert.ok(res.json.error.message.length > 0);
}

function assertOpenAiError(res, status) {
    assert.equal(res.status, status, res.text);
    assert.match(res.headers['content-type'] ?? '', /application\/json/);
    assert.equal(typeof res.json?.error, 'object', res.text);
    assert.equal(typeof res.json.error.message, 'string');
    assert.ok(res.json.error.message.length > 0);
    assert.equal(res.json.type, undefined, 'not the Anthropic shape');
}

describe('bad input', () => {
    before(async () => {
        bridge = await startBridge();
        port = Number(new URL(bridge.url).port);
    });
    after(async () => { await bridge?.stop(); });

    const anthropicCases = [
        ['malformed JSON', '{"model": "claude-sonnet-5-5", "messages": [', 400],
        ['JSON that is not an object', '[1,2,3]', 400],
        ['empty body', '', 400],
        ['wrong types', { model: 42, max_tokens: 'many', messages: 'hello' }, 400],
        ['empty messages', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [] }, 400],
        ['unknown role', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'robot', content: 'hi' }] }, 400],
        ['content of the wrong type', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 17 }] }, 400],
        ['image with bad base64 source', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png' } }] }] }, 400],
    ];
    for (const [name, body, status] of anthropicCases) {
        test(`/v1/messages: ${name} -> ${status} in Anthropic shape`, async () => {
            assertAnthropicError(await postJson('/v1/messages', body), status);
            assertAnthropicError(await postJson('/v1/messages?beta=true', body), status);
        });
    }

    test('/v1/messages/count_tokens: malformed JSON -> 400 in Anthropic shape', async () => {
        assertAnthropicError(await postJson('/v1/messages/count_tokens', '{"messages":'), 400);
        assertAnthropicError(await postJson('/v1/messages/count_tokens', { model: 'claude-sonnet-5-5', messages: 'x' }), 400);
    });

    const openAiCases = [
        ['malformed JSON', '{"model": "gpt-5.5", "messages": [', 400],
        ['wrong types', { model: ['gpt'], messages: { role: 'user' } }, 400],
        ['empty messages', { model: 'gpt-5.5', messages: [] }, 400],
        ['message without role', { model: 'gpt-5.5', messages: [{ content: 'hi' }] }, 400],
    ];
    for (const [name, body, status] of openAiCases) {
        test(`/v1/chat/completions: ${name} -> ${status} in OpenAI shape`, async () => {
            assertOpenAiError(await postJson('/v1/chat/completions', body, { authorization: 'Bearer x' }), status);
        });
    }

    test('a 40 MB body -> 413 (Content-Length and chunked)', async () => {
        const size = 40 * 1024 * 1024;
        const piece = Buffer.alloc(1024 * 1024, 'a');
        const head = `POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nx-api-key: dummy\r\nContent-Length: ${size}\r\n\r\n`;
        const prefix = '{"model":"claude-sonnet-5-5","max_tokens":10,"messages":[{"role":"user","content":"';
        const chunks = [head, prefix, ...Array.from({ length: 40 }, () => piece)];
        const fixed = await rawExchange(chunks);
        assert.equal(statusOf(fixed.received), 413, `got: ${fixed.received.slice(0, 300)}`);
        const body = JSON.parse(bodyOf(fixed.received));
        assert.equal(body.type, 'error');
        assert.equal(body.error.type, 'request_too_large');

        const chunkedHead = `POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
        const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
        const streamed = await rawExchange([chunkedHead, ...Array.from({ length: 40 }, () => chunk), '0\r\n\r\n']);
        assert.equal(statusOf(streamed.received), 413, `got: ${streamed.received.slice(0, 300)}`);
    });

    test('an oversized Content-Length with Expect: 100-continue -> 413 before any body byte', async () => {
        const head = `POST /v1/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${40 * 1024 * 1024}\r\n\r\n`;
        const res = await rawExchange([head], { timeoutMs: 5_000 });
        assert.equal(statusOf(res.received), 413, `expected 413 within 5 s, got: ${JSON.stringify(res.received.slice(0, 200)) || 'nothing'}`);
    });

    // Each of these is complete (ends with an empty line), so the server has all it needs to answer at once.
    const garbage = [
        ['random bytes', Buffer.concat([crypto.randomBytes(512).map(b => (b === 13 || b === 10 ? 0x41 : b)), Buffer.from('\r\n\r\n')]), [400]],
        ['a request line without method/target/version', Buffer.from('hello world\r\n\r\n'), [400]],
        ['a malformed header line', Buffer.from('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n'), [400]],
        ['an unknown HTTP version', Buffer.from('GET /health HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n'), [400, 505]],
        ['a TLS ClientHello', Buffer.from('16030100a5010000a10303' + '00'.repeat(32) + '0000020035010000760000000e000c0000096c6f63616c686f7374', 'hex'), [400]],
    ];
    for (const [name, bytes, statuses] of garbage) {
        test(`garbage on a raw socket: ${name} -> ${statuses.join(' or ')}`, async () => {
            const res = await rawExchange([bytes], { timeoutMs: 5_000 });
            assert.ok(statuses.includes(statusOf(res.received)),
                `expected ${statuses.join('/')} within 5 s, got: ${JSON.stringify(res.received.slice(0, 200)) || 'nothing'}`);
        });
    }

    test('a cross-site Origin -> 403', async () => {
        const body = { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] };
        assertAnthropicError(await postJson('/v1/messages', body, { origin: 'https://evil.example' }), 403, 'permission_error');
        const openAi = await postJson('/v1/chat/completions', { model: 'gpt-5.5', messages: [{ role: 'user', content: 'hi' }] }, { origin: 'https://evil.example' });
        assert.equal(openAi.status, 403);
        const preflight = await request({ method: 'OPTIONS', path: '/v1/messages', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
        assert.ok(!preflight.headers['access-control-allow-origin'], 'no CORS grant for a foreign origin');
    });

    test('a foreign Host header (DNS rebinding) -> 403', async () => {
        const res = await postJson('/v1/messages', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }, { host: 'evil.example' });
        assert.equal(res.status, 403, res.text);
        const health = await request({ method: 'GET', path: '/health', headers: { host: `evil.example:${port}` } });
        assert.equal(health.status, 403);
    });

    test('unknown route -> 404 JSON', async () => {
        for (const [method, path] of [['GET', '/nope'], ['POST', '/v1/nope'], ['GET', '/v1/messages/../../etc/passwd']]) {
            const res = await request({ method, path, headers: { 'x-api-key': 'dummy' } });
            assert.equal(res.status, 404, `${method} ${path}: ${res.text}`);
            assert.ok(res.json && typeof res.json === 'object', `${method} ${path} answers JSON: ${res.text}`);
        }
    });

    test('nothing reached upstream, and /health still answers 200', async () => {
        const health = await request({ method: 'GET', path: '/health' });
        assert.equal(health.status, 200, health.text);
        assert.deepEqual(await bridge.fake.responsesRequests(), [], 'no bad request was forwarded');
        await assertNoViolations(bridge.fake);
        // And a good request still works after all of the above.
        const ok = await postJson('/v1/messages', { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(ok.status, 200, ok.text);
        assert.ok(ok.json.content.some(b => b.type === 'text' && b.text === 'Hello from fake codex'));
        await assertNoViolations(bridge.fake);
    });
});
