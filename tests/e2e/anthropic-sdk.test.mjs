// The official Anthropic SDK against codex-bridge serve, upstream is the fake Codex backend.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import {
    ensureNodeModules, startBridge, assertNoViolations, captureWarnings, fixtureNames, fixtureResponses,
    anthropicStreamProblems, expectedFromResponsesEvents, TINY_PNG_BASE64,
} from './harness.mjs';

ensureNodeModules();
const { default: Anthropic } = await import('@anthropic-ai/sdk');

const MODEL = 'claude-sonnet-5-5';
const marker = () => `m-${crypto.randomBytes(6).toString('hex')}`;

let bridge;
let client;

const upstreamRequests = async () => bridge.fake.responsesRequests();
const lastUpstream = async () => (await upstreamRequests()).at(-1);
const lastUserText = prompt => { bridge.sensitive.push(prompt); return prompt; };

describe('Anthropic SDK through codex-bridge', () => {
    before(async () => {
        bridge = await startBridge();
        client = new Anthropic({ baseURL: bridge.url, apiKey: 'sk-ant-dummy', maxRetries: 0, timeout: 30_000 });
    });
    after(async () => { await bridge?.stop(); });
    beforeEach(async () => { await bridge.fake.reset(); });

    test('streaming text with thinking: thinking block with signature, text, usage, no SDK warnings', async () => {
        const prompt = lastUserText(`Say hello ${marker()}`);
        const captured = captureWarnings();
        const events = [];
        let message;
        try {
            const stream = client.messages.stream({
                model: MODEL, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 },
                messages: [{ role: 'user', content: prompt }],
            });
            stream.on('streamEvent', e => events.push(e));
            message = await stream.finalMessage();
        } finally {
            captured.restore();
        }
        assert.deepEqual(captured.warnings, []);
        assert.deepEqual(anthropicStreamProblems(events), []);

        const upstream = await lastUpstream();
        const [reasoning, answer] = upstream.reply.output;
        assert.equal(message.model, MODEL, 'the client model name is echoed');
        assert.equal(message.role, 'assistant');
        assert.deepEqual(message.content.map(b => b.type), ['thinking', 'text']);
        assert.equal(message.content[0].thinking, reasoning.summary[0].text);
        assert.equal(message.content[0].signature, reasoning.encrypted_content, 'signature is the encrypted_content of output_item.done');
        assert.equal(message.content[1].text, 'Hello from fake codex');
        assert.equal(answer.content[0].text, message.content[1].text);
        assert.equal(message.stop_reason, 'end_turn');
        assert.equal(message.usage.output_tokens, upstream.reply.usage.output_tokens);

        assert.equal(upstream.body.reasoning.effort, 'medium', 'budget 2048 maps to medium');
        assert.equal(upstream.body.reasoning.summary, 'auto');
        const lastInput = upstream.body.input.at(-1);
        assert.equal(lastInput.role, 'user');
        assert.deepEqual(lastInput.content, [{ type: 'input_text', text: prompt }]);
        await assertNoViolations(bridge.fake);
    });

    test('non-streaming create aggregates the stream; system prompt becomes a developer message', async () => {
        const prompt = lastUserText(`Hi there ${marker()}`);
        const message = await client.messages.create({
            model: MODEL, max_tokens: 1024, system: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } }],
            temperature: 0.2, top_p: 0.9, stop_sequences: ['END'], metadata: { user_id: 'someone' },
            messages: [{ role: 'user', content: prompt }],
        });
        assert.equal(message.type, 'message');
        assert.match(message.id, /^msg_/);
        assert.equal(message.model, MODEL);
        const text = message.content.filter(b => b.type === 'text');
        assert.deepEqual(text.map(b => b.text), ['Hello from fake codex']);
        assert.equal(message.stop_reason, 'end_turn');
        const upstream = await lastUpstream();
        assert.equal(upstream.body.stream, true, 'upstream is always streamed');
        const developer = upstream.body.input.find(i => i.role === 'developer');
        assert.ok(developer && JSON.stringify(developer.content).includes('You are terse.') || upstream.body.instructions.includes('You are terse.'),
            'the system prompt reaches upstream as a developer message (or instructions)');
        assert.equal(message.usage.output_tokens, upstream.reply.usage.output_tokens);
        await assertNoViolations(bridge.fake);
    });

    test('same Claude Code session gives a stable prompt_cache_key; cached tokens become cache_read_input_tokens', async () => {
        const session = crypto.randomUUID();
        const headers = { 'x-claude-code-session-id': session };
        const messages = [{ role: 'user', content: lastUserText(`${'A long shared prefix. '.repeat(200)}${marker()}`) }];
        await client.messages.create({ model: MODEL, max_tokens: 512, messages }, { headers });
        const second = await client.messages.create({ model: MODEL, max_tokens: 512, messages }, { headers });
        const [u1, u2] = await upstreamRequests();
        assert.ok(u1.body.prompt_cache_key, 'a prompt_cache_key is sent');
        assert.equal(u2.body.prompt_cache_key, u1.body.prompt_cache_key);
        assert.equal(u2.headers['session_id'], u2.body.prompt_cache_key);
        const { input_tokens: upIn, input_tokens_details: { cached_tokens: upCached } } = u2.reply.usage;
        assert.ok(upCached > 0, 'the fake backend reports a cache hit for the repeated prefix');
        assert.equal(second.usage.cache_read_input_tokens, upCached);
        assert.equal(second.usage.input_tokens, upIn - upCached);
        const other = await client.messages.create({ model: MODEL, max_tokens: 512, messages }, { headers: { 'x-claude-code-session-id': crypto.randomUUID() } });
        assert.ok(other);
        assert.notEqual((await lastUpstream()).body.prompt_cache_key, u1.body.prompt_cache_key, 'another session, another key');
        await assertNoViolations(bridge.fake);
    });

    test('tool round trip: tool_use from a function_call, tool_result becomes a paired function_call_output', async () => {
        const tools = [{
            name: 'get_weather', description: 'Weather for a city',
            input_schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        }];
        await bridge.fake.setRules([{ match: { hasTool: 'get_weather', lastInputType: 'message' }, reply: { toolCall: { name: 'get_weather', arguments: { city: 'Paris' } } } }]);
        const prompt = lastUserText(`Weather in Paris? ${marker()}`);
        const messages = [{ role: 'user', content: prompt }];
        const events = [];
        const first = client.messages.stream({ model: MODEL, max_tokens: 1024, tools, messages });
        first.on('streamEvent', e => events.push(e));
        const turn1 = await first.finalMessage();
        assert.deepEqual(anthropicStreamProblems(events), []);
        assert.equal(turn1.stop_reason, 'tool_use');
        const toolUse = turn1.content.find(b => b.type === 'tool_use');
        assert.equal(toolUse.name, 'get_weather');
        assert.deepEqual(toolUse.input, { city: 'Paris' });
        assert.match(toolUse.id, /^[a-zA-Z0-9_-]+$/);

        const toolOutput = `Sunny, 21 C ${marker()}`;
        bridge.sensitive.push(toolOutput);
        messages.push({ role: 'assistant', content: turn1.content });
        messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUse.id, content: toolOutput }] });
        const turn2 = await client.messages.stream({ model: MODEL, max_tokens: 1024, tools, messages }).finalMessage();
        assert.deepEqual(turn2.content.filter(b => b.type === 'text').map(b => b.text), [`Tool result: ${toolOutput}`]);
        assert.equal(turn2.stop_reason, 'end_turn');

        const upstream = await lastUpstream();
        const calls = upstream.body.input.filter(i => i.type === 'function_call');
        const outputs = upstream.body.input.filter(i => i.type === 'function_call_output');
        assert.equal(calls.length, 1);
        assert.equal(outputs.length, 1);
        assert.equal(calls[0].name, 'get_weather');
        assert.deepEqual(JSON.parse(calls[0].arguments), { city: 'Paris' });
        assert.equal(outputs[0].call_id, calls[0].call_id, 'function_call and function_call_output share the call_id');
        assert.ok(upstream.body.input.indexOf(calls[0]) < upstream.body.input.indexOf(outputs[0]));
        assert.equal(typeof outputs[0].output === 'string' ? outputs[0].output : outputs[0].output.map(p => p.text).join(''), toolOutput);
        const tool = upstream.body.tools.find(t => t.name === 'get_weather');
        assert.equal(tool.type, 'function');
        assert.deepEqual(tool.parameters.properties, { city: { type: 'string' } });
        await assertNoViolations(bridge.fake);
    });

    test('parallel tool calls: two tool_use blocks, two results sent back', async () => {
        const tools = [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }];
        await bridge.fake.setRules([{ match: { lastInputType: 'message' }, reply: { text: 'Checking both.', toolCall: [
            { name: 'get_weather', arguments: { city: 'Paris' } }, { name: 'get_weather', arguments: { city: 'Rome' } }] } }]);
        const messages = [{ role: 'user', content: lastUserText(`Paris and Rome? ${marker()}`) }];
        const turn1 = await client.messages.stream({ model: MODEL, max_tokens: 1024, tools, messages }).finalMessage();
        const uses = turn1.content.filter(b => b.type === 'tool_use');
        assert.deepEqual(uses.map(u => u.input.city), ['Paris', 'Rome']);
        assert.notEqual(uses[0].id, uses[1].id);
        assert.equal(turn1.content[turn1.content.findIndex(b => b.type === 'text')].text, 'Checking both.');
        messages.push({ role: 'assistant', content: turn1.content });
        messages.push({ role: 'user', content: uses.map(u => ({ type: 'tool_result', tool_use_id: u.id, content: [{ type: 'text', text: `${u.input.city}: fine` }] })) });
        const turn2 = await client.messages.create({ model: MODEL, max_tokens: 1024, tools, messages });
        assert.equal(turn2.content.find(b => b.type === 'text').text, 'Tool result: Rome: fine');
        const upstream = await lastUpstream();
        const callIds = upstream.body.input.filter(i => i.type === 'function_call').map(i => i.call_id);
        const outputIds = upstream.body.input.filter(i => i.type === 'function_call_output').map(i => i.call_id);
        assert.equal(callIds.length, 2);
        assert.deepEqual([...outputIds].sort(), [...callIds].sort());
        await assertNoViolations(bridge.fake);
    });

    test('image: base64 PNG reaches upstream as an input_image data URL', async () => {
        const message = await client.messages.create({
            model: MODEL, max_tokens: 512,
            messages: [{ role: 'user', content: [
                { type: 'image', source: { type: 'base64', media_type: 'image/png', data: TINY_PNG_BASE64 } },
                { type: 'text', text: lastUserText(`What colours? ${marker()}`) },
            ] }],
        });
        assert.equal(message.content.find(b => b.type === 'text').text, 'Hello from fake codex');
        const upstream = await lastUpstream();
        const parts = upstream.body.input.at(-1).content;
        const image = parts.find(p => p.type === 'input_image');
        assert.ok(image, `no input_image in ${JSON.stringify(parts)}`);
        assert.equal(image.image_url, `data:image/png;base64,${TINY_PNG_BASE64}`);
        assert.ok(parts.some(p => p.type === 'input_text' && p.text.startsWith('What colours?')));
        await assertNoViolations(bridge.fake);
    });

    test('signature round trip: a thinking block sent back becomes a reasoning item with the same encrypted_content', async () => {
        const messages = [{ role: 'user', content: lastUserText(`First question ${marker()}`) }];
        const thinking = { type: 'enabled', budget_tokens: 2048 };
        const turn1 = await client.messages.stream({ model: MODEL, max_tokens: 4096, thinking, messages }).finalMessage();
        const block = turn1.content.find(b => b.type === 'thinking');
        assert.match(block.signature, /^gAAAA/);
        // A thinking block from a real Anthropic model (foreign signature) must be dropped, not sent upstream.
        messages.push({ role: 'assistant', content: [{ type: 'thinking', thinking: 'old', signature: 'EqQBCkgIARABGAIiQL' }, { type: 'text', text: 'older answer' }] });
        messages.push({ role: 'user', content: 'and now?' });
        messages.push({ role: 'assistant', content: turn1.content });
        messages.push({ role: 'user', content: lastUserText(`Second question ${marker()}`) });
        const turn2 = await client.messages.stream({ model: MODEL, max_tokens: 4096, thinking, messages }).finalMessage();
        assert.ok(turn2.content.some(b => b.type === 'text'));
        const upstream = await lastUpstream();
        const reasoningItems = upstream.body.input.filter(i => i.type === 'reasoning');
        assert.deepEqual(reasoningItems.map(i => i.encrypted_content), [block.signature]);
        const idx = upstream.body.input.indexOf(reasoningItems[0]);
        assert.equal(upstream.body.input[idx + 1]?.role, 'assistant', 'the reasoning item stays in place, before the answer it belongs to');
        assert.ok(!JSON.stringify(upstream.body).includes('EqQBCkgIARABGAIiQL'), 'foreign signatures are not sent upstream');
        await assertNoViolations(bridge.fake);
    });

    test('count_tokens is answered locally', async () => {
        const small = await client.messages.countTokens({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] });
        const big = await client.messages.countTokens({
            model: MODEL, system: 'You are a helpful assistant.',
            tools: [{ name: 'Read', description: 'Read a file', input_schema: { type: 'object', properties: { file_path: { type: 'string' } } } }],
            messages: [{ role: 'user', content: 'hello world, '.repeat(500) }],
        });
        assert.ok(Number.isInteger(small.input_tokens) && small.input_tokens > 0);
        assert.ok(big.input_tokens > small.input_tokens * 20, `${big.input_tokens} vs ${small.input_tokens}`);
        assert.deepEqual(await upstreamRequests(), [], 'the backend saw no model turn');
        await assertNoViolations(bridge.fake);
    });

    test('models list', async () => {
        const page = await client.models.list();
        assert.ok(page.data.length > 0);
        for (const model of page.data) {
            assert.equal(model.type, 'model');
            assert.equal(typeof model.id, 'string');
            assert.equal(typeof model.display_name, 'string');
        }
        await assertNoViolations(bridge.fake);
    });

    describe('replay of recorded upstream streams through the SDK accumulator', () => {
        const tools = [
            { name: 'calculator', description: 'calc', input_schema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' }, op: { type: 'string' } } } },
            { name: 'weather', description: 'weather', input_schema: { type: 'object', properties: { location: { type: 'string' } } } },
            { name: 'cityAttractions', description: 'attractions', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
            { type: 'web_search_20250305', name: 'web_search', max_uses: 5 },
        ];
        for (const chunked of [false, true]) {
            for (const name of fixtureNames()) {
                fixtureResponses(name).forEach((responseEvents, response) => {
                    test(`${name} #${response}${chunked ? ' (upstream split into tiny writes)' : ''}`, async () => {
                        await bridge.fake.setConfig({ chunkedWrites: chunked });
                        await bridge.fake.setRules([{ match: {}, reply: { fixture: name, response } }]);
                        const expected = expectedFromResponsesEvents(responseEvents);
                        const events = [];
                        const stream = client.messages.stream({ model: MODEL, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 4096 }, tools,
                            messages: [{ role: 'user', content: 'replay' }] });
                        stream.on('streamEvent', e => events.push(e));
                        const result = await stream.finalMessage().then(m => ({ message: m }), error => ({ error }));
                        if (expected.terminal !== 'response.completed') {
                            assert.ok(result.error instanceof Anthropic.APIError, `expected an API error, got ${result.error ?? JSON.stringify(result.message)}`);
                            assert.match(result.error.message, /exceeded your current quota/);
                            return await assertNoViolations(bridge.fake);
                        }
                        assert.ifError(result.error);
                        const message = result.message;
                        assert.deepEqual(anthropicStreamProblems(events), []);
                        assert.equal(message.content.filter(b => b.type === 'text').map(b => b.text).join(''), expected.text);
                        assert.deepEqual(message.content.filter(b => b.type === 'thinking' && b.thinking).map(b => b.thinking), expected.thinking);
                        assert.deepEqual(message.content.filter(b => b.type === 'thinking' && b.signature).map(b => b.signature), expected.signatures);
                        const uses = message.content.filter(b => b.type === 'tool_use');
                        if (name.startsWith('parallel-tool-call-wrapper')) {
                            // Either passed through as the `parallel` wrapper or unwrapped into its calls.
                            const unwrapped = uses.map(u => [u.name, u.input]);
                            const wrapped = expected.calls.map(c => [c.name, c.input]);
                            const inner = expected.calls[0].input.tool_uses.map(t => [t.recipient_name.replace(/^functions\./, ''), t.parameters]);
                            assert.ok(JSON.stringify(unwrapped) === JSON.stringify(wrapped) || JSON.stringify(unwrapped) === JSON.stringify(inner),
                                `tool_use blocks ${JSON.stringify(unwrapped)}`);
                        } else {
                            assert.deepEqual(uses.map(u => [u.name, u.input]), expected.calls.map(c => [c.name, c.input]));
                        }
                        assert.equal(message.stop_reason, uses.length ? 'tool_use' : 'end_turn');
                        await assertNoViolations(bridge.fake);
                    });
                });
            }
        }
        after(async () => { await bridge.fake.setConfig({ chunkedWrites: false }); });
    });

    describe('upstream faults never turn into a fake end_turn', () => {
        const ask = () => {
            const events = [];
            const stream = client.messages.stream({ model: MODEL, max_tokens: 1024, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [{ role: 'user', content: 'fault' }] });
            stream.on('streamEvent', e => events.push(e));
            return stream.finalMessage().then(message => ({ message, events }), error => ({ error, events }));
        };
        const textDeltaIndex = 14; // default reply: created, in_progress, 9 reasoning events, 2 message openers, then text deltas

        for (const mode of ['end', 'reset']) {
            test(`connection ${mode === 'end' ? 'ends without a terminal event' : 'is reset'} after text was streamed -> error event`, async () => {
                await bridge.fake.setRules([{ match: {}, reply: { cut: { afterEvents: textDeltaIndex + 1, mode } }, times: 1 }]);
                const { message, error, events } = await ask();
                assert.equal(message, undefined, `a truncated answer was delivered as complete: ${JSON.stringify(message)}`);
                assert.ok(error instanceof Anthropic.APIError, `expected an error event (APIError), got ${error}`);
                assert.ok(events.some(e => e.type === 'content_block_delta' && e.delta.type === 'text_delta'), 'the partial text had been streamed');
                assert.ok(!events.some(e => e.type === 'message_stop'));
                await assertNoViolations(bridge.fake);
            });
        }

        test('stream ends before any output -> retried (or a clean error), never an empty success', async () => {
            await bridge.fake.setRules([{ match: {}, reply: { cut: { afterEvents: 2, mode: 'end' } }, times: 1 }]);
            const { message, error } = await ask();
            if (message) {
                assert.equal(message.content.find(b => b.type === 'text')?.text, 'Hello from fake codex');
                assert.equal((await upstreamRequests()).length, 2, 'the proxy retried');
            } else {
                assert.ok(error instanceof Anthropic.APIError, `got ${error}`);
            }
            await assertNoViolations(bridge.fake);
        });

        test('an unparseable terminal event (raw truncated fixture line) -> error, the proxy keeps serving', async () => {
            await bridge.fake.setRules([{ match: {}, reply: { fixture: 'parallel-tool-call-wrapper.1', raw: true }, times: 1 }]);
            const tools = [{ name: 'weather', description: 'w', input_schema: { type: 'object', properties: {} } }];
            const result = await client.messages.stream({ model: MODEL, max_tokens: 1024, tools, messages: [{ role: 'user', content: 'x' }] })
                .finalMessage().then(message => ({ message }), error => ({ error }));
            assert.equal(result.message, undefined, `the broken stream was delivered as complete: ${JSON.stringify(result.message)}`);
            assert.ok(result.error instanceof Anthropic.APIError, `got ${result.error}`);
            const ok = await client.messages.create({ model: MODEL, max_tokens: 100, messages: [{ role: 'user', content: 'still there?' }] });
            assert.equal(ok.content.find(b => b.type === 'text').text, 'Hello from fake codex');
            await assertNoViolations(bridge.fake);
        });
    });

    test('upstream 429 usage_limit_reached becomes a rate_limit_error with retry-after', async () => {
        // Last test of the file: the proxy may mark the only account exhausted until the reset.
        const resetsIn = 3;
        await bridge.fake.setRules([{ match: {}, reply: { status: 429, headers: { 'x-codex-primary-used-percent': '100' },
            body: { error: { type: 'usage_limit_reached', message: 'The usage limit has been reached', plan_type: 'plus', resets_in_seconds: resetsIn, resets_at: Math.floor(Date.now() / 1000) + resetsIn } } } }]);
        const err = await client.messages.create({ model: MODEL, max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }).then(() => null, e => e);
        assert.ok(err instanceof Anthropic.RateLimitError, `got ${err}`);
        assert.equal(err.status, 429);
        assert.equal(err.error?.error?.type, 'rate_limit_error');
        const retryAfter = Number(err.headers?.get('retry-after'));
        assert.ok(retryAfter > 0 && retryAfter <= resetsIn + 5, `retry-after ${retryAfter}`);
        await assertNoViolations(bridge.fake);
        await new Promise(resolve => setTimeout(resolve, (resetsIn + 1) * 1000));
    });
});
