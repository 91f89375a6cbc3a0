// `codex-bridge claude on` alone makes the real Claude Code CLI use the proxy: the test gives Claude Code no
// ANTHROPIC_* variable at all, only a HOME (or CLAUDE_CONFIG_DIR) whose settings.json the command edited. The
// chosen model mapping reaches Claude Code through ANTHROPIC_DEFAULT_*_MODEL; `claude off` gives the file back
// byte for byte.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_BIN, ensureNodeModules, startBridge, assertNoViolations } from './harness.mjs';

ensureNodeModules();
const CLAUDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/.bin/claude');
const TIMEOUT_MS = 120_000;

function run(cmd, args, { cwd, env, timeoutMs = TIMEOUT_MS }) {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${path.basename(cmd)} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs);
        child.on('error', e => { clearTimeout(timer); reject(e); });
        child.on('exit', code => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    });
}

describe('codex-bridge claude on|off with the real Claude Code CLI', () => {
    let bridge;
    let tmp;
    before(async () => {
        bridge = await startBridge();
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-claude-settings-'));
        // The proxy's settings as the user chose them: opus and sonnet mapped away from the defaults.
        fs.writeFileSync(path.join(bridge.configDir, 'settings.json'),
            JSON.stringify({ modelMapping: { families: { opus: 'gpt-5.4', sonnet: 'gpt-5.4' } } }));
    });
    after(async () => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
        await bridge?.stop();
    });

    for (const variant of ['HOME', 'CLAUDE_CONFIG_DIR']) {
        test(`claude -p answers through the proxy after \`codex-bridge claude on\` (${variant})`, { timeout: 2 * TIMEOUT_MS }, async () => {
            const root = path.join(tmp, variant);
            const home = path.join(root, 'home');
            const work = path.join(root, 'work');
            const claudeDir = variant === 'HOME' ? path.join(home, '.claude') : path.join(root, 'claude-config');
            fs.mkdirSync(work, { recursive: true });
            fs.mkdirSync(claudeDir, { recursive: true });
            const settingsFile = path.join(claudeDir, 'settings.json');
            // The user's own settings, in Claude Code's layout; none of it may change.
            const original = `${JSON.stringify({
                permissions: { allow: ['Bash(npm test)'], deny: [] },
                env: { DISABLE_AUTOUPDATER: '1', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-3-5-haiku-20241022' },
                includeCoAuthoredBy: false,
            }, null, 2)}\n`;
            fs.writeFileSync(settingsFile, original);

            const port = new URL(bridge.url).port;
            const base = {
                PATH: process.env.PATH,
                LANG: 'C.UTF-8',
                HOME: home,
                XDG_CONFIG_HOME: path.join(home, '.config'),
                ...(variant === 'CLAUDE_CONFIG_DIR' ? { CLAUDE_CONFIG_DIR: claudeDir } : {}),
            };
            const bridgeEnv = { ...base, CODEX_BRIDGE_CONFIG_DIR: bridge.configDir, CODEX_BRIDGE_SECRET_STORE: 'file' };
            const on = await run(BRIDGE_BIN, ['claude', 'on', '--port', port], { env: bridgeEnv, timeoutMs: 20_000 });
            assert.equal(on.code, 0, `claude on: ${on.stdout}${on.stderr}`);
            const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
            assert.equal(settings.env.ANTHROPIC_BASE_URL, `http://127.0.0.1:${port}`);
            assert.equal(settings.env.ANTHROPIC_AUTH_TOKEN, 'codex-bridge');
            assert.equal(settings.env.ANTHROPIC_DEFAULT_OPUS_MODEL, 'gpt-5.4');
            assert.equal(settings.env.ANTHROPIC_DEFAULT_SONNET_MODEL, 'gpt-5.4');
            // Haiku keeps its default mapping, so the user's own value stays.
            assert.equal(settings.env.ANTHROPIC_DEFAULT_HAIKU_MODEL, 'claude-3-5-haiku-20241022');
            assert.deepEqual(settings.permissions, { allow: ['Bash(npm test)'], deny: [] });
            const status = await run(BRIDGE_BIN, ['claude', 'status', '--port', port], { env: bridgeEnv, timeoutMs: 20_000 });
            assert.match(status.stdout, /^on: /, status.stdout + status.stderr);

            // The answer can only come from the fake backend, for the mapped model.
            const marker = `through-the-proxy-${crypto.randomBytes(6).toString('hex')}`;
            await bridge.fake.setRules([{ match: { model: 'gpt-5.4' }, reply: { text: `The answer is ${marker}.` } }]);
            const before = (await bridge.fake.responsesRequests()).length;
            const claudeEnv = {
                ...base,
                DISABLE_TELEMETRY: '1',
                CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
                DISABLE_AUTOUPDATER: '1',
            };
            assert.ok(!Object.keys(claudeEnv).some(k => k.startsWith('ANTHROPIC_')), 'the test must not configure Claude Code itself');
            const result = await run(CLAUDE, ['-p', 'What is the answer?', '--output-format', 'json'], { cwd: work, env: claudeEnv });
            const diagnostics = `exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
            assert.equal(result.code, 0, diagnostics);
            let answer;
            assert.doesNotThrow(() => { answer = JSON.parse(result.stdout.trim().split('\n').at(-1)); }, diagnostics);
            assert.equal(answer.is_error, false, diagnostics);
            assert.ok(answer.result.includes(marker), `the answer did not come from the fake backend\n${diagnostics}`);
            const requests = (await bridge.fake.responsesRequests()).slice(before);
            assert.ok(requests.some(r => r.body?.model === 'gpt-5.4'), `no request for gpt-5.4 reached the backend: ${requests.map(r => r.body?.model)}`);
            await assertNoViolations(bridge.fake);

            const off = await run(BRIDGE_BIN, ['claude', 'off', '--port', port], { env: bridgeEnv, timeoutMs: 20_000 });
            assert.equal(off.code, 0, `claude off: ${off.stdout}${off.stderr}`);
            assert.equal(fs.readFileSync(settingsFile, 'utf8'), original);
        });
    }
});
