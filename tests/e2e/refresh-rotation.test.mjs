// Token refresh and account rotation through the real binary: `codex-bridge serve` + the fake Codex backend + a
// fake OAuth token endpoint (CODEX_BRIDGE_AUTH_URL). Single-flight refresh under 50 concurrent requests, a
// refresh_token_reused answer marking the account, and a usage-limited account handing the same request to the
// next one (sticky rotation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { BRIDGE_BIN, ensureBridgeBinary, makeCodexAuth, makeJwt, startFakeBackend } from './harness.mjs';

// A loopback OAuth token endpoint with single-use, rotating refresh tokens like the real one: presenting a spent
// refresh token gets `refresh_token_reused`, so a second concurrent refresh would show up as a failure.
function startOAuthServer() {
    const state = { tokenCalls: 0, valid: new Set(), forceError: null, issued: [] };
    const server = http.createServer((req, res) => {
        let text = '';
        req.on('data', d => { text += d; });
        req.on('end', () => {
            if (req.method !== 'POST' || req.url !== '/oauth/token') {
                res.writeHead(404).end();
                return;
            }
            state.tokenCalls++;
            let body = {};
            try { body = JSON.parse(text); } catch { body = Object.fromEntries(new URLSearchParams(text)); }
            const send = (status, json) => {
                // A little latency widens the window in which concurrent requests could start a second refresh.
                setTimeout(() => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(json)); }, 100);
            };
            const error = code => send(401, { error: { message: `fake: ${code}`, type: 'invalid_request_error', param: null, code } });
            if (body.grant_type !== 'refresh_token' || body.client_id !== 'app_EMoamEEZ73f0CkXaXp7hrann')
                return send(400, { error: { message: 'bad grant or client', code: 'invalid_request' } });
            if (state.forceError) return error(state.forceError);
            if (!state.valid.has(body.refresh_token)) return error('refresh_token_reused');
            state.valid.delete(body.refresh_token);
            const n = state.tokenCalls;
            const now = Math.floor(Date.now() / 1000);
            const accessToken = makeJwt({ exp: now + 3600, iat: now, n });
            const refreshToken = `rt_rotated_${n}`;
            state.valid.add(refreshToken);
            state.issued.push(accessToken);
            send(200, { access_token: accessToken, refresh_token: refreshToken, id_token: makeJwt({ exp: now + 3600 }), expires_in: 3600 });
        });
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
        resolve({ url: `http://127.0.0.1:${server.address().port}`, state, stop: () => new Promise(r => { server.closeAllConnections(); server.close(r); }) });
    }));
}

function run(args, env) {
    return new Promise((resolve, reject) => {
        const child = spawn(BRIDGE_BIN, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', d => { out += d; });
        child.stderr.on('data', d => { out += d; });
        child.on('error', reject);
        child.on('exit', code => resolve({ code, out }));
    });
}

// accounts: [{accountId, email, expired}]; the first one becomes the active account.
async function startRig({ accounts, rotation }) {
    ensureBridgeBinary();
    const fake = await startFakeBackend();
    const oauth = await startOAuthServer();
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-rotation-'));
    const configDir = path.join(tmpDir, 'config');
    const home = path.join(tmpDir, 'home');
    fs.mkdirSync(configDir, { recursive: true });
    fs.mkdirSync(home, { recursive: true });
    if (rotation) fs.writeFileSync(path.join(configDir, 'settings.json'), JSON.stringify({ rotation }));
    const env = {
        ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
        CODEX_BRIDGE_CONFIG_DIR: configDir, CODEX_BRIDGE_SECRET_STORE: 'file',
        CODEX_BRIDGE_UPSTREAM_URL: fake.codexBase, CODEX_BRIDGE_AUTH_URL: oauth.url,
        QT_LOGGING_RULES: 'codexbridge.*.debug=true',
    };
    const secrets = [];
    for (const a of accounts) {
        const auth = makeCodexAuth({ accountId: a.accountId, email: a.email });
        if (a.expired) {
            const now = Math.floor(Date.now() / 1000);
            const claims = JSON.parse(Buffer.from(auth.tokens.access_token.split('.')[1], 'base64url'));
            auth.tokens.access_token = makeJwt({ ...claims, iat: now - 7200, exp: now - 60 });
        }
        auth.tokens.refresh_token = `rt_${a.accountId}`;
        oauth.state.valid.add(auth.tokens.refresh_token);
        secrets.push(auth.tokens.access_token, auth.tokens.refresh_token);
        const file = path.join(tmpDir, `${a.accountId}.json`);
        fs.writeFileSync(file, JSON.stringify(auth));
        const imported = await run(['accounts', 'import', file], env);
        assert.equal(imported.code, 0, `accounts import failed:\n${imported.out}`);
    }
    const child = spawn(BRIDGE_BIN, ['serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', d => { output += d; });
    const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
        readline.createInterface({ input: child.stdout }).on('line', line => {
            output += line + '\n';
            const m = /listening on (http:\/\/\S+)/.exec(line);
            if (m) { clearTimeout(timer); resolve(m[1].replace(/\/$/, '')); }
        });
        child.on('exit', code => { clearTimeout(timer); reject(new Error(`serve exited ${code}:\n${output}`)); });
    });
    return {
        url, fake, oauth, env, configDir,
        output: () => output,
        async stop() {
            const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            const { code, signal } = await exited;
            clearTimeout(timer);
            await fake.stop();
            await oauth.stop();
            fs.rmSync(tmpDir, { recursive: true, force: true });
            assert.equal(signal, null, `serve was killed by ${signal}`);
            assert.equal(code, 0, `serve exited ${code}\n${output.slice(-3000)}`);
            for (const s of [...secrets, ...oauth.state.issued])
                assert.ok(!output.includes(s), 'a token appeared in the proxy output');
        },
    };
}

function message(url, { session, stream = false, text = 'hi' } = {}) {
    const body = {
        model: 'claude-sonnet-4-5', max_tokens: 100, stream,
        messages: [{ role: 'user', content: text }],
    };
    if (session) body.metadata = { user_id: JSON.stringify({ device_id: 'dev', session_id: session }) };
    return fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
        body: JSON.stringify(body),
    });
}

const usageLimit = (accountId, resetsInSeconds) => ({
    match: { accountId },
    reply: { status: 429, body: { error: { type: 'usage_limit_reached', message: 'The usage limit has been reached', resets_in_seconds: resetsInSeconds } } },
});

test('50 concurrent requests with an expired access token cause exactly one refresh', async () => {
    const rig = await startRig({ accounts: [{ accountId: 'acc-a', email: 'a@example.com', expired: true }] });
    try {
        const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => message(rig.url, { stream: i % 2 === 0 })));
        const bodies = await Promise.all(replies.map(r => r.text()));
        replies.forEach((r, i) => assert.equal(r.status, 200, `request ${i}: ${bodies[i]}`));
        assert.equal(rig.oauth.state.tokenCalls, 1, 'exactly one token request');
        const requests = await rig.fake.responsesRequests();
        assert.equal(requests.length, 50);
        for (const r of requests) assert.equal(r.headers.authorization, `Bearer ${rig.oauth.state.issued[0]}`);
        assert.deepEqual(await rig.fake.violations(), []);
        // The rotated refresh token replaced the spent one in the secret store.
        // (FileSecretStore: {"secrets":{"<key>":"<base64>"}})
        const stored = JSON.parse(fs.readFileSync(path.join(rig.configDir, 'secrets.json'), 'utf8')).secrets;
        const secrets = Object.values(stored).map(v => Buffer.from(v, 'base64').toString('utf8')).join('\n');
        assert.ok(secrets.includes('rt_rotated_1'), 'the rotated refresh token is stored');
        assert.ok(!secrets.includes('rt_acc-a'), 'the spent refresh token is gone');
    } finally {
        await rig.stop();
    }
});

test('refresh_token_reused marks the account sign-in-needed, answers 401 and is not retried', async () => {
    const rig = await startRig({ accounts: [{ accountId: 'acc-a', email: 'a@example.com', expired: true }] });
    try {
        rig.oauth.state.forceError = 'refresh_token_reused';
        const replies = await Promise.all(Array.from({ length: 5 }, () => message(rig.url)));
        for (const r of replies) {
            assert.equal(r.status, 401);
            const body = await r.json();
            assert.equal(body.error.type, 'authentication_error');
            assert.match(body.error.message, /sign in again/);
            assert.match(body.error.message, /codex-bridge accounts add/);
        }
        assert.equal(rig.oauth.state.tokenCalls, 1);
        // Later requests fail at once: no token call, no backend call, no retry loop.
        const again = await message(rig.url);
        assert.equal(again.status, 401);
        await new Promise(r => setTimeout(r, 500));
        assert.equal(rig.oauth.state.tokenCalls, 1);
        assert.equal((await rig.fake.responsesRequests()).length, 0);
        const list = await run(['accounts', 'list'], rig.env);
        assert.equal(list.code, 0, list.out);
        assert.match(list.out, /a@example\.com.*sign.?in.?needed/i);
    } finally {
        await rig.stop();
    }
});

test('sticky rotation: a usage-limited account hands the same request to the next one and is skipped until reset', async () => {
    const rig = await startRig({
        accounts: [{ accountId: 'acc-a', email: 'a@example.com' }, { accountId: 'acc-b', email: 'b@example.com' }],
        rotation: 'sticky',
    });
    try {
        await rig.fake.setRules([usageLimit('acc-a', 3600)]);
        for (const stream of [false, true]) {
            const session = stream ? '66666666-6666-4666-8666-666666666666' : '77777777-7777-4777-8777-777777777777';
            const r = await message(rig.url, { session, stream });
            const text = await r.text();
            assert.equal(r.status, 200, text);
            assert.match(text, stream ? /event: message_stop/ : /Hello from fake codex/);
            assert.doesNotMatch(text, /event: error/);
        }
        const accountsUsed = (await rig.fake.responsesRequests()).map(r => r.headers['chatgpt-account-id']);
        // Only the first request tried A; afterwards A is skipped until its reset.
        assert.deepEqual(accountsUsed, ['acc-a', 'acc-b', 'acc-b']);
        assert.equal(rig.oauth.state.tokenCalls, 0);
        assert.deepEqual(await rig.fake.violations(), []);

        // Both exhausted: 429 saying when the first resets, with retry-after.
        await rig.fake.setRules([usageLimit('acc-b', 900)]);
        const limited = await message(rig.url, { session: '88888888-8888-4888-8888-888888888888' });
        assert.equal(limited.status, 429);
        const retryAfter = Number(limited.headers.get('retry-after'));
        assert.ok(retryAfter > 850 && retryAfter <= 900, `retry-after ${retryAfter}`);
        const body = await limited.json();
        assert.equal(body.error.type, 'rate_limit_error');
        assert.match(body.error.message, /resets at/);
    } finally {
        await rig.stop();
    }
});
