// Self-test of tests/fakes/fake-codex-backend.mjs: the e2e tests are only as good as its checks.
// Needs neither node_modules nor the proxy binary.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeBackend, parseSse, fixtureResponses, makeJwt } from './harness.mjs';

const TOKEN = makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
const HEADERS = {
    authorization: `Bearer ${TOKEN}`,
    'chatgpt-account-id': 'acc-self',
    originator: 'codex_cli_rs',
    'user-agent': 'codex_cli_rs/0.98.0 (Debian 12; x86_64) codex-bridge',
    accept: 'text/event-stream',
    'content-type': 'application/json',
    session_id: 'sess-1',
};
const userMessage = text => ({ type: 'message', role: 'user', content: [{ type: 'input_text', text }] });
const validBody = (extra = {}) => ({
    model: 'gpt-5.5', instructions: '', input: [userMessage('hi')], store: false, stream: true,
    include: ['reasoning.encrypted_content'], reasoning: { effort: 'medium', summary: 'auto' }, prompt_cache_key: 'sess-1',
    ...extra,
});

let fake;

async function post(body, headers = HEADERS) {
    const res = await fetch(`${fake.codexBase}/responses`, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, events: res.headers.get('content-type')?.startsWith('text/event-stream') ? parseSse(text) : null };
}

function assertWellFormedStream(events) {
    assert.equal(events[0].event, 'response.created');
    const last = events[events.length - 1];
    assert.equal(last.event, 'response.completed');
    for (const e of events) assert.equal(e.event, e.data.type, 'event: line matches data.type');
    const seqs = events.map(e => e.data.sequence_number);
    assert.deepEqual(seqs, seqs.map((_, i) => i), 'sequence numbers run 0,1,2...');
    const usage = last.data.response.usage;
    assert.ok(usage.input_tokens > 0 && usage.output_tokens > 0 && typeof usage.input_tokens_details.cached_tokens === 'number');
}

const textOf = events => events.filter(e => e.event === 'response.output_text.delta').map(e => e.data.delta).join('');

describe('fake Codex backend', () => {
    before(async () => { fake = await startFakeBackend(); });
    after(async () => { await fake.stop(); });
    beforeEach(async () => { await fake.reset(); });

    test('default reply: reasoning then text, deltas split, quota headers', async () => {
        const r = await post(validBody());
        assert.equal(r.status, 200);
        assertWellFormedStream(r.events);
        assert.equal(textOf(r.events), 'Hello from fake codex');
        assert.ok(r.events.filter(e => e.event === 'response.output_text.delta').length > 1, 'several text deltas');
        const items = r.events.filter(e => e.event === 'response.output_item.done').map(e => e.data.item);
        assert.deepEqual(items.map(i => i.type), ['reasoning', 'message']);
        assert.match(items[0].encrypted_content, /^gAAAA/);
        const added = r.events.find(e => e.event === 'response.output_item.added' && e.data.item.type === 'reasoning');
        assert.notEqual(added.data.item.encrypted_content, items[0].encrypted_content, '.added carries a different blob');
        assert.ok(items[0].summary[0].text.length > 0);
        assert.equal(r.headers.get('x-codex-primary-window-minutes'), '300');
        assert.equal(r.headers.get('x-codex-secondary-window-minutes'), '10080');
        assert.equal(r.headers.get('x-codex-plan-type'), 'plus');
        assert.ok(Number(r.headers.get('x-codex-primary-reset-at')) > Date.now() / 1000);
        assert.deepEqual(await fake.violations(), []);
    });

    test('reasoning without summary: item with empty summary and no summary events; models endpoint', async () => {
        const defaulted = await post(validBody({ model: 'gpt-5.6-luna', reasoning: undefined }));
        assert.equal(defaulted.status, 200);
        assert.equal(defaulted.events.find(e => e.event === 'response.output_item.done').data.item.type, 'reasoning', 'absent effort means medium');
        const plain = await post(validBody({ reasoning: { effort: 'low' } }));
        const item = plain.events.find(e => e.event === 'response.output_item.done').data.item;
        assert.equal(item.type, 'reasoning');
        assert.deepEqual(item.summary, []);
        assert.ok(!plain.events.some(e => e.event.startsWith('response.reasoning_summary')));
        const models = await (await fetch(`${fake.codexBase}/models?client_version=0.98.0`, { headers: HEADERS })).json();
        assert.ok(models.models.some(m => m.slug === 'gpt-5.5'));
    });

    test('repeated prompt_cache_key reports cached tokens', async () => {
        const first = await post(validBody({ input: [userMessage('x'.repeat(2000))] }));
        const second = await post(validBody({ input: [userMessage('x'.repeat(2000)), { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'ok' }] }, userMessage('more')] }));
        const cached = ev => ev[ev.length - 1].data.response.usage.input_tokens_details.cached_tokens;
        assert.equal(cached(first.events), 0);
        assert.ok(cached(second.events) > 0);
    });

    const violations = [
        ['store true', validBody({ store: true }), 'Store must be set to false'],
        ['store missing', validBody({ store: undefined }), 'Store must be set to false'],
        ['stream false', validBody({ stream: false }), 'Stream must be set to true'],
        ['instructions missing', validBody({ instructions: undefined }), 'Instructions are required'],
        ['system role', validBody({ input: [{ type: 'message', role: 'system', content: [{ type: 'input_text', text: 's' }] }] }), 'System messages are not allowed'],
        ['max_output_tokens', validBody({ max_output_tokens: 100 }), 'Unsupported parameter: max_output_tokens'],
        ['temperature', validBody({ temperature: 0.5 }), 'Unsupported parameter: temperature'],
        ['metadata', validBody({ metadata: {} }), 'Unsupported parameter: metadata'],
        ['unknown field', validBody({ thinking: {} }), 'Unsupported parameter: thinking'],
        ['no include', validBody({ include: undefined }), /reasoning\.encrypted_content/],
        ['summary null', validBody({ reasoning: { effort: 'low', summary: null } }), /reasoning\.summary/],
        ['effort unsupported by model', validBody({ reasoning: { effort: 'minimal', summary: 'auto' } }), /Unsupported value: 'minimal'/],
        ['unknown model', validBody({ model: 'claude-opus-4' }), "The 'claude-opus-4' model is not supported when using Codex with a ChatGPT account."],
        ['input not a list', validBody({ input: 'hi' }), /Invalid type for 'input'/],
        ['input_text in assistant message', validBody({ input: [{ type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'a' }] }] }), /Invalid value: 'input_text'/],
        ['bad image url', validBody({ input: [{ type: 'message', role: 'user', content: [{ type: 'input_image', image_url: 'iVBOR' }] }] }), /image_url/],
        ['call without output', validBody({ input: [userMessage('a'), { type: 'function_call', call_id: 'c1', name: 'Read', arguments: '{}' }] }), 'No tool output found for function call c1.'],
        ['output without call', validBody({ input: [userMessage('a'), { type: 'function_call_output', call_id: 'c2', output: 'x' }] }), /No tool call found for function call output with call_id c2/],
        ['call_id too long', validBody({ input: [{ type: 'function_call', call_id: 'c'.repeat(65), name: 'Read', arguments: '{}' }, { type: 'function_call_output', call_id: 'c'.repeat(65), output: '' }] }), /string too long/],
        ['bad function name', validBody({ input: [{ type: 'function_call', call_id: 'c3', name: 'mcp.tool', arguments: '{}' }, { type: 'function_call_output', call_id: 'c3', output: '' }] }), /does not match pattern/],
        ['item id too long', validBody({ input: [{ ...userMessage('a'), id: 'm'.repeat(65) }] }), /string too long/],
        ['arguments not a string', validBody({ input: [{ type: 'function_call', call_id: 'c4', name: 'Read', arguments: {} }, { type: 'function_call_output', call_id: 'c4', output: '' }] }), /arguments/],
        ['anthropic tool shape', validBody({ tools: [{ name: 'Read', description: 'd', input_schema: { type: 'object' } }] }), "Missing required parameter: 'tools[0].type'."],
        ['tool with extra key', validBody({ tools: [{ type: 'function', name: 'Read', parameters: { type: 'object', properties: {} }, input_schema: {} }] }), /Unknown parameter: 'tools\[0\]\.input_schema'/],
        ['tool name too long', validBody({ tools: [{ type: 'function', name: 'n'.repeat(65), parameters: { type: 'object', properties: {} } }] }), /string too long/],
        ['tool schema not object', validBody({ tools: [{ type: 'function', name: 'Read', parameters: { type: 'string' } }] }), /Invalid schema for function 'Read'/],
        ['tool_choice unknown function', validBody({ tools: [], tool_choice: { type: 'function', name: 'Nope' } }), /tool_choice/],
        ['unknown encrypted_content', validBody({ input: [userMessage('a'), { type: 'reasoning', summary: [], encrypted_content: 'gAAAAforged' }] }), /could not be verified/],
    ];
    for (const [name, body, message] of violations) {
        test(`rejects: ${name}`, async () => {
            const r = await post(body);
            assert.equal(r.status, 400);
            const err = JSON.parse(r.text).error;
            assert.equal(err.type, 'invalid_request_error');
            if (message instanceof RegExp) assert.match(err.message, message); else assert.equal(err.message, message);
            const recorded = await fake.violations();
            assert.equal(recorded.length, 1);
            assert.equal(recorded[0].message, err.message);
        });
    }

    const headerViolations = [
        ['no authorization', { authorization: undefined }, /Authorization/],
        ['no account id', { 'chatgpt-account-id': undefined }, /ChatGPT-Account-Id/],
        ['wrong originator', { originator: 'codex-bridge' }, /originator/],
        ['wrong user agent', { 'user-agent': 'Qt/6.4' }, /User-Agent/],
        ['accept json', { accept: 'application/json' }, /Accept/],
        ['session_id differs from prompt_cache_key', { session_id: 'other' }, /session_id/],
        ['session_id missing', { session_id: undefined }, /session_id/],
    ];
    for (const [name, change, message] of headerViolations) {
        test(`rejects header: ${name}`, async () => {
            const headers = { ...HEADERS, ...change };
            for (const k of Object.keys(headers)) if (headers[k] === undefined) delete headers[k];
            const r = await post(validBody(), headers);
            assert.equal(r.status, 400);
            assert.match(JSON.parse(r.text).error.message, message);
            assert.equal((await fake.violations()).length, 1);
        });
    }

    test('expected token and account are enforced when configured', async () => {
        await fake.setConfig({ expectAccessToken: 'other-token', expectAccountId: 'acc-self' });
        const r = await post(validBody());
        assert.equal(r.status, 400);
        await fake.setConfig({ expectAccessToken: TOKEN });
        assert.equal((await post(validBody())).status, 200);
    });

    test('tool round trip: rule replies a call, default quotes the output, issued reasoning replays', async () => {
        await fake.setRules([{ match: { hasTool: 'Read', lastInputType: 'message' }, reply: { toolCall: { name: 'Read', arguments: { file_path: '/tmp/x' } } } }]);
        const tools = [{ type: 'function', name: 'Read', description: 'read', parameters: { type: 'object', properties: { file_path: { type: 'string' } } }, strict: false }];
        const first = await post(validBody({ tools, tool_choice: 'auto', parallel_tool_calls: true }));
        assertWellFormedStream(first.events);
        const done = first.events.filter(e => e.event === 'response.output_item.done').map(e => e.data.item);
        const call = done.find(i => i.type === 'function_call');
        assert.equal(call.name, 'Read');
        assert.deepEqual(JSON.parse(call.arguments), { file_path: '/tmp/x' });
        const argDeltas = first.events.filter(e => e.event === 'response.function_call_arguments.delta');
        assert.ok(argDeltas.length > 1);
        assert.equal(argDeltas.map(e => e.data.delta).join(''), call.arguments);
        const reasoning = done.find(i => i.type === 'reasoning');
        const second = await post(validBody({ tools, input: [userMessage('read it'),
            { type: 'reasoning', summary: [], encrypted_content: reasoning.encrypted_content },
            { type: 'function_call', call_id: call.call_id, name: 'Read', arguments: call.arguments },
            { type: 'function_call_output', call_id: call.call_id, output: 'TOKEN-123' }] }));
        assert.equal(second.status, 200, second.text);
        assert.equal(textOf(second.events), 'Tool result: TOKEN-123');
        assert.deepEqual(await fake.violations(), []);
    });

    test('default quotes a tool result followed by reminder messages; noInputType', async () => {
        await fake.setRules([{ match: { lastInputType: 'message', noInputType: 'function_call_output' }, reply: { toolCall: { name: 'Read', arguments: {} } } }]);
        const input = [userMessage('go'), { type: 'function_call', call_id: 'c9', name: 'Read', arguments: '{}' },
            { type: 'function_call_output', call_id: 'c9', output: [{ type: 'input_text', text: 'file body' }] }, userMessage('<system-reminder>x</system-reminder>')];
        assert.equal(textOf((await post(validBody({ input }))).events), 'Tool result: file body');
        const first = await post(validBody({ input: [userMessage('go')] }));
        assert.ok(first.events.some(e => e.event === 'response.output_item.added' && e.data.item.type === 'function_call'));
    });

    test('rules: first match wins, times expire, textIncludes and model match', async () => {
        await fake.setRules([
            { match: { textIncludes: 'special' }, reply: { text: 'special answer' }, times: 1 },
            { match: { model: 'gpt-5.4' }, reply: { text: 'model rule' } },
            { match: {}, reply: { text: 'catch all', reasoning: false } },
        ]);
        assert.equal(textOf((await post(validBody({ input: [userMessage('a special one')] }))).events), 'special answer');
        assert.equal(textOf((await post(validBody({ input: [userMessage('a special one')] }))).events), 'catch all');
        const r = await post(validBody({ model: 'gpt-5.4' }));
        assert.equal(textOf(r.events), 'model rule');
        const types = (await post(validBody())).events.filter(e => e.event === 'response.output_item.done').map(e => e.data.item.type);
        assert.deepEqual(types, ['message']);
    });

    test('fixture replies replay the recorded events with SSE framing', async () => {
        const expected = fixtureResponses('openai-reasoning-encrypted-content.1');
        await fake.setRules([{ match: {}, reply: { fixture: 'openai-reasoning-encrypted-content.1', response: 1 } }]);
        const r = await post(validBody());
        assert.deepEqual(r.events.map(e => e.data), expected[1]);
        await fake.setRules([{ match: {}, reply: { fixture: 'parallel-tool-call-wrapper.1' } }]);
        const repaired = await post(validBody());
        assert.deepEqual(repaired.events.map(e => e.event), fixtureResponses('parallel-tool-call-wrapper.1')[0].map(e => e.type));
        assert.ok(repaired.events.every(e => typeof e.data === 'object'), 'truncated fixture lines are repaired');
    });

    test('fixture encrypted_content from output_item.done is accepted, the one from .added is not', async () => {
        const events = fixtureResponses('openai-reasoning-encrypted-content.1')[0];
        const good = events.find(e => e.type === 'response.output_item.done' && e.item.type === 'reasoning').item.encrypted_content;
        const bad = events.find(e => e.type === 'response.output_item.added' && e.item.type === 'reasoning').item.encrypted_content;
        assert.equal((await post(validBody({ input: [userMessage('a'), { type: 'reasoning', summary: [], encrypted_content: good }] }))).status, 200);
        const r = await post(validBody({ input: [userMessage('a'), { type: 'reasoning', summary: [], encrypted_content: bad }] }));
        assert.equal(r.status, 400);
        assert.equal(JSON.parse(r.text).error.code, 'invalid_encrypted_content');
    });

    test('status and error-event replies', async () => {
        await fake.setRules([
            { match: {}, reply: { status: 429, body: { error: { type: 'usage_limit_reached', message: 'limit', resets_in_seconds: 60 } }, headers: { 'retry-after': '60' } }, times: 1 },
            { match: {}, reply: { errorEvent: { code: 'server_is_overloaded', message: 'busy' } } },
        ]);
        const limited = await post(validBody());
        assert.equal(limited.status, 429);
        assert.equal(JSON.parse(limited.text).error.type, 'usage_limit_reached');
        assert.equal(limited.headers.get('retry-after'), '60');
        assert.equal(limited.headers.get('x-codex-plan-type'), 'plus');
        const failed = await post(validBody());
        assert.deepEqual(failed.events.map(e => e.event), ['response.created', 'response.in_progress', 'error', 'response.failed']);
        assert.equal(failed.events[2].data.error.code, 'server_is_overloaded');
        assert.deepEqual(await fake.violations(), []);
    });

    test('faults: end without a terminal event, connection reset', async () => {
        await fake.setRules([
            { match: {}, reply: { cut: { afterEvents: 3, mode: 'end' } }, times: 1 },
            { match: {}, reply: { cut: { afterEvents: 2, mode: 'reset' } }, times: 1 },
        ]);
        const ended = await post(validBody());
        assert.equal(ended.events.length, 3);
        assert.ok(!ended.events.some(e => e.event === 'response.completed'));
        const res = await fetch(`${fake.codexBase}/responses`, { method: 'POST', headers: HEADERS, body: JSON.stringify(validBody()) });
        await assert.rejects(res.text(), 'the body read fails on a reset');
    });

    test('faults: byte-level cut, reset and stall before headers, injected bytes, big delta, error after text', async () => {
        const full = await post(validBody());
        await fake.setRules([
            { match: {}, reply: { reasoning: false, cut: { afterBytes: 700, mode: 'end' } }, times: 1 },
            { match: {}, reply: { beforeHeaders: { mode: 'reset' } }, times: 1 },
            { match: {}, reply: { beforeHeaders: { mode: 'stall', ms: 300 } }, times: 1 },
            { match: {}, reply: { reasoning: false, inject: [{ text: 'data: {broken\n\n', afterEvents: 2 }, { base64: 'AP8=', afterEvents: 3 }] }, times: 1 },
            { match: {}, reply: { reasoning: false, bigDelta: 3_000_000 }, times: 1 },
            { match: {}, reply: { reasoning: false, text: 'partial', errorEvent: { code: 'server_error', message: 'x', events: 'failed' } }, times: 1 },
        ]);
        const cut = await post(validBody());
        assert.equal(Buffer.byteLength(cut.text), 700, 'exactly afterBytes bytes of body');
        assert.ok(full.text.length > 700);
        await assert.rejects(fetch(`${fake.codexBase}/responses`, { method: 'POST', headers: HEADERS, body: JSON.stringify(validBody()) }), 'reset before headers');
        const started = Date.now();
        const late = await post(validBody());
        assert.ok(Date.now() - started >= 300, 'answered after the stall');
        assertWellFormedStream(late.events);
        const injected = await post(validBody());
        assert.ok(injected.text.includes('data: {broken\n\nevent: '), 'raw text is written as given');
        assert.ok(injected.text.includes('\n\n\u0000\ufffdevent: '), 'raw bytes are written as given');
        const big = await post(validBody());
        const deltas = big.events.filter(e => e.event === 'response.output_text.delta');
        assert.equal(deltas.length, 1);
        assert.equal(deltas[0].data.delta.length, 3_000_000);
        const failed = await post(validBody());
        assert.deepEqual(failed.events.map(e => e.event).slice(-2), ['response.output_item.done', 'response.failed']);
        assert.equal(textOf(failed.events), 'partial');
        const records = (await fake.requests()).filter(r => r.path.endsWith('/responses'));
        assert.equal(records[1].completed, true, 'mode end finishes the body (without a terminal event)');
        assert.ok(records[1].closedAt >= Date.parse(records[1].time), 'closedAt is when the connection ended');
        assert.equal(records[2].completed, false, 'the reset before headers is recorded as not completed');
        assert.equal(records[3].completed, true);
    });

    test('requests are recorded with headers and parsed body; usage endpoint', async () => {
        await post(validBody({ input: [userMessage('recorded')] }));
        const usage = await (await fetch(`${fake.url}/backend-api/wham/usage`, { headers: HEADERS })).json();
        assert.equal(usage.plan_type, 'plus');
        assert.equal(usage.rate_limit.primary_window.limit_window_seconds, 18000);
        const requests = await fake.requests();
        assert.equal(requests.length, 2);
        assert.equal(requests[0].body.input[0].content[0].text, 'recorded');
        assert.equal(requests[0].headers.originator, 'codex_cli_rs');
        assert.equal(requests[0].status, 200);
        assert.equal((await fetch(`${fake.url}/backend-api/wham/usage`)).status, 400, 'usage needs the auth headers');
    });
});

describe('fake Codex backend with --chunked-writes', () => {
    let chunked;
    before(async () => { chunked = await startFakeBackend({ chunkedWrites: true }); });
    after(async () => { await chunked.stop(); });

    test('the stream is identical once reassembled', async () => {
        await chunked.setRules([{ match: {}, reply: { fixture: 'azure-gpt5-reasoning-multi-summary-with-encryption' } }]);
        const res = await fetch(`${chunked.codexBase}/responses`, { method: 'POST', headers: HEADERS, body: JSON.stringify(validBody()) });
        let reads = 0, text = '';
        const decoder = new TextDecoder();
        for await (const chunk of res.body) { ++reads; text += decoder.decode(chunk, { stream: true }); }
        assert.ok(reads > 50, `arrived in many pieces (${reads})`);
        assert.deepEqual(parseSse(text).map(e => e.data), fixtureResponses('azure-gpt5-reasoning-multi-summary-with-encryption')[0]);
    });
});
