// The real Claude Code CLI (native binary from @anthropic-ai/claude-code) through codex-bridge: it must read a
// file with its Read tool and report the content, the model being the fake Codex backend.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureNodeModules, startBridge, assertNoViolations, claudeWorkspace, claudeReadsSecret, CLAUDE_TIMEOUT_MS } from './harness.mjs';

ensureNodeModules();

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

    test('claude -p reads a file with the Read tool and reports its content', { timeout: CLAUDE_TIMEOUT_MS + 30_000 }, async () => {
        const { token, secretPath, ...workspace } = claudeWorkspace(tmp, bridge);

        // The main agent's first turn asks for the file; everything else (tool result, side requests such as
        // title or quota probes, which carry no Read tool) gets the default answer, which quotes a tool result.
        await bridge.fake.setRules([{
            match: { hasTool: 'Read', lastInputType: 'message', noInputType: 'function_call_output' },
            reply: { toolCall: { name: 'Read', arguments: { file_path: secretPath } } },
        }]);

        await claudeReadsSecret(bridge, { token, ...workspace });

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
