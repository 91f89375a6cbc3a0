#!/usr/bin/env node
// Fake ChatGPT OAuth server (auth.openai.com) for end-to-end tests. Zero dependencies (node:http only).
//
//   node tests/fakes/fake-oauth-server.mjs --port 0 [--host 127.0.0.1]
//
// Prints `listening on http://127.0.0.1:PORT` on stdout when ready. Implements codex-protocol.md section 7:
//   GET  /oauth/authorize  validates every parameter of the authorize URL, then 302 to redirect_uri with
//                          code+state (or error=access_denied when the control config says deny)
//   POST /oauth/token      authorization_code (form-encoded; verifies code_verifier against the stored S256
//                          challenge, single-use codes) and refresh_token (JSON; rotating single-use refresh
//                          tokens: a reused one gets 400 refresh_token_reused)
// Tokens are unsigned JWTs with the claims the proxy reads (email, chatgpt_account_id, chatgpt_plan_type, exp).
//
// Control API:
//   POST /__control/config  merge {email, planType, accountId, userId, deny, accessTokenTtl (s),
//                           tokenDelayMs, tokenFailures: [{status, body}] (answered in order before real work)}
//   GET  /__control/stats   {authorizeCalls, tokenCalls, codeExchanges, refreshes, violations: [...],
//                           issued: {accessTokens, refreshTokens, idTokens}}
//   POST /__control/revoke  {refreshToken?, error?}: the given (or every live) refresh token now fails with
//                           `error` (default refresh_token_invalidated)
//   POST /__control/reset   back to the defaults, forget every code and token

import http from 'node:http';
import crypto from 'node:crypto';

const CLIENT_ID = 'app_EMoamEEZ73f0CkXaXp7hrann';
const SCOPE = 'openid profile email offline_access';
const REDIRECT_PATTERN = /^http:\/\/localhost:(\d{1,5})\/auth\/callback$/;
const CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;

function parseArgs(argv) {
    const args = { port: 0, host: '127.0.0.1' };
    for (let i = 2; i < argv.length; ++i) {
        if (argv[i] === '--port') args.port = Number(argv[++i]);
        else if (argv[i] === '--host') args.host = argv[++i];
        else throw new Error(`unknown argument: ${argv[i]}`);
    }
    return args;
}

const DEFAULT_CONFIG = {
    email: 'user@example.com', planType: 'plus', accountId: 'acc-fake-1', userId: 'user-fake-1',
    deny: false, accessTokenTtl: 3600, tokenDelayMs: 0, tokenFailures: [],
};

let state;
function reset() {
    state = {
        config: structuredClone(DEFAULT_CONFIG),
        codes: new Map(),         // code -> {challenge, redirectUri, clientId, identity}
        refreshTokens: new Map(), // token -> {identity, status: 'live' | 'used' | error code}
        stats: { authorizeCalls: 0, tokenCalls: 0, codeExchanges: 0, refreshes: 0, violations: [],
                 issued: { accessTokens: [], refreshTokens: [], idTokens: [] } },
    };
}
reset();

const b64url = data => Buffer.from(data).toString('base64url');
const randomToken = (bytes = 24) => crypto.randomBytes(bytes).toString('base64url');

function jwt(payload) {
    return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.fake-signature`;
}

function issueTokens(identity) {
    const now = Math.floor(Date.now() / 1000);
    const auth = { chatgpt_account_id: identity.accountId, chatgpt_plan_type: identity.planType,
                   chatgpt_user_id: identity.userId, user_id: identity.userId };
    const idToken = jwt({ iss: 'https://auth.openai.com', aud: [CLIENT_ID], sub: identity.userId, iat: now,
                          exp: now + 3600, email: identity.email, email_verified: true,
                          'https://api.openai.com/auth': auth });
    const accessToken = jwt({ iss: 'https://auth.openai.com', aud: ['https://api.openai.com/v1'], iat: now,
                              exp: now + state.config.accessTokenTtl, jti: randomToken(8),
                              'https://api.openai.com/auth': auth,
                              'https://api.openai.com/profile': { email: identity.email } });
    const refreshToken = `rt_${randomToken(32)}`;
    state.refreshTokens.set(refreshToken, { identity, status: 'live' });
    state.stats.issued.accessTokens.push(accessToken);
    state.stats.issued.refreshTokens.push(refreshToken);
    state.stats.issued.idTokens.push(idToken);
    return { id_token: idToken, access_token: accessToken, refresh_token: refreshToken,
             expires_in: state.config.accessTokenTtl, token_type: 'Bearer', scope: SCOPE };
}

function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}

function violation(res, message) {
    state.stats.violations.push(message);
    sendJson(res, 400, { error: 'invalid_request', error_description: message });
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', c => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

function handleAuthorize(url, res) {
    state.stats.authorizeCalls++;
    const p = url.searchParams;
    const expect = { response_type: 'code', client_id: CLIENT_ID, scope: SCOPE, code_challenge_method: 'S256',
                     id_token_add_organizations: 'true', codex_cli_simplified_flow: 'true',
                     originator: 'codex_cli_rs', prompt: 'login' };
    for (const [name, value] of Object.entries(expect)) {
        if (p.get(name) !== value) return violation(res, `authorize: ${name} must be ${JSON.stringify(value)}, got ${JSON.stringify(p.get(name))}`);
    }
    const redirectUri = p.get('redirect_uri') ?? '';
    if (!REDIRECT_PATTERN.test(redirectUri)) return violation(res, `authorize: bad redirect_uri ${JSON.stringify(redirectUri)}`);
    const challenge = p.get('code_challenge') ?? '';
    if (!CHALLENGE_PATTERN.test(challenge)) return violation(res, 'authorize: code_challenge must be base64url(sha256) (43 chars)');
    const stateParam = p.get('state') ?? '';
    if (stateParam.length < 16) return violation(res, 'authorize: state missing or too short to be random');
    // The raw query must not encode spaces as '+': the real server reads the scope with %20.
    if (url.search.includes('+')) return violation(res, 'authorize: "+" in the query (spaces must be %20)');

    const target = new URL(redirectUri);
    if (state.config.deny) {
        target.searchParams.set('error', 'access_denied');
        target.searchParams.set('error_description', 'The user denied access');
    } else {
        const code = `ac_${randomToken(24)}`;
        state.codes.set(code, { challenge, redirectUri, clientId: p.get('client_id'),
                                identity: { email: state.config.email, planType: state.config.planType,
                                            accountId: state.config.accountId, userId: state.config.userId } });
        target.searchParams.set('code', code);
        target.searchParams.set('scope', SCOPE);
    }
    target.searchParams.set('state', stateParam);
    res.writeHead(302, { location: target.toString(), 'content-length': 0 });
    res.end();
}

async function handleToken(req, res) {
    state.stats.tokenCalls++;
    const raw = await readBody(req);
    if (state.config.tokenDelayMs) await new Promise(r => setTimeout(r, state.config.tokenDelayMs));
    const failure = state.config.tokenFailures.shift();
    if (failure) return sendJson(res, failure.status ?? 500, failure.body ?? { error: 'server_error' });

    const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
    let params;
    if (type === 'application/x-www-form-urlencoded') params = Object.fromEntries(new URLSearchParams(raw));
    else if (type === 'application/json') {
        try { params = JSON.parse(raw); } catch { return violation(res, 'token: body is not JSON'); }
    } else return violation(res, `token: unsupported content-type ${JSON.stringify(type)}`);

    if (params.client_id !== CLIENT_ID) return violation(res, 'token: wrong client_id');
    if (params.grant_type === 'authorization_code') {
        state.stats.codeExchanges++;
        if (type !== 'application/x-www-form-urlencoded') return violation(res, 'token: authorization_code must be form-encoded');
        const entry = state.codes.get(params.code);
        if (!entry) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'Unknown or used authorization code' });
        state.codes.delete(params.code); // single-use
        if (params.redirect_uri !== entry.redirectUri) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'redirect_uri mismatch' });
        if (!VERIFIER_PATTERN.test(params.code_verifier ?? '')) return violation(res, 'token: code_verifier must be 43-128 unreserved characters');
        const computed = crypto.createHash('sha256').update(params.code_verifier).digest('base64url');
        if (computed !== entry.challenge) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
        return sendJson(res, 200, issueTokens(entry.identity));
    }
    if (params.grant_type === 'refresh_token') {
        state.stats.refreshes++;
        if (type !== 'application/json') return violation(res, 'token: refresh_token must be JSON');
        const entry = state.refreshTokens.get(params.refresh_token);
        if (!entry) return sendJson(res, 401, { error: 'refresh_token_invalidated', error_description: 'Unknown refresh token' });
        if (entry.status === 'used') return sendJson(res, 400, { error: 'refresh_token_reused', error_description: 'Your refresh token has already been used to generate a new access token. Please try signing in again.' });
        if (entry.status !== 'live') return sendJson(res, 401, { error: entry.status, error_description: 'Refresh token is no longer valid' });
        entry.status = 'used';
        return sendJson(res, 200, issueTokens(entry.identity));
    }
    return violation(res, `token: unsupported grant_type ${JSON.stringify(params.grant_type)}`);
}

async function handleControl(req, res, url) {
    const route = url.pathname.slice('/__control/'.length);
    if (req.method === 'GET' && route === 'stats') return sendJson(res, 200, state.stats);
    if (req.method !== 'POST') return sendJson(res, 404, { error: 'not_found' });
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : {};
    if (route === 'config') {
        Object.assign(state.config, body);
        return sendJson(res, 200, state.config);
    }
    if (route === 'revoke') {
        for (const [token, entry] of state.refreshTokens) {
            if ((body.refreshToken === undefined && entry.status === 'live') || token === body.refreshToken)
                entry.status = body.error ?? 'refresh_token_invalidated';
        }
        return sendJson(res, 200, { ok: true });
    }
    if (route === 'reset') {
        reset();
        return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, { error: 'not_found' });
}

const args = parseArgs(process.argv);
const server = http.createServer(async (req, res) => {
    try {
        const url = new URL(req.url, 'http://fake');
        if (url.pathname.startsWith('/__control/')) return await handleControl(req, res, url);
        if (req.method === 'GET' && url.pathname === '/oauth/authorize') return handleAuthorize(url, res);
        if (req.method === 'POST' && url.pathname === '/oauth/token') return await handleToken(req, res);
        sendJson(res, 404, { error: 'not_found' });
    } catch (error) {
        sendJson(res, 500, { error: 'server_error', error_description: String(error) });
    }
});
server.listen(args.port, args.host, () => {
    const { port } = server.address();
    console.log(`listening on http://${args.host}:${port}`);
});
