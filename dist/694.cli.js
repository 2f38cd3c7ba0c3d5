export const id = 694;
export const ids = [694];
export const modules = {

/***/ 5032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attemptOnce: () => (/* binding */ attemptOnce),
/* harmony export */   exchangeLine: () => (/* binding */ exchangeLine)
/* harmony export */ });
/* harmony import */ var _matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4017);
/* harmony import */ var _prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4489);
/* harmony import */ var _prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7973);
/**
 * One attempt of one API call, judged: the exchange (./prometheus-http.ts) and what its status and body
 * mean for the retry loop in ./prometheus-client.ts — an answer, a rejected query, a problem worth
 * retrying, or a final one. A `status: success` matrix answer is read straight from its text
 * (./matrix-reader.ts); every other body is JSON.parse'd as before.
 */



async function attemptOnce(ctx, path, params, method, deadlineMs) {
    const started = ctx.monotonic();
    const report = (record) => ctx.onExchange?.({ path, ms: Math.round(ctx.monotonic() - started), ...record });
    // One deadline for the whole exchange (redirects and every byte of the answer), not per socket read.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), deadlineMs);
    let answer;
    try {
        answer = await (0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__/* .exchange */ .cv)(ctx.exchange, ctx.url + path, params, abort.signal, method);
    }
    catch (err) {
        let outcome;
        if (err instanceof _prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__/* .AnswerTooLargeError */ .Oc)
            outcome = { kind: 'final', message: (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .tooLarge */ .g$)(err) };
        else if (err instanceof _prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__/* .RedirectError */ .Lx || err instanceof _prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug)
            outcome = { kind: 'final', message: err.message };
        else {
            const timedOut = abort.signal.aborted || err.code === 'ECONNABORTED';
            const message = timedOut ? `no complete answer within ${(0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(ctx.timeoutMs)}` : (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .networkProblem */ .Wo)(err);
            outcome = { kind: 'retry', message, timedOut };
        }
        report({ problem: outcome.message });
        return outcome;
    }
    finally {
        clearTimeout(timer);
    }
    report({ status: answer.status, bytes: answer.bytes });
    return judgeAnswer(answer, ctx.now);
}
function judgeAnswer(answer, now) {
    const { status } = answer;
    if (status >= 200 && status < 300) {
        const scanned = (0,_matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .scanMatrix */ .TP)(answer.text);
        if (scanned)
            return { kind: 'ok', body: { status: 'success', warnings: scanned.warnings, scanned } };
    }
    let body;
    try {
        body = JSON.parse(answer.text);
    }
    catch {
        body = undefined;
    }
    if (status >= 200 && status < 300) {
        if (!body)
            return { kind: 'retry', status, message: `HTTP ${status} with an incomplete or non-JSON body` };
        if (body.status !== 'success') {
            return { kind: 'rejected', status, message: (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(body.error ?? 'status is not success') };
        }
        return { kind: 'ok', body };
    }
    if (status === 429 || status >= 500) {
        return {
            kind: 'retry',
            status,
            message: `HTTP ${status}${body?.error ? `: ${(0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(body.error)}` : ''}`,
            retryAfterMs: (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(answer.retryAfter, now()),
        };
    }
    if (status === 401 || status === 403) {
        // The server's own words matter here (Mimir answers `no org id` in plain text); one line, kept short.
        const said = (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(body?.error ?? answer.text);
        const dropped = answer.credentialsDroppedAt
            ? `; credentials were not sent on to ${answer.credentialsDroppedAt} after a redirect to that other origin: give prometheus-url as the final URL`
            : '';
        return { kind: 'rejected', status, message: (said || 'access denied') + dropped };
    }
    return { kind: 'rejected', status, message: body?.error ? (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(body.error) : `HTTP ${status}` };
}
/** `Prometheus /api/v1/query_range: HTTP 200, 1.2 MiB, 84 ms` — one debug line per exchange. */
function exchangeLine(record) {
    const what = record.status === undefined
        ? (record.problem ?? 'no answer')
        : `HTTP ${record.status}, ${(0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(record.bytes ?? 0)}`;
    return `Prometheus ${record.path}: ${what}, ${record.ms} ms`;
}


/***/ }),

/***/ 6942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   nv: () => (/* binding */ PrometheusQueryRejectedError),
/* harmony export */   rR: () => (/* binding */ PrometheusUnavailableError)
/* harmony export */ });
/** Errors the Prometheus client raises. Their messages never hold credentials: URLs are shown without userinfo. */
/** The server could not be reached or kept failing (network error, timeout, 429 or 5xx after every retry). */
class PrometheusUnavailableError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'PrometheusUnavailableError';
    }
}
/** The server answered and refused the query (400, 422, or `status: error` in a 2xx body): retrying cannot help. */
class PrometheusQueryRejectedError extends Error {
    status;
    prometheusMessage;
    constructor(message, status, 
    /** Prometheus' own words, e.g. `1:6: parse error: ...`. */
    prometheusMessage) {
        super(message);
        this.status = status;
        this.prometheusMessage = prometheusMessage;
        this.name = 'PrometheusQueryRejectedError';
    }
}
/** `https://user:pass@host/prom/?x` → `https://host/prom` — the form every message and report shows. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        u.search = '';
        u.hash = '';
        return u.toString().replace(/\/$/, '');
    }
    catch {
        return '<invalid URL>';
    }
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ RedirectError),
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError),
/* harmony export */   Ug: () => (/* binding */ EncodingError),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   gr: () => (/* binding */ acceptEncoding),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export MAX_REDIRECTS */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6942);


const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** 301/302/303 turn a POST into a GET (RFC 9110 §15.4): sent as the equivalent GET, the form in the URL. */
const REDIRECT_TO_GET = new Set([301, 302, 303]);
/** Sent to the first origin only: a redirect elsewhere must not carry them. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** An answer over the cap: not retried (it would be as large again), a source error naming size and cap. */
class AnswerTooLargeError extends Error {
    bytes;
    cap;
    measure;
    constructor(bytes, cap, measure) {
        super(`answer over the ${formatBytes(cap)} cap`);
        this.bytes = bytes;
        this.cap = cap;
        this.measure = measure;
        this.name = 'AnswerTooLargeError';
    }
}
/** A redirect that cannot be followed (a loop, too many hops, a Location that is no http(s) URL). */
class RedirectError extends Error {
    name = 'RedirectError';
}
/** Content-Encoding the client did not ask for and cannot read. */
class EncodingError extends Error {
    name = 'EncodingError';
}
async function exchange(ex, start, form, signal, firstMethod = 'POST') {
    let url = new URL(start);
    let method = firstMethod;
    if (method === 'GET')
        for (const [k, v] of Object.entries(form))
            url.searchParams.set(k, v);
    let headers = { ...ex.headers };
    let credentialsDroppedAt;
    const body = new URLSearchParams(form).toString();
    for (let hop = 0;; hop++) {
        const res = await ex.http.request({
            url: url.toString(),
            method,
            data: method === 'POST' ? body : undefined,
            headers: method === 'POST' ? { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' } : headers,
            signal,
            responseType: 'stream',
            decompress: false,
            maxRedirects: 0,
            validateStatus: () => true,
        });
        const location = header(res.headers, 'location');
        if (REDIRECT_STATUSES.has(res.status) && location) {
            res.data.destroy();
            const next = redirectTarget(location, url, hop);
            if (next.origin !== url.origin && credentialsDroppedAt === undefined) {
                headers = withoutCredentials(headers, ex.userHeaderNames);
                credentialsDroppedAt = next.origin;
            }
            if (REDIRECT_TO_GET.has(res.status) || method === 'GET') {
                method = 'GET';
                for (const [k, v] of Object.entries(form))
                    next.searchParams.set(k, v);
            }
            url = next;
            continue;
        }
        const { text, bytes } = await readCapped(res.data, header(res.headers, 'content-encoding'), header(res.headers, 'content-length'), ex.maxBytes, signal);
        return {
            status: res.status,
            text,
            bytes,
            retryAfter: header(res.headers, 'retry-after'),
            credentialsDroppedAt,
        };
    }
}
function redirectTarget(location, from, hop) {
    if (hop >= MAX_REDIRECTS)
        throw new RedirectError(`more than ${MAX_REDIRECTS} redirects (the last to ${(0,_prometheus_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(new URL(location, from).toString())}); give the final URL as prometheus-url`);
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new RedirectError('redirected to a Location that is not a URL');
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new RedirectError(`redirected to a ${next.protocol} URL; only http(s) is followed`);
    // Userinfo in a Location is the server's idea, never a credential we send.
    next.username = '';
    next.password = '';
    return next;
}
function withoutCredentials(headers, userNames) {
    const drop = new Set([...CREDENTIAL_HEADERS, ...userNames.map((n) => n.toLowerCase())]);
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}
function header(headers, name) {
    const value = headers[name];
    return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined;
}
/**
 * Asked for explicitly: the answer is decompressed here, counted against the cap as it inflates. On this
 * machine's own loopback (localhost, 127.0.0.0/8, ::1: a port-forward, a sidecar) compression saves no time and
 * both ends spend CPU on it (about 50 ms here for a week of 20 metrics at 1-minute steps): identity there.
 */
function acceptEncoding(hostname) {
    const loopback = hostname === 'localhost' ||
        hostname.endsWith('.localhost') ||
        hostname === '[::1]' ||
        /^127\.\d+\.\d+\.\d+$/.test(hostname);
    return loopback ? 'identity' : 'gzip, deflate, br';
}
function decoderFor(encoding) {
    const e = (encoding ?? '').trim().toLowerCase();
    if (e === '' || e === 'identity')
        return null;
    if (e === 'gzip' || e === 'x-gzip')
        return node_zlib__WEBPACK_IMPORTED_MODULE_0___default().createGunzip();
    if (e === 'deflate')
        return node_zlib__WEBPACK_IMPORTED_MODULE_0___default().createInflate();
    if (e === 'br')
        return node_zlib__WEBPACK_IMPORTED_MODULE_0___default().createBrotliDecompress();
    throw new EncodingError(`the answer is in Content-Encoding ${e.slice(0, 40)}, which was not asked for`);
}
/** The body as text, stopped as soon as it passes `cap` bytes on the wire or after decompression. */
function readCapped(raw, encoding, declared, cap, signal) {
    const declaredBytes = Number(declared);
    if (declared !== undefined && Number.isFinite(declaredBytes) && declaredBytes > cap) {
        raw.destroy();
        return Promise.reject(new AnswerTooLargeError(declaredBytes, cap, 'declared'));
    }
    let decoder;
    try {
        decoder = decoderFor(encoding);
    }
    catch (error) {
        raw.destroy();
        return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let sent = 0;
        let size = 0;
        let rawEnded = false;
        let settled = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            if (error) {
                raw.destroy();
                decoder?.destroy();
                chunks.length = 0;
                reject(error);
            }
            else {
                // The chunks are let go before the text is made: at most two copies of the answer at once.
                const whole = Buffer.concat(chunks);
                chunks.length = 0;
                resolve({ text: whole.toString('utf8'), bytes: sent });
            }
        };
        const onAbort = () => finish(new Error('aborted by the deadline'));
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort);
        raw.on('data', (chunk) => {
            sent += chunk.length;
            if (sent > cap)
                finish(new AnswerTooLargeError(sent, cap, 'sent'));
        });
        raw.on('end', () => (rawEnded = true));
        raw.on('error', (e) => finish(e));
        // A socket closed before the end of the body: the answer is cut short.
        raw.on('close', () => {
            if (!rawEnded)
                finish(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
        });
        const out = decoder ?? raw;
        if (decoder) {
            raw.pipe(decoder);
            decoder.on('error', (e) => finish(Object.assign(e, { code: 'BAD_ENCODING' })));
        }
        out.on('data', (chunk) => {
            if (settled)
                return;
            size += chunk.length;
            if (size > cap)
                return finish(new AnswerTooLargeError(size, cap, 'decompressed'));
            chunks.push(chunk);
        });
        out.on('end', () => finish());
    });
}
/** 67108864 → `64 MiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wo: () => (/* binding */ networkProblem),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4489);
/**
 * How the client words what went wrong: network failures as one fixed phrase (an axios message may carry
 * the request configuration), server text cut to one short line, the size cap, and Retry-After read.
 */

/** Retry-After is either delay-seconds or an HTTP-date. */
function parseRetryAfter(value, nowMs) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
function networkProblem(err) {
    const e = err;
    // Only the code and a fixed description: axios error messages may carry the request configuration.
    if (e.code === 'ECONNREFUSED')
        return 'connection refused';
    if (e.code === 'ECONNRESET' ||
        e.code === 'ERR_BAD_RESPONSE' ||
        /aborted|socket hang up/i.test(e.message ?? '')) {
        return 'connection closed before the answer was complete';
    }
    if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
        return 'host name not found';
    if (e.code && /CERT|SSL|TLS|SELF_SIGNED/i.test(e.code)) {
        return `TLS error ${e.code}: give the server's CA with prometheus-ca-cert`;
    }
    return `network error ${e.code ?? 'unknown'}`;
}
/** Server text in a message: one line, short (a hostile server may answer megabytes of it). */
function oneLine(text) {
    const t = String(text).replace(/\s+/g, ' ').trim();
    return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}
function tooLarge(err) {
    const size = err.measure === 'declared'
        ? `its Content-Length is ${(0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(err.bytes)}`
        : err.measure === 'sent'
            ? `more than ${(0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(err.cap)} were sent`
            : `it inflates to more than ${(0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(err.cap)}`;
    return (`the answer is larger than the ${(0,_prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(err.cap)} cap (${size}); ` +
        'ask for less (fewer series, e.g. sum by the labels you judge) or raise prometheus.max-response-size in the policy');
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}


/***/ }),

/***/ 3694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusSource: () => (/* binding */ PrometheusSource)
});

// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(3755);
// EXTERNAL MODULE: ./src/engine/windows.ts
var windows = __webpack_require__(3568);
// EXTERNAL MODULE: ./src/policy/template.ts
var template = __webpack_require__(7886);
// EXTERNAL MODULE: ./src/sources/backend-lag.ts
var backend_lag = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/sources/prometheus-answer.ts
var prometheus_answer = __webpack_require__(2811);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 65 modules
var axios = __webpack_require__(1542);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/policy/size.ts
var size = __webpack_require__(766);
// EXTERNAL MODULE: ./src/sources/prometheus-errors.ts
var prometheus_errors = __webpack_require__(6942);
// EXTERNAL MODULE: ./src/sources/prometheus-attempt.ts
var prometheus_attempt = __webpack_require__(5032);
// EXTERNAL MODULE: ./src/sources/prometheus-http.ts
var prometheus_http = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/sources/prometheus-problems.ts
var prometheus_problems = __webpack_require__(7973);
;// CONCATENATED MODULE: ./src/sources/prometheus-client.ts
/**
 * HTTP client for any Prometheus-compatible query API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics).
 * Each request has one deadline (`timeoutMs`) for all its attempts, waits and the whole answer. Within it,
 * network errors, 429 and 5xx are retried with exponential backoff or the server's Retry-After (capped);
 * a rejected query, an answer over the size cap or a redirect loop never is. Sleeps go through an injected
 * function so tests never wait for real time.
 */











/** Longest wait between attempts, whatever Retry-After says: a server cannot park a bake. */
const MAX_RETRY_AFTER_MS = 10_000;
/** Prometheus refuses a query_range answer of more than 11,000 points per series. */
const PROMETHEUS_MAX_POINTS = 11_000;
// The bake loop keys series by their labels with the same function the answers are read with.

const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class PrometheusClient {
    displayUrl;
    stats = { requests: 0, samples: 0 };
    attempts;
    baseUrl;
    httpAgent;
    httpsAgent;
    timeoutMs;
    retries;
    backoffMs;
    maxRetryDelayMs;
    maxPoints;
    sleep;
    now;
    monotonic;
    constructor(opts) {
        let base;
        try {
            base = new URL(opts.url);
        }
        catch {
            throw new errors/* InputError */.d('prometheus-url', `"${(0,prometheus_errors/* displayUrl */.Qy)(opts.url)}" is not a URL`, 'give e.g. http://127.0.0.1:9090');
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new errors/* InputError */.d('prometheus-url', `protocol ${base.protocol} is not supported`, 'use http:// or https://');
        }
        const username = opts.username ?? (base.username ? (0,prometheus_problems/* safeDecode */.ex)(base.username) : undefined);
        const password = opts.password ?? (base.password ? (0,prometheus_problems/* safeDecode */.ex)(base.password) : undefined);
        this.displayUrl = (0,prometheus_errors/* displayUrl */.Qy)(opts.url);
        base.username = '';
        base.password = '';
        const headers = {
            Accept: 'application/json',
            'Accept-Encoding': (0,prometheus_http/* acceptEncoding */.gr)(base.hostname),
            ...(opts.headers ?? {}),
        };
        if (opts.token)
            headers.Authorization = `Bearer ${opts.token}`;
        else if (username !== undefined) {
            headers.Authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
        }
        this.timeoutMs = opts.timeoutMs ?? 30_000;
        this.retries = opts.retries ?? 3;
        this.backoffMs = opts.backoffMs ?? 1_000;
        this.maxRetryDelayMs = opts.maxRetryDelayMs ?? MAX_RETRY_AFTER_MS;
        this.maxPoints = opts.maxPointsPerRequest ?? PROMETHEUS_MAX_POINTS;
        this.sleep = opts.sleep ?? realSleep;
        this.now = opts.now ?? Date.now;
        this.monotonic = opts.monotonic ?? (() => performance.now());
        this.httpAgent = new (external_node_http_default()).Agent({ keepAlive: true });
        this.httpsAgent = new (external_node_https_default()).Agent({
            keepAlive: true,
            rejectUnauthorized: !opts.insecureSkipTlsVerify,
            ...(opts.caCert ? { ca: opts.caCert } : {}),
        });
        this.baseUrl = base.toString().replace(/\/+$/, '');
        this.attempts = {
            exchange: {
                // Status, redirects and body are judged in ./prometheus-http.ts: axios only carries the bytes.
                http: axios/* default */.A.create({ httpAgent: this.httpAgent, httpsAgent: this.httpsAgent }),
                headers,
                userHeaderNames: Object.keys(opts.headers ?? {}),
                maxBytes: opts.maxResponseBytes ?? size/* DEFAULT_MAX_RESPONSE_BYTES */.f,
            },
            url: this.baseUrl,
            timeoutMs: this.timeoutMs,
            now: this.now,
            monotonic: this.monotonic,
            onExchange: opts.onExchange,
        };
    }
    /** Frees pooled sockets (keep-alive) so a process or a test can end. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    /**
     * One GET of a non-query page (`/flags`, build info), no retries: for best-effort probes of what the
     * backend is. Undefined when it did not answer within the timeout.
     */
    async probe(path) {
        // Not counted in stats: those are the query requests a bake makes.
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), this.timeoutMs);
        try {
            const res = await this.attempts.exchange.http.get(this.baseUrl + path, {
                signal: abort.signal,
                timeout: this.timeoutMs,
                maxContentLength: 1 << 20,
                maxRedirects: 0,
                headers: this.attempts.exchange.headers,
                responseType: 'text',
                validateStatus: () => true,
            });
            return { status: res.status, text: typeof res.data === 'string' ? res.data : String(res.data ?? '') };
        }
        catch {
            return undefined;
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Instant query at `time` (unix seconds). */
    async query(query, time) {
        const body = await this.post('/api/v1/query', { query, time: String(time) });
        return this.parseResult(body);
    }
    /**
     * query_range over [start, end] (unix seconds) with `step` seconds, split into requests of at most
     * `maxPointsPerRequest` points per series, the parts joined series by series.
     */
    async queryRange(query, start, end, step) {
        const parts = [];
        const pointsPerPart = Math.max(1, this.maxPoints);
        for (let partStart = start; partStart <= end; partStart += pointsPerPart * step) {
            const partEnd = Math.min(end, partStart + (pointsPerPart - 1) * step);
            const body = await this.post('/api/v1/query_range', {
                query,
                start: String(partStart),
                end: String(partEnd),
                step: String(step),
            });
            parts.push(this.parseResult(body));
        }
        return (0,prometheus_answer/* joinParts */.nn)(parts);
    }
    parseResult(body) {
        const result = (0,prometheus_answer/* parseResult */.F)(body);
        for (const s of result.series)
            this.stats.samples += s.times.length;
        return result;
    }
    /** GET (rules, buildinfo: Prometheus serves them on GET only) with a query's retries and errors. */
    async get(path, params = {}) {
        return this.post(path, params, 'GET');
    }
    /**
     * One API call: attempts and waits share the request's deadline. Returns the parsed body of a
     * `status: success` answer.
     */
    async post(path, params, method = 'POST') {
        // Time spent: attempts measured, waits counted as asked (an injected sleep takes no real time).
        let spent = 0;
        const left = () => this.timeoutMs - spent;
        let lastProblem = '';
        let lastStatus;
        let attempts = 0;
        let cutShort = '';
        for (let attempt = 0; attempt <= this.retries; attempt++) {
            attempts++;
            this.stats.requests++;
            const attemptStart = this.monotonic();
            const outcome = await (0,prometheus_attempt.attemptOnce)(this.attempts, path, params, method, Math.max(1, left()));
            spent += this.monotonic() - attemptStart;
            if (outcome.kind === 'ok')
                return outcome.body;
            if (outcome.kind === 'rejected') {
                throw new prometheus_errors/* PrometheusQueryRejectedError */.nv(`${this.displayUrl} rejected the query (HTTP ${outcome.status}): ${outcome.message}`, outcome.status, outcome.message);
            }
            if (outcome.kind === 'final')
                throw new prometheus_errors/* PrometheusUnavailableError */.rR(`${this.displayUrl}: ${outcome.message}`);
            lastProblem = outcome.message;
            lastStatus = outcome.status;
            if (attempt === this.retries)
                break;
            const backoff = this.backoffMs * 2 ** attempt;
            const wait = Math.min(this.maxRetryDelayMs, Math.max(backoff, outcome.retryAfterMs ?? 0));
            if (wait >= left()) {
                if (!outcome.timedOut)
                    cutShort = `; no time left for a retry within the ${(0,prometheus_problems/* formatMs */._V)(this.timeoutMs)} deadline`;
                break;
            }
            await this.sleep(wait);
            spent += wait;
        }
        throw new prometheus_errors/* PrometheusUnavailableError */.rR(`${this.displayUrl} is unavailable: ${lastProblem} (${attempts} attempt${attempts === 1 ? '' : 's'}${cutShort})`, lastStatus);
    }
}

// EXTERNAL MODULE: ./src/sources/prometheus-queries.ts
var prometheus_queries = __webpack_require__(9737);
// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(7991);
;// CONCATENATED MODULE: ./src/sources/prometheus.ts
/**
 * The Prometheus source: a metric's windows are one query_range aligned so that point k is the query at
 * since + (k+1)·w. Failures become the typed errors of ./types.ts, naming the metric and its policy line.
 */









class PrometheusSource {
    kind = 'prometheus';
    displayUrl;
    client;
    /** `baseline: before` is one instant query per metric and bake: kept once it succeeded. */
    baselineBefore = new Map();
    learnedLag;
    /**
     * Set once the preflight (./preflight.ts) has shown the server takes the credentials, the URL and every
     * query: from then on every failure is a source error, judged per `on-source-error` (DESIGN §2).
     */
    preflightPassed = false;
    /** Answers the preflight already had, for the bake's first read of the same range (see handOn). */
    handedOn = new Map();
    constructor(opts) {
        this.client = new PrometheusClient(opts);
        this.displayUrl = this.client.displayUrl;
    }
    queries(req) {
        const plan = this.plan(req);
        return { query: plan.query, baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query };
    }
    async fetch(req) {
        const plan = this.plan(req);
        const { since, windowSeconds: w } = req.span;
        const start = since + (req.first + 1) * w;
        const end = since + (req.first + req.count) * w;
        const range = (q) => async () => this.taken(q, start, end, w) ?? this.client.queryRange(q, start, end, w);
        const main = await this.call(req, 'query', range(plan.query));
        const warnings = [...main.warnings];
        const out = { series: toWindows(main, req, '', warnings), warnings };
        if (plan.baseline.kind === 'range') {
            const q = plan.baseline.query;
            const base = await this.call(req, 'baseline query', range(q));
            out.baseline = toWindows(base, req, 'baseline ', out.warnings);
            addWarnings(out.warnings, base.warnings);
        }
        else if (plan.baseline.kind === 'instant') {
            const q = plan.baseline.query;
            const key = `${req.metric.name}\u0000${since}\u0000${q}`;
            let base = this.baselineBefore.get(key);
            if (!base) {
                base = await this.call(req, 'baseline query', () => this.client.query(q, since));
                this.baselineBefore.set(key, base);
                addWarnings(out.warnings, base.warnings);
                for (const s of base.series) {
                    if (s.bad)
                        out.warnings.push(notANumber(`baseline series ${seriesText(s.labels)}`, s.bad, () => 'the span before the bake'));
                }
            }
            out.baseline = base.series.map((s) => ({
                labels: s.labels,
                values: new Array(req.count).fill(presentOrNull(s.values[0])),
            }));
        }
        return out;
    }
    stats() {
        return { ...this.client.stats };
    }
    /** Learned once per source (./backend-lag.ts). */
    lag() {
        this.learnedLag ??= (0,backend_lag/* learnBackendLag */.N)((path) => this.client.probe(path));
        return this.learnedLag;
    }
    close() {
        this.handedOn.clear();
        this.client.close();
    }
    /**
     * The preflight's answer to a query_range, kept for the bake's read of exactly that range instead of
     * asking again. Only for windows past any backend lag and settle (the caller checks), which read the
     * same at every read; taken once.
     */
    handOn(query, start, end, step, result) {
        this.handedOn.set(rangeKey(query, start, end, step), result);
    }
    taken(query, start, end, step) {
        const key = rangeKey(query, start, end, step);
        const result = this.handedOn.get(key);
        this.handedOn.delete(key);
        return result;
    }
    plan(req) {
        try {
            return (0,prometheus_queries/* planQueries */.ku)({
                policy: req.policy,
                stage: req.stage,
                metric: req.metric,
                vars: req.vars,
                bakeSeconds: req.span.windowsExpected * req.span.windowSeconds,
            });
        }
        catch (err) {
            if (err instanceof template/* TemplateError */.$w)
                throw new types/* QueryRejectedError */.P(`${where(req)}: ${err.message}; give it with --var NAME=value (action input vars)`);
            throw err;
        }
    }
    /** From now on a refused request is a source error (judged per `on-source-error`), not an input error. */
    markPreflightPassed() {
        this.preflightPassed = true;
    }
    async call(req, what, run) {
        try {
            return await run();
        }
        catch (err) {
            if (err instanceof prometheus_answer/* AnswerShapeError */.UI) {
                throw new types/* SourceUnavailableError */.m(`${this.displayUrl} sent an answer to the ${what} of metric ${req.metric.name} that is not a Prometheus API answer: ${err.problem}`);
            }
            if (err instanceof prometheus_errors/* PrometheusUnavailableError */.rR)
                throw new types/* SourceUnavailableError */.m(err.message);
            if (!(err instanceof prometheus_errors/* PrometheusQueryRejectedError */.nv))
                throw err;
            const message = err.status === 401 || err.status === 403
                ? // Not the query's fault: every metric would fail the same way, so name the server, not the metric.
                    `${this.displayUrl} refused the request (HTTP ${err.status}: ${err.prometheusMessage}); check the token, ` +
                        'username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus'
                : `${where(req)}: Prometheus rejected its ${what} (HTTP ${err.status}): ${err.prometheusMessage}; fix the query in the policy`;
            throw this.preflightPassed ? new types/* SourceUnavailableError */.m(message) : new types/* QueryRejectedError */.P(message);
        }
    }
}
function rangeKey(query, start, end, step) {
    return `${start}\u0000${end}\u0000${step}\u0000${query}`;
}
function where(req) {
    return `metric ${req.metric.name} (${req.policy.path}:${req.metric.pos.line}:${req.metric.pos.column})`;
}
function addWarnings(into, more) {
    for (const w of more)
        if (!into.includes(w))
            into.push(w);
}
/** Points → per-window values for [first, first + count); timestamps are matched to the nearest window end. */
function toWindows(result, req, side, warnings) {
    const { since, windowSeconds: w } = req.span;
    const index = (t) => Math.round((t - since) / w) - 1 - req.first;
    const label = (t) => (0,windows/* windowLabel */.H)({ windowSeconds: w, since }, index(t) + req.first);
    return result.series.map((s) => {
        const row = new Float64Array(req.count).fill(NaN);
        for (let p = 0; p < s.times.length; p++) {
            const i = index(s.times[p]);
            if (i >= 0 && i < req.count)
                row[i] = s.values[p];
        }
        if (s.bad)
            warnings.push(notANumber(`${side}series ${seriesText(s.labels)}`, s.bad, label));
        // A row without gaps stays an array of unboxed numbers (8 bytes a value); a null boxes every value.
        // (Plain loops: Array.from walks a typed array through its iterator, several times slower.)
        const values = new Array(req.count);
        // includes() finds NaN (SameValueZero): a gap is a window no finite value landed in.
        if (!row.includes(NaN))
            for (let i = 0; i < req.count; i++)
                values[i] = row[i];
        else
            for (let i = 0; i < req.count; i++)
                values[i] = Number.isNaN(row[i]) ? null : row[i];
        return { labels: s.labels, values };
    });
}
function presentOrNull(v) {
    return v === undefined || Number.isNaN(v) ? null : v;
}
/** Listing more than this many samples in one warning stops being readable; the rest are counted. */
const MAX_LISTED = 3;
/** `series {pod="a"}: sample values that are not numbers, read as missing: "0x10" in 10:05Z–10:10Z, …`. */
function notANumber(series, bad, label) {
    const shown = bad.slice(0, MAX_LISTED).map((b) => `${b.raw} in ${label(b.t)}`);
    const more = bad.length > MAX_LISTED ? `, … (+${bad.length - MAX_LISTED} more)` : '';
    return `${series}: sample ${bad.length === 1 ? 'value that is' : 'values that are'} not a number, read as missing: ${shown.join(', ')}${more}`;
}
function seriesText(labels) {
    return (0,format/* formatLabels */.h6)(labels) || '{}';
}


/***/ })

};
