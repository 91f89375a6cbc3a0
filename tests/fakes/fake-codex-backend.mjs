#!/usr/bin/env node
// Fake ChatGPT Codex backend for end-to-end tests. Zero dependencies (node:http only).
//
//   node tests/fakes/fake-codex-backend.mjs --port 0 [--host 127.0.0.1] [--fixtures DIR] [--chunked-writes]
//
// Prints `listening on http://127.0.0.1:PORT` on stdout when ready.
// It enforces the hard rules of shared/docs/codex-protocol.md (sections 2 and 3): a request that breaks one gets
// the backend's 400 reply and is recorded as a violation, so a test can assert that the proxy sent none.
// What it answers is decided by rules pushed through the control API (see README.md beside this file).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// The contract (codex-protocol.md). Kept together so that a change of the backend is a one-line change here too.

const CODEX_BASE = '/backend-api/codex';
const USAGE_PATH = '/backend-api/wham/usage';
const ALLOWED_FIELDS = new Set(['model', 'instructions', 'input', 'tools', 'tool_choice', 'parallel_tool_calls',
    'reasoning', 'store', 'stream', 'include', 'prompt_cache_key', 'text', 'service_tier']);
const FORBIDDEN_FIELDS = new Set(['max_output_tokens', 'max_tokens', 'temperature', 'top_p', 'top_k', 'truncation',
    'user', 'metadata', 'previous_response_id', 'stop']);
const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'];
const MAX_ID_LENGTH = 64;
const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
const USER_PARTS = new Set(['input_text', 'input_image', 'input_file']);
const ASSISTANT_PARTS = new Set(['output_text', 'refusal']);
const INPUT_ROLES = new Set(['user', 'assistant', 'developer']);
const FUNCTION_TOOL_KEYS = new Set(['type', 'name', 'description', 'parameters', 'strict']);
const WEB_SEARCH_TOOL_KEYS = new Set(['type', 'filters', 'user_location', 'external_web_access', 'search_context_size']);

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const sharedDir = process.env.CODEXBRIDGE_SHARED_DIR || path.resolve(here, '../../../shared');
    const args = { port: 0, host: '127.0.0.1', fixtures: path.join(sharedDir, 'fixtures'), chunkedWrites: false };
    for (let i = 2; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--port') args.port = Number(argv[++i]);
        else if (a === '--host') args.host = argv[++i];
        else if (a === '--fixtures') args.fixtures = path.resolve(argv[++i]);
        else if (a === '--chunked-writes') args.chunkedWrites = true;
        else throw new Error(`unknown argument: ${a}`);
    }
    return args;
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: responses-streams/<name>.chunks.txt hold one event JSON per line; a file may hold several responses,
// each starting with response.created.

function repairJson(line) {
    // Some recorded lines lost their final closing brace(s); add them back so the replay is well-formed JSON.
    for (let extra = 0; extra <= 3; ++extra) {
        const candidate = line + '}'.repeat(extra);
        try {
            return { text: candidate, json: JSON.parse(candidate), repaired: extra > 0 };
        } catch { /* try one more brace */ }
    }
    return null;
}

function loadFixtures(dir) {
    const streams = new Map();
    const validEncrypted = new Set();
    const streamDir = path.join(dir, 'responses-streams');
    if (fs.existsSync(streamDir)) {
        for (const file of fs.readdirSync(streamDir).sort()) {
            if (!file.endsWith('.chunks.txt')) continue;
            const responses = [];
            for (const raw of fs.readFileSync(path.join(streamDir, file), 'utf8').split('\n')) {
                if (!raw.trim()) continue;
                const parsed = repairJson(raw);
                const type = parsed ? parsed.json.type : (/"type":"([^"]+)"/.exec(raw) || [])[1];
                if (type === 'response.created' || responses.length === 0) responses.push([]);
                responses[responses.length - 1].push({ type, raw, text: parsed ? parsed.text : raw });
                // Only the encrypted_content of output_item.done is valid for replay (the one on .added is not).
                const item = parsed?.json?.item;
                if (type === 'response.output_item.done' && item?.type === 'reasoning' && item.encrypted_content)
                    validEncrypted.add(item.encrypted_content);
            }
            streams.set(file.slice(0, -'.chunks.txt'.length), responses);
        }
    }
    const modelsFile = path.join(dir, 'codex-models.json');
    const models = fs.existsSync(modelsFile) ? JSON.parse(fs.readFileSync(modelsFile, 'utf8')) : { models: [] };
    return { streams, models, validEncrypted };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation. Each check returns the backend's message for the first broken rule, or null.

const typeName = v => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v);
const invalidType = (where, expected, v) =>
    `Invalid type for '${where}': expected ${expected}, but got ${typeName(v) === 'array' ? 'an array' : `a ${typeName(v)}`} instead.`;

function checkHeaders(headers, config, { streaming }) {
    const auth = headers['authorization'] || '';
    if (!/^Bearer \S+$/.test(auth)) return 'Missing or malformed Authorization header (expected "Bearer <access_token>").';
    if (config.expectAccessToken && auth !== `Bearer ${config.expectAccessToken}`) return 'Authorization bearer token is not the account\'s access token.';
    if (!headers['chatgpt-account-id']) return 'Missing ChatGPT-Account-Id header.';
    if (config.expectAccountId && headers['chatgpt-account-id'] !== config.expectAccountId)
        return `ChatGPT-Account-Id is '${headers['chatgpt-account-id']}', expected '${config.expectAccountId}'.`;
    if (headers['originator'] !== 'codex_cli_rs') return `originator header must be codex_cli_rs, got '${headers['originator'] ?? ''}'.`;
    if (!(headers['user-agent'] || '').startsWith('codex_cli_rs/')) return `User-Agent must start with codex_cli_rs/, got '${headers['user-agent'] ?? ''}'.`;
    if (streaming) {
        if (!(headers['accept'] || '').includes('text/event-stream')) return `Accept must be text/event-stream, got '${headers['accept'] ?? ''}'.`;
        if (!(headers['content-type'] || '').startsWith('application/json')) return `Content-Type must be application/json, got '${headers['content-type'] ?? ''}'.`;
    }
    return null;
}

function checkId(where, v) {
    if (typeof v !== 'string') return invalidType(where, 'a string', v);
    if (v.length > MAX_ID_LENGTH)
        return `Invalid '${where}': string too long. Expected a string with maximum length ${MAX_ID_LENGTH}, but got a string with length ${v.length} instead.`;
    return null;
}

function checkName(where, v) {
    const tooLong = checkId(where, v);
    if (tooLong) return tooLong;
    if (!NAME_PATTERN.test(v)) return `Invalid '${where}': string does not match pattern. Expected a string that matches the pattern '${NAME_PATTERN.source}'.`;
    return null;
}

function checkContentParts(where, role, content) {
    if (typeof content === 'string') return null;
    if (!Array.isArray(content)) return invalidType(`${where}.content`, 'an array', content);
    const allowed = role === 'assistant' ? ASSISTANT_PARTS : USER_PARTS;
    for (const [j, part] of content.entries()) {
        const at = `${where}.content[${j}]`;
        if (!allowed.has(part?.type))
            return `Invalid value: '${part?.type}'. Supported values are: ${[...allowed].map(s => `'${s}'`).join(' and ')}.`;
        if ((part.type === 'input_text' || part.type === 'output_text') && typeof part.text !== 'string') return invalidType(`${at}.text`, 'a string', part.text);
        if (part.type === 'input_image' && !/^(data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]+|https?:\/\/\S+)$/.test(part.image_url ?? ''))
            return `Invalid '${at}.image_url': expected a base64-encoded data URL with an image MIME type or an http(s) URL.`;
        if (part.type === 'input_file' && typeof part.file_data !== 'string' && typeof part.file_url !== 'string' && typeof part.file_id !== 'string')
            return `Missing required parameter: '${at}.file_data'.`;
    }
    return null;
}

function checkInput(input, fixtures, issuedEncrypted) {
    if (!Array.isArray(input)) return invalidType('input', 'an array', input);
    const calls = new Set();
    const outputs = new Set();
    for (const [i, item] of input.entries()) {
        const at = `input[${i}]`;
        if (item === null || typeof item !== 'object') return invalidType(at, 'an object', item);
        if (item.id !== undefined) { const e = checkId(`${at}.id`, item.id); if (e) return e; }
        const type = item.type ?? 'message';
        if (type === 'message') {
            if (item.role === 'system') return 'System messages are not allowed';
            if (!INPUT_ROLES.has(item.role)) return `Invalid value: '${item.role}'. Supported values are: 'user', 'assistant', and 'developer'.`;
            const e = checkContentParts(at, item.role, item.content); if (e) return e;
        } else if (type === 'reasoning') {
            if (!Array.isArray(item.summary)) return invalidType(`${at}.summary`, 'an array', item.summary);
            if (item.encrypted_content !== undefined && !fixtures.validEncrypted.has(item.encrypted_content) && !issuedEncrypted.has(item.encrypted_content))
                return { message: `The encrypted content for item ${at} could not be verified.`, code: 'invalid_encrypted_content' };
        } else if (type === 'function_call') {
            let e = checkId(`${at}.call_id`, item.call_id) || checkName(`${at}.name`, item.name); if (e) return e;
            if (typeof item.arguments !== 'string') return invalidType(`${at}.arguments`, 'a string', item.arguments);
            calls.add(item.call_id);
        } else if (type === 'function_call_output') {
            const e = checkId(`${at}.call_id`, item.call_id); if (e) return e;
            if (!calls.has(item.call_id)) return `No tool call found for function call output with call_id ${item.call_id}.`;
            if (typeof item.output !== 'string') {
                const pe = checkContentParts(`${at}.output`, 'user', item.output); if (pe) return pe.replace('.output.content', '.output');
            }
            outputs.add(item.call_id);
        } else if (type !== 'web_search_call' && type !== 'item_reference') {
            return `Invalid value: '${type}' for '${at}.type'.`;
        }
    }
    for (const id of calls) if (!outputs.has(id)) return `No tool output found for function call ${id}.`;
    return null;
}

function checkTools(tools, toolChoice) {
    if (tools === undefined) return null;
    if (!Array.isArray(tools)) return invalidType('tools', 'an array', tools);
    const names = new Set();
    for (const [i, tool] of tools.entries()) {
        const at = `tools[${i}]`;
        if (tool?.type === 'function') {
            for (const key of Object.keys(tool)) if (!FUNCTION_TOOL_KEYS.has(key)) return `Unknown parameter: '${at}.${key}'.`;
            const e = checkName(`${at}.name`, tool.name); if (e) return e;
            if (names.has(tool.name)) return `Duplicate tool name: '${tool.name}'.`;
            names.add(tool.name);
            if (tool.description !== undefined && typeof tool.description !== 'string') return invalidType(`${at}.description`, 'a string', tool.description);
            if (tool.strict !== undefined && typeof tool.strict !== 'boolean') return invalidType(`${at}.strict`, 'a boolean', tool.strict);
            const p = tool.parameters;
            if (p === null || typeof p !== 'object' || Array.isArray(p) || p.type !== 'object')
                return `Invalid schema for function '${tool.name}': schema must be a JSON Schema of 'type: "object"', got 'type: "${p?.type ?? 'None'}"'.`;
        } else if (tool?.type === 'web_search') {
            for (const key of Object.keys(tool)) if (!WEB_SEARCH_TOOL_KEYS.has(key)) return `Unknown parameter: '${at}.${key}'.`;
        } else if (tool?.type === undefined) {
            return `Missing required parameter: '${at}.type'.`;
        } else {
            return `Invalid value: '${tool.type}'. Supported values are: 'function' and 'web_search'.`;
        }
    }
    if (toolChoice === undefined || ['auto', 'none', 'required'].includes(toolChoice)) return null;
    if (toolChoice?.type === 'function' && names.has(toolChoice.name)) return null;
    if (toolChoice?.type === 'web_search' && tools.some(t => t.type === 'web_search')) return null;
    return `Invalid value for 'tool_choice': ${JSON.stringify(toolChoice)}.`;
}

function checkBody(body, fixtures, issuedEncrypted) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'We could not parse the JSON body of your request.';
    for (const key of Object.keys(body)) if (FORBIDDEN_FIELDS.has(key) || !ALLOWED_FIELDS.has(key)) return `Unsupported parameter: ${key}`;
    if (body.store !== false) return 'Store must be set to false';
    if (body.stream !== true) return 'Stream must be set to true';
    if (typeof body.instructions !== 'string') return 'Instructions are required';
    const known = fixtures.models.models ?? [];
    const model = known.find(m => m.slug === body.model);
    if (typeof body.model !== 'string' || (known.length && !model))
        return `The '${body.model}' model is not supported when using Codex with a ChatGPT account.`;
    if (!Array.isArray(body.include) || !body.include.includes('reasoning.encrypted_content'))
        return `'include' must contain 'reasoning.encrypted_content' (got ${JSON.stringify(body.include)}).`;
    if (body.reasoning !== undefined) {
        const r = body.reasoning;
        if (r === null || typeof r !== 'object') return invalidType('reasoning', 'an object', r);
        if ('summary' in r && typeof r.summary !== 'string') return invalidType('reasoning.summary', 'a string', r.summary);
        if (r.effort !== undefined) {
            const levels = model?.supported_reasoning_levels?.map(l => l.effort) ?? EFFORTS;
            if (!levels.includes(r.effort))
                return `Unsupported value: '${r.effort}' is not supported with the '${body.model}' model. Supported values are: ${levels.map(l => `'${l}'`).join(', ')}.`;
        }
    }
    if (body.parallel_tool_calls !== undefined && typeof body.parallel_tool_calls !== 'boolean')
        return invalidType('parallel_tool_calls', 'a boolean', body.parallel_tool_calls);
    if (body.prompt_cache_key !== undefined && typeof body.prompt_cache_key !== 'string')
        return invalidType('prompt_cache_key', 'a string', body.prompt_cache_key);
    return checkTools(body.tools, body.tool_choice) || checkInput(body.input, fixtures, issuedEncrypted);
}

// ---------------------------------------------------------------------------------------------------------------
// Reply generation: a reply is a plan {status, headers, events | body, cut} built from a rule, then written.

const randomId = (prefix, bytes = 24) => prefix + crypto.randomBytes(bytes).toString('hex').slice(0, bytes * 2);
const obfuscation = () => crypto.randomBytes(8).toString('base64url').slice(0, 3 + crypto.randomInt(12));
const estimateTokens = text => Math.max(1, Math.ceil(Buffer.byteLength(text) / 4));

function splitPieces(text, pieces = 4) {
    // Several deltas, like the real stream; split on code points so no surrogate pair is cut.
    const chars = Array.from(text);
    if (chars.length <= 1) return [text];
    const n = Math.min(pieces, chars.length);
    const size = Math.ceil(chars.length / n);
    const out = [];
    for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
    return out;
}

function outputText(item) {
    if (typeof item?.output === 'string') return item.output;
    if (Array.isArray(item?.output)) return item.output.filter(p => p.type === 'input_text').map(p => p.text).join('\n');
    return '';
}

function allText(input) {
    const parts = [];
    for (const item of Array.isArray(input) ? input : []) {
        if (Array.isArray(item.content)) for (const p of item.content) if (typeof p.text === 'string') parts.push(p.text);
        if (typeof item.content === 'string') parts.push(item.content);
        if (item.type === 'function_call_output') parts.push(outputText(item));
        if (item.type === 'function_call') parts.push(item.arguments ?? '');
    }
    return parts.join('\n');
}

function ruleMatches(match = {}, body, headers = {}) {
    const input = Array.isArray(body.input) ? body.input : [];
    const last = input[input.length - 1];
    if (match.accountId !== undefined && headers['chatgpt-account-id'] !== match.accountId) return false;
    if (match.hasTool !== undefined && !(body.tools ?? []).some(t => t.name === match.hasTool || t.type === match.hasTool)) return false;
    if (match.lastInputType !== undefined && (last?.type ?? 'message') !== match.lastInputType) return false;
    if (match.lastRole !== undefined && last?.role !== match.lastRole) return false;
    if (match.model !== undefined && body.model !== match.model) return false;
    if (match.textIncludes !== undefined && !allText(input).includes(match.textIncludes)) return false;
    if (match.noInputType !== undefined && input.some(i => (i.type ?? 'message') === match.noInputType)) return false;
    return true;
}

class StreamBuilder {
    // Builds the event sequence of one generated response, numbering events like the real backend.
    constructor(body, usage) {
        this.body = body;
        this.usage = usage;
        this.seq = 0;
        this.events = [];
        this.output = [];
        this.response = {
            id: randomId('resp_'), object: 'response', created_at: Math.floor(Date.now() / 1000), status: 'in_progress',
            background: false, error: null, incomplete_details: null, instructions: body.instructions ?? null,
            max_output_tokens: null, model: body.model, output: [], parallel_tool_calls: body.parallel_tool_calls ?? true,
            previous_response_id: null, prompt_cache_key: body.prompt_cache_key ?? null,
            reasoning: { effort: body.reasoning?.effort ?? 'medium', summary: body.reasoning?.summary ?? null },
            service_tier: 'auto', store: false, temperature: 1, text: { format: { type: 'text' }, verbosity: 'medium' },
            tool_choice: body.tool_choice ?? 'auto', tools: body.tools ?? [], top_p: 1, truncation: 'disabled',
            usage: null, user: null, metadata: {},
        };
    }
    push(type, fields) { this.events.push({ type, data: { type, sequence_number: this.seq++, ...fields } }); }
    start() {
        this.push('response.created', { response: { ...this.response } });
        this.push('response.in_progress', { response: { ...this.response } });
    }
    reasoning(summaryText, issuedEncrypted) {
        const output_index = this.output.length;
        const id = randomId('rs_');
        const final = 'gAAAAAB' + crypto.randomBytes(150).toString('base64url');
        issuedEncrypted.add(final);
        // The real backend sends a different (not replayable) blob on .added; only the one on .done is valid.
        this.push('response.output_item.added', { output_index, item: { id, type: 'reasoning', encrypted_content: 'gAAAAAB' + crypto.randomBytes(60).toString('base64url'), summary: [] } });
        const summary = [];
        if (summaryText !== null) {
            const part = { type: 'summary_text', text: '' };
            this.push('response.reasoning_summary_part.added', { item_id: id, output_index, summary_index: 0, part });
            for (const delta of splitPieces(summaryText)) this.push('response.reasoning_summary_text.delta', { item_id: id, output_index, summary_index: 0, delta, obfuscation: obfuscation() });
            this.push('response.reasoning_summary_text.done', { item_id: id, output_index, summary_index: 0, text: summaryText });
            this.push('response.reasoning_summary_part.done', { item_id: id, output_index, summary_index: 0, part: { type: 'summary_text', text: summaryText } });
            summary.push({ type: 'summary_text', text: summaryText });
        }
        const item = { id, type: 'reasoning', encrypted_content: final, summary };
        this.push('response.output_item.done', { output_index, item });
        this.output.push(item);
    }
    message(text, pieces = 4) {
        const output_index = this.output.length;
        const id = randomId('msg_');
        this.push('response.output_item.added', { output_index, item: { id, type: 'message', status: 'in_progress', content: [], role: 'assistant' } });
        this.push('response.content_part.added', { item_id: id, output_index, content_index: 0, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
        for (const delta of pieces === 1 ? [text] : splitPieces(text, pieces)) this.push('response.output_text.delta', { item_id: id, output_index, content_index: 0, delta, logprobs: [], obfuscation: obfuscation() });
        this.push('response.output_text.done', { item_id: id, output_index, content_index: 0, text, logprobs: [] });
        const part = { type: 'output_text', annotations: [], logprobs: [], text };
        this.push('response.content_part.done', { item_id: id, output_index, content_index: 0, part });
        const item = { id, type: 'message', status: 'completed', content: [part], role: 'assistant' };
        this.push('response.output_item.done', { output_index, item });
        this.output.push(item);
    }
    functionCall(name, args, callId = randomId('call_', 12)) {
        const output_index = this.output.length;
        const id = randomId('fc_');
        const argText = typeof args === 'string' ? args : JSON.stringify(args ?? {});
        this.push('response.output_item.added', { output_index, item: { id, type: 'function_call', status: 'in_progress', arguments: '', call_id: callId, name } });
        for (const delta of splitPieces(argText, 5)) this.push('response.function_call_arguments.delta', { item_id: id, output_index, delta, obfuscation: obfuscation() });
        this.push('response.function_call_arguments.done', { item_id: id, output_index, arguments: argText });
        const item = { id, type: 'function_call', status: 'completed', arguments: argText, call_id: callId, name };
        this.push('response.output_item.done', { output_index, item });
        this.output.push(item);
    }
    complete({ emptyOutput = false, status = 'completed', incompleteReason } = {}) {
        const outTokens = estimateTokens(JSON.stringify(this.output));
        const usage = {
            input_tokens: this.usage.input, input_tokens_details: { cached_tokens: this.usage.cached },
            output_tokens: outTokens, output_tokens_details: { reasoning_tokens: this.output.some(i => i.type === 'reasoning') ? Math.ceil(outTokens / 3) : 0 },
            total_tokens: this.usage.input + outTokens,
        };
        const response = { ...this.response, status, output: emptyOutput ? [] : this.output, usage,
            incomplete_details: status === 'incomplete' ? { reason: incompleteReason ?? 'max_output_tokens' } : null };
        this.push(status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response });
    }
    failWith(error) {
        // error.events: 'both' (default, as the backend does), 'error' or 'failed' alone.
        const only = error.events ?? 'both';
        if (only !== 'failed')
            this.push('error', { error: { type: error.type ?? 'server_error', code: error.code ?? 'server_error', message: error.message ?? 'An error occurred while processing your request.', param: null } });
        if (only !== 'error')
            this.push('response.failed', { response: { ...this.response, status: 'failed', error: { code: error.code ?? 'server_error', message: error.message ?? 'An error occurred while processing your request.' } } });
    }
}

function quotaHeaders(quota) {
    const now = Math.floor(Date.now() / 1000);
    return {
        'x-codex-plan-type': quota.planType,
        'x-codex-primary-used-percent': String(quota.primaryUsedPercent),
        'x-codex-primary-window-minutes': '300',
        'x-codex-primary-reset-after-seconds': String(quota.primaryResetAfter),
        'x-codex-primary-reset-at': String(now + quota.primaryResetAfter),
        'x-codex-secondary-used-percent': String(quota.secondaryUsedPercent),
        'x-codex-secondary-window-minutes': '10080',
        'x-codex-secondary-reset-after-seconds': String(quota.secondaryResetAfter),
        'x-codex-secondary-reset-at': String(now + quota.secondaryResetAfter),
    };
}

// Turns (request body, matched rule reply) into a plan. Extend here for new kinds of reply.
function planReply(state, body, reply, usage) {
    if (reply.status !== undefined)
        return { status: reply.status, headers: reply.headers ?? {}, body: reply.body ?? { error: { message: 'fake error', type: 'server_error' } } };
    const faults = { cut: reply.cut, delayMs: reply.delayMs, inject: reply.inject, beforeHeaders: reply.beforeHeaders, oneWrite: reply.oneWrite };
    if (reply.fixture !== undefined) {
        const responses = state.fixtures.streams.get(reply.fixture);
        if (!responses) return { status: 500, body: { error: { message: `unknown fixture ${reply.fixture}`, type: 'fake_backend_error' } } };
        const events = responses[reply.response ?? 0].map(e => ({ type: e.type, text: reply.raw ? e.raw : e.text }));
        return { status: 200, events, ...faults };
    }
    const stream = new StreamBuilder(body, usage);
    stream.start();
    if (reply.bigDelta !== undefined) {
        // One text delta of bigDelta bytes (one huge `data:` line), built without splitting into code points.
        stream.message('0123456789abcdef'.repeat(Math.ceil(reply.bigDelta / 16)).slice(0, reply.bigDelta), 1);
        stream.complete();
        return { status: 200, events: stream.events, ...faults };
    }
    if (reply.errorEvent !== undefined) {
        // With `text`, the failure comes after that answer was streamed (output already reached the client).
        if (reply.text !== undefined) stream.message(reply.text);
        stream.failWith(reply.errorEvent);
        return { status: 200, events: stream.events, ...faults };
    }
    const effort = body.reasoning?.effort ?? 'medium';
    const wantReasoning = reply.reasoning ?? effort !== 'none';
    if (wantReasoning) stream.reasoning('summary' in (body.reasoning ?? {}) ? (reply.summary ?? '**Thinking**\n\nThe fake backend is considering the request.') : null, state.issuedEncrypted);
    // Clients may append user messages (reminders) after a tool result: the newest non-user item decides.
    const input = Array.isArray(body.input) ? body.input : [];
    const newest = input.findLast(item => !(item.type === 'message' && item.role === 'user'));
    let text = reply.text;
    const toolCalls = reply.toolCall === undefined ? [] : [].concat(reply.toolCall);
    if (text === undefined && toolCalls.length === 0)
        text = newest?.type === 'function_call_output' ? `Tool result: ${outputText(newest)}` : 'Hello from fake codex';
    if (text !== undefined) stream.message(text);
    for (const call of toolCalls) stream.functionCall(call.name, call.arguments, call.callId);
    stream.complete({ emptyOutput: reply.emptyOutput, status: reply.incomplete ? 'incomplete' : 'completed', incompleteReason: reply.incomplete });
    const completedUsage = stream.events[stream.events.length - 1].data.response.usage;
    return { status: 200, events: stream.events, ...faults, summary: { output: stream.output, usage: completedUsage } };
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const tick = () => new Promise(resolve => setImmediate(resolve));

async function writeChunked(res, bytes) {
    // Random small writes (cutting through multi-byte characters too) so the client's SSE parser must reassemble.
    for (let i = 0; i < bytes.length;) {
        const n = 1 + crypto.randomInt(Math.min(64, bytes.length - i));
        res.write(bytes.subarray(i, i + n));
        i += n;
        await tick();
    }
}

const resetSocket = res => { res.socket?.resetAndDestroy?.() ?? res.destroy(); };

// Sleeps `ms` (default: an hour) or until the peer goes away, so a stall never outlives its connection.
function stallUntilClosed(res, ms) {
    return new Promise(resolve => {
        const timer = setTimeout(done, ms ?? 3_600_000);
        function done() { clearTimeout(timer); res.off('close', done); resolve(); }
        res.on('close', done);
    });
}

function drained(res) {
    return new Promise(resolve => {
        function done() { res.off('drain', done); res.off('close', done); resolve(); }
        res.on('drain', done);
        res.on('close', done);
    });
}

// Applies a cut: true when the reply is over (reset or ended), false after a stall that the peer outlived.
async function applyCut(res, cut) {
    if (cut.mode === 'reset') { resetSocket(res); return true; }
    if (cut.mode === 'end') { res.end(); return true; }
    if (cut.mode === 'stall') { await stallUntilClosed(res, cut.ms); return res.destroyed; }
    return false;
}

async function sendPlan(res, plan, chunkedWrites, extraHeaders, sent = { frames: [], bytes: 0 }) {
    if (plan.beforeHeaders) {
        // Faults before the status line: `reset` the connection, or `stall` (ms) and then answer normally.
        if (plan.beforeHeaders.mode === 'reset') { resetSocket(res); return; }
        await stallUntilClosed(res, plan.beforeHeaders.ms);
        if (res.destroyed) return;
    }
    if (!plan.events) {
        res.writeHead(plan.status, { 'content-type': 'application/json', ...extraHeaders, ...plan.headers });
        res.end(JSON.stringify(plan.body));
        return;
    }
    res.writeHead(plan.status, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...extraHeaders });
    res.flushHeaders();
    if (plan.oneWrite) {
        // The whole body in one write, so that the peer reads all events at once.
        res.end(Buffer.concat(plan.events.map(event => Buffer.from(`event: ${event.type}\ndata: ${event.text ?? JSON.stringify(event.data)}\n\n`))));
        return;
    }
    let written = 0;
    const frameOf = event => Buffer.from(`event: ${event.type}\ndata: ${event.text ?? JSON.stringify(event.data)}\n\n`);
    let cutAtByte = plan.cut?.afterBytes;
    if (plan.cut?.beforeEnd !== undefined)
        cutAtByte = plan.events.reduce((total, event) => total + frameOf(event).length, 0) - plan.cut.beforeEnd;
    for (const [index, event] of plan.events.entries()) {
        if (plan.cut && cutAtByte === undefined && index === plan.cut.afterEvents && await applyCut(res, plan.cut)) return;
        if (res.destroyed) return;
        // Raw bytes (garbage, broken JSON) written before event `afterEvents`, exactly as given.
        for (const raw of [].concat(plan.inject ?? []).filter(i => i.afterEvents === index))
            res.write(raw.base64 !== undefined ? Buffer.from(raw.base64, 'base64') : Buffer.from(raw.text));
        const frame = frameOf(event);
        sent.frames.push([event.type, written]);
        if (cutAtByte !== undefined && written + frame.length >= cutAtByte) {
            // Byte-level cut: the stream stops inside (or right after) this frame.
            res.write(frame.subarray(0, cutAtByte - written));
            // Let the peer read those bytes first: a reset can make the kernel drop data not yet read.
            await sleep(plan.cut.settleMs ?? 20);
            if (!await applyCut(res, plan.cut)) res.end();
            return;
        }
        written += frame.length;
        sent.bytes = written;
        if (chunkedWrites) await writeChunked(res, frame);
        else if (!res.write(frame)) await drained(res);
        else await tick();
        if (plan.delayMs) await sleep(plan.delayMs);
    }
    res.end();
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP server

function defaultConfig(args) {
    return {
        chunkedWrites: args.chunkedWrites, expectAccessToken: null, expectAccountId: null,
        quota: { planType: 'plus', primaryUsedPercent: 12.5, primaryResetAfter: 9000, secondaryUsedPercent: 3, secondaryResetAfter: 500000 },
    };
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', c => chunks.push(c));
        req.on('end', () => {
            let buf = Buffer.concat(chunks);
            const enc = (req.headers['content-encoding'] || '').trim();
            try {
                if (enc === 'gzip') buf = zlib.gunzipSync(buf);
                else if (enc === 'deflate') buf = zlib.inflateSync(buf);
                else if (enc === 'br') buf = zlib.brotliDecompressSync(buf);
                else if (enc && enc !== 'identity') return reject(new Error(`unsupported content-encoding ${enc}`));
            } catch (e) { return reject(e); }
            resolve(buf.toString('utf8'));
        });
        req.on('error', reject);
    });
}

function sendJson(res, status, body, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
}

export function createFakeBackend(args) {
    const state = {
        fixtures: loadFixtures(args.fixtures),
        issuedEncrypted: new Set(),
        requests: [],
        violations: [],
        rules: [],
        cacheByKey: new Map(),
        config: defaultConfig(args),
    };

    function violation(record, res, message, code = null, status = 400) {
        record.violation = message;
        state.violations.push({ request: record.index, method: record.method, path: record.path, message });
        sendJson(res, status, { error: { message, type: 'invalid_request_error', param: null, code } });
    }

    async function handleResponses(req, res, record) {
        const headerError = checkHeaders(req.headers, state.config, { streaming: true });
        if (headerError) return violation(record, res, headerError);
        if (record.body === undefined) return violation(record, res, 'We could not parse the JSON body of your request.');
        const bodyError = checkBody(record.body, state.fixtures, state.issuedEncrypted);
        if (bodyError) return typeof bodyError === 'string' ? violation(record, res, bodyError) : violation(record, res, bodyError.message, bodyError.code);
        const body = record.body;
        if (body.prompt_cache_key !== undefined && req.headers['session_id'] !== body.prompt_cache_key)
            return violation(record, res, `session_id header '${req.headers['session_id'] ?? ''}' differs from prompt_cache_key '${body.prompt_cache_key}'.`);

        // Prompt caching as the real backend does it: a repeated key gets the previous prompt's tokens from cache.
        const input = estimateTokens(JSON.stringify(body.input) + body.instructions + JSON.stringify(body.tools ?? []));
        const previous = body.prompt_cache_key !== undefined ? state.cacheByKey.get(body.prompt_cache_key) ?? 0 : 0;
        const cached = Math.floor(Math.min(previous, input) / 64) * 64;
        if (body.prompt_cache_key !== undefined) state.cacheByKey.set(body.prompt_cache_key, input);

        const index = state.rules.findIndex(rule => ruleMatches(rule.match, body, req.headers));
        const rule = index >= 0 ? state.rules[index] : null;
        if (rule && rule.times !== undefined && --rule.times <= 0) state.rules.splice(index, 1);
        record.rule = rule ? rule.name ?? index : 'default';
        const plan = planReply(state, body, rule?.reply ?? {}, { input, cached });
        // What was answered, so that tests can compare what the client got with what the backend sent.
        if (plan.summary) record.reply = plan.summary;
        // Where each event started in the body, so that a test can cut a later reply at an exact byte.
        record.sent = { frames: [], bytes: 0 };
        await sendPlan(res, plan, state.config.chunkedWrites, { ...quotaHeaders(state.config.quota), 'x-request-id': randomId('req_', 16) }, record.sent);
    }

    function handleGetWithAuth(req, res, record, reply) {
        const headerError = checkHeaders(req.headers, state.config, { streaming: false });
        if (headerError) return violation(record, res, headerError);
        sendJson(res, 200, reply());
    }

    function usageBody() {
        const q = state.config.quota;
        const now = Math.floor(Date.now() / 1000);
        return {
            plan_type: q.planType,
            rate_limit: {
                allowed: true, limit_reached: false,
                primary_window: { used_percent: q.primaryUsedPercent, limit_window_seconds: 18000, reset_after_seconds: q.primaryResetAfter, reset_at: now + q.primaryResetAfter },
                secondary_window: { used_percent: q.secondaryUsedPercent, limit_window_seconds: 604800, reset_after_seconds: q.secondaryResetAfter, reset_at: now + q.secondaryResetAfter },
            },
            credits: { has_credits: false, unlimited: false, balance: null },
        };
    }

    async function handleControl(req, res, url, text) {
        const route = `${req.method} ${url.pathname}`;
        let body;
        try { body = text ? JSON.parse(text) : undefined; } catch { return sendJson(res, 400, { error: 'control body is not JSON' }); }
        switch (route) {
        case 'GET /__control/requests': return sendJson(res, 200, state.requests);
        case 'GET /__control/violations': return sendJson(res, 200, state.violations);
        case 'POST /__control/rules':
            if (!Array.isArray(body)) return sendJson(res, 400, { error: 'rules must be an array' });
            state.rules = url.searchParams.get('append') ? state.rules.concat(body) : body;
            return sendJson(res, 200, { rules: state.rules.length });
        case 'GET /__control/rules': return sendJson(res, 200, state.rules);
        case 'POST /__control/config':
            state.config = { ...state.config, ...body, quota: { ...state.config.quota, ...(body?.quota ?? {}) } };
            return sendJson(res, 200, state.config);
        case 'POST /__control/reset':
            state.requests = []; state.violations = []; state.rules = []; state.cacheByKey.clear();
            state.config = { ...defaultConfig(args), expectAccessToken: state.config.expectAccessToken, expectAccountId: state.config.expectAccountId };
            return sendJson(res, 200, { ok: true });
        default: return sendJson(res, 404, { error: `no control route ${route}` });
        }
    }

    const server = http.createServer(async (req, res) => {
        const url = new URL(req.url, 'http://fake');
        let text;
        try { text = await readBody(req); } catch (e) { return sendJson(res, 400, { error: { message: String(e.message), type: 'invalid_request_error' } }); }
        if (url.pathname.startsWith('/__control/')) return handleControl(req, res, url, text);

        const record = { index: state.requests.length, time: new Date().toISOString(), method: req.method, path: url.pathname,
            query: Object.fromEntries(url.searchParams), headers: req.headers };
        if (text) { try { record.body = JSON.parse(text); } catch { record.rawBody = text.slice(0, 4096); } }
        state.requests.push(record);
        // closedAt: when the connection ended (the proxy aborting a request shows up here, in epoch ms).
        res.on('close', () => { record.status = res.statusCode; record.completed = res.writableFinished; record.closedAt = Date.now(); });

        const route = `${req.method} ${url.pathname}`;
        try {
            if (route === `POST ${CODEX_BASE}/responses`) return await handleResponses(req, res, record);
            if (route === `GET ${CODEX_BASE}/models`) return handleGetWithAuth(req, res, record, () => state.fixtures.models);
            if (route === `GET ${USAGE_PATH}`) return handleGetWithAuth(req, res, record, usageBody);
            sendJson(res, 404, { detail: 'Not Found' });
        } catch (e) {
            if (!res.headersSent) sendJson(res, 500, { error: { message: `fake backend bug: ${e.stack}`, type: 'fake_backend_error' } });
            else res.destroy();
        }
    });
    return { server, state };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = parseArgs(process.argv);
    const { server } = createFakeBackend(args);
    server.listen(args.port, args.host, () => {
        const { address, port } = server.address();
        process.stdout.write(`listening on http://${address.includes(':') ? `[${address}]` : address}:${port}\n`);
    });
    const stop = () => { server.close(); server.closeAllConnections(); process.exit(0); };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}
