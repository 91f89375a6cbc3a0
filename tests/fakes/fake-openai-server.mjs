#!/usr/bin/env node
// Fake OpenAI-compatible Chat Completions server (an Ollama / LM Studio / OpenRouter stand-in) for end-to-end
// tests of the provider route. Zero dependencies (node:http only).
//
//   node tests/fakes/fake-openai-server.mjs --port 0 [--host 127.0.0.1]
//
// Prints `listening on http://127.0.0.1:PORT` when ready. Routes: POST /v1/chat/completions (streamed when the
// request says stream:true, else one JSON body), GET /v1/models, and the control API (see README.md here).
import http from 'node:http';
import crypto from 'node:crypto';

function parseArgs(argv) {
    const args = { port: 0, host: '127.0.0.1' };
    for (let i = 2; i < argv.length; ++i) {
        if (argv[i] === '--port') args.port = Number(argv[++i]);
        else if (argv[i] === '--host') args.host = argv[++i];
        else throw new Error(`unknown argument: ${argv[i]}`);
    }
    return args;
}

const state = {
    config: { apiKey: null, models: ['fake-small', 'fake-large'] },
    rules: [],
    requests: [],
};

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', c => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}

const textOf = content => typeof content === 'string' ? content
    : Array.isArray(content) ? content.filter(p => p.type === 'text').map(p => p.text).join('\n') : '';

function matches(match = {}, body) {
    const messages = body.messages ?? [];
    const last = messages[messages.length - 1];
    if (match.model !== undefined && body.model !== match.model) return false;
    if (match.hasTool !== undefined && !(body.tools ?? []).some(t => t.function?.name === match.hasTool)) return false;
    if (match.lastRole !== undefined && last?.role !== match.lastRole) return false;
    if (match.textIncludes !== undefined && !messages.some(m => textOf(m.content).includes(match.textIncludes))) return false;
    if (match.noRole !== undefined && messages.some(m => m.role === match.noRole)) return false;
    return true;
}

function pickReply(body) {
    const index = state.rules.findIndex(rule => matches(rule.match, body));
    if (index < 0) return { reply: {}, rule: null };
    const rule = state.rules[index];
    if (rule.times !== undefined && --rule.times <= 0) state.rules.splice(index, 1);
    return { reply: rule.reply ?? {}, rule: index };
}

// Splits a string into pieces of `size` code points (so a split never cuts a surrogate pair).
function pieces(text, size) {
    const chars = [...text];
    const out = [];
    for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
    return out;
}

// The reply as a list of chunk deltas plus the finish reason and usage.
function planReply(reply, body) {
    const messages = body.messages ?? [];
    // The newest tool result since the last assistant turn (a user message with images may follow it).
    const lastAssistant = messages.map(m => m.role).lastIndexOf('assistant');
    const toolResult = messages.slice(lastAssistant + 1).filter(m => m.role === 'tool').at(-1);
    let text = reply.text;
    if (text === undefined && !reply.toolCalls && !reply.reasoning)
        text = toolResult ? `Tool result: ${textOf(toolResult.content)}` : 'Hello from fake openai';
    const deltas = [{ role: 'assistant', content: '' }];
    const reasoningField = reply.reasoningField ?? 'reasoning_content';
    for (const part of pieces(reply.reasoning ?? '', 4)) deltas.push({ [reasoningField]: part });
    for (const part of pieces(text ?? '', 5)) deltas.push({ content: part });
    (reply.toolCalls ?? []).forEach((call, index) => {
        const id = call.id ?? `call_${crypto.randomBytes(6).toString('hex')}`;
        const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {});
        const argPieces = pieces(args, 7);
        if (call.nameLate) {
            // Arguments first, then the id and name: a server may order the fields any way.
            deltas.push({ tool_calls: [{ index, function: { arguments: argPieces.shift() ?? '' } }] });
            deltas.push({ tool_calls: [{ index, id, type: 'function', function: { name: call.name } }] });
        } else {
            deltas.push({ tool_calls: [{ index, id, type: 'function', function: { name: call.name, arguments: '' } }] });
        }
        for (const p of argPieces) deltas.push({ tool_calls: [{ index, function: { arguments: p } }] });
    });
    const finishReason = reply.finishReason ?? ((reply.toolCalls ?? []).length ? 'tool_calls' : 'stop');
    const promptTokens = JSON.stringify(messages).length >> 2;
    const completionTokens = deltas.length;
    const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: reply.cachedTokens ?? 0 } };
    return { deltas, finishReason, usage };
}

function wholeReply(plan, body, reply) {
    const message = { role: 'assistant', content: null };
    const calls = [];
    for (const d of plan.deltas) {
        if (d.content) message.content = (message.content ?? '') + d.content;
        for (const key of ['reasoning_content', 'reasoning']) if (d[key]) message[key] = (message[key] ?? '') + d[key];
        for (const c of d.tool_calls ?? []) {
            calls[c.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } };
            if (c.id) calls[c.index].id = c.id;
            if (c.function?.name) calls[c.index].function.name = c.function.name;
            if (c.function?.arguments) calls[c.index].function.arguments += c.function.arguments;
        }
    }
    if (calls.length) message.tool_calls = calls;
    const completion = { id: `chatcmpl-${crypto.randomBytes(6).toString('hex')}`, object: 'chat.completion',
        created: Math.floor(Date.now() / 1000), model: body.model,
        choices: [{ index: 0, message, finish_reason: plan.finishReason }], usage: plan.usage };
    if (reply.omitUsage) delete completion.usage;
    return completion;
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function streamReply(res, plan, body, reply) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const id = `chatcmpl-${crypto.randomBytes(6).toString('hex')}`;
    const base = { id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
    const frames = plan.deltas.map(delta => ({ ...base, choices: [{ index: 0, delta, finish_reason: null }] }));
    frames.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: plan.finishReason }] });
    if (body.stream_options?.include_usage && !reply.omitUsage) frames.push({ ...base, choices: [], usage: plan.usage });
    let sent = 0;
    for (const frame of frames) {
        if (reply.cut && sent === reply.cut.afterChunks) {
            if (reply.cut.mode === 'reset') res.socket.destroy();
            else res.end();
            return;
        }
        if (reply.errorChunk && sent === (reply.errorChunk.afterChunks ?? 2)) {
            res.write(`data: ${JSON.stringify({ error: { message: reply.errorChunk.message ?? 'provider failed mid-stream', code: reply.errorChunk.code ?? 'server_error', type: 'server_error' } })}\n\n`);
            res.end();
            return;
        }
        res.write(`data: ${JSON.stringify(frame)}\n\n`);
        ++sent;
        if (reply.delayMs) await sleep(reply.delayMs);
    }
    if (!reply.noDone) res.write('data: [DONE]\n\n');
    res.end();
}

async function handleChat(req, res, record) {
    const body = record.body;
    if (state.config.apiKey && req.headers.authorization !== `Bearer ${state.config.apiKey}`) {
        record.status = 401;
        sendJson(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
        return;
    }
    if (!body || !Array.isArray(body.messages) || typeof body.model !== 'string') {
        record.status = 400;
        sendJson(res, 400, { error: { message: 'model and messages are required', type: 'invalid_request_error' } });
        return;
    }
    const { reply, rule } = pickReply(body);
    record.rule = rule;
    if (reply.status) {
        record.status = reply.status;
        sendJson(res, reply.status, reply.body ?? { error: { message: `fake error ${reply.status}`, type: 'server_error' } }, reply.headers ?? {});
        return;
    }
    const plan = planReply(reply, body);
    record.status = 200;
    if (body.stream) await streamReply(res, plan, body, reply);
    else sendJson(res, 200, wholeReply(plan, body, reply));
}

async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/__control/')) {
        const route = url.pathname.slice('/__control/'.length);
        const posted = raw ? JSON.parse(raw) : undefined;
        if (route === 'rules' && req.method === 'POST') {
            state.rules = url.searchParams.get('append') ? [...state.rules, ...posted] : posted;
            return sendJson(res, 200, { ok: true });
        }
        if (route === 'config' && req.method === 'POST') {
            Object.assign(state.config, posted);
            return sendJson(res, 200, state.config);
        }
        if (route === 'requests') return sendJson(res, 200, state.requests);
        if (route === 'reset' && req.method === 'POST') {
            state.rules = [];
            state.requests = [];
            return sendJson(res, 200, { ok: true });
        }
        return sendJson(res, 404, { error: { message: `no control route ${route}` } });
    }
    let body;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { body = undefined; }
    const record = { index: state.requests.length, method: req.method, path: url.pathname, headers: req.headers,
        body, rawBody: body === undefined ? raw : undefined, status: 0 };
    state.requests.push(record);
    if (req.method === 'GET' && url.pathname === '/v1/models') {
        if (state.config.apiKey && req.headers.authorization !== `Bearer ${state.config.apiKey}`) {
            record.status = 401;
            return sendJson(res, 401, { error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } });
        }
        record.status = 200;
        return sendJson(res, 200, { object: 'list', data: state.config.models.map(id => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
    }
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') return handleChat(req, res, record);
    record.status = 404;
    sendJson(res, 404, { error: { message: `no route ${req.method} ${url.pathname}`, type: 'invalid_request_error' } });
}

const args = parseArgs(process.argv);
const server = http.createServer((req, res) => {
    handle(req, res).catch(e => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(e?.stack ?? e) } });
        else res.destroy();
    });
});
server.listen(args.port, args.host, () => {
    const { port } = server.address();
    console.log(`listening on http://${args.host}:${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
