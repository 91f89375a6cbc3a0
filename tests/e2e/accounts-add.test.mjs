// `codex-bridge accounts add [--no-browser]` end to end against tests/fakes/fake-oauth-server.mjs, with a
// scripted "browser" (plain HTTP requests that follow the authorize URL and hit the callback).
// Needs the codex-bridge binary, not node_modules.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_DIR, BRIDGE_BIN, ensureBridgeBinary } from './harness.mjs';

const FAKE_OAUTH = path.join(REPO_DIR, 'tests/fakes/fake-oauth-server.mjs');
const children = new Set();
process.on('exit', () => { for (const child of children) child.kill('SIGKILL'); });

let fake; // {url, control(route, body?), child}

async function startFakeOAuth() {
    const child = spawn(process.execPath, [FAKE_OAUTH, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.add(child);
    const url = await new Promise((resolve, reject) => {
        const lines = readline.createInterface({ input: child.stdout });
        lines.on('line', line => { const m = /listening on (http:\/\/\S+)/.exec(line); if (m) resolve(m[1]); });
        child.on('exit', code => reject(new Error(`fake OAuth server exited with ${code}`)));
    });
    const control = async (route, body) => {
        const res = await fetch(`${url}/__control/${route}`, body === undefined ? undefined
            : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal(res.status, 200, `control ${route}`);
        return res.json();
    };
    return { url, control, child };
}

// Runs `codex-bridge accounts add` and collects its output; `authorizeUrl` resolves with the printed URL.
function runAdd({ args = [], env = {}, configDir }) {
    const child = spawn(BRIDGE_BIN, ['accounts', 'add', ...args], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
            ...process.env,
            CODEX_BRIDGE_AUTH_URL: fake.url,
            CODEX_BRIDGE_CONFIG_DIR: configDir,
            CODEX_BRIDGE_SECRET_STORE: 'file',
            CODEX_BRIDGE_BROWSER: 'none', // the test is the browser: it follows the printed URL
            CODEX_BRIDGE_OAUTH_CALLBACK_PORT: '0',
            ...env,
        },
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    const authorizeUrl = new Promise((resolve, reject) => {
        child.stdout.on('data', d => {
            stdout += d;
            const m = /(http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?\S+)/.exec(stdout);
            if (m) resolve(m[1]);
        });
        child.on('exit', () => reject(new Error(`no authorize URL printed; stdout:\n${stdout}\nstderr:\n${stderr}`)));
    });
    authorizeUrl.catch(() => {});
    const exited = new Promise(resolve => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            children.delete(child);
            resolve({ code, signal, stdout, stderr });
        });
    });
    return { child, authorizeUrl, exited };
}

// The "browser" part 1: the authorize page redirects (302) to the callback.
async function authorize(url) {
    const res = await fetch(url, { redirect: 'manual' });
    assert.equal(res.status, 302, `authorize answered ${res.status}: ${await res.text()}`);
    return new URL(res.headers.get('location'));
}

// The "browser" part 2: load the callback page. Browsers try 127.0.0.1 for localhost; so do we, explicitly.
async function loadCallback(location) {
    const url = new URL(location);
    assert.equal(url.hostname, 'localhost');
    url.hostname = '127.0.0.1';
    const res = await fetch(url);
    return { status: res.status, html: await res.text() };
}

function tempConfigDir() {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-add-'));
}

async function assertStored(configDir, { email, accountId, planType }) {
    const metadata = fs.readFileSync(path.join(configDir, 'accounts.json'), 'utf8');
    const accounts = JSON.parse(metadata).accounts;
    const entry = accounts.find(a => a.accountId === accountId);
    assert.ok(entry, `account ${accountId} stored: ${metadata}`);
    assert.equal(entry.email, email);
    assert.equal(entry.planType, planType);
    // No token issued by the fake may appear in accounts.json (nor any other file except the 0600 secret file).
    const { issued } = await fake.control('stats');
    const tokens = [...issued.accessTokens, ...issued.refreshTokens, ...issued.idTokens];
    assert.ok(tokens.length >= 3);
    for (const token of tokens) assert.ok(!metadata.includes(token), 'a token leaked into accounts.json');
    for (const name of fs.readdirSync(configDir)) {
        const file = path.join(configDir, name);
        if (name === 'secrets.json') {
            if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o077, 0, 'secret file is private');
            continue;
        }
        const content = fs.readFileSync(file, 'utf8');
        for (const token of tokens) assert.ok(!content.includes(token), `a token leaked into ${name}`);
    }
    return accounts;
}

describe('codex-bridge accounts add', () => {
    before(async () => {
        ensureBridgeBinary();
        fake = await startFakeOAuth();
    });
    after(() => fake?.child.kill());
    beforeEach(() => fake.control('reset', {}));

    test('browser flow: the authorize URL is complete and the callback signs in', async () => {
        const configDir = tempConfigDir();
        const run = runAdd({ configDir });
        const url = new URL(await run.authorizeUrl);
        const p = url.searchParams;
        assert.equal(p.get('response_type'), 'code');
        assert.equal(p.get('client_id'), 'app_EMoamEEZ73f0CkXaXp7hrann');
        assert.match(p.get('redirect_uri'), /^http:\/\/localhost:\d+\/auth\/callback$/);
        assert.notEqual(new URL(p.get('redirect_uri')).port, '0', 'redirect_uri carries the port actually used');
        assert.equal(p.get('prompt'), 'login');
        const location = await authorize(url);
        assert.equal(location.searchParams.get('state'), p.get('state'));
        const page = await loadCallback(location);
        assert.equal(page.status, 200);
        assert.match(page.html, /Signed in to Codex Bridge/);
        const result = await run.exited;
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /Signed in as user@example\.com \(plus\)/);
        const stats = await fake.control('stats');
        assert.equal(stats.codeExchanges, 1);
        assert.deepEqual(stats.violations, []);
        await assertStored(configDir, { email: 'user@example.com', accountId: 'acc-fake-1', planType: 'plus' });
    });

    test('--no-browser: pasting the redirect URL signs in; re-adding updates in place; a bare code works', async () => {
        const configDir = tempConfigDir();
        await fake.control('config', { email: 'headless@example.com', planType: 'pro', accountId: 'acc-headless' });
        const run = runAdd({ args: ['--no-browser'], configDir });
        const location = await authorize(await run.authorizeUrl);
        run.child.stdin.write(`${location.toString()}\n`);
        const result = await run.exited;
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /paste it here/);
        assert.match(result.stdout, /Signed in as headless@example\.com \(pro\)/);
        await assertStored(configDir, { email: 'headless@example.com', accountId: 'acc-headless', planType: 'pro' });

        // Same account again, now on another plan, pasting only the code: updated, not duplicated.
        await fake.control('config', { planType: 'team' });
        const again = runAdd({ args: ['--no-browser'], configDir });
        const code = (await authorize(await again.authorizeUrl)).searchParams.get('code');
        again.child.stdin.write(`  ${code}  \n`);
        const second = await again.exited;
        assert.equal(second.code, 0, second.stderr);
        assert.match(second.stdout, /Signed in as headless@example\.com \(team\)/);
        const accounts = await assertStored(configDir, { email: 'headless@example.com', accountId: 'acc-headless', planType: 'team' });
        assert.equal(accounts.length, 1);
    });

    test('--no-browser: the browser callback also works while waiting for a paste', async () => {
        const configDir = tempConfigDir();
        const run = runAdd({ args: ['--no-browser'], configDir });
        const page = await loadCallback(await authorize(await run.authorizeUrl));
        assert.equal(page.status, 200);
        const result = await run.exited;
        assert.equal(result.code, 0, result.stderr);
        await assertStored(configDir, { email: 'user@example.com', accountId: 'acc-fake-1', planType: 'plus' });
    });

    test('a callback with a wrong state is refused and nothing is exchanged', async () => {
        const configDir = tempConfigDir();
        const run = runAdd({ configDir });
        const location = await authorize(await run.authorizeUrl);
        location.searchParams.set('state', 'forged-state-value');
        const page = await loadCallback(location);
        assert.equal(page.status, 400);
        assert.match(page.html, /state/);
        const result = await run.exited;
        assert.equal(result.code, 1);
        assert.match(result.stderr, /state mismatch/);
        assert.equal((await fake.control('stats')).tokenCalls, 0);
        assert.ok(!fs.existsSync(path.join(configDir, 'accounts.json')));
    });

    test('a pasted redirect URL with a wrong state is refused', async () => {
        const configDir = tempConfigDir();
        const run = runAdd({ args: ['--no-browser'], configDir });
        const location = await authorize(await run.authorizeUrl);
        location.searchParams.set('state', 'forged-state-value');
        run.child.stdin.write(`${location}\n`);
        const result = await run.exited;
        assert.equal(result.code, 1);
        assert.match(result.stderr, /state mismatch/);
        assert.equal((await fake.control('stats')).tokenCalls, 0);
    });

    test('denied consent ends with a clear message', async () => {
        const configDir = tempConfigDir();
        await fake.control('config', { deny: true });
        const run = runAdd({ configDir });
        const location = await authorize(await run.authorizeUrl);
        assert.equal(location.searchParams.get('error'), 'access_denied');
        const page = await loadCallback(location);
        assert.equal(page.status, 400);
        const result = await run.exited;
        assert.equal(result.code, 1);
        assert.match(result.stderr, /cancelled or access was denied/);
        assert.ok(!fs.existsSync(path.join(configDir, 'accounts.json')));
    });

    test('garbage on stdin fails clearly', async () => {
        const run = runAdd({ args: ['--no-browser'], configDir: tempConfigDir() });
        await run.authorizeUrl;
        run.child.stdin.write('no idea what to paste\n');
        const result = await run.exited;
        assert.equal(result.code, 1);
        assert.match(result.stderr, /neither the address/);
    });

    test('both callback ports busy: clear error naming them', async () => {
        const servers = await Promise.all([0, 0].map(() => new Promise(resolve => {
            const server = net.createServer().listen(0, '127.0.0.1', () => resolve(server));
        })));
        try {
            const ports = servers.map(s => s.address().port);
            const run = runAdd({ configDir: tempConfigDir(), env: { CODEX_BRIDGE_OAUTH_CALLBACK_PORT: ports.join(',') } });
            const result = await run.exited;
            assert.equal(result.code, 1);
            assert.match(result.stderr, new RegExp(`callback port\\(s\\) ${ports[0]}, ${ports[1]} on localhost are in use`));
            assert.equal((await fake.control('stats')).authorizeCalls, 0);
        } finally {
            for (const s of servers) s.close();
        }
    });

    test('timeout when the browser never comes back', async () => {
        const run = runAdd({ configDir: tempConfigDir(), env: { CODEX_BRIDGE_OAUTH_TIMEOUT: '1' } });
        await run.authorizeUrl;
        const result = await run.exited;
        assert.equal(result.code, 1);
        assert.match(result.stderr, /timed out/);
    });
});
