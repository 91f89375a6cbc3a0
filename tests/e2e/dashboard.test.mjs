// The dashboard in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) against the real
// binary and the fake backend: the page loads without a console error or CSP violation, shows the seeded accounts
// with their quota and usage, switches the active account, shows requests live, keeps its data from other
// origins, and follows the proxy to a new port. Screenshots go to build/test-artifacts/ (or
// $CODEXBRIDGE_ARTIFACTS_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { REPO_DIR, ensureBridgeBinary, startFakeBackend, startFakeOpenAi, makeCodexAuth, makeBridgeEnv, runBridge, spawnServe, stopServe,
    waitForListening } from './harness.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FAKE_OAUTH = path.join(REPO_DIR, 'tests/fakes/fake-oauth-server.mjs');
const EMAIL_NEW = 'third@example.com';
const ARTIFACTS_DIR = process.env.CODEXBRIDGE_ARTIFACTS_DIR || path.join(REPO_DIR, 'build/test-artifacts');
const EMAIL_A = 'first@example.com';
const EMAIL_B = 'second@example.com';
// 2 h 13 m and some seconds, so the page shows "resets in 2 h 13 m" for a while.
const RESET_AFTER = 2 * 3600 + 13 * 60 + 50;

const require = createRequire(import.meta.url);
let chromium;
try {
    ({ chromium } = require('playwright-core'));
} catch {
    throw new Error('tests/e2e/node_modules lacks playwright-core: run `npm ci --prefix tests/e2e` first');
}

let fake, oauth, tmpDir, configDir, env, serve, browser, other;
let output = '';
const secrets = [];

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.on('error', reject);
        probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
    });
}

function activeInFile() {
    return JSON.parse(fs.readFileSync(path.join(configDir, 'accounts.json'), 'utf8')).activeAccount;
}

// usage.json as UsageStats writes it: a week of requests on two models, so the charts have something to show.
function seedUsage() {
    const days = {};
    for (let i = 6; i >= 0; --i) {
        const date = new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10);
        days[date] = [
            { account: EMAIL_A, clientModel: 'claude-sonnet-4-5', upstreamModel: 'gpt-5.5', requests: 20 + i * 3,
              inputTokens: 180_000 + i * 25_000, cachedTokens: 120_000 + i * 15_000, outputTokens: 9_000 + i * 1_200 },
            { account: EMAIL_B, clientModel: 'claude-haiku-4-5', upstreamModel: 'gpt-5.4-mini', requests: 8 + i,
              inputTokens: 40_000 + i * 6_000, cachedTokens: 10_000 + i * 2_000, outputTokens: 2_500 + i * 300 },
        ];
    }
    fs.writeFileSync(path.join(configDir, 'usage.json'), JSON.stringify({ version: 1, days }, null, 2));
}

// Console messages, page errors, CSP violations and failed requests of one page, to assert there are none.
function watch(page) {
    const problems = [];
    page.on('console', msg => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', request => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', response => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
    return problems;
}

async function cspViolations(page) {
    return page.evaluate(() => window.__cspViolations ?? []);
}

// No CSP violation and nothing in `problems` (from watch()), then the page is closed.
async function assertCleanAndClose(page, problems) {
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
}

before(async () => {
    ensureBridgeBinary();
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package (packaging/debian/install-deps.sh --test)`);
    fake = await startFakeBackend();
    await fake.setConfig({ quota: { planType: 'plus', primaryUsedPercent: 42.5, primaryResetAfter: RESET_AFTER,
        secondaryUsedPercent: 7, secondaryResetAfter: 4 * 86400 } });
    // The sign-in of "Add ChatGPT account" goes to the fake OAuth server, its callback to a free port.
    oauth = spawn(process.execPath, [FAKE_OAUTH, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const oauthUrl = await waitForListening(oauth, 'fake OAuth server');
    await fetch(`${oauthUrl}/__control/config`, { method: 'POST', body: JSON.stringify({ email: EMAIL_NEW, accountId: 'acc-third', planType: 'pro' }) });
    ({ tmpDir, configDir, env } = makeBridgeEnv(fake, { prefix: 'codex-bridge-dashboard-',
        extraEnv: { CODEX_BRIDGE_AUTH_URL: oauthUrl, CODEX_BRIDGE_OAUTH_CALLBACK_PORT: '0' } }));
    for (const [name, auth] of [['a.json', makeCodexAuth({ accountId: 'acc-first', email: EMAIL_A, plan: 'plus' })],
                                ['b.json', makeCodexAuth({ accountId: 'acc-second', email: EMAIL_B, plan: 'pro' })]]) {
        secrets.push(auth.tokens.access_token, auth.tokens.id_token, auth.tokens.refresh_token);
        fs.writeFileSync(path.join(tmpDir, name), JSON.stringify(auth));
        const imported = await runBridge(['accounts', 'import', path.join(tmpDir, name)], env);
        output += imported.stdout + imported.stderr;
        assert.equal(imported.code, 0, imported.stdout + imported.stderr);
    }
    seedUsage();
    serve = await spawnServe(env, d => { output += d; });

    const profile = fs.mkdtempSync(path.join(tmpDir, 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Collect CSP violations from the first script on (the init script itself is not subject to the page's CSP).
    await browser.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

after(async () => {
    await browser?.close();
    await new Promise(resolve => (other ? other.close(resolve) : resolve()));
    if (serve) {
        const { code, signal } = await stopServe(serve.child);
        assert.equal(signal, null, `serve was killed by ${signal}`);
        assert.equal(code, 0, `serve exited ${code}`);
    }
    await fake?.stop();
    oauth?.kill('SIGTERM');
    for (const secret of secrets)
        assert.ok(!output.includes(secret), 'a token appears in the proxy output');
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

test('the page loads without errors and shows the accounts, their quota and the usage', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const response = await page.goto(`${serve.url}/`);
    assert.equal(response.status(), 200);
    const headers = response.headers();
    assert.match(headers['content-security-policy'], /default-src 'self'/);
    assert.match(headers['content-security-policy'], /frame-ancestors 'none'/);
    assert.equal(headers['x-frame-options'], 'DENY');
    assert.equal(headers['x-content-type-options'], 'nosniff');

    const cards = page.locator('#accounts article.account');
    await cards.nth(1).waitFor();
    assert.equal(await cards.count(), 2);
    const first = page.locator(`#accounts article[data-email="${EMAIL_A}"]`);
    const second = page.locator(`#accounts article[data-email="${EMAIL_B}"]`);
    assert.match(await first.getAttribute('class'), /\bactive\b/);
    assert.doesNotMatch(await second.getAttribute('class'), /\bactive\b/);
    // The quota poll at start reads /wham/usage for every account.
    await first.locator('.quota-row .used', { hasText: '42.5 % used' }).waitFor();
    const firstText = await first.innerText();
    assert.match(firstText, /5-hour/);
    assert.match(firstText, /Weekly/);
    assert.match(firstText, /7 % used/);
    assert.match(firstText, /resets in 2 h 1[23] m/);
    assert.match(firstText, /resets in (3 d 23 h|4 d 0 h)/);
    assert.equal(await first.locator('[role=progressbar]').first().getAttribute('aria-valuenow'), '43');
    assert.match(await first.locator('.badge.plan').innerText(), /plus/i);
    assert.ok(await first.locator('button', { hasText: 'Use this account' }).isDisabled());

    await page.locator('#usage .model-row[data-model="gpt-5.5"]').waitFor();
    assert.equal(await page.locator('#usage .model-row').count(), 2);
    assert.ok(await page.locator('#usage svg.chart rect').count() >= 14, 'the per-day chart has bars');
    assert.match(await page.locator('#usage .totals').innerText(), /Requests/);

    assert.equal(await page.locator('#setting-port').inputValue(), new URL(serve.url).port);
    assert.equal(await page.locator('#setting-host').inputValue(), '127.0.0.1');
    await page.locator('#requests .live[data-state=live]').waitFor();

    await assertCleanAndClose(page, problems);
});

test('switching the account in the page changes the active account', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${serve.url}/`);
    const second = page.locator(`#accounts article[data-email="${EMAIL_B}"]`);
    await second.locator('button', { hasText: 'Use this account' }).click();
    await page.locator(`#accounts article.active[data-email="${EMAIL_B}"]`).waitFor();
    assert.ok(['acc-second', EMAIL_B].includes(activeInFile()), `accounts.json activeAccount is ${activeInFile()}`);
    const health = await (await fetch(`${serve.url}/health`)).json();
    assert.equal(health.activeAccount, EMAIL_B);
    await page.locator('#status', { hasText: `Active account: ${EMAIL_B}` }).waitFor();
    await assertCleanAndClose(page, problems);
});

test('the request log updates live when a request goes through the proxy', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${serve.url}/`);
    await page.locator('#requests .live[data-state=live]').waitFor();
    const rows = page.locator('#requests tbody tr');
    const before = await rows.count();
    const usageRow = page.locator('#usage .model-row[data-model="gpt-5.5"]');
    await usageRow.waitFor();
    const usageBefore = await usageRow.innerText();

    const prompt = 'dashboard live log prompt that must never be shown';
    const res = await fetch(`${serve.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
        body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 50, stream: true, messages: [{ role: 'user', content: prompt }] }),
    });
    assert.equal(res.status, 200);
    await res.text();

    const row = rows.filter({ hasText: 'POST /v1/messages' }).first();
    await row.waitFor();
    assert.equal(await rows.count(), before + 1);
    const text = await row.innerText();
    assert.match(text, /200/);
    assert.match(text, /claude-sonnet-4-5 → gpt-5\.5/);
    assert.match(text, new RegExp(EMAIL_B.replace('.', '\\.')));
    assert.match(text, /stream/);
    assert.ok(!(await page.content()).includes(prompt));

    // Newest first, and the filter hides what does not match.
    assert.equal(await rows.first().innerText(), text);
    await page.locator('#requests input[type=search]').fill('no-such-request');
    await page.locator('#requests .empty', { hasText: 'No request matches the filter.' }).waitFor();
    assert.equal(await row.isVisible(), false);
    await page.locator('#requests input[type=search]').fill('sonnet');
    await row.waitFor({ state: 'visible' });

    // The usage follows the request without a reload.
    await page.waitForFunction(previous => document.querySelector('#usage .model-row[data-model="gpt-5.5"]')?.innerText !== previous,
        usageBefore, { timeout: 15_000 });

    await page.locator('#requests input[type=search]').fill('');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'dashboard.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'dashboard-dark.png'), fullPage: true });
    await assertCleanAndClose(page, problems);
});

test('a page from another origin cannot read the data or act on it', async () => {
    other = http.createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>elsewhere</title><p>another site</p>');
    });
    await new Promise(resolve => other.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${other.address().port}/`);
    const activeBefore = activeInFile();
    const outcome = await page.evaluate(async bridge => {
        const attempt = async (route, init) => {
            try {
                const res = await fetch(bridge + route, init);
                return { type: res.type, status: res.status, body: res.type === 'opaque' ? '' : await res.text() };
            } catch (e) {
                return { error: e.name };
            }
        };
        const streamed = await new Promise(resolve => {
            const source = new EventSource(`${bridge}/requests/stream`);
            let messages = 0;
            source.addEventListener('request', () => { messages += 1; });
            source.onerror = () => { source.close(); resolve({ error: true, messages }); };
            setTimeout(() => { source.close(); resolve({ error: false, messages }); }, 5000);
        });
        return {
            accounts: await attempt('/accounts'),
            settings: await attempt('/settings'),
            recent: await attempt('/requests/recent'),
            // A form-like request the browser sends without asking: it must not switch anything.
            blindSwitch: await attempt('/accounts/switch', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
                body: JSON.stringify({ email: 'first@example.com' }) }),
            blindSettings: await attempt('/settings', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
                body: JSON.stringify({ port: 1 }) }),
            streamed,
        };
    }, serve.url);
    assert.deepEqual(outcome.accounts, { error: 'TypeError' });
    assert.deepEqual(outcome.settings, { error: 'TypeError' });
    assert.deepEqual(outcome.recent, { error: 'TypeError' });
    assert.equal(outcome.blindSwitch.type, 'opaque');
    assert.equal(outcome.blindSettings.type, 'opaque');
    assert.deepEqual(outcome.streamed, { error: true, messages: 0 });
    assert.equal(activeInFile(), activeBefore);
    const settings = JSON.parse(fs.existsSync(path.join(configDir, 'settings.json')) ? fs.readFileSync(path.join(configDir, 'settings.json'), 'utf8') : '{}');
    assert.notEqual(settings.port, 1);
    assert.match(output, /refused (management|dashboard) request POST \/accounts\/switch|refused POST \/accounts\/switch 403/);
    await page.close();
});

test('a provider is added, tested, routed and removed from the Providers section', async () => {
    const provider = await startFakeOpenAi();
    const apiKey = `sk-dash-${Date.now()}-secret`;
    secrets.push(apiKey);
    try {
        await provider.setConfig({ apiKey });
        const page = await browser.newPage();
        const problems = watch(page);
        await page.goto(`${serve.url}/#providers`);
        await page.locator('#providers .empty', { hasText: 'No provider' }).waitFor();
        await page.locator('#provider-name').fill('Fake Local');
        await page.locator('#provider-baseUrl').fill(provider.baseUrl);
        await page.locator('#provider-apiKey').fill(apiKey);
        await page.locator('#provider-headers').fill('X-Title: dashboard');
        await page.locator('#providers button', { hasText: 'Add provider' }).click();
        const row = page.locator('#providers article[data-id="fake-local"]');
        await row.locator('.badge', { hasText: '2 models' }).waitFor();
        await row.locator('.badge', { hasText: 'API key' }).waitFor();
        assert.ok(!(await page.content()).includes(apiKey), 'the page shows the API key');
        const modelsRequest = (await provider.requests()).find(r => r.path === '/v1/models');
        assert.equal(modelsRequest.headers.authorization, `Bearer ${apiKey}`);
        assert.equal(modelsRequest.headers['x-title'], 'dashboard');

        await page.locator('#provider-route-haiku').fill('fake-local/fake-small');
        await page.locator('#provider-fallback').fill('fake-local/fake-large');
        await page.locator('#providers button', { hasText: 'Save routing' }).click();
        await page.locator('.notice', { hasText: 'Routing saved.' }).waitFor();
        const stored = JSON.parse(fs.readFileSync(path.join(configDir, 'providers.json'), 'utf8'));
        assert.deepEqual(stored.routes, [{ match: 'haiku', provider: 'fake-local', model: 'fake-small' }]);
        assert.deepEqual(stored.fallback, { provider: 'fake-local', model: 'fake-large' });
        assert.ok(!fs.readFileSync(path.join(configDir, 'providers.json'), 'utf8').includes(apiKey));
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'dashboard-providers.png'), fullPage: true });

        const remove = row.locator('button', { hasText: 'Remove' });
        await remove.click();
        await row.locator('button', { hasText: 'Click again to remove' }).click();
        await page.locator('#providers .empty', { hasText: 'No provider' }).waitFor();
        assert.equal(await page.locator('#provider-route-haiku').inputValue(), '');
        await assertCleanAndClose(page, problems);
    } finally {
        await provider.stop();
    }
});

test('settings changed elsewhere show up in an open page', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${serve.url}/`);
    await page.locator('#requests .live[data-state=live]').waitFor();
    assert.equal(await page.locator('#setting-rotation').inputValue(), 'off');
    // What the tray does through ProxyService::applySettings, here with the management key like any local tool.
    const key = fs.readFileSync(path.join(configDir, 'management.key'), 'utf8').trim();
    const res = await fetch(`${serve.url}/settings`, { method: 'POST', headers: { 'x-codex-bridge-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ rotation: 'round-robin' }) });
    assert.equal(res.status, 200, await res.clone().text());
    await page.waitForFunction(() => document.querySelector('#setting-rotation').value === 'round-robin', null, { timeout: 10_000 });
    await assertCleanAndClose(page, problems);
});

test('adding an account opens the sign-in in a new tab and the account appears', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${serve.url}/`);
    await page.locator('#accounts article.account').nth(1).waitFor();
    const [signIn] = await Promise.all([
        browser.waitForEvent('page'),
        page.locator('#accounts button', { hasText: 'Add ChatGPT account' }).click(),
    ]);
    // The fake authorize page sends the browser straight on to the proxy's callback, which finishes the sign-in.
    await signIn.waitForURL(/^http:\/\/localhost:\d+\/auth\/callback\?/, { timeout: 15_000 });
    await page.locator(`#accounts article[data-email="${EMAIL_NEW}"]`).waitFor({ timeout: 15_000 });
    await page.locator('.notice', { hasText: `Signed in as ${EMAIL_NEW}.` }).waitFor();
    assert.ok(await page.locator('.notice a', { hasText: 'Open the sign-in page' }).count() >= 1);
    const stored = JSON.parse(fs.readFileSync(path.join(configDir, 'accounts.json'), 'utf8'));
    assert.ok(JSON.stringify(stored).includes(EMAIL_NEW));
    await signIn.close();
    await assertCleanAndClose(page, problems);
});

test('a new port in the settings moves the proxy and the page follows it', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${serve.url}/`);
    await page.locator('#requests .live[data-state=live]').waitFor();
    const newPort = await freePort();
    await page.locator('#setting-rotation').selectOption('sticky');
    await page.locator('#setting-port').fill(String(newPort));
    await page.locator('#settings button', { hasText: 'Save' }).click();
    await page.waitForURL(`http://127.0.0.1:${newPort}/`, { timeout: 15_000 });
    await page.locator('#accounts article.account').nth(1).waitFor();
    assert.equal(await page.locator('#setting-port').inputValue(), String(newPort));
    assert.equal(await page.locator('#setting-rotation').inputValue(), 'sticky');
    const saved = JSON.parse(fs.readFileSync(path.join(configDir, 'settings.json'), 'utf8'));
    assert.equal(saved.port, newPort);
    assert.equal(saved.rotation, 'sticky');
    const oldUrl = serve.url;
    serve.url = `http://127.0.0.1:${newPort}`;
    assert.equal((await fetch(`${serve.url}/health`)).status, 200);
    await assert.rejects(fetch(`${oldUrl}/health`));
    assert.deepEqual(await cspViolations(page), []);
    // The old page's stream ends with the move (a "moved" event, no error): nothing but the new page is reported.
    assert.deepEqual(problems.filter(p => !p.includes(`${new URL(oldUrl).port}`)), []);
    await page.close();
});
