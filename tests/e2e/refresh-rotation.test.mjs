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
import crypto from 'node:crypto';
import { BRIDGE_BIN, REPO_DIR, ensureBridgeBinary, makeJwt, startFakeBackend } from './harness.mjs';

const CLIENT_ID = 'app_EMoamEEZ73f0CkXaXp7hrann';

const FAKE_OAUTH = path.join(REPO_DIR, 'tests/fakes/fake-oauth-server.mjs');

// The fake OAuth server (tests/fakes/fake-oauth-server.mjs): refresh tokens are single-use and rotate like the
// real ones, so a second concurrent refresh would get refresh_token_reused and show up as a failure.
async function startOAuthServer() {
    const child = spawn(process.execPath, [FAKE_OAUTH, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake OAuth server did not start')), 10_000);
        readline.createInterface({ input: child.stdout }).on('line', line => {
            const m = /listening on (http:\/\/\S+)/.exec(line);
            if (m) { clearTimeout(timer); resolve(m[1]); }
        });
        child.on('exit', code => { clearTimeout(timer); reject(new Error(`fake OAuth server exited ${code}`)); });
    });
    const control = async (route, body) => {
        const res = await fetch(`${url}/__control/${route}`, body === undefined ? undefined
            : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal(res.status, 200, `fake OAuth control ${route}`);
        return res.json();
    };
    return {
        url,
        stats: () => control('stats'),
        setConfig: config => control('config', config),
        revoke: body => control('revoke', body),
        // Signs an identity in through the authorize + code exchange flow; returns the issued tokens.
        async mint({ accountId, email }) {
            await control('config', { accountId, email });
            const verifier = crypto.randomBytes(32).toString('base64url');
            const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
            const redirectUri = 'http://localhost:1455/auth/callback';
            const query = new URLSearchParams({
                response_type: 'code', client_id: CLIENT_ID, redirect_uri: redirectUri,
                scope: 'openid profile email offline_access', code_challenge: challenge, code_challenge_method: 'S256',
                id_token_add_organizations: 'true', codex_cli_simplified_flow: 'true',
                state: crypto.randomBytes(16).toString('hex'), originator: 'codex_cli_rs', prompt: 'login',
            }).toString().replace(/\+/g, '%20');
            const authorize = await fetch(`${url}/oauth/authorize?${query}`, { redirect: 'manual' });
            assert.equal(authorize.status, 302, await authorize.text());
            const code = new URL(authorize.headers.get('location')).searchParams.get('code');
            const token = await fetch(`${url}/oauth/token`, {
                method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: CLIENT_ID, code_verifier: verifier }),
            });
            assert.equal(token.status, 200);
            return token.json();
        },
        async stop() {
            const exited = new Promise(resolve => child.on('exit', resolve));
            child.kill('SIGTERM');
            await exited;
        },
    };
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
    await oauth.setConfig({ tokenDelayMs: 100 }); // widens the window in which a second refresh could start
    for (const a of accounts) {
        const minted = await oauth.mint(a);
        const tokens = { id_token: minted.id_token, access_token: minted.access_token, refresh_token: minted.refresh_token, account_id: a.accountId };
        if (a.expired) {
            const now = Math.floor(Date.now() / 1000);
            const claims = JSON.parse(Buffer.from(minted.access_token.split('.')[1], 'base64url'));
            tokens.access_token = makeJwt({ ...claims, iat: now - 7200, exp: now - 60 });
        }
        a.refreshToken = minted.refresh_token;
        const file = path.join(tmpDir, `${a.accountId}.json`);
        fs.writeFileSync(file, JSON.stringify({ OPENAI_API_KEY: null, tokens, last_refresh: new Date().toISOString() }));
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
        url, fake, oauth, env, configDir, accounts,
        output: () => output,
        async stop() {
            const { issued } = await oauth.stats();
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
            for (const s of [...issued.accessTokens, ...issued.refreshTokens, ...issued.idTokens])
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
        const stats = await rig.oauth.stats();
        assert.equal(stats.refreshes, 1, 'exactly one refresh request');
        assert.deepEqual(stats.violations, []);
        const refreshed = stats.issued.accessTokens.at(-1);
        const requests = await rig.fake.responsesRequests();
        assert.equal(requests.length, 50);
        for (const r of requests) assert.equal(r.headers.authorization, `Bearer ${refreshed}`);
        assert.deepEqual(await rig.fake.violations(), []);
        // The rotated refresh token replaced the spent one in the secret store
        // (FileSecretStore: {"secrets":{"<key>":"<base64>"}}).
        const stored = JSON.parse(fs.readFileSync(path.join(rig.configDir, 'secrets.json'), 'utf8')).secrets;
        const secrets = Object.values(stored).map(v => Buffer.from(v, 'base64').toString('utf8')).join('\n');
        assert.ok(secrets.includes(stats.issued.refreshTokens.at(-1)), 'the rotated refresh token is stored');
        assert.ok(!secrets.includes(rig.accounts[0].refreshToken), 'the spent refresh token is gone');
    } finally {
        await rig.stop();
    }
});

test('refresh_token_reused marks the account sign-in-needed, answers 401 and is not retried', async () => {
    const rig = await startRig({ accounts: [{ accountId: 'acc-a', email: 'a@example.com', expired: true }] });
    try {
        await rig.oauth.revoke({ error: 'refresh_token_reused' });
        const replies = await Promise.all(Array.from({ length: 5 }, () => message(rig.url)));
        for (const r of replies) {
            assert.equal(r.status, 401);
            const body = await r.json();
            assert.equal(body.error.type, 'authentication_error');
            assert.match(body.error.message, /sign in again/);
            assert.match(body.error.message, /codex-bridge accounts add/);
        }
        assert.equal((await rig.oauth.stats()).refreshes, 1);
        // Later requests fail at once: no token call, no backend call, no retry loop.
        const again = await message(rig.url);
        assert.equal(again.status, 401);
        await new Promise(r => setTimeout(r, 500));
        assert.equal((await rig.oauth.stats()).refreshes, 1);
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
        assert.equal((await rig.oauth.stats()).refreshes, 0);
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
