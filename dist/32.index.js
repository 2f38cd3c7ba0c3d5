export const id = 32;
export const ids = [32];
export const modules = {

/***/ 34017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ sampleValue),
/* harmony export */   TP: () => (/* binding */ scanMatrix),
/* harmony export */   ci: () => (/* binding */ NUMBER_TEXT)
/* harmony export */ });
const STRING = String.raw `"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
/** JSON's whitespace only (`\s` would also take what JSON.parse refuses). */
const WS = '[ \\t\\n\\r]*';
const sticky = (source) => new RegExp(source, 'y');
const HEAD = sticky(String.raw `${WS}\{${WS}"status"${WS}:${WS}"success"${WS},${WS}"data"${WS}:${WS}\{${WS}"resultType"${WS}:${WS}"matrix"${WS},${WS}"result"${WS}:${WS}\[${WS}`);
const METRIC = sticky(String.raw `\{${WS}"metric"${WS}:${WS}(\{${WS}(?:${STRING}${WS}:${WS}${STRING}${WS}(?:,${WS}${STRING}${WS}:${WS}${STRING}${WS})*)?\})${WS},${WS}"values"${WS}:${WS}\[${WS}`);
const ITEM_END = sticky(String.raw `\}${WS}([,\]])${WS}`);
const DATA_END = sticky(String.raw `\}${WS}`);
const EMPTY_END = sticky(String.raw `\]${WS}`);
/** A number as Prometheus and VictoriaMetrics write sample values: decimal, exponent, NaN, ±Inf. */
const NUMBER_TEXT = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Inf)$/;
/** The value of a sample's text: a finite number, or NaN (NaN, ±Inf: missing). Only for NUMBER_TEXT. */
function sampleValue(raw) {
    const n = Number(raw.replace(/Inf$/, 'Infinity'));
    return Number.isFinite(n) ? n : NaN;
}
function scanMatrix(text) {
    let pos = 0;
    const match = (re) => {
        re.lastIndex = pos;
        const m = re.exec(text);
        if (m)
            pos = re.lastIndex;
        return m;
    };
    if (!match(HEAD))
        return undefined;
    const series = [];
    // An empty result is `[]`; otherwise series follow until the `]` after one of them.
    if (!match(EMPTY_END)) {
        for (;;) {
            const head = match(METRIC);
            if (!head)
                return undefined;
            const read = readPoints(text, pos);
            if (!read)
                return undefined;
            pos = read.end;
            series.push({ metric: JSON.parse(head[1]), ...read.series });
            const end = match(ITEM_END);
            if (!end)
                return undefined;
            if (end[1] === ']')
                break;
        }
    }
    // `]` of result done: the data object closes, then the answer's other members (warnings, infos).
    if (!match(DATA_END))
        return undefined;
    let rest;
    try {
        const tail = text.slice(pos).replace(/[ \t\n\r]+$/, '');
        rest = tail === '}' ? {} : /^,[ \t\n\r]*"/.test(tail) ? JSON.parse(`{${tail.slice(1)}`) : [];
    }
    catch {
        return undefined;
    }
    // A repeated status or data would be read differently by JSON.parse (the last one wins): the general path.
    if (Array.isArray(rest) || typeof rest !== 'object' || rest === null)
        return undefined;
    if ('status' in rest || 'data' in rest)
        return undefined;
    return { series, warnings: rest.warnings };
}
function readPoints(text, start) {
    let times = new Float64Array(256);
    let values = new Float64Array(256);
    let count = 0;
    let raws;
    let pos = start;
    const fast = new Float64Array(2);
    if (text.charCodeAt(pos) === CLOSE)
        pos++;
    else {
        for (;;) {
            if (count === times.length) {
                times = grow(times);
                values = grow(values);
            }
            // Nearly every point is `[digits,"digits"]` as Prometheus writes it: read in one pass, no strings made.
            const fastEnd = plainPoint(text, pos, fast);
            if (fastEnd > 0) {
                times[count] = fast[0];
                values[count++] = fast[1];
                pos = skipSpace(text, fastEnd);
                if (text.charCodeAt(fastEnd - 1) === CLOSE)
                    break;
                continue;
            }
            const point = scanPoint(text, pos);
            if (point === undefined)
                return undefined;
            pos = point.end;
            const t = Number(text.slice(point.time, point.timeEnd));
            if (!Number.isFinite(t))
                return undefined;
            // Most values are plain decimals: one Number() tells their value; anything else goes the long way.
            const plain = point.plain ? Number(text.slice(point.value, point.valueEnd)) : NaN;
            if (Number.isFinite(plain))
                values[count] = plain;
            else {
                const raw = text.slice(point.value, point.valueEnd);
                if (NUMBER_TEXT.test(raw))
                    values[count] = sampleValue(raw);
                else {
                    values[count] = NaN;
                    (raws ??= []).push({ index: count, raw });
                }
            }
            times[count++] = t;
            if (point.last)
                break;
        }
    }
    // Skip the whitespace after `]` of values (the point scan ate it after the last point, not after `[]`).
    pos = skipSpace(text, pos);
    const series = { times: times.slice(0, count), values: values.slice(0, count) };
    return { end: pos, series: raws ? { ...series, raws } : series };
}
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const isDigit = (c) => c >= ZERO && c <= NINE;
const isExponent = (c) => c === 0x65 || c === 0x45; // e E
/** Powers of ten a double holds exactly: a ≤ 15-digit integer divided by one of them is correctly rounded. */
const EXACT_POWERS = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));
const MAX_DIGITS = 15;
/**
 * The common point, `[T,"V"]` with T `digits[.digits]` (no leading zero) and V `[-]digits[.digits]`, then
 * `,` or `]`, and no whitespace: its time and value into `out`, the offset just past the separator returned.
 * Up to 15 digits, digits/10^k is the correctly rounded value, as Number() gives it, with no string made.
 * Anything else returns -1 and the point is read by scanPoint, which decides what it is.
 */
function plainPoint(text, start, out) {
    if (text.charCodeAt(start) !== OPEN)
        return -1;
    let pos = start + 1;
    if (text.charCodeAt(pos) === ZERO && isDigit(text.charCodeAt(pos + 1)))
        return -1;
    let end = decimal(text, pos, out, 0);
    if (end < 0 || text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== QUOTE)
        return -1;
    pos = end + 2;
    const negative = text.charCodeAt(pos) === MINUS;
    end = decimal(text, negative ? pos + 1 : pos, out, 1);
    if (end < 0 || text.charCodeAt(end) !== QUOTE || text.charCodeAt(end + 1) !== CLOSE)
        return -1;
    if (negative)
        out[1] = -out[1];
    const sep = text.charCodeAt(end + 2);
    return sep === COMMA || sep === CLOSE ? end + 3 : -1;
}
/** `digits[.digits]` at `start` into out[slot] (exactly as Number() reads it); the offset after it, or -1. */
function decimal(text, start, out, slot) {
    let pos = start;
    let mantissa = 0;
    let c = text.charCodeAt(pos);
    while (isDigit(c)) {
        mantissa = mantissa * 10 + (c - ZERO);
        c = text.charCodeAt(++pos);
    }
    const whole = pos - start;
    if (whole === 0)
        return -1;
    let fraction = 0;
    if (c === DOT) {
        c = text.charCodeAt(++pos);
        while (isDigit(c)) {
            mantissa = mantissa * 10 + (c - ZERO);
            fraction++;
            c = text.charCodeAt(++pos);
        }
        if (fraction === 0)
            return -1;
    }
    if (isExponent(c))
        return -1;
    // Longer digit strings (an average's 17 significant digits) are Number()'s to round.
    const value = whole + fraction > MAX_DIGITS ? Number(text.slice(start, pos)) : mantissa / EXACT_POWERS[fraction];
    if (!Number.isFinite(value))
        return -1;
    out[slot] = value;
    return pos;
}
/**
 * One `[t, "v"]` and what follows it (`,` or `]`), by hand: exactly what a sticky
 * `\[WS(NUMBER)WS,WS"([^"\\\u0000-\u001f]*)"WS\]WS([,\]])WS` matches (NUMBER as JSON writes numbers),
 * without a match array and three strings per point. Undefined where that does not match.
 */
function scanPoint(text, start) {
    if (text.charCodeAt(start) !== OPEN)
        return undefined;
    const time = skipSpace(text, start + 1);
    const timeEnd = jsonNumberEnd(text, time);
    if (timeEnd < 0)
        return undefined;
    let pos = skipSpace(text, timeEnd);
    if (text.charCodeAt(pos) !== COMMA)
        return undefined;
    pos = skipSpace(text, pos + 1);
    if (text.charCodeAt(pos) !== QUOTE)
        return undefined;
    const value = pos + 1;
    let plain = true;
    for (pos = value;; pos++) {
        const c = text.charCodeAt(pos);
        if (c === QUOTE)
            break;
        // NaN (past the end), a backslash or a control character: not this shape.
        if (!(c >= 0x20) || c === BACKSLASH)
            return undefined;
        if (plain && !(isDigit(c) || c === DOT || c === MINUS || c === PLUS || isExponent(c)))
            plain = false;
    }
    const valueEnd = pos;
    pos = skipSpace(text, pos + 1);
    if (text.charCodeAt(pos) !== CLOSE)
        return undefined;
    pos = skipSpace(text, pos + 1);
    const sep = text.charCodeAt(pos);
    if (sep !== COMMA && sep !== CLOSE)
        return undefined;
    const end = skipSpace(text, pos + 1);
    // An empty value is not a number, though Number('') is 0.
    return { time, timeEnd, value, valueEnd, plain: plain && valueEnd > value, last: sep === CLOSE, end };
}
/** End of a JSON number (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`) starting at `pos`; -1 if none. */
function jsonNumberEnd(text, start) {
    let pos = start;
    if (text.charCodeAt(pos) === MINUS)
        pos++;
    const first = text.charCodeAt(pos);
    if (first === ZERO)
        pos++;
    else if (isDigit(first))
        while (isDigit(text.charCodeAt(pos)))
            pos++;
    else
        return -1;
    // A `.` or an exponent without digits after it ends the number before it (the caller then fails on it).
    if (text.charCodeAt(pos) === DOT && isDigit(text.charCodeAt(pos + 1))) {
        pos += 2;
        while (isDigit(text.charCodeAt(pos)))
            pos++;
    }
    if (isExponent(text.charCodeAt(pos))) {
        let e = pos + 1;
        const sign = text.charCodeAt(e);
        if (sign === PLUS || sign === MINUS)
            e++;
        if (isDigit(text.charCodeAt(e))) {
            pos = e + 1;
            while (isDigit(text.charCodeAt(pos)))
                pos++;
        }
    }
    return pos;
}
/** Past JSON's whitespace (space, tab, line feed, carriage return) from `pos`. */
function skipSpace(text, start) {
    let pos = start;
    for (;;) {
        const c = text.charCodeAt(pos);
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            return pos;
        pos++;
    }
}
function grow(a) {
    const bigger = new Float64Array(a.length * 2);
    bigger.set(a);
    return bigger;
}


/***/ }),

/***/ 95032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attemptOnce: () => (/* binding */ attemptOnce),
/* harmony export */   exchangeLine: () => (/* binding */ exchangeLine)
/* harmony export */ });
/* harmony import */ var _matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34017);
/* harmony import */ var _prometheus_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84489);
/* harmony import */ var _prometheus_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47973);
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

/***/ 26942:
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

/***/ 84489:
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
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26942);


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

/***/ 47973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wo: () => (/* binding */ networkProblem),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _prometheus_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84489);
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


/***/ })

};
