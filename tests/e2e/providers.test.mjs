// OpenAI-compatible providers end to end: codex-bridge serve with the fake Codex backend and the fake
// OpenAI-compatible server (tests/fakes/fake-openai-server.mjs), configured through /settings/providers and
// /settings/haiku-model, driven by the official Anthropic and OpenAI SDKs. Checks routing (haiku family, explicit
// provider/model, kilo), translation (streamed and not, reasoning, tool calls split across chunks, tool results),
// errors, the fallback after 429 usage_limit_reached, and that the API key reaches the provider but never a file
// or the proxy's output.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
    ensureNodeModules, startBridge, startFakeOpenAi, managementClient, assertNoViolations, captureWarnings,
    anthropicStreamProblems, TINY_PNG_BASE64,
} from './harness.mjs';

ensureNodeModules();
const { default: Anthropic } = await import('@anthropic-ai/sdk');
const { default: OpenAI } = await import('openai');

const API_KEY = `sk-fake-${crypto.randomBytes(16).toString('hex')}`;
const PROVIDER = { name: 'Fake Local', baseUrl: '', headers: { 'X-Title': 'codex-bridge-e2e' } };
const PROVIDER_ID = 'fake-local';

let bridge, provider, client, openai, manage;

// Every file under `dir` except the file-backed secret store the test environment uses instead of a keychain.
function filesContaining(dir, needle) {
    const hits = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath ?? entry.path, entry.name);
        if (path.basename(file) === 'secrets.json') continue;
        if (fs.readFileSync(file).includes(needle)) hits.push(file);
    }
    return hits;
}

const textOf = message => message.content.filter(b => b.type === 'text').map(b => b.text).join('');

async function streamEvents(params) {
    const events = [];
    const stream = client.messages.stream(params);
    stream.on('streamEvent', e => events.push(e));
    const message = await stream.finalMessage();
    return { events, message };
}

describe('OpenAI-compatible providers', () => {
    before(async () => {
        bridge = await startBridge();
        provider = await startFakeOpenAi();
        PROVIDER.baseUrl = provider.baseUrl;
        await provider.setConfig({ apiKey: API_KEY });
        bridge.sensitive.push(API_KEY);
        client = new Anthropic({ baseURL: bridge.url, apiKey: 'sk-ant-dummy', maxRetries: 0, timeout: 30_000 });
        openai = new OpenAI({ baseURL: `${bridge.url}/v1`, apiKey: 'sk-dummy', maxRetries: 0, timeout: 30_000 });
        manage = managementClient(bridge);
    });
    after(async () => {
        await provider?.stop();
        await bridge?.stop();
    });
    beforeEach(async () => {
        await provider.reset();
        await bridge.fake.reset();
    });

    test('off by default: no provider, haiku goes to the subscription, the routes need the management key', async () => {
        const listed = await manage('GET', '/settings/providers');
        assert.equal(listed.status, 200, listed.text);
        assert.deepEqual(listed.json.providers, []);
        const haiku = await manage('GET', '/settings/haiku-model');
        assert.deepEqual(haiku.json, { success: true, haikuKiloModel: '', kiloEnabled: false, routeHaiku: false });
        const refused = await fetch(`${bridge.url}/settings/providers`);
        assert.equal(refused.status, 403);
        const refusedPost = await fetch(`${bridge.url}/settings/haiku-model`, { method: 'POST', body: '{"haikuKiloModel":"x"}',
            headers: { 'content-type': 'application/json', origin: 'http://evil.example' } });
        assert.equal(refusedPost.status, 403);

        const message = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(textOf(message), 'Hello from fake codex');
        assert.equal((await provider.requests()).length, 0);
        assert.ok(!fs.existsSync(path.join(bridge.configDir, 'providers.json')), 'nothing written before a provider is added');
    });

    test('add a provider, test the connection, route haiku to it', async () => {
        const bad = await manage('POST', '/settings/providers', { action: 'add', provider: { name: 'x', baseUrl: 'ftp://nowhere' } });
        assert.equal(bad.status, 400, bad.text);

        const added = await manage('POST', '/settings/providers', { action: 'add', provider: PROVIDER, apiKey: API_KEY });
        assert.equal(added.status, 200, added.text);
        assert.ok(!added.text.includes(API_KEY), 'the reply contains the API key');
        assert.equal(added.json.providers[0].id, PROVIDER_ID);
        assert.equal(added.json.providers[0].hasApiKey, true);
        const again = await manage('POST', '/settings/providers', { action: 'add', provider: PROVIDER });
        assert.equal(again.status, 409);

        const tested = await manage('POST', '/settings/providers', { action: 'test', id: PROVIDER_ID });
        assert.equal(tested.status, 200, tested.text);
        assert.deepEqual(tested.json, { success: true, models: ['fake-small', 'fake-large'] });
        const wrongKey = await manage('POST', '/settings/providers', { action: 'test', provider: PROVIDER, apiKey: 'wrong' });
        assert.equal(wrongKey.json.success, false);
        assert.equal(wrongKey.json.status, 401);
        const modelsRequest = (await provider.requests()).find(r => r.path === '/v1/models');
        assert.equal(modelsRequest.headers.authorization, `Bearer ${API_KEY}`);
        assert.equal(modelsRequest.headers['x-title'], 'codex-bridge-e2e');

        const listed = await manage('GET', '/settings/providers');
        assert.deepEqual(listed.json.providers[0].models, ['fake-small', 'fake-large']);
        assert.ok(!listed.text.includes(API_KEY));

        const haiku = await manage('POST', '/settings/haiku-model', { haikuKiloModel: 'fake-small', routeHaiku: true });
        assert.equal(haiku.status, 200, haiku.text);
        assert.deepEqual(haiku.json, { success: true, haikuKiloModel: 'fake-small', kiloEnabled: true, routeHaiku: true });

        const models = await fetch(`${bridge.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } }).then(r => r.json());
        assert.ok(models.data.some(m => m.id === `${PROVIDER_ID}/fake-large`), JSON.stringify(models));
    });

    test('streamed haiku request: text, contiguous blocks, key and extra header sent, nothing to the subscription', async () => {
        const captured = captureWarnings();
        let result;
        try {
            result = await streamEvents({ model: 'claude-haiku-4-5-20251001', max_tokens: 300, system: 'Be brief.',
                stop_sequences: ['STOP'], messages: [{ role: 'user', content: 'Say hello' }] });
        } finally {
            captured.restore();
        }
        assert.deepEqual(captured.warnings, []);
        assert.deepEqual(anthropicStreamProblems(result.events), []);
        assert.equal(result.message.model, 'claude-haiku-4-5-20251001');
        assert.deepEqual(result.message.content.map(b => b.type), ['text']);
        assert.equal(result.message.content[0].text, 'Hello from fake openai');
        assert.equal(result.message.stop_reason, 'end_turn');
        assert.ok(result.message.usage.output_tokens > 0);

        const [sent] = await provider.chatRequests();
        assert.equal(sent.headers.authorization, `Bearer ${API_KEY}`);
        assert.equal(sent.headers['x-title'], 'codex-bridge-e2e');
        assert.equal(sent.body.model, 'fake-small');
        assert.equal(sent.body.stream, true);
        assert.deepEqual(sent.body.stream_options, { include_usage: true });
        assert.equal(sent.body.max_tokens, 300);
        assert.deepEqual(sent.body.stop, ['STOP']);
        assert.deepEqual(sent.body.messages, [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Say hello' }]);
        assert.equal((await bridge.fake.responsesRequests()).length, 0);
    });

    test('reasoning and tool calls split across chunks, streamed and not, then the tool result goes back', async () => {
        const tools = [{ name: 'Read', description: 'Reads a file', input_schema: { type: 'object', properties: { file_path: { type: 'string' } }, required: ['file_path'] } }];
        const args = { file_path: '/tmp/some/long/path/to/a/file-with-a-long-name.txt' };
        for (const [stream, reasoningField, nameLate] of [[true, 'reasoning_content', false], [false, 'reasoning', false], [true, 'reasoning', true]]) {
            await provider.setRules([{ match: { hasTool: 'Read', noRole: 'tool' }, reply: {
                reasoning: 'I should read the file first.', reasoningField, text: 'Reading it.',
                toolCalls: [{ name: 'Read', arguments: args, nameLate }, { name: 'Read', arguments: { file_path: '/b' } }] } }]);
            const params = { model: 'claude-haiku-4-5', max_tokens: 1000, tools, messages: [{ role: 'user', content: 'read it' }] };
            let message;
            if (stream) {
                const result = await streamEvents(params);
                assert.deepEqual(anthropicStreamProblems(result.events), []);
                message = result.message;
            } else {
                message = await client.messages.create(params);
            }
            const label = `stream=${stream} ${reasoningField} nameLate=${nameLate}`;
            assert.deepEqual(message.content.map(b => b.type), ['thinking', 'text', 'tool_use', 'tool_use'], label);
            assert.equal(message.content[0].thinking, 'I should read the file first.', label);
            assert.equal(message.content[1].text, 'Reading it.', label);
            assert.deepEqual(message.content[2].input, args, label);
            assert.deepEqual(message.content[3].input, { file_path: '/b' }, label);
            assert.equal(message.stop_reason, 'tool_use', label);

            const followUp = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1000, tools, messages: [
                { role: 'user', content: 'read it' },
                { role: 'assistant', content: message.content },
                { role: 'user', content: [
                    { type: 'tool_result', tool_use_id: message.content[2].id, content: 'file content 42' },
                    { type: 'tool_result', tool_use_id: message.content[3].id, content: [{ type: 'text', text: 'b' },
                        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: TINY_PNG_BASE64 } }] },
                ] },
            ] });
            assert.equal(followUp.content[0].text, 'Tool result: b', label);
            const sent = (await provider.chatRequests()).at(-1).body.messages;
            assert.deepEqual(sent.map(m => m.role), ['user', 'assistant', 'tool', 'tool', 'user'], label);
            assert.equal(sent[1].tool_calls[0].id, message.content[2].id, label);
            assert.equal(JSON.parse(sent[1].tool_calls[0].function.arguments).file_path, args.file_path, label);
            assert.equal(sent[2].content, 'file content 42', label);
            assert.equal(sent[4].content[0].type, 'image_url', label);
        }
    });

    test('explicit provider/model and kilo names route; a sonnet request stays on the subscription', async () => {
        const explicit = await client.messages.create({ model: `${PROVIDER_ID}/fake-large`, max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(explicit.content[0].text, 'Hello from fake openai');
        const kilo = await client.messages.create({ model: 'kilo', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(kilo.content[0].text, 'Hello from fake openai');
        assert.deepEqual((await provider.chatRequests()).map(r => r.body.model), ['fake-large', 'fake-small']);

        const sonnet = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(textOf(sonnet), 'Hello from fake codex');
        assert.equal((await provider.chatRequests()).length, 2);
        await assertNoViolations(bridge.fake);
    });

    test('OpenAI Chat clients are passed through to the provider', async () => {
        const completion = await openai.chat.completions.create({ model: `${PROVIDER_ID}/fake-small`, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(completion.choices[0].message.content, 'Hello from fake openai');
        const stream = await openai.chat.completions.create({ model: `${PROVIDER_ID}/fake-small`, stream: true, messages: [{ role: 'user', content: 'hi' }] });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
        assert.equal(text, 'Hello from fake openai');
        const sent = await provider.chatRequests();
        assert.deepEqual(sent.map(r => r.body.model), ['fake-small', 'fake-small']);
        assert.equal(sent[1].headers.authorization, `Bearer ${API_KEY}`);
    });

    test('provider errors: 401 and 400 answered at once, 500 retried, a cut stream ends with an error event', async () => {
        const params = { model: 'claude-haiku-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] };
        await provider.setRules([{ match: {}, reply: { status: 401, body: { error: { message: 'bad key', code: 'invalid_api_key' } } } }]);
        await assert.rejects(client.messages.create(params), e => e.status === 401 && /Fake Local/.test(e.message));
        await provider.setRules([{ match: {}, reply: { status: 400, body: { error: { message: 'context too big for this model' } } } }]);
        await assert.rejects(client.messages.create(params), e => e.status === 400 && /context too big/.test(e.message));
        await provider.reset();

        await provider.setRules([{ match: {}, times: 1, reply: { status: 500 } }]);
        const retried = await client.messages.create(params);
        assert.equal(retried.content[0].text, 'Hello from fake openai');
        assert.equal((await provider.chatRequests()).length, 2);

        await provider.setRules([{ match: {}, reply: { text: 'a long answer that will be cut', cut: { afterChunks: 3 } } }]);
        const events = [];
        const stream = client.messages.stream(params);
        stream.on('streamEvent', e => events.push(e));
        await assert.rejects(stream.finalMessage());
        assert.ok(!events.some(e => e.type === 'message_stop'), 'a cut stream must not end like a complete one');
        assert.ok(!events.some(e => e.type === 'message_delta'), 'no stop_reason after a cut');

        await provider.setRules([{ match: {}, reply: { text: 'partial text here', errorChunk: { afterChunks: 3, message: 'model crashed' } } }]);
        const errorEvents = [];
        const errored = client.messages.stream(params);
        errored.on('streamEvent', e => errorEvents.push(e));
        await assert.rejects(errored.finalMessage(), /model crashed/);
        assert.ok(!errorEvents.some(e => e.type === 'message_stop'));
    });

    test('429 usage_limit_reached on the subscription falls back to the provider', async () => {
        const routes = await manage('POST', '/settings/providers', { action: 'routes', fallback: { provider: PROVIDER_ID, model: 'fake-large' } });
        assert.equal(routes.status, 200, routes.text);
        assert.deepEqual(routes.json.fallback, { provider: PROVIDER_ID, model: 'fake-large' });
        const limit = { status: 429, body: { error: { type: 'usage_limit_reached', message: 'The usage limit has been reached', resets_in_seconds: 600 } } };
        await bridge.fake.setRules([{ match: {}, reply: limit }]);

        const streamed = await streamEvents({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.deepEqual(anthropicStreamProblems(streamed.events), []);
        assert.equal(streamed.message.content[0].text, 'Hello from fake openai');
        const plain = await client.messages.create({ model: 'claude-opus-4-1', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(plain.content[0].text, 'Hello from fake openai');
        const chat = await openai.chat.completions.create({ model: 'gpt-5.4', messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(chat.choices[0].message.content, 'Hello from fake openai');
        assert.deepEqual((await provider.chatRequests()).map(r => r.body.model), ['fake-large', 'fake-large', 'fake-large']);
        assert.equal((await bridge.fake.responsesRequests()).length, 3);

        // Without a fallback the client gets the subscription's 429.
        await manage('POST', '/settings/providers', { action: 'routes', fallback: null });
        await assert.rejects(client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] }),
            e => e.status === 429);
    });

    test('the API key is in no file of the config dir and not in the output; removing the provider restores the default', async () => {
        assert.deepEqual(filesContaining(bridge.configDir, API_KEY), []);
        const stored = JSON.parse(fs.readFileSync(path.join(bridge.configDir, 'providers.json'), 'utf8'));
        assert.equal(stored.providers[0].id, PROVIDER_ID);
        assert.ok(!bridge.output().includes(API_KEY));

        const removed = await manage('POST', '/settings/providers', { action: 'remove', id: PROVIDER_ID });
        assert.equal(removed.status, 200, removed.text);
        assert.deepEqual(removed.json.providers, []);
        assert.equal(removed.json.fallback, null);
        const secrets = fs.readFileSync(path.join(bridge.configDir, 'secrets.json'), 'utf8');
        assert.ok(!secrets.includes(`provider:${PROVIDER_ID}`), 'the key was not deleted from the secret store');
        const message = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
        assert.equal(textOf(message), 'Hello from fake codex');
        assert.equal((await provider.chatRequests()).length, 0);
    });
});
