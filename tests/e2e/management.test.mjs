// Account management over HTTP with the real binary and the fake backend: quota visible after a request (from
// the x-codex-* reply headers), usage counted and still there after a restart of serve, switching the active
// account, `accounts quota` on the command line, and that only the management key opens these routes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { BRIDGE_BIN, ACCOUNT_ID, ensureBridgeBinary, startFakeBackend, makeCodexAuth, assertNoViolations } from './harness.mjs';

const EMAIL_A = 'e2e@example.com';
const EMAIL_B = 'second@example.com';

let fake, tmpDir, configDir, env, authA, authB, serve, key;
let output = '';

function run(args) {
    return new Promise((resolve, reject) => {
        const child = spawn(BRIDGE_BIN, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        child.on('error', reject);
        child.on('exit', code => { output += stdout + stderr; resolve({ code, stdout, stderr }); });
    });
}

function startServe() {
    const child = spawn(BRIDGE_BIN, ['serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', d => { output += d; });
    child.stderr.on('data', d => { output += d; });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start:\n${output.slice(-3000)}`)); }, 20_000);
        readline.createInterface({ input: child.stdout }).on('line', line => {
            const m = /listening on (http:\/\/\S+)/.exec(line);
            if (m) { clearTimeout(timer); resolve({ child, url: m[1].replace(/\/$/, '') }); }
        });
        child.on('exit', code => { clearTimeout(timer); reject(new Error(`serve exited ${code}:\n${output.slice(-3000)}`)); });
    });
}

async function stopServe() {
    const { child } = serve;
    const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const { code, signal } = await exited;
    clearTimeout(timer);
    assert.equal(signal, null, `serve was killed by ${signal}`);
    assert.equal(code, 0, `serve exited ${code}\n${output.slice(-3000)}`);
    serve = null;
}

function assertNoSecrets(text) {
    for (const auth of [authA, authB])
        for (const secret of [auth.tokens.access_token, auth.tokens.id_token, auth.tokens.refresh_token])
            assert.ok(!text.includes(secret), `a token appears in: ${text.slice(0, 300)}`);
}

async function manage(method, route, { body, headers = {} } = {}) {
    const res = await fetch(`${serve.url}${route}`, {
        method,
        headers: { 'x-codex-bridge-key': key, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    assertNoSecrets(text);
    return { status: res.status, json: JSON.parse(text) };
}

before(async () => {
    ensureBridgeBinary();
    fake = await startFakeBackend();
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-mgmt-'));
    configDir = path.join(tmpDir, 'config');
    const home = path.join(tmpDir, 'home');
    fs.mkdirSync(configDir, { recursive: true });
    fs.mkdirSync(home, { recursive: true });
    env = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        CODEX_BRIDGE_CONFIG_DIR: configDir,
        CODEX_BRIDGE_SECRET_STORE: 'file',
        CODEX_BRIDGE_UPSTREAM_URL: fake.codexBase,
        QT_LOGGING_RULES: 'codexbridge.*.debug=true',
    };
    authA = makeCodexAuth({ accountId: ACCOUNT_ID, email: EMAIL_A, plan: 'plus' });
    authB = makeCodexAuth({ accountId: 'acc-second', email: EMAIL_B, plan: 'pro' });
    for (const [name, auth] of [['a.json', authA], ['b.json', authB]]) {
        fs.writeFileSync(path.join(tmpDir, name), JSON.stringify(auth));
        const imported = await run(['accounts', 'import', path.join(tmpDir, name)]);
        assert.equal(imported.code, 0, imported.stderr);
    }
    await fake.setConfig({ expectAccessToken: authA.tokens.access_token, expectAccountId: ACCOUNT_ID,
        quota: { planType: 'plus', primaryUsedPercent: 5, secondaryUsedPercent: 1 } });
    serve = await startServe();
    key = fs.readFileSync(path.join(configDir, 'management.key'), 'utf8').trim();
});

after(async () => {
    if (serve) serve.child.kill('SIGKILL');
    if (fake) await fake.stop();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

test('the management key file is private and the routes refuse requests without it', async () => {
    const mode = fs.statSync(path.join(configDir, 'management.key')).mode & 0o777;
    assert.equal(mode, 0o600);
    assert.ok(Buffer.from(key, 'base64url').length === 32);
    assert.equal((await manage('GET', '/accounts', { headers: { 'x-codex-bridge-key': '' } })).status, 403);
    assert.equal((await manage('GET', '/accounts', { headers: { 'x-codex-bridge-key': 'nope' } })).status, 403);
    const foreign = await manage('POST', '/accounts/switch', { body: { email: EMAIL_B },
        headers: { 'x-codex-bridge-key': '', origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' } });
    assert.equal(foreign.status, 403);
    const dashboard = await manage('GET', '/accounts', { headers: { 'x-codex-bridge-key': '', origin: serve.url, 'sec-fetch-site': 'same-origin' } });
    assert.equal(dashboard.status, 200);
    const list = await manage('GET', '/accounts');
    assert.equal(list.status, 200);
    assert.equal(list.json.total, 2);
    assert.equal(list.json.active, EMAIL_A);
    assert.deepEqual(list.json.accounts.map(a => a.email), [EMAIL_A, EMAIL_B]);
});

test('quota from the reply headers is visible after a request, usage is counted', async () => {
    // The background poll already ran at start with 5 %; a different value can only come from the headers.
    await fake.setConfig({ quota: { primaryUsedPercent: 42.5, secondaryUsedPercent: 7, primaryResetAfter: 3600 } });
    const res = await fetch(`${serve.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const message = await res.json();
    await assertNoViolations(fake);

    const quota = await manage('GET', '/accounts/quota');
    assert.equal(quota.status, 200);
    assert.equal(quota.json.email, EMAIL_A);
    assert.equal(quota.json.quota.plan_type, 'plus');
    assert.equal(quota.json.quota.five_hour.used_percent, 42.5);
    assert.equal(quota.json.quota.five_hour.window_minutes, 300);
    assert.equal(quota.json.quota.weekly.used_percent, 7);
    const resetIn = quota.json.quota.five_hour.resets_in_seconds;
    assert.ok(resetIn > 3500 && resetIn <= 3600, `resets_in_seconds ${resetIn}`);

    const usage = await manage('GET', '/accounts/usage');
    assert.equal(usage.status, 200);
    assert.equal(usage.json.total.requests, 1);
    assert.equal(usage.json.byAccount[EMAIL_A].requests, 1);
    assert.equal(usage.json.byAccount[EMAIL_A].outputTokens, message.usage.output_tokens);
    assert.ok(usage.json.total.inputTokens > 0);
    assert.equal(usage.json.days[0].clientModel, 'claude-sonnet-4-5');
    assert.equal(usage.json.days[0].date, new Date().toISOString().slice(0, 10));
});

test('usage survives a restart of serve', async () => {
    await stopServe();
    const saved = JSON.parse(fs.readFileSync(path.join(configDir, 'usage.json'), 'utf8'));
    assert.equal(Object.values(saved.days).flat().reduce((n, row) => n + row.requests, 0), 1);
    serve = await startServe();
    const usage = await manage('GET', '/accounts/usage');
    assert.equal(usage.json.total.requests, 1);
    assert.equal(usage.json.byAccount[EMAIL_A].requests, 1);
});

test('accounts quota on the command line, without the server', async () => {
    await fake.setConfig({ expectAccessToken: null, expectAccountId: null,
        quota: { planType: 'pro', primaryUsedPercent: 61.5, secondaryUsedPercent: 12 } });
    const result = await run(['accounts', 'quota']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, new RegExp(`\\* ${EMAIL_A}`));
    assert.match(result.stdout, new RegExp(`  ${EMAIL_B}`));
    assert.match(result.stdout, /5-hour: +61\.5 % used, resets/);
    assert.match(result.stdout, /weekly: +12\.0 % used, resets/);
    assertNoSecrets(result.stdout + result.stderr);
});

test('switch via HTTP changes the active account', async () => {
    assert.equal((await manage('POST', '/accounts/switch', { body: { email: 'nobody@example.com' } })).status, 404);
    const switched = await manage('POST', '/accounts/switch', { body: { email: EMAIL_B } });
    assert.equal(switched.status, 200);
    assert.equal(switched.json.success, true);
    const health = await (await fetch(`${serve.url}/health`)).json();
    assert.equal(health.activeAccount, EMAIL_B);
    assert.equal((await manage('GET', '/accounts')).json.active, EMAIL_B);
    // Kept across a restart.
    await stopServe();
    serve = await startServe();
    assert.equal((await manage('GET', '/accounts/status')).json.active, EMAIL_B);
    await stopServe();
    assertNoSecrets(output);
});
