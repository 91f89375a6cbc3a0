// The real Claude Code CLI routed to an OpenAI-compatible provider (the fake one): every family (opus, sonnet,
// haiku) is mapped to the provider, so the subscription sees nothing. Claude Code must read a file with its Read
// tool, split across streamed chunks, and report the content.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeModules, startBridge, startFakeOpenAi, managementClient } from './harness.mjs';

ensureNodeModules();
const CLAUDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/.bin/claude');
const TIMEOUT_MS = 120_000;
const API_KEY = `sk-fake-${crypto.randomBytes(16).toString('hex')}`;

function runClaude(args, { cwd, env }) {
    return new Promise((resolve, reject) => {
        const child = spawn(CLAUDE, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`claude did not finish within ${TIMEOUT_MS / 1000} s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, TIMEOUT_MS);
        child.on('error', e => { clearTimeout(timer); reject(e); });
        child.on('exit', code => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    });
}

describe('Claude Code CLI through codex-bridge to an OpenAI-compatible provider', () => {
    let bridge, provider, tmp;
    before(async () => {
        bridge = await startBridge();
        provider = await startFakeOpenAi();
        await provider.setConfig({ apiKey: API_KEY });
        bridge.sensitive.push(API_KEY);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-claude-provider-'));
        const manage = managementClient(bridge);
        const added = await manage('POST', '/settings/providers', {
            action: 'add', provider: { name: 'Local Fake', baseUrl: provider.baseUrl }, apiKey: API_KEY });
        assert.equal(added.status, 200, added.text);
        const routes = await manage('POST', '/settings/providers', { action: 'routes', routes: [
            { match: 'opus', provider: 'local-fake', model: 'fake-large' },
            { match: 'sonnet', provider: 'local-fake', model: 'fake-large' },
            { match: 'haiku', provider: 'local-fake', model: 'fake-small' },
        ] });
        assert.equal(routes.status, 200, routes.text);
    });
    after(async () => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
        await provider?.stop();
        await bridge?.stop();
    });

    test('claude -p reads a file with the Read tool through the provider and reports its content', { timeout: TIMEOUT_MS + 30_000 }, async () => {
        const work = path.join(tmp, 'work');
        const home = path.join(tmp, 'home');
        fs.mkdirSync(work);
        fs.mkdirSync(home);
        const token = `secret-${crypto.randomBytes(12).toString('hex')}`;
        bridge.sensitive.push(token);
        const secretPath = path.join(fs.realpathSync(work), 'secret.txt');
        fs.writeFileSync(secretPath, `${token}\n`);

        // The main agent's first turn (it has the Read tool, no tool result yet) asks for the file, with reasoning
        // and the arguments split across chunks; the turn with the tool result gets "Tool result: <content>".
        await provider.setRules([{
            match: { hasTool: 'Read', noRole: 'tool' },
            reply: { reasoning: 'The user wants the file.', toolCalls: [{ name: 'Read', arguments: { file_path: secretPath } }] },
        }]);

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
        const run = await runClaude(['-p', 'Read secret.txt and tell me what it says', '--allowedTools', 'Read', '--output-format', 'json'], { cwd: work, env });
        const diagnostics = `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
        assert.equal(run.code, 0, diagnostics);
        let result;
        assert.doesNotThrow(() => { result = JSON.parse(run.stdout.trim().split('\n').at(-1)); }, diagnostics);
        assert.equal(result.type, 'result', diagnostics);
        assert.equal(result.is_error, false, diagnostics);
        assert.ok(result.result.includes(token), `the final answer does not contain the token\n${diagnostics}`);

        const requests = await provider.chatRequests();
        assert.ok(requests.length >= 2, `the provider saw ${requests.length} requests`);
        assert.ok(requests.every(r => r.headers.authorization === `Bearer ${API_KEY}`));
        const withResult = requests.filter(r => r.body.messages.some(m => m.role === 'tool'));
        assert.ok(withResult.length > 0, 'the provider saw a tool result');
        const turn = withResult.at(-1).body.messages;
        const call = turn.find(m => m.role === 'assistant' && m.tool_calls)?.tool_calls?.[0];
        assert.equal(call?.function.name, 'Read');
        assert.deepEqual(JSON.parse(call.function.arguments), { file_path: secretPath });
        const toolMessage = turn.find(m => m.role === 'tool' && m.tool_call_id === call.id);
        assert.ok(toolMessage?.content.includes(token), `the tool message lacks the token: ${JSON.stringify(toolMessage)}`);
        assert.equal((await bridge.fake.responsesRequests()).length, 0, 'the subscription was used');
    });
});
