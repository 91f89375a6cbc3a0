// The official OpenAI SDK (Chat Completions) against codex-bridge serve, upstream is the fake Codex backend.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { ensureNodeModules, startBridge, assertNoViolations, captureWarnings, TINY_PNG_BASE64 } from './harness.mjs';

ensureNodeModules();
const { default: OpenAI } = await import('openai');

const MODEL = 'gpt-5.5';
const marker = () => `m-${crypto.randomBytes(6).toString('hex')}`;
const WEATHER_TOOL = {
    type: 'function',
    function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};

let bridge;
let client;
const upstreamRequests = async () => bridge.fake.responsesRequests();
const lastUpstream = async () => (await upstreamRequests()).at(-1);
const secret = text => { bridge.sensitive.push(text); return text; };

describe('OpenAI SDK (chat completions) through codex-bridge', () => {
    before(async () => {
        bridge = await startBridge();
        client = new OpenAI({ baseURL: `${bridge.url}/v1`, apiKey: 'sk-dummy', maxRetries: 0, timeout: 30_000 });
    });
    after(async () => { await bridge?.stop(); });
    beforeEach(async () => { await bridge.fake.reset(); });

    test('non-streaming completion: content, finish_reason, usage; system message is not sent as system', async () => {
        const prompt = secret(`Hello? ${marker()}`);
        const completion = await client.chat.completions.create({
            model: MODEL, max_tokens: 200, temperature: 0.3, user: 'u1',
            messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: prompt }],
        });
        assert.equal(completion.object, 'chat.completion');
        assert.equal(completion.model, MODEL);
        assert.equal(completion.choices.length, 1);
        const choice = completion.choices[0];
        assert.equal(choice.message.role, 'assistant');
        assert.equal(choice.message.content, 'Hello from fake codex');
        assert.equal(choice.finish_reason, 'stop');
        const upstream = await lastUpstream();
        assert.equal(upstream.body.model, MODEL);
        assert.equal(completion.usage.completion_tokens, upstream.reply.usage.output_tokens);
        assert.equal(completion.usage.prompt_tokens, upstream.reply.usage.input_tokens);
        assert.equal(completion.usage.total_tokens, completion.usage.prompt_tokens + completion.usage.completion_tokens);
        assert.ok(JSON.stringify(upstream.body.input).includes('Be brief.') || upstream.body.instructions.includes('Be brief.'));
        assert.deepEqual(upstream.body.input.at(-1).content, [{ type: 'input_text', text: prompt }]);
        await assertNoViolations(bridge.fake);
    });

    test('streaming completion: deltas add up, final chunk has finish_reason and usage', async () => {
        const captured = captureWarnings();
        const chunks = [];
        try {
            const stream = await client.chat.completions.create({
                model: MODEL, stream: true, stream_options: { include_usage: true },
                messages: [{ role: 'user', content: secret(`Stream please ${marker()}`) }],
            });
            for await (const chunk of stream) chunks.push(chunk);
        } finally {
            captured.restore();
        }
        assert.deepEqual(captured.warnings, []);
        assert.ok(chunks.length > 2);
        for (const c of chunks) assert.equal(c.object, 'chat.completion.chunk');
        assert.equal(new Set(chunks.map(c => c.id)).size, 1, 'one id for the whole stream');
        const text = chunks.flatMap(c => c.choices).map(ch => ch.delta?.content ?? '').join('');
        assert.equal(text, 'Hello from fake codex');
        const finishes = chunks.flatMap(c => c.choices).map(ch => ch.finish_reason).filter(Boolean);
        assert.deepEqual(finishes, ['stop']);
        const usage = chunks.at(-1).usage;
        const upstream = await lastUpstream();
        assert.equal(usage?.completion_tokens, upstream.reply.usage.output_tokens);
        await assertNoViolations(bridge.fake);
    });

    test('tools, non-streaming: tool_calls with name and arguments, then a round trip', async () => {
        await bridge.fake.setRules([{ match: { hasTool: 'get_weather', lastInputType: 'message' }, reply: { toolCall: { name: 'get_weather', arguments: { city: 'Oslo' } } } }]);
        const messages = [{ role: 'user', content: secret(`Weather in Oslo? ${marker()}`) }];
        const first = await client.chat.completions.create({ model: MODEL, messages, tools: [WEATHER_TOOL], tool_choice: 'auto' });
        const choice = first.choices[0];
        assert.equal(choice.finish_reason, 'tool_calls');
        assert.equal(choice.message.tool_calls.length, 1);
        const call = choice.message.tool_calls[0];
        assert.equal(call.type, 'function');
        assert.equal(call.function.name, 'get_weather');
        assert.deepEqual(JSON.parse(call.function.arguments), { city: 'Oslo' });
        assert.ok(call.id);
        assert.equal((await lastUpstream()).body.tool_choice, 'auto');

        const result = secret(`Snow, -3 C ${marker()}`);
        messages.push(choice.message, { role: 'tool', tool_call_id: call.id, content: result });
        const second = await client.chat.completions.create({ model: MODEL, messages, tools: [WEATHER_TOOL] });
        assert.equal(second.choices[0].message.content, `Tool result: ${result}`);
        const upstream = await lastUpstream();
        const fc = upstream.body.input.filter(i => i.type === 'function_call');
        const fco = upstream.body.input.filter(i => i.type === 'function_call_output');
        assert.equal(fc.length, 1);
        assert.equal(fco.length, 1);
        assert.equal(fco[0].call_id, fc[0].call_id);
        assert.equal(fc[0].name, 'get_weather');
        await assertNoViolations(bridge.fake);
    });

    test('tools, streaming: tool_calls deltas accumulate to the right name and arguments', async () => {
        const args = { city: 'Zürich', days: 3, note: 'with "quotes" and unicode \u2713' };
        await bridge.fake.setRules([{ match: { hasTool: 'get_weather' }, reply: { text: 'Let me check.', toolCall: [
            { name: 'get_weather', arguments: args }, { name: 'get_weather', arguments: { city: 'Bern' } }] } }]);
        const stream = await client.chat.completions.create({
            model: MODEL, stream: true, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'Weather?' }],
        });
        const calls = [];
        let content = '';
        let finish = null;
        for await (const chunk of stream) {
            for (const ch of chunk.choices) {
                content += ch.delta?.content ?? '';
                for (const d of ch.delta?.tool_calls ?? []) {
                    calls[d.index] ??= { id: '', name: '', arguments: '' };
                    if (d.id) calls[d.index].id = d.id;
                    if (d.function?.name) calls[d.index].name += d.function.name;
                    if (d.function?.arguments) calls[d.index].arguments += d.function.arguments;
                }
                if (ch.finish_reason) finish = ch.finish_reason;
            }
        }
        assert.equal(content, 'Let me check.');
        assert.equal(finish, 'tool_calls');
        assert.equal(calls.length, 2);
        assert.deepEqual(calls.map(c => c.name), ['get_weather', 'get_weather']);
        assert.deepEqual(JSON.parse(calls[0].arguments), args);
        assert.deepEqual(JSON.parse(calls[1].arguments), { city: 'Bern' });
        assert.ok(calls[0].id && calls[1].id && calls[0].id !== calls[1].id);

        // The SDK's own accumulator agrees.
        const final = await client.chat.completions.stream({ model: MODEL, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'Weather?' }] }).finalChatCompletion();
        assert.deepEqual(final.choices[0].message.tool_calls.map(c => JSON.parse(c.function.arguments)), [args, { city: 'Bern' }]);
        await assertNoViolations(bridge.fake);
    });

    test('image_url parts: data URL and http URL reach upstream as input_image', async () => {
        const dataUrl = `data:image/png;base64,${TINY_PNG_BASE64}`;
        const completion = await client.chat.completions.create({
            model: MODEL,
            messages: [{ role: 'user', content: [
                { type: 'text', text: secret(`Describe ${marker()}`) },
                { type: 'image_url', image_url: { url: dataUrl, detail: 'low' } },
                { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
            ] }],
        });
        assert.equal(completion.choices[0].message.content, 'Hello from fake codex');
        const parts = (await lastUpstream()).body.input.at(-1).content;
        assert.deepEqual(parts.filter(p => p.type === 'input_image').map(p => p.image_url), [dataUrl, 'https://example.com/cat.png']);
        assert.ok(parts.some(p => p.type === 'input_text'));
        await assertNoViolations(bridge.fake);
    });

    test('error mapping: invalid request is a 400 in OpenAI shape', async () => {
        const err = await client.chat.completions.create({ model: MODEL, messages: 'not a list' }).then(() => null, e => e);
        assert.ok(err instanceof OpenAI.BadRequestError, `got ${err}`);
        assert.equal(err.status, 400);
        assert.equal(typeof err.error?.message, 'string');
        assert.ok(err.error.message.length > 0);
        assert.deepEqual(await upstreamRequests(), [], 'nothing was sent upstream');
    });

    test('error mapping: an upstream error event before any output is an API error, not an empty answer', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { errorEvent: { type: 'invalid_request_error', code: 'context_length_exceeded', message: 'Your input exceeds the context window of this model.' } } }]);
        const err = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'x' }] }).then(r => r, e => e);
        assert.ok(err instanceof OpenAI.APIError, `got ${JSON.stringify(err)}`);
        assert.ok(err.status >= 400, `status ${err.status}`);
        assert.match(err.error?.message ?? err.message, /context window/);

        const stream = await client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: 'user', content: 'x' }] }).catch(e => e);
        if (stream instanceof Error) {
            assert.ok(stream instanceof OpenAI.APIError);
        } else {
            await assert.rejects(async () => { for await (const chunk of stream) void chunk; }, OpenAI.APIError);
        }
        await assertNoViolations(bridge.fake);
    });

    test('error mapping: upstream 5xx before output is retried', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { status: 502, body: { error: { message: 'bad gateway', type: 'server_error' } } }, times: 1 }]);
        const completion = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'retry me' }] });
        assert.equal(completion.choices[0].message.content, 'Hello from fake codex');
        assert.equal((await upstreamRequests()).length, 2, 'one failed attempt, one retry');
        await assertNoViolations(bridge.fake);
    });

    test('error mapping: upstream reset after text was streamed -> the stream fails, no finish_reason stop', async () => {
        await bridge.fake.setRules([{ match: {}, reply: { reasoning: false, cut: { afterEvents: 6, mode: 'reset' } }, times: 1 }]);
        const stream = await client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: 'user', content: 'x' }] });
        const chunks = [];
        const error = await (async () => { for await (const chunk of stream) chunks.push(chunk); })().then(() => null, e => e);
        const text = chunks.flatMap(c => c.choices).map(ch => ch.delta?.content ?? '').join('');
        assert.ok(text.length > 0, 'partial text had been streamed');
        assert.ok(!chunks.flatMap(c => c.choices).some(ch => ch.finish_reason === 'stop'), 'a truncated answer must not end with finish_reason stop');
        assert.ok(error instanceof OpenAI.APIError, `expected the stream to fail with an API error, got ${error} after ${JSON.stringify(text)}`);
        await assertNoViolations(bridge.fake);
    });

    test('error mapping: upstream 429 is a RateLimitError (last test: the account may stay exhausted until reset)', async () => {
        const resetsIn = 3;
        await bridge.fake.setRules([{ match: {}, reply: { status: 429, body: { error: { type: 'usage_limit_reached', message: 'The usage limit has been reached', resets_in_seconds: resetsIn } } } }]);
        const err = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'x' }] }).then(() => null, e => e);
        assert.ok(err instanceof OpenAI.RateLimitError, `got ${err}`);
        assert.equal(typeof err.error?.message, 'string');
        await assertNoViolations(bridge.fake);
        await new Promise(resolve => setTimeout(resolve, (resetsIn + 1) * 1000));
    });
});
