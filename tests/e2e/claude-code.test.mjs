// The real Claude Code CLI (native binary from @anthropic-ai/claude-code) through codex-bridge: it must read a
// file with its Read tool and report the content, the model being the fake Codex backend.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeModules, startBridge, assertNoViolations } from './harness.mjs';

ensureNodeModules();
const CLAUDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/.bin/claude');
const TIMEOUT_MS = 120_000;

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

describe('Claude Code CLI through codex-bridge', () => {
    let bridge;
    let tmp;
    before(async () => {
        bridge = await startBridge();
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bridge-claude-'));
    });
    after(async () => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
        await bridge?.stop();
    });

    test('claude -p reads a file with the Read tool and reports its content', { timeout: TIMEOUT_MS + 30_000 }, async () => {
        const work = path.join(tmp, 'work');
        const home = path.join(tmp, 'home');
        fs.mkdirSync(work);
        fs.mkdirSync(home);
        const token = `secret-${crypto.randomBytes(12).toString('hex')}`;
        bridge.sensitive.push(token);
        const secretPath = path.join(fs.realpathSync(work), 'secret.txt');
        fs.writeFileSync(secretPath, `${token}\n`);

        // The main agent's first turn asks for the file; everything else (tool result, side requests such as
        // title or quota probes, which carry no Read tool) gets the default answer, which quotes a tool result.
        await bridge.fake.setRules([{
            match: { hasTool: 'Read', lastInputType: 'message', noInputType: 'function_call_output' },
            reply: { toolCall: { name: 'Read', arguments: { file_path: secretPath } } },
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

        const requests = await bridge.fake.responsesRequests();
        const withOutput = requests.filter(r => r.body?.input?.some(i => i.type === 'function_call_output'));
        assert.ok(withOutput.length > 0, 'upstream saw a function_call_output');
        const turn = withOutput.at(-1).body.input;
        const call = turn.find(i => i.type === 'function_call' && i.name === 'Read');
        assert.ok(call, 'the Read call is replayed upstream');
        assert.deepEqual(JSON.parse(call.arguments), { file_path: secretPath });
        const output = turn.find(i => i.type === 'function_call_output' && i.call_id === call.call_id);
        assert.ok(JSON.stringify(output.output).includes(token), `function_call_output does not contain the token: ${JSON.stringify(output)}`);
        assert.ok(!turn.some(i => i.role === 'system'));
        await assertNoViolations(bridge.fake);
    });
});
