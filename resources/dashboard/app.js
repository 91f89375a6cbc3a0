// Codex Bridge dashboard. Plain JS, no framework, no request anywhere but this proxy (same-origin fetch and
// EventSource). The page is built in sections (Dashboard.register); a new section is one more register() call.
// Every visible string is in STRINGS below.
'use strict';

// ---------------------------------------------------------------------------------------------------------------
// Strings

const STRINGS = {
    en: {
        'app.title': 'Codex Bridge',
        'nav.accounts': 'Accounts',
        'nav.usage': 'Usage',
        'nav.requests': 'Requests',
        'nav.settings': 'Settings',
        'status.listening': 'Listening on {url}',
        'status.unreachable': 'The proxy does not answer',
        'status.active': 'Active account: {email}',
        'status.noActive': 'No active account',
        'status.inFlight': '{count} in flight',
        'status.version': 'Version {version}',
        'common.refresh': 'Refresh',
        'common.dismiss': 'Dismiss',
        'common.loading': 'Loading…',
        'error.http': 'The proxy answered {status}.',
        'error.network': 'The proxy could not be reached.',
        'accounts.title': 'Accounts',
        'accounts.add': 'Add ChatGPT account',
        'accounts.empty': 'No account yet. Add your ChatGPT account to start.',
        'accounts.switch': 'Use this account',
        'accounts.remove': 'Remove',
        'accounts.removeConfirm': 'Click again to remove',
        'accounts.activeBadge': 'Active',
        'accounts.status.sign_in_needed': 'Sign-in needed',
        'accounts.status.disabled': 'Disabled',
        'accounts.planUnknown': 'Plan unknown',
        'accounts.switched': 'Now using {email}.',
        'accounts.removed': '{email} was removed.',
        'accounts.signInOpened': 'The ChatGPT sign-in page opened in a new tab. The account appears here once you signed in.',
        'accounts.signInLink': 'Open the sign-in page',
        'accounts.signedIn': 'Signed in as {email}.',
        'quota.fiveHour': '5-hour',
        'quota.weekly': 'Weekly',
        'quota.used': '{percent} % used',
        'quota.resetsIn': 'resets in {time}',
        'quota.unknown': 'not known yet',
        'quota.none': 'Quota is read after the first request of this account.',
        'quota.limitReached': 'Limit reached',
        'duration.lessThanMinute': 'less than a minute',
        'duration.minutes': '{m} m',
        'duration.hoursMinutes': '{h} h {m} m',
        'duration.daysHours': '{d} d {h} h',
        'usage.title': 'Usage',
        'usage.subtitle': 'Last {days} days',
        'usage.requests': 'Requests',
        'usage.inputTokens': 'Input tokens',
        'usage.cachedShare': 'Cached',
        'usage.outputTokens': 'Output tokens',
        'usage.perDay': 'Tokens per day',
        'usage.perModel': 'Per model',
        'usage.legendInput': 'Input (not cached)',
        'usage.legendCached': 'Input (cached)',
        'usage.legendOutput': 'Output',
        'usage.empty': 'No requests yet.',
        'usage.dayTooltip': '{date}: {requests} requests, {input} input ({cached} cached), {output} output',
        'usage.modelLine': '{tokens} tokens · {requests} requests · {cached} % cached',
        'requests.title': 'Requests',
        'requests.filter': 'Filter (path, model, account, status…)',
        'requests.live': 'Live',
        'requests.offline': 'Reconnecting…',
        'requests.count': '{shown} of {total}',
        'requests.empty': 'No requests yet. They appear here as they finish.',
        'requests.noMatch': 'No request matches the filter.',
        'requests.col.time': 'Time',
        'requests.col.request': 'Request',
        'requests.col.status': 'Status',
        'requests.col.model': 'Model',
        'requests.col.account': 'Account',
        'requests.col.duration': 'Duration',
        'requests.col.tokens': 'Tokens in / cached / out',
        'requests.stream': 'stream',
        'requests.failedInStream': 'failed in stream',
        'settings.title': 'Settings',
        'settings.host': 'Bind address',
        'settings.hostHint': '127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.',
        'settings.port': 'Port',
        'settings.portHint': 'Changing it moves the proxy at once; this page follows.',
        'settings.clientKey': 'Client key',
        'settings.clientKeyHint': 'Clients send it as x-api-key or Authorization: Bearer. Empty: none (loopback only).',
        'settings.clientKeyShow': 'Show',
        'settings.clientKeyHide': 'Hide',
        'settings.clientKeyGenerate': 'Generate',
        'settings.rotation': 'Account rotation',
        'settings.rotation.off': 'Off — the active account only',
        'settings.rotation.sticky': 'Sticky — a conversation stays on one account until it is exhausted',
        'settings.rotation.round-robin': 'Round robin — the next usable account for every request',
        'settings.mapping': 'Model mapping',
        'settings.mappingHint': 'Which ChatGPT model answers a Claude model family or a model name.',
        'settings.family.opus': 'Claude Opus',
        'settings.family.sonnet': 'Claude Sonnet (and unknown names)',
        'settings.family.haiku': 'Claude Haiku',
        'settings.aliasName': 'Model name',
        'settings.aliasTarget': 'ChatGPT model',
        'settings.aliasAdd': 'Add a name',
        'settings.aliasRemove': 'Remove',
        'settings.save': 'Save',
        'settings.revert': 'Revert',
        'settings.saved': 'Settings saved.',
        'settings.unchanged': 'No changes.',
        'settings.moving': 'The proxy now listens on {url}; opening the dashboard there…',
        'settings.aliasIncomplete': 'Every name needs a model.',
        'nav.providers': 'Providers',
        'providers.empty': 'No provider: every request goes to your ChatGPT subscription.',
        'providers.name': 'Name',
        'providers.baseUrl': 'Base URL',
        'providers.baseUrlHint': 'As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.',
        'providers.apiKey': 'API key',
        'providers.apiKeyHint': 'Kept in the system keychain, never shown again. Empty for local servers.',
        'providers.headers': 'Extra headers',
        'providers.headersHint': 'One "Name: value" per line (e.g. HTTP-Referer for OpenRouter).',
        'providers.add': 'Add provider',
        'providers.test': 'Test connection',
        'providers.remove': 'Remove',
        'providers.removeConfirm': 'Click again to remove',
        'providers.added': '{name} was added.',
        'providers.removed': '{name} was removed.',
        'providers.testOk': '{name} answers: {count} models.',
        'providers.testFailed': '{name} did not answer: {message}',
        'providers.keyBadge': 'API key',
        'providers.models': '{count} models',
        'providers.routing': 'Routing',
        'providers.routingHint': 'Send a Claude model family to a provider model ("provider/model"). Empty: your ChatGPT subscription.',
        'providers.fallback': 'When ChatGPT reaches its usage limit',
        'providers.fallbackHint': '"provider/model" that takes over requests refused with usage_limit_reached. Empty: none.',
        'providers.haiku': 'Light model (kilo)',
        'providers.haikuHint': 'The model used for the "kilo" model name.',
        'providers.routeHaiku': 'Also use it for every Claude Haiku request',
        'providers.saveRouting': 'Save routing',
        'providers.routingSaved': 'Routing saved.',
        'providers.targetInvalid': 'Use "provider/model" with one of the providers above.',
    },
};

const LANG = STRINGS[(navigator.language || 'en').slice(0, 2)] ? (navigator.language || 'en').slice(0, 2) : 'en';

function t(key, vars = {}) {
    const text = STRINGS[LANG][key] ?? STRINGS.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

// ---------------------------------------------------------------------------------------------------------------
// DOM helpers (no innerHTML: every value from the proxy goes in as text)

function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (name === 'class') el.className = value;
        else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
        else if (name === 'dataset') Object.assign(el.dataset, value);
        else if (value === true) el.setAttribute(name, '');
        else el.setAttribute(name, value);
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const child of children.flat()) {
        if (child === undefined || child === null || child === false) continue;
        el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value !== undefined && value !== null) el.setAttribute(name, String(value));
    }
    for (const child of children.flat()) {
        if (child !== undefined && child !== null && child !== false)
            el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
}

// Line icons, 24x24, drawn with the current text colour.
const ICONS = {
    check: 'M20 6 9 17l-5-5',
    trash: 'M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6',
    plus: 'M12 5v14M5 12h14',
    refresh: 'M21 12a9 9 0 1 1-2.64-6.36L21 8M21 3v5h-5',
    search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM20 20l-4-4',
    eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
    key: 'M15 3a6 6 0 1 1-5.2 9L3 18.8V21h3v-2h2v-2h2l1.8-1.8A6 6 0 0 1 15 3zM16.5 7.5h.01',
    external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
    x: 'M6 6l12 12M18 6 6 18',
    alert: 'M12 3 2 21h20L12 3zM12 10v5M12 18h.01',
    save: 'M5 3h11l5 5v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM7 3v5h8M7 21v-7h10v7',
    undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
};

function icon(name) {
    return svg('svg', { class: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, svg('path', { d: ICONS[name] }));
}

function logo() {
    return svg('svg', { class: 'logo', viewBox: '0 0 32 32', 'aria-hidden': 'true' },
        svg('rect', { width: 32, height: 32, rx: 7, fill: '#2f6fed' }),
        svg('path', { d: 'M9 11h8M9 16h14M15 21h8', stroke: '#fff', 'stroke-width': 3, 'stroke-linecap': 'round', fill: 'none' }));
}

function button(labelKey, iconName, onclick, cls = '') {
    return h('button', { type: 'button', class: `btn ${cls}`.trim(), onclick }, iconName ? icon(iconName) : null, t(labelKey));
}

// A button for what cannot be undone: the first click arms it for a few seconds, the second one acts.
function confirmButton(labelKey, confirmKey, iconName, action, cls = 'danger') {
    const el = button(labelKey, iconName, async () => {
        if (!el.classList.contains('confirm')) {
            el.classList.add('confirm');
            el.lastChild.textContent = t(confirmKey);
            setTimeout(() => { el.classList.remove('confirm'); el.lastChild.textContent = t(labelKey); }, 4000);
            return;
        }
        el.disabled = true;
        await action();
    }, cls);
    return el;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

const numberFormat = new Intl.NumberFormat(navigator.language || 'en');
const compactFormat = new Intl.NumberFormat(navigator.language || 'en', { notation: 'compact', maximumFractionDigits: 1 });
const timeFormat = new Intl.DateTimeFormat(navigator.language || 'en', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const fmt = {
    number: n => numberFormat.format(n ?? 0),
    compact: n => compactFormat.format(n ?? 0),
    percent: p => (Math.round(p * 10) / 10).toString(),
    time: iso => timeFormat.format(new Date(iso)),
    ms: ms => (ms >= 10000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`),
    // "2 h 13 m", "3 d 4 h", "13 m"
    duration(seconds) {
        const s = Math.max(0, Math.round(seconds));
        if (s < 60) return t('duration.lessThanMinute');
        const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
        if (d > 0) return t('duration.daysHours', { d, h: hh });
        if (hh > 0) return t('duration.hoursMinutes', { h: hh, m });
        return t('duration.minutes', { m });
    },
};

// ---------------------------------------------------------------------------------------------------------------
// Talking to the proxy (same origin only)

class ApiFailure extends Error {
    constructor(message, status, field) {
        super(message);
        this.status = status;
        this.field = field;
    }
}

async function api(method, path, body) {
    const init = { method, cache: 'no-store', credentials: 'same-origin', headers: {} };
    if (body !== undefined) {
        init.headers['content-type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let res;
    try {
        res = await fetch(path, init);
    } catch {
        throw new ApiFailure(t('error.network'), 0);
    }
    let json = null;
    try { json = await res.json(); } catch { /* not JSON */ }
    if (!res.ok || json?.success === false)
        throw new ApiFailure(json?.error?.message || t('error.http', { status: res.status }), res.status, json?.field);
    return json;
}

// Where the dashboard lives when the proxy moved to `url`: keep the host name this page uses when the new address
// is a loopback or wildcard one (0.0.0.0 is not a place to browse to).
function movedLocation(url) {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const local = host === 'localhost' || host === '0.0.0.0' || host === '::' || host === '::1' || host.startsWith('127.');
    const next = new URL(location.href);
    if (!local) next.hostname = target.hostname;
    next.port = target.port;
    next.pathname = '/';
    return next.toString();
}

let movingTo = null;

// Both the save reply and the stream's "moved" event say where: navigate once.
function followMove(url) {
    const next = movedLocation(url);
    if (next === location.href || movingTo === next) return;
    movingTo = next;
    notify(t('settings.moving', { url: new URL(next).origin }), 'success');
    setTimeout(() => location.assign(next), 600);
}

// ---------------------------------------------------------------------------------------------------------------
// Notices

function notify(message, kind = 'info', extra = null, timeoutMs = 6000) {
    const area = document.getElementById('notices');
    const close = () => el.remove();
    const el = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
        icon(kind === 'error' ? 'alert' : kind === 'success' ? 'check' : 'external'),
        h('div', { class: 'grow' }, message, extra ? [' ', extra] : null),
        h('button', { type: 'button', class: 'btn', 'aria-label': t('common.dismiss'), onclick: close }, icon('x')));
    area.append(el);
    if (timeoutMs) setTimeout(close, timeoutMs);
    return el;
}

function reportError(error) {
    notify(error.message || String(error), 'error');
}

// ---------------------------------------------------------------------------------------------------------------
// Sections: { id, navKey, create(card) -> { refresh() }, onRequest?(entry) }

const Dashboard = {
    sections: [],
    instances: new Map(),
    register(section) { this.sections.push(section); },
    instance(id) { return this.instances.get(id); },
    refresh(id) { return this.instances.get(id)?.refresh?.(); },
    // A finished request arrived on the live stream.
    requestFinished(entry) {
        for (const instance of this.instances.values()) instance.onRequest?.(entry);
    },
};

function sectionCard(section, ...headerExtras) {
    return h('section', { class: 'card', id: section.id, 'aria-labelledby': `${section.id}-title` },
        h('header', {}, h('h2', { id: `${section.id}-title` }, t(section.navKey)), ...headerExtras));
}

// ---------------------------------------------------------------------------------------------------------------
// Status bar

const Status = {
    el: null,
    async refresh() {
        let health = null;
        try {
            const res = await fetch('/health', { cache: 'no-store' });
            health = res.ok ? await res.json() : null;
        } catch { /* shown as unreachable */ }
        this.el.replaceChildren();
        if (!health) {
            append(this.el, [h('span', {}, h('span', { class: 'dot bad' }), t('status.unreachable'))]);
            return;
        }
        append(this.el, [
            h('span', {}, h('span', { class: 'dot ok' }), t('status.listening', { url: location.origin })),
            h('span', {}, health.activeAccount ? t('status.active', { email: health.activeAccount }) : t('status.noActive')),
            h('span', {}, t('status.inFlight', { count: health.inFlight ?? 0 })),
            h('span', {}, t('status.version', { version: health.version ?? '' })),
        ]);
    },
};

// ---------------------------------------------------------------------------------------------------------------
// Accounts

function quotaWindow(labelKey, window) {
    const used = window?.used_percent;
    const known = typeof used === 'number';
    const bar = h('span');
    const level = !known ? '' : used >= 100 ? 'bad' : used >= 80 ? 'warn' : '';
    const barWrap = h('div', {
        class: `bar ${level}`.trim(), role: 'progressbar', 'aria-label': t(labelKey),
        'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': known ? Math.round(used) : undefined,
    }, bar);
    bar.style.width = `${known ? Math.min(100, Math.max(0, used)) : 0}%`;
    let resetsIn = null;
    if (typeof window?.reset_at === 'number') resetsIn = window.reset_at - Date.now() / 1000;
    else if (typeof window?.resets_in_seconds === 'number') resetsIn = window.resets_in_seconds;
    return h('div', { class: 'quota-row' },
        h('span', { class: 'label' }, t(labelKey)),
        barWrap,
        h('div', { class: 'detail' },
            h('span', { class: 'used' }, known ? t('quota.used', { percent: fmt.percent(used) }) : t('quota.unknown')),
            resetsIn !== null ? h('span', { class: 'resets' }, t('quota.resetsIn', { time: fmt.duration(resetsIn) })) : null));
}

function accountCard(account, section) {
    const quota = account.quota;
    const plan = quota?.plan_type || account.planType;
    const badges = [h('span', { class: 'badge plan' }, plan || t('accounts.planUnknown'))];
    if (account.active) badges.unshift(h('span', { class: 'badge active' }, t('accounts.activeBadge')));
    if (account.status && account.status !== 'active')
        badges.push(h('span', { class: `badge ${account.status === 'disabled' ? 'bad' : 'warn'}` }, t(`accounts.status.${account.status}`)));
    if (quota?.limit_reached) badges.push(h('span', { class: 'badge bad' }, t('quota.limitReached')));

    const remove = confirmButton('accounts.remove', 'accounts.removeConfirm', 'trash', async () => {
        try {
            await api('DELETE', `/accounts/${encodeURIComponent(account.email)}`);
            notify(t('accounts.removed', { email: account.email }), 'success');
        } catch (e) { reportError(e); }
        await section.refresh();
    }, 'danger');

    const switchButton = button('accounts.switch', 'check', async () => {
        switchButton.disabled = true;
        try {
            await api('POST', '/accounts/switch', { email: account.email });
            notify(t('accounts.switched', { email: account.email }), 'success', null, 3000);
        } catch (e) { reportError(e); }
        await section.refresh();
        Status.refresh();
    });
    switchButton.disabled = account.active;

    return h('article', { class: `account${account.active ? ' active' : ''}`, dataset: { email: account.email } },
        h('div', { class: 'title' }, h('span', { class: 'email', title: account.email }, account.email), ...badges),
        h('div', { class: 'quota' },
            quota ? [quotaWindow('quota.fiveHour', quota.five_hour), quotaWindow('quota.weekly', quota.weekly)]
                  : h('div', { class: 'muted small' }, t('quota.none'))),
        h('div', { class: 'actions' }, switchButton, remove));
}

Dashboard.register({
    id: 'accounts',
    navKey: 'nav.accounts',
    create(card) {
        const list = h('div', { class: 'accounts' }, h('div', { class: 'empty' }, t('common.loading')));
        let known = null;
        let watchUntil = 0;
        const section = {
            async refresh() {
                let data;
                try { data = await api('GET', '/accounts'); } catch (e) { list.replaceChildren(h('div', { class: 'empty' }, e.message)); return; }
                const emails = data.accounts.map(a => a.email);
                if (known && Date.now() < watchUntil) {
                    for (const email of emails.filter(e => !known.includes(e))) notify(t('accounts.signedIn', { email }), 'success');
                }
                known = emails;
                list.replaceChildren(...(data.accounts.length ? data.accounts.map(a => accountCard(a, section))
                                                              : [h('div', { class: 'empty' }, t('accounts.empty'))]));
            },
            onRequest() { scheduleQuotaRefresh(); },
        };
        let pending = null;
        // Quota comes with every reply's headers: show it soon after a request, without a fetch per request.
        const scheduleQuotaRefresh = () => { if (!pending) pending = setTimeout(() => { pending = null; section.refresh(); }, 1500); };
        const add = button('accounts.add', 'plus', async () => {
            add.disabled = true;
            try {
                const reply = await api('POST', '/accounts/add');
                const link = h('a', { href: reply.oauth_url, target: '_blank', rel: 'noopener noreferrer' }, t('accounts.signInLink'));
                window.open(reply.oauth_url, '_blank', 'noopener,noreferrer');
                notify(t('accounts.signInOpened'), 'info', link, 0);
                // Look for the new account while the user signs in (the flow times out on its own).
                watchUntil = Date.now() + 10 * 60 * 1000;
                const poll = setInterval(() => { if (Date.now() > watchUntil) clearInterval(poll); else section.refresh(); }, 3000);
            } catch (e) { reportError(e); }
            add.disabled = false;
        }, 'primary');
        card.firstChild.append(h('span', { class: 'spacer' }), button('common.refresh', 'refresh', () => section.refresh()), add);
        card.append(list);
        setInterval(() => section.refresh(), 30000);
        return section;
    },
});

// ---------------------------------------------------------------------------------------------------------------
// Usage

const USAGE_DAYS = 14;

function dailySeries(rows, days) {
    const byDate = new Map();
    for (const row of rows) {
        const d = byDate.get(row.date) ?? { requests: 0, input: 0, cached: 0, output: 0 };
        d.requests += row.requests; d.input += row.inputTokens; d.cached += row.cachedTokens; d.output += row.outputTokens;
        byDate.set(row.date, d);
    }
    const series = [];
    const today = new Date();
    for (let i = days - 1; i >= 0; --i) {
        const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i)).toISOString().slice(0, 10);
        series.push({ date, ...(byDate.get(date) ?? { requests: 0, input: 0, cached: 0, output: 0 }) });
    }
    return series;
}

function dayChart(series) {
    const W = 640, H = 220, left = 44, bottom = 22, top = 8, right = 6;
    const max = Math.max(1, ...series.map(d => d.input + d.output));
    const plotH = H - top - bottom, step = (W - left - right) / series.length, barW = Math.max(4, step * 0.62);
    const y = v => top + plotH - (v / max) * plotH;
    const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('usage.perDay') });
    for (const f of [0, 0.5, 1]) {
        chart.append(svg('line', { class: 'grid', x1: left, x2: W - right, y1: y(max * f), y2: y(max * f) }),
            svg('text', { x: left - 6, y: y(max * f) + 4, 'text-anchor': 'end' }, fmt.compact(max * f)));
    }
    series.forEach((d, i) => {
        const x = left + i * step + (step - barW) / 2;
        const parts = [['input', d.input - d.cached], ['cached', d.cached], ['output', d.output]];
        let base = 0;
        const group = svg('g', {}, svg('title', {}, t('usage.dayTooltip', {
            date: d.date, requests: fmt.number(d.requests), input: fmt.number(d.input), cached: fmt.number(d.cached), output: fmt.number(d.output),
        })));
        for (const [cls, value] of parts) {
            if (value <= 0) continue;
            group.append(svg('rect', { class: cls, x: x.toFixed(1), width: barW.toFixed(1), y: y(base + value).toFixed(1), height: (y(base) - y(base + value)).toFixed(1) }));
            base += value;
        }
        chart.append(group);
        if (series.length <= 16 || i % 2 === 0)
            chart.append(svg('text', { x: (x + barW / 2).toFixed(1), y: H - 6, 'text-anchor': 'middle' }, d.date.slice(5)));
    });
    return chart;
}

function modelRows(byModel) {
    const models = Object.entries(byModel).map(([name, c]) => ({ name: name || '—', ...c }))
        .sort((a, b) => (b.inputTokens + b.outputTokens) - (a.inputTokens + a.outputTokens));
    const max = Math.max(1, ...models.map(m => m.inputTokens + m.outputTokens));
    return models.map(m => {
        const total = m.inputTokens + m.outputTokens;
        const cachedShare = m.inputTokens ? (m.cachedTokens / m.inputTokens) * 100 : 0;
        const stack = h('div', { class: 'stack' });
        for (const [cls, value] of [['input', m.inputTokens - m.cachedTokens], ['cached', m.cachedTokens], ['output', m.outputTokens]]) {
            const part = h('span', { class: cls });
            part.style.width = `${(value / max) * 100}%`;
            stack.append(part);
        }
        return h('div', { class: 'model-row', dataset: { model: m.name } },
            h('div', { class: 'top' }, h('span', { class: 'name' }, m.name),
                h('span', { class: 'muted small' }, t('usage.modelLine', { tokens: fmt.compact(total), requests: fmt.number(m.requests), cached: fmt.percent(cachedShare) }))),
            stack);
    });
}

function legend() {
    return h('div', { class: 'legend' },
        ...[['input', 'usage.legendInput'], ['cached', 'usage.legendCached'], ['output', 'usage.legendOutput']]
            .map(([cls, key]) => h('span', {}, h('span', { class: `swatch ${cls}` }), t(key))));
}

Dashboard.register({
    id: 'usage',
    navKey: 'nav.usage',
    create(card) {
        const body = h('div', {}, h('div', { class: 'empty' }, t('common.loading')));
        card.firstChild.append(h('span', { class: 'muted small' }, t('usage.subtitle', { days: USAGE_DAYS })));
        card.append(body);
        let pending = null;
        const section = {
            async refresh() {
                let usage;
                try { usage = await api('GET', `/accounts/usage?days=${USAGE_DAYS}`); } catch (e) { body.replaceChildren(h('div', { class: 'empty' }, e.message)); return; }
                const total = usage.total ?? { requests: 0, inputTokens: 0, cachedTokens: 0, outputTokens: 0 };
                if (!total.requests) { body.replaceChildren(h('div', { class: 'empty' }, t('usage.empty'))); return; }
                const cachedShare = total.inputTokens ? (total.cachedTokens / total.inputTokens) * 100 : 0;
                const totals = h('div', { class: 'totals' },
                    ...[['usage.requests', fmt.number(total.requests)], ['usage.inputTokens', fmt.compact(total.inputTokens)],
                        ['usage.cachedShare', `${fmt.percent(cachedShare)} %`], ['usage.outputTokens', fmt.compact(total.outputTokens)]]
                        .map(([key, value]) => h('div', { class: 'total' }, h('div', { class: 'value' }, value), h('div', { class: 'name' }, t(key)))));
                body.replaceChildren(totals, h('div', { class: 'usage-grid' },
                    h('div', {}, h('h3', {}, t('usage.perDay')), dayChart(dailySeries(usage.days ?? [], USAGE_DAYS)), legend()),
                    h('div', {}, h('h3', {}, t('usage.perModel')), h('div', { class: 'models' }, modelRows(usage.byModel ?? {})))));
            },
            // New requests change the numbers: refresh a moment later, once per burst.
            onRequest() { if (!pending) pending = setTimeout(() => { pending = null; section.refresh(); }, 2000); },
        };
        setInterval(() => section.refresh(), 60000);
        return section;
    },
});

// ---------------------------------------------------------------------------------------------------------------
// Live request log

const LOG_LIMIT = 500;

function statusClass(status) {
    return status >= 500 ? 'bad' : status >= 400 ? 'warn' : 'ok';
}

function requestRow(entry, fresh) {
    const model = entry.clientModel ? (entry.upstreamModel && entry.upstreamModel !== entry.clientModel
        ? `${entry.clientModel} → ${entry.upstreamModel}` : entry.clientModel) : '';
    const flags = [entry.streamed ? t('requests.stream') : null, entry.failedInStream ? t('requests.failedInStream') : null].filter(Boolean);
    const tokens = entry.inputTokens || entry.outputTokens
        ? `${fmt.number(entry.inputTokens)} / ${fmt.number(entry.cachedTokens)} / ${fmt.number(entry.outputTokens)}` : '';
    const row = h('tr', { class: fresh ? 'fresh' : null, dataset: { id: entry.id } },
        h('td', { class: 'num' }, fmt.time(entry.time)),
        h('td', { class: 'path' }, `${entry.method} ${entry.path}`),
        h('td', {}, h('span', { class: `status-code ${statusClass(entry.status)}` }, entry.status),
            flags.length ? h('span', { class: 'muted small' }, ` ${flags.join(', ')}`) : null),
        h('td', {}, model),
        h('td', {}, entry.account),
        h('td', { class: 'num' }, fmt.ms(entry.durationMs)),
        h('td', { class: 'num' }, tokens));
    row.searchText = [entry.method, entry.path, entry.status, entry.clientModel, entry.upstreamModel, entry.account, ...flags]
        .join(' ').toLowerCase();
    return row;
}

Dashboard.register({
    id: 'requests',
    navKey: 'nav.requests',
    create(card) {
        const filter = h('input', { type: 'search', placeholder: t('requests.filter'), 'aria-label': t('requests.filter') });
        const live = h('span', { class: 'live' }, h('span', { class: 'dot' }), t('requests.offline'));
        const count = h('span', { class: 'muted small' });
        const tbody = h('tbody');
        const empty = h('div', { class: 'empty' }, t('requests.empty'));
        const table = h('table', {},
            h('thead', {}, h('tr', {}, ...[['time', 'num'], ['request'], ['status'], ['model'], ['account'], ['duration', 'num'], ['tokens', 'num']]
                .map(([key, cls]) => h('th', { class: cls, scope: 'col' }, t(`requests.col.${key}`))))),
            tbody);
        card.firstChild.append(h('span', { class: 'spacer' }), live);
        card.append(h('div', { class: 'toolbar' }, h('label', { class: 'search' }, icon('search'), filter), count),
            h('div', { class: 'table-wrap' }, table), empty);

        let lastId = 0;
        const applyFilter = () => {
            const needle = filter.value.trim().toLowerCase();
            let shown = 0;
            for (const row of tbody.rows) {
                const match = !needle || row.searchText.includes(needle);
                row.hidden = !match;
                shown += match;
            }
            const total = tbody.rows.length;
            count.textContent = total ? t('requests.count', { shown, total }) : '';
            empty.textContent = !total ? t('requests.empty') : shown ? '' : t('requests.noMatch');
            empty.hidden = total > 0 && shown > 0;
        };
        filter.addEventListener('input', applyFilter);

        const add = (entry, fresh) => {
            if (entry.id <= lastId) return;
            lastId = entry.id;
            tbody.prepend(requestRow(entry, fresh));
            while (tbody.rows.length > LOG_LIMIT) tbody.lastChild.remove();
        };
        const setLive = on => {
            live.firstChild.className = `dot ${on ? 'ok' : 'warn'}`;
            live.lastChild.textContent = t(on ? 'requests.live' : 'requests.offline');
            live.dataset.state = on ? 'live' : 'offline';
        };

        let source = null;
        const connect = () => {
            source = new EventSource(`/requests/stream?after=${lastId}`);
            source.addEventListener('open', () => setLive(true));
            source.addEventListener('error', () => setLive(false));
            source.addEventListener('request', event => {
                const entry = JSON.parse(event.data);
                add(entry, true);
                applyFilter();
                Dashboard.requestFinished(entry);
            });
            // Settings changed (here or in the tray): show them, unless the user is editing.
            source.addEventListener('settings', () => Dashboard.refresh('settings'));
            // The proxy moved to another address (settings changed here or in the tray): follow it.
            source.addEventListener('moved', event => {
                source.close();
                setLive(false);
                followMove(JSON.parse(event.data).url);
            });
        };

        return {
            async refresh() {
                try {
                    const recent = await api('GET', `/requests/recent?limit=${LOG_LIMIT}`);
                    for (const entry of [...recent.requests].reverse()) add(entry, false);
                } catch (e) { reportError(e); }
                applyFilter();
                if (!source) connect();
            },
            onRequest() { Status.refresh(); },
        };
    },
});

// ---------------------------------------------------------------------------------------------------------------
// Settings

const FAMILIES = ['opus', 'sonnet', 'haiku'];
const ROTATIONS = ['off', 'sticky', 'round-robin'];

function randomKey() {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    return 'cb-' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

Dashboard.register({
    id: 'settings',
    navKey: 'nav.settings',
    create(card) {
        let loaded = null;
        const fields = {};
        const errors = {};
        const field = (name, control, hintKey) => {
            errors[name] = h('div', { class: 'error', hidden: true });
            fields[name] = h('div', { class: 'field' }, control, hintKey ? h('div', { class: 'hint' }, t(hintKey)) : null, errors[name]);
            return fields[name];
        };
        const label = (forId, key) => h('label', { for: forId }, t(key));

        const host = h('input', { type: 'text', id: 'setting-host', class: 'mono', list: 'host-choices', spellcheck: 'false', autocomplete: 'off' });
        const hostChoices = h('datalist', { id: 'host-choices' }, ...['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].map(v => h('option', { value: v })));
        const port = h('input', { type: 'number', id: 'setting-port', min: 1, max: 65535, step: 1 });
        const clientKey = h('input', { type: 'password', id: 'setting-clientKey', class: 'mono grow', spellcheck: 'false', autocomplete: 'off' });
        const showKey = button('settings.clientKeyShow', 'eye', () => {
            const hidden = clientKey.type === 'password';
            clientKey.type = hidden ? 'text' : 'password';
            showKey.lastChild.textContent = t(hidden ? 'settings.clientKeyHide' : 'settings.clientKeyShow');
        });
        const generateKey = button('settings.clientKeyGenerate', 'key', () => { clientKey.value = randomKey(); clientKey.type = 'text'; update(); });
        const rotation = h('select', { id: 'setting-rotation' }, ...ROTATIONS.map(r => h('option', { value: r }, t(`settings.rotation.${r}`))));
        const familyInputs = Object.fromEntries(FAMILIES.map(f => [f, h('input', { type: 'text', class: 'mono', id: `setting-family-${f}`, spellcheck: 'false', 'aria-label': t(`settings.family.${f}`) })]));
        const aliasList = h('div', { class: 'mapping' });
        const addAlias = (name = '', target = '') => {
            const nameInput = h('input', { type: 'text', class: 'mono alias-name', value: name, placeholder: t('settings.aliasName'), 'aria-label': t('settings.aliasName'), spellcheck: 'false' });
            const targetInput = h('input', { type: 'text', class: 'mono alias-target', value: target, placeholder: t('settings.aliasTarget'), 'aria-label': t('settings.aliasTarget'), spellcheck: 'false' });
            const parts = [nameInput, h('span', { class: 'arrow' }, '→'), targetInput];
            const remove = h('button', { type: 'button', class: 'btn', 'aria-label': t('settings.aliasRemove'), title: t('settings.aliasRemove'),
                onclick: () => { [...parts, remove].forEach(el => el.remove()); update(); } }, icon('x'));
            aliasList.append(...parts, remove);
        };
        const familyRows = h('div', { class: 'mapping' }, ...FAMILIES.flatMap(f => [
            h('label', { for: `setting-family-${f}` }, t(`settings.family.${f}`)), h('span', { class: 'arrow' }, '→'), familyInputs[f], h('span')]));

        const save = button('settings.save', 'save', () => submit(), 'primary');
        const revert = button('settings.revert', 'undo', () => fill(loaded));
        const form = h('form', { class: 'form', novalidate: true, onsubmit: e => { e.preventDefault(); submit(); }, oninput: () => update(), onchange: () => update() },
            label('setting-host', 'settings.host'), field('host', h('div', { class: 'row' }, host, hostChoices), 'settings.hostHint'),
            label('setting-port', 'settings.port'), field('port', port, 'settings.portHint'),
            label('setting-clientKey', 'settings.clientKey'), field('clientKey', h('div', { class: 'row' }, clientKey, showKey, generateKey), 'settings.clientKeyHint'),
            label('setting-rotation', 'settings.rotation'), field('rotation', rotation),
            h('label', {}, t('settings.mapping')), field('modelMapping', h('div', { class: 'field' }, familyRows, aliasList,
                h('div', {}, button('settings.aliasAdd', 'plus', () => { addAlias(); update(); }))), 'settings.mappingHint'),
            h('div', { class: 'form-actions' }, save, revert));
        card.append(form);

        const current = () => {
            const aliases = {};
            const names = aliasList.querySelectorAll('.alias-name');
            const targets = aliasList.querySelectorAll('.alias-target');
            names.forEach((n, i) => { if (n.value.trim() || targets[i].value.trim()) aliases[n.value.trim()] = targets[i].value.trim(); });
            return {
                host: host.value.trim(),
                port: Number(port.value),
                clientKey: clientKey.value,
                rotation: rotation.value,
                modelMapping: { families: Object.fromEntries(FAMILIES.map(f => [f, familyInputs[f].value.trim()])), aliases },
            };
        };
        const changes = () => {
            if (!loaded) return {};
            const now = current();
            const diff = {};
            for (const key of ['host', 'port', 'clientKey', 'rotation']) if (now[key] !== loaded[key]) diff[key] = now[key];
            const before = { families: loaded.modelMapping.families ?? {}, aliases: loaded.modelMapping.aliases ?? {} };
            const sortedAliases = o => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
            if (!sameJson(now.modelMapping.families, Object.fromEntries(FAMILIES.map(f => [f, before.families[f] ?? ''])))
                || !sameJson(sortedAliases(now.modelMapping.aliases), sortedAliases(before.aliases)))
                diff.modelMapping = now.modelMapping;
            return diff;
        };
        const showError = (name, message) => {
            for (const [key, el] of Object.entries(errors)) {
                const mine = key === name;
                el.hidden = !mine;
                el.textContent = mine ? message : '';
                fields[key].classList.toggle('invalid', mine);
            }
        };
        const update = () => {
            const dirty = Object.keys(changes()).length > 0;
            save.disabled = !dirty;
            revert.disabled = !dirty;
        };
        const fill = settings => {
            loaded = settings;
            host.value = settings.host;
            port.value = settings.port;
            clientKey.value = settings.clientKey ?? '';
            rotation.value = settings.rotation;
            for (const f of FAMILIES) familyInputs[f].value = settings.modelMapping?.families?.[f] ?? '';
            aliasList.replaceChildren();
            for (const [name, target] of Object.entries(settings.modelMapping?.aliases ?? {}).sort(([a], [b]) => a.localeCompare(b))) addAlias(name, target);
            showError(null);
            update();
        };
        const submit = async () => {
            const diff = changes();
            if (!Object.keys(diff).length) { notify(t('settings.unchanged'), 'info', null, 2500); return; }
            if (diff.modelMapping && Object.entries(diff.modelMapping.aliases).some(([n, v]) => !n || !v)) {
                showError('modelMapping', t('settings.aliasIncomplete'));
                return;
            }
            save.disabled = true;
            try {
                const reply = await api('POST', '/settings', diff);
                fill(reply.settings);
                notify(t('settings.saved'), 'success', null, 3000);
                if ('host' in diff || 'port' in diff) followMove(reply.url);
            } catch (e) {
                if (e.field && errors[e.field]) showError(e.field, e.message);
                else reportError(e);
                update();
            }
        };

        return {
            async refresh() {
                // Never overwrite what the user is editing.
                if (loaded && Object.keys(changes()).length) return;
                try { fill((await api('GET', '/settings')).settings); } catch (e) { reportError(e); }
            },
        };
    },
});

// ---------------------------------------------------------------------------------------------------------------
// Providers (OpenAI-compatible endpoints beside the subscription: /settings/providers, /settings/haiku-model)

// "Name: value" lines -> {Name: value}; null when a line has no colon.
function parseHeaderLines(text) {
    const headers = {};
    for (const line of text.split('\n').map(l => l.trim()).filter(Boolean)) {
        const colon = line.indexOf(':');
        if (colon <= 0) return null;
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    return headers;
}

// "provider/model" -> {provider, model} for a known provider; '' -> null; anything else -> undefined.
function parseTarget(text, providers) {
    const value = text.trim();
    if (!value) return null;
    const slash = value.indexOf('/');
    const provider = value.slice(0, slash).toLowerCase();
    if (slash <= 0 || slash === value.length - 1 || !providers.some(p => p.id === provider)) return undefined;
    return { provider, model: value.slice(slash + 1) };
}

Dashboard.register({
    id: 'providers',
    navKey: 'nav.providers',
    create(card) {
        let data = null;
        const list = h('div', { class: 'accounts providers' }, h('div', { class: 'empty' }, t('common.loading')));
        const choices = h('datalist', { id: 'provider-models' });

        const name = h('input', { type: 'text', id: 'provider-name', placeholder: 'Local Ollama', autocomplete: 'off' });
        const baseUrl = h('input', { type: 'url', id: 'provider-baseUrl', class: 'mono', placeholder: 'http://127.0.0.1:11434/v1', spellcheck: 'false' });
        const apiKey = h('input', { type: 'password', id: 'provider-apiKey', class: 'mono', autocomplete: 'off', spellcheck: 'false' });
        const headers = h('textarea', { id: 'provider-headers', class: 'mono', rows: 2, spellcheck: 'false' });
        const draft = () => {
            const parsed = parseHeaderLines(headers.value);
            if (parsed === null) throw new ApiFailure(t('providers.headersHint'), 400);
            return { provider: { name: name.value.trim(), baseUrl: baseUrl.value.trim(), headers: parsed }, apiKey: apiKey.value };
        };
        const testReply = (label, reply) => reply.success
            ? notify(t('providers.testOk', { name: label, count: reply.models.length }), 'success', null, 4000)
            : notify(t('providers.testFailed', { name: label, message: reply.message }), 'error');
        // The test's own failure comes back as success:false, which api() throws: report it as the test's outcome.
        const runTest = async (label, body) => {
            try { testReply(label, await api('POST', '/settings/providers', { action: 'test', ...body })); }
            catch (e) { if (e.status === 200) testReply(label, { success: false, message: e.message }); else reportError(e); }
        };
        const testDraft = button('providers.test', 'refresh', async () => {
            testDraft.disabled = true;
            try { await runTest(name.value.trim() || baseUrl.value.trim(), draft()); } catch (e) { reportError(e); }
            testDraft.disabled = false;
        });
        const add = button('providers.add', 'plus', async () => {
            add.disabled = true;
            try {
                const body = draft();
                render(await api('POST', '/settings/providers', { action: 'add', ...body }));
                notify(t('providers.added', { name: body.provider.name }), 'success', null, 3000);
                for (const input of [name, baseUrl, apiKey, headers]) input.value = '';
                const id = data.providers.at(-1)?.id;
                if (id) await runTest(body.provider.name, { id }).then(() => section.refresh());
            } catch (e) { reportError(e); }
            add.disabled = false;
        }, 'primary');
        const label = (forId, key) => h('label', { for: forId }, t(key));
        const hinted = (control, key) => h('div', { class: 'field' }, control, h('div', { class: 'hint' }, t(key)));
        const addForm = h('form', { class: 'form', novalidate: true, onsubmit: e => { e.preventDefault(); add.click(); } },
            label('provider-name', 'providers.name'), h('div', { class: 'field' }, name),
            label('provider-baseUrl', 'providers.baseUrl'), hinted(baseUrl, 'providers.baseUrlHint'),
            label('provider-apiKey', 'providers.apiKey'), hinted(apiKey, 'providers.apiKeyHint'),
            label('provider-headers', 'providers.headers'), hinted(headers, 'providers.headersHint'),
            h('div', { class: 'form-actions' }, add, testDraft));

        const familyInputs = Object.fromEntries(FAMILIES.map(f => [f, h('input', { type: 'text', class: 'mono', id: `provider-route-${f}`, list: 'provider-models', spellcheck: 'false' })]));
        const fallback = h('input', { type: 'text', class: 'mono', id: 'provider-fallback', list: 'provider-models', spellcheck: 'false' });
        const haiku = h('input', { type: 'text', class: 'mono', id: 'provider-haiku', list: 'provider-models', spellcheck: 'false' });
        const routeHaiku = h('input', { type: 'checkbox', id: 'provider-routeHaiku' });
        const routingError = h('div', { class: 'error', hidden: true });
        const saveRouting = button('providers.saveRouting', 'save', async () => {
            const providers = data?.providers ?? [];
            const targets = FAMILIES.map(f => [f, parseTarget(familyInputs[f].value, providers)]);
            const fallbackTarget = parseTarget(fallback.value, providers);
            if (targets.some(([, target]) => target === undefined) || fallbackTarget === undefined) {
                routingError.hidden = false;
                routingError.textContent = t('providers.targetInvalid');
                return;
            }
            routingError.hidden = true;
            saveRouting.disabled = true;
            try {
                // Rules for other names (set through the API) are kept as they are.
                const others = (data.routes ?? []).filter(r => !FAMILIES.includes(r.match.toLowerCase()));
                const routes = [...others, ...targets.filter(([, target]) => target).map(([f, target]) => ({ match: f, ...target }))];
                render(await api('POST', '/settings/providers', { action: 'routes', routes, fallback: fallbackTarget,
                    haikuModel: haiku.value.trim(), routeHaiku: routeHaiku.checked }));
                notify(t('providers.routingSaved'), 'success', null, 3000);
            } catch (e) { reportError(e); }
            saveRouting.disabled = false;
        }, 'primary');
        const routing = h('form', { class: 'form', novalidate: true, onsubmit: e => { e.preventDefault(); saveRouting.click(); } },
            h('h3', { class: 'span-all' }, t('providers.routing')), h('div', { class: 'hint span-all' }, t('providers.routingHint')),
            ...FAMILIES.flatMap(f => [label(`provider-route-${f}`, `settings.family.${f}`), h('div', { class: 'field' }, familyInputs[f])]),
            label('provider-fallback', 'providers.fallback'), hinted(fallback, 'providers.fallbackHint'),
            label('provider-haiku', 'providers.haiku'), hinted(haiku, 'providers.haikuHint'),
            h('span'), h('label', { class: 'row' }, routeHaiku, t('providers.routeHaiku')),
            h('div', { class: 'span-all' }, routingError), h('div', { class: 'form-actions' }, saveRouting));

        const providerRow = provider => {
            const remove = confirmButton('providers.remove', 'providers.removeConfirm', 'trash', async () => {
                try {
                    render(await api('POST', '/settings/providers', { action: 'remove', id: provider.id }));
                    notify(t('providers.removed', { name: provider.name }), 'success', null, 3000);
                } catch (e) { reportError(e); }
            }, 'danger');
            const test = button('providers.test', 'refresh', async () => {
                test.disabled = true;
                await runTest(provider.name, { id: provider.id });
                await section.refresh();
            });
            const badges = [h('span', { class: 'badge plan' }, t('providers.models', { count: provider.models.length }))];
            if (provider.hasApiKey) badges.push(h('span', { class: 'badge' }, t('providers.keyBadge')));
            return h('article', { class: 'account provider', dataset: { id: provider.id } },
                h('div', { class: 'title' }, h('span', { class: 'email' }, `${provider.name} (${provider.id})`), ...badges),
                h('div', { class: 'muted small mono' }, provider.baseUrl),
                h('div', { class: 'actions' }, test, remove));
        };
        const routeText = (routes, family) => {
            const rule = (routes ?? []).find(r => r.match.toLowerCase() === family);
            return rule ? `${rule.provider}/${rule.model}` : '';
        };
        const render = reply => {
            data = reply;
            list.replaceChildren(...(reply.providers.length ? reply.providers.map(providerRow) : [h('div', { class: 'empty' }, t('providers.empty'))]));
            choices.replaceChildren(...reply.providers.flatMap(p => p.models.map(m => h('option', { value: `${p.id}/${m}` }))));
            for (const f of FAMILIES) familyInputs[f].value = routeText(reply.routes, f);
            fallback.value = reply.fallback ? `${reply.fallback.provider}/${reply.fallback.model}` : '';
            haiku.value = reply.haikuModel ?? '';
            routeHaiku.checked = !!reply.routeHaiku;
        };
        const section = {
            async refresh() {
                try { render(await api('GET', '/settings/providers')); } catch (e) { list.replaceChildren(h('div', { class: 'empty' }, e.message)); }
            },
        };
        card.firstChild.append(h('span', { class: 'spacer' }), button('common.refresh', 'refresh', () => section.refresh()));
        card.append(list, choices, addForm, routing);
        return section;
    },
});

// ---------------------------------------------------------------------------------------------------------------
// Start

function boot() {
    document.title = t('app.title');
    const status = h('div', { class: 'status', id: 'status' });
    Status.el = status;
    document.getElementById('topbar').replaceChildren(h('div', { class: 'brand' }, logo(), t('app.title')), status);
    const nav = document.getElementById('nav');
    const main = document.getElementById('sections');
    for (const section of Dashboard.sections) {
        nav.append(h('a', { href: `#${section.id}` }, t(section.navKey)));
        const card = sectionCard(section);
        main.append(card);
        Dashboard.instances.set(section.id, section.create(card));
    }
    Status.refresh();
    setInterval(() => Status.refresh(), 15000);
    for (const instance of Dashboard.instances.values()) instance.refresh();
}

document.addEventListener('DOMContentLoaded', boot);
