// Shared harness for the end-to-end tests: starts the fake Codex backend and `codex-bridge serve` against it,
// with a throw-away config directory holding an imported fake Codex CLI login.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(HERE, '../..');
export const SHARED_DIR = path.resolve(process.env.CODEXBRIDGE_SHARED_DIR || path.join(REPO_DIR, '../shared'));
export const FIXTURES_DIR = path.join(SHARED_DIR, 'fixtures');
export const STREAMS_DIR = path.join(FIXTURES_DIR, 'responses-streams');
export const BRIDGE_BIN = process.env.CODEX_BRIDGE_BIN || path.join(REPO_DIR, 'build/bin/codex-bridge');
export const FAKE_BACKEND = path.join(REPO_DIR, 'tests/fakes/fake-codex-backend.mjs');
export const ACCOUNT_ID = 'acc-e2e';

const children = new Set();
process.on('exit', () => { for (const child of children) child.kill('SIGKILL'); });

// The clients are dev dependencies of tests/e2e; fail loudly (never skip) when they were not installed.
export function ensureNodeModules() {
    const needed = ['@anthropic-ai/sdk', 'openai', '@anthropic-ai/claude-code'];
    const missing = needed.filter(name => !fs.existsSync(path.join(HERE, 'node_modules', name, 'package.json')));
    if (missing.length)
        throw new Error(`tests/e2e/node_modules lacks ${missing.join(', ')}: run \`npm ci --prefix tests/e2e\` first`);
}

export function ensureBridgeBinary() {
    if (!fs.existsSync(BRIDGE_BIN))
        throw new Error(`codex-bridge binary not found at ${BRIDGE_BIN}: build the codex-bridge target or set CODEX_BRIDGE_BIN`);
}

// Waits for the line `listening on http://HOST:PORT` on the child's stdout.
export function waitForListening(child, what, timeoutMs = 20_000) {
    return new Promise((resolve, reject) => {
        let stderr = '';
        child.stderr.on('data', d => { stderr += d; });
        const lines = readline.createInterface({ input: child.stdout });
        const timer = setTimeout(() => reject(new Error(`${what} did not print "listening on" within ${timeoutMs} ms; stderr:\n${stderr}`)), timeoutMs);
        lines.on('line', line => {
            const m = /listening on (http:\/\/\S+)/.exec(line);
            if (m) { clearTimeout(timer); resolve(m[1].replace(/\/$/, '')); }
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`${what} exited (code ${code}, signal ${signal}) before listening; stderr:\n${stderr}`));
        });
    });
}

function waitForExit(child, timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise(resolve => {
        const timer = setTimeout(() => { child.kill('SIGKILL'); }, timeoutMs);
        child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
    });
}

async function fetchJson(url, init) {
    const res = await fetch(url, init);
    const text = await res.text();
    if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} -> ${res.status}: ${text}`);
    return JSON.parse(text);
}

export async function startFakeBackend({ chunkedWrites = false } = {}) {
    const args = [FAKE_BACKEND, '--port', '0', '--fixtures', FIXTURES_DIR];
    if (chunkedWrites) args.push('--chunked-writes');
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const url = await waitForListening(child, 'fake Codex backend');
    const control = (route, body) => fetchJson(`${url}/__control/${route}`,
        body === undefined ? undefined : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return {
        url,
        codexBase: `${url}/backend-api/codex`,
        setRules: rules => control('rules', rules),
        setConfig: config => control('config', config),
        reset: () => control('reset', {}),
        requests: () => control('requests'),
        responsesRequests: async () => (await control('requests')).filter(r => r.method === 'POST' && r.path.endsWith('/responses')),
        violations: () => control('violations'),
        async stop() {
            child.kill('SIGTERM');
            await waitForExit(child, 5_000);
            children.delete(child);
        },
    };
}

const b64url = obj => Buffer.from(JSON.stringify(obj)).toString('base64url');
export const makeJwt = payload => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.${Buffer.from('unsigned').toString('base64url')}`;

// A Codex CLI login file (~/.codex/auth.json) with unsigned, not yet expired tokens.
export function makeCodexAuth({ accountId = ACCOUNT_ID, email = 'e2e@example.com', plan = 'plus' } = {}) {
    const now = Math.floor(Date.now() / 1000);
    const authClaim = { chatgpt_account_id: accountId, chatgpt_plan_type: plan, chatgpt_user_id: 'user-e2e' };
    const tokens = {
        id_token: makeJwt({ iss: 'https://auth.openai.com', aud: ['app_EMoamEEZ73f0CkXaXp7hrann'], email, email_verified: true,
            iat: now, exp: now + 3600, 'https://api.openai.com/auth': authClaim }),
        access_token: makeJwt({ iss: 'https://auth.openai.com', aud: ['https://api.openai.com/v1'], iat: now,
            exp: now + 10 * 24 * 3600, 'https://api.openai.com/auth': authClaim, scp: ['openid', 'profile', 'email', 'offline_access'] }),
        refresh_token: 'rt_fake',
        account_id: accountId,
    };
    return { OPENAI_API_KEY: null, tokens, last_refresh: new Date().toISOString() };
}

function runToEnd(cmd, args, env) {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        child.on('error', reject);
        child.on('exit', code => resolve({ code, stdout, stderr }));
    });
}

// A throw-away folder with a config dir and a home, and the environment that points codex-bridge at them (file
// secret store, debug logging) and at the fake backend.
export function makeBridgeEnv(fake, { prefix = 'codex-bridge-e2e-', extraEnv = {} } = {}) {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const configDir = path.join(tmpDir, 'config');
    const home = path.join(tmpDir, 'home');
    fs.mkdirSync(configDir, { recursive: true });
    fs.mkdirSync(home, { recursive: true });
    const env = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_DATA_HOME: path.join(home, '.local/share'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        CODEX_BRIDGE_CONFIG_DIR: configDir,
        CODEX_BRIDGE_SECRET_STORE: 'file',
        CODEX_BRIDGE_UPSTREAM_URL: fake.codexBase,
        QT_LOGGING_RULES: 'codexbridge.*.debug=true',
        ...extraEnv,
    };
    return { tmpDir, configDir, home, env };
}

// Runs a codex-bridge command to its end: {code, stdout, stderr}.
export function runBridge(args, env) {
    return runToEnd(BRIDGE_BIN, args, env);
}

// Starts `codex-bridge serve --port 0` (killed at exit if still running); resolves with {child, url} once it
// listens. `onOutput` gets everything it prints. `launcher` runs the binary through another program that execs
// it (e.g. ['prlimit', '--nofile=256:256', '--']), so child.pid stays the proxy's.
export async function spawnServe(env, onOutput = () => {}, launcher = []) {
    const command = [...launcher, BRIDGE_BIN, 'serve', '--port', '0'];
    const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.on('exit', () => children.delete(child));
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    try {
        return { child, url: await waitForListening(child, 'codex-bridge serve') };
    } catch (e) {
        child.kill('SIGKILL');
        throw e;
    }
}

// SIGTERM, then SIGKILL after 10 s: {code, signal} of the exit.
export async function stopServe(child) {
    child.kill('SIGTERM');
    return waitForExit(child, 10_000);
}

// Starts the fake backend and `codex-bridge serve` wired to it. Call stop() at the end: it asserts a clean exit
// and that no token appeared in the proxy's output (debug logging is switched on for that).
export async function startBridge({ chunkedWrites = false, extraEnv = {}, launcher = [] } = {}) {
    ensureBridgeBinary();
    const fake = await startFakeBackend({ chunkedWrites });
    const { tmpDir, configDir, env } = makeBridgeEnv(fake, { extraEnv });
    const auth = makeCodexAuth();
    const authFile = path.join(tmpDir, 'auth.json');
    fs.writeFileSync(authFile, JSON.stringify(auth, null, 2));
    await fake.setConfig({ expectAccessToken: auth.tokens.access_token, expectAccountId: ACCOUNT_ID });

    const imported = await runToEnd(BRIDGE_BIN, ['accounts', 'import', authFile], env);
    if (imported.code !== 0) {
        await fake.stop();
        throw new Error(`codex-bridge accounts import exited ${imported.code}\nstdout:\n${imported.stdout}\nstderr:\n${imported.stderr}`);
    }

    let output = imported.stdout + imported.stderr;
    let child, url;
    try {
        ({ child, url } = await spawnServe(env, d => { output += d; }, launcher));
    } catch (e) {
        await fake.stop();
        throw e;
    }
    const secrets = [auth.tokens.access_token, auth.tokens.id_token, auth.tokens.refresh_token];
    return {
        url, fake, env, tmpDir, configDir, auth,
        pid: child.pid, // the proxy's own, for /proc/<pid>/fd and /proc/<pid>/status
        // Strings (prompts, tool output) a test wants to be sure never reach the proxy's logs.
        sensitive: [],
        output: () => output,
        async stop() {
            const { code, signal } = await stopServe(child);
            await fake.stop();
            fs.rmSync(tmpDir, { recursive: true, force: true });
            assert.equal(signal, null, `codex-bridge serve was killed by ${signal} (did not stop on SIGTERM within 10 s)\n${output.slice(-4000)}`);
            assert.equal(code, 0, `codex-bridge serve exited ${code} on SIGTERM\n${output.slice(-4000)}`);
            for (const s of [...secrets, ...this.sensitive])
                assert.ok(!output.includes(s), `the proxy's output contains a secret or prompt (${s.slice(0, 12)}...)`);
        },
    };
}

export async function assertNoViolations(fake) {
    const violations = await fake.violations();
    if (violations.length === 0) return;
    const requests = await fake.requests();
    const details = violations.map(v => {
        const r = requests[v.request];
        return `- ${v.method} ${v.path}: ${v.message}\n  request body: ${JSON.stringify(r?.body ?? r?.rawBody).slice(0, 3000)}`;
    });
    assert.fail(`the fake Codex backend recorded ${violations.length} contract violation(s):\n${details.join('\n')}`);
}

// Collects console.warn/console.error calls and process warnings until restore().
export function captureWarnings() {
    const warnings = [];
    const original = { warn: console.warn, error: console.error };
    console.warn = (...args) => warnings.push(`console.warn: ${args.join(' ')}`);
    console.error = (...args) => warnings.push(`console.error: ${args.join(' ')}`);
    const onWarning = w => warnings.push(`process warning: ${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    return {
        warnings,
        restore() {
            console.warn = original.warn;
            console.error = original.error;
            process.off('warning', onWarning);
        },
    };
}

// Fixture streams: name -> list of responses, each a list of parsed events (unparseable lines skipped).
export function fixtureNames() {
    return fs.readdirSync(STREAMS_DIR).filter(f => f.endsWith('.chunks.txt')).map(f => f.slice(0, -'.chunks.txt'.length)).sort();
}

export function fixtureResponses(name) {
    const responses = [];
    for (const line of fs.readFileSync(path.join(STREAMS_DIR, `${name}.chunks.txt`), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let event = null;
        for (let extra = 0; extra <= 3 && !event; ++extra) { try { event = JSON.parse(line + '}'.repeat(extra)); } catch { /* next */ } }
        if (!event) continue;
        if (event.type === 'response.created' || responses.length === 0) responses.push([]);
        responses[responses.length - 1].push(event);
    }
    return responses;
}

// A valid 2x2 PNG (red/green/blue/white) for image tests.
export const TINY_PNG_BASE64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFElEQVR4nGP4z8DAAMIM/////w8AH+4F+7C4l8kAAAAASUVORK5CYII=';

// Parses an SSE body into [{event, data}] (data JSON-parsed when possible).
export function parseSse(text) {
    const events = [];
    for (const block of text.split(/\r?\n\r?\n/)) {
        let event = 'message';
        const data = [];
        for (const line of block.split(/\r?\n/)) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (!data.length) continue;
        const joined = data.join('\n');
        let parsed = joined;
        try { parsed = JSON.parse(joined); } catch { /* keep text */ }
        events.push({ event, data: parsed });
    }
    return events;
}

const DELTA_FOR_BLOCK = {
    text: ['text_delta', 'citations_delta'],
    thinking: ['thinking_delta', 'signature_delta'],
    redacted_thinking: [],
    tool_use: ['input_json_delta'],
    server_tool_use: ['input_json_delta'],
    web_search_tool_result: [],
};

// Checks the Anthropic stream grammar: message_start first, blocks indexed 0,1,2... and never overlapping, deltas
// of the block's kind, message_delta after the last block, message_stop last. Returns a list of problems.
export function anthropicStreamProblems(events) {
    const problems = [];
    const types = events.map(e => e.type).filter(t => t !== 'ping');
    if (types[0] !== 'message_start') problems.push(`first event is ${types[0]}, not message_start`);
    if (types[types.length - 1] !== 'message_stop') problems.push(`last event is ${types[types.length - 1]}, not message_stop`);
    if (types[types.length - 2] !== 'message_delta') problems.push('message_delta does not come right before message_stop');
    let open = null;
    let next = 0;
    for (const [i, e] of events.entries()) {
        if (e.type === 'content_block_start') {
            if (open !== null) problems.push(`event ${i}: block ${e.index} starts while block ${open.index} is open`);
            if (e.index !== next) problems.push(`event ${i}: block index ${e.index}, expected ${next}`);
            open = { index: e.index, type: e.content_block.type };
            next = e.index + 1;
        } else if (e.type === 'content_block_delta') {
            if (open === null || e.index !== open.index) problems.push(`event ${i}: delta for block ${e.index} which is not open`);
            else if (!(DELTA_FOR_BLOCK[open.type] ?? []).includes(e.delta.type)) problems.push(`event ${i}: ${e.delta.type} in a ${open.type} block`);
        } else if (e.type === 'content_block_stop') {
            if (open === null || e.index !== open.index) problems.push(`event ${i}: stop for block ${e.index} which is not open`);
            open = null;
        } else if (e.type === 'message_delta' && open !== null) {
            problems.push(`event ${i}: message_delta while block ${open.index} is open`);
        }
    }
    return problems;
}

// What a Responses fixture stream says the answer is, per codex-protocol.md section 5.
export function expectedFromResponsesEvents(events) {
    const text = events.filter(e => e.type === 'response.output_text.delta').map(e => e.delta).join('');
    const done = events.filter(e => e.type === 'response.output_item.done').map(e => e.item);
    const reasoning = done.filter(i => i.type === 'reasoning');
    const summaries = reasoning.map(item => {
        const parts = new Map();
        for (const e of events) {
            if (e.type === 'response.reasoning_summary_text.delta' && e.item_id === item.id)
                parts.set(e.summary_index, (parts.get(e.summary_index) ?? '') + e.delta);
        }
        return [...parts.keys()].sort((a, b) => a - b).map(k => parts.get(k)).join('\n\n');
    });
    return {
        text,
        thinking: summaries.filter(Boolean),
        signatures: reasoning.map(i => i.encrypted_content).filter(Boolean),
        calls: done.filter(i => i.type === 'function_call').map(i => ({ name: i.name, input: JSON.parse(i.arguments || '{}'), callId: i.call_id })),
        webSearches: done.filter(i => i.type === 'web_search_call').length,
        terminal: events[events.length - 1].type,
    };
}

export const FAKE_OPENAI = path.join(REPO_DIR, 'tests/fakes/fake-openai-server.mjs');

// The fake OpenAI-compatible provider (tests/fakes/fake-openai-server.mjs); `baseUrl` is what a user would enter.
export async function startFakeOpenAi() {
    const child = spawn(process.execPath, [FAKE_OPENAI, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const url = await waitForListening(child, 'fake OpenAI-compatible server');
    const control = (route, body) => fetchJson(`${url}/__control/${route}`,
        body === undefined ? undefined : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return {
        url,
        baseUrl: `${url}/v1`,
        setRules: rules => control('rules', rules),
        setConfig: config => control('config', config),
        reset: () => control('reset', {}),
        requests: () => control('requests'),
        chatRequests: async () => (await control('requests')).filter(r => r.path === '/v1/chat/completions'),
        async stop() {
            child.kill('SIGTERM');
            await waitForExit(child, 5_000);
            children.delete(child);
        },
    };
}

// A client for the routes guarded by the management key (management.key in the config dir).
export function managementClient(bridge) {
    const key = fs.readFileSync(path.join(bridge.configDir, 'management.key'), 'utf8').trim();
    return async (method, route, body, headers = {}) => {
        const res = await fetch(`${bridge.url}${route}`, {
            method,
            headers: { 'x-codex-bridge-key': key, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
            body: body ? JSON.stringify(body) : undefined,
        });
        const text = await res.text();
        let json = null;
        try { json = JSON.parse(text); } catch { /* keep text */ }
        return { status: res.status, text, json };
    };
}

export const CLAUDE_BIN = path.join(HERE, 'node_modules/.bin/claude');
export const CLAUDE_TIMEOUT_MS = 120_000;

// A work folder with secret.txt holding a fresh token (registered as sensitive with the bridge) and a HOME for
// Claude Code below `tmp`.
export function claudeWorkspace(tmp, bridge) {
    const work = path.join(tmp, 'work');
    const home = path.join(tmp, 'home');
    fs.mkdirSync(work);
    fs.mkdirSync(home);
    const token = `secret-${crypto.randomBytes(12).toString('hex')}`;
    bridge.sensitive.push(token);
    const secretPath = path.join(fs.realpathSync(work), 'secret.txt');
    fs.writeFileSync(secretPath, `${token}\n`);
    return { work, home, token, secretPath };
}

// Runs `claude -p "Read secret.txt ..." --allowedTools Read` against the bridge in `workspace` and asserts that it
// succeeded and that its answer contains the token.
export async function claudeReadsSecret(bridge, { work, home, token }) {
    const env = {
        PATH: process.env.PATH,
        LANG: 'C.UTF-8',
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        ANTHROPIC_BASE_URL: bridge.url,
        ANTHROPIC_AUTH_TOKEN: 'dummy',
        DISABLE_TELEMETRY: '1',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        DISABLE_AUTOUPDATER: '1',
    };
    const run = await new Promise((resolve, reject) => {
        const child = spawn(CLAUDE_BIN, ['-p', 'Read secret.txt and tell me what it says', '--allowedTools', 'Read', '--output-format', 'json'],
            { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`claude did not finish within ${CLAUDE_TIMEOUT_MS / 1000} s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, CLAUDE_TIMEOUT_MS);
        child.on('error', e => { clearTimeout(timer); reject(e); });
        child.on('exit', code => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    });
    const diagnostics = `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
    assert.equal(run.code, 0, diagnostics);
    let result;
    assert.doesNotThrow(() => { result = JSON.parse(run.stdout.trim().split('\n').at(-1)); }, diagnostics);
    assert.equal(result.type, 'result', diagnostics);
    assert.equal(result.is_error, false, diagnostics);
    assert.ok(result.result.includes(token), `the final answer does not contain the token\n${diagnostics}`);
    return result;
}
