// The real Claude Code CLI routed to an OpenAI-compatible provider (the fake one): every family (opus, sonnet,
// haiku) is mapped to the provider, so the subscription sees nothing. Claude Code must read a file with its Read
// tool, split across streamed chunks, and report the content.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    ensureNodeModules, startBridge, startFakeOpenAi, managementClient, claudeWorkspace, claudeReadsSecret, CLAUDE_TIMEOUT_MS,
} from './harness.mjs';

ensureNodeModules();
const API_KEY = `sk-fake-${crypto.randomBytes(16).toString('hex')}`;

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

    test('claude -p reads a file with the Read tool through the provider and reports its content', { timeout: CLAUDE_TIMEOUT_MS + 30_000 }, async () => {
        const { token, secretPath, ...workspace } = claudeWorkspace(tmp, bridge);

        // The main agent's first turn (it has the Read tool, no tool result yet) asks for the file, with reasoning
        // and the arguments split across chunks; the turn with the tool result gets "Tool result: <content>".
        await provider.setRules([{
            match: { hasTool: 'Read', noRole: 'tool' },
            reply: { reasoning: 'The user wants the file.', toolCalls: [{ name: 'Read', arguments: { file_path: secretPath } }] },
        }]);

        await claudeReadsSecret(bridge, { token, ...workspace });

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
