export const id = 969;
export const ids = [969];
export const modules = {

/***/ 14091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ LAG_HORIZON_SECONDS),
/* harmony export */   N: () => (/* binding */ learnBackendLag)
/* harmony export */ });
/* unused harmony export goDurationSeconds */
/**
 * Longer than any backend lag seen in practice (VictoriaMetrics' latency offset is 30 s by default): a
 * window that ended this long (plus settle) ago reads the same at every read.
 */
const LAG_HORIZON_SECONDS = 600;
/** VictoriaMetrics' documented default for `-search.latencyOffset`. */
const VICTORIA_DEFAULT_LAG_SECONDS = 30;
async function learnBackendLag(probe) {
    const flags = await probe('/flags');
    if (flags?.status === 200 && /^-[\w.]+=/m.test(flags.text)) {
        const set = /^-search\.latencyOffset="?([^"\s]+)"?/m.exec(flags.text)?.[1];
        const listed = set ?? (await victoriaFlagFromMetrics(probe));
        const seconds = listed === undefined ? undefined : goDurationSeconds(listed);
        if (seconds !== undefined)
            return { seconds, known: true, how: `VictoriaMetrics -search.latencyOffset=${listed}` };
        return {
            seconds: VICTORIA_DEFAULT_LAG_SECONDS,
            known: true,
            how: 'VictoriaMetrics, -search.latencyOffset not readable: its default 30s',
        };
    }
    const info = await probe('/api/v1/status/buildinfo');
    if (info?.status === 200) {
        const version = parseVersion(info.text);
        if (version)
            return { seconds: 0, known: true, how: `Prometheus ${version}` };
    }
    return { seconds: 0, known: false, how: 'the backend did not say how late it shows samples' };
}
async function victoriaFlagFromMetrics(probe) {
    const metrics = await probe('/metrics');
    if (metrics?.status !== 200)
        return undefined;
    return /^flag\{name="search\.latencyOffset", value="([^"]+)"/m.exec(metrics.text)?.[1];
}
function parseVersion(text) {
    try {
        const body = JSON.parse(text);
        const v = body.data?.version;
        return typeof v === 'string' && v !== '' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A Go duration as VictoriaMetrics prints its flags (`30s`, `1m0s`, `1.5s`, `500ms`, `0s`) in whole
 * seconds, rounded up so a lag is never underestimated; undefined when it is not one.
 */
function goDurationSeconds(text) {
    if (text === '0')
        return 0;
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text)
        return undefined;
    const unit = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
    const seconds = parts.reduce((sum, [, n, u]) => sum + Number(n) * unit[u], 0);
    return Math.max(0, Math.ceil(seconds - 1e-9));
}


/***/ }),

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

/***/ 12811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseResult),
/* harmony export */   TK: () => (/* binding */ namesBuildVersion),
/* harmony export */   UI: () => (/* binding */ AnswerShapeError),
/* harmony export */   kJ: () => (/* binding */ labelKey),
/* harmony export */   nF: () => (/* binding */ alertRuleNames),
/* harmony export */   nn: () => (/* binding */ joinParts)
/* harmony export */ });
/* unused harmony export DUPLICATE_LABEL */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34017);
/**
 * Reading a Prometheus HTTP API answer: the JSON body of a `status: success` reply turned into series of
 * points. Kept apart from the HTTP client so transport (deadlines, retries, redirects) and the answer's
 * meaning (series identity, sample values) change independently.
 *
 * DESIGN §2 "Series and values": a series is its whole label set, `__name__` included, and series are never
 * merged; a sample is a number only when it is a number string as Prometheus writes them. The shape is
 * checked with a schema, so a hostile or broken answer is one clear source error, never a crash or a guess.
 */


/**
 * Label added to the second, third, … series of one answer whose labels repeat an earlier series', so both
 * are judged (and stay apart across reads). `__`-names are reserved for internal use by Prometheus.
 */
const DUPLICATE_LABEL = '__duplicate__';
/** The answer is not what the Prometheus HTTP API returns: a source error, with where it went wrong. */
class AnswerShapeError extends Error {
    problem;
    constructor(problem) {
        super(problem);
        this.problem = problem;
        this.name = 'AnswerShapeError';
    }
}
/** [time, value]: the time a finite number; the value checked separately (a bad value is only missing). */
const PointSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().finite(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()]);
const LabelsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP());
const DataSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('resultType', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        resultType: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('matrix'),
        result: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metric: LabelsSchema, values: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PointSchema) })),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        resultType: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('vector'),
        result: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metric: LabelsSchema, value: PointSchema })),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ resultType: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('scalar'), result: PointSchema }),
]);
function parseResult(body) {
    const warnings = Array.isArray(body.warnings) ? body.warnings.map(String) : [];
    const seen = new Map();
    if (body.scanned) {
        const series = body.scanned.series.map((item) => {
            const labels = distinctLabels({ ...item.metric }, seen, warnings);
            const { times, values } = item;
            const bad = item.raws?.map(({ index, raw }) => ({ t: times[index], raw: shortText(raw) }));
            return bad ? { labels, times, values, bad } : { labels, times, values };
        });
        return { series, warnings };
    }
    const parsed = DataSchema.safeParse(body.data);
    if (!parsed.success)
        throw new AnswerShapeError(shapeProblem(parsed.error, 'data'));
    const data = parsed.data;
    const items = data.resultType === 'scalar'
        ? [{ metric: {}, points: [data.result] }]
        : data.resultType === 'vector'
            ? data.result.map((r) => ({ metric: r.metric, points: [r.value] }))
            : data.result.map((r) => ({ metric: r.metric, points: r.values }));
    const series = items.map((item) => {
        const labels = distinctLabels({ ...item.metric }, seen, warnings);
        const bad = [];
        const times = new Float64Array(item.points.length);
        const values = new Float64Array(item.points.length);
        item.points.forEach(([t, raw], i) => {
            times[i] = t;
            if (typeof raw === 'string' && _matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMBER_TEXT */ .ci.test(raw))
                values[i] = (0,_matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleValue */ .Kq)(raw);
            else {
                values[i] = NaN;
                bad.push({ t, raw: shortText(raw) });
            }
        });
        return bad.length > 0 ? { labels, times, values, bad } : { labels, times, values };
    });
    return { series, warnings };
}
/** Labels made unique within one answer: a repeat gets DUPLICATE_LABEL = 2, 3, … and a warning. */
function distinctLabels(labels, seen, warnings) {
    const key = labelKey(labels);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1)
        return labels;
    let n = count;
    let tagged = { ...labels, [DUPLICATE_LABEL]: String(n) };
    // A server could itself send the tag: keep counting until the label set is new.
    while (seen.has(labelKey(tagged)))
        tagged = { ...labels, [DUPLICATE_LABEL]: String(++n) };
    seen.set(labelKey(tagged), 1);
    warnings.push(`the answer holds more than one series labelled ${labelText(labels)}; each is judged, the repeat as ${labelText(tagged)}`);
    return tagged;
}
/** The answers to consecutive parts of one query_range, joined series by series. */
function joinParts(parts) {
    const bySeries = new Map();
    const warnings = [];
    for (const part of parts) {
        for (const w of part.warnings)
            if (!warnings.includes(w))
                warnings.push(w);
        for (const s of part.series) {
            const key = labelKey(s.labels);
            const known = bySeries.get(key);
            if (!known) {
                bySeries.set(key, s);
                continue;
            }
            known.times = concat(known.times, s.times);
            known.values = concat(known.values, s.values);
            if (s.bad)
                known.bad = [...(known.bad ?? []), ...s.bad];
        }
    }
    return { series: [...bySeries.values()], warnings };
}
function concat(a, b) {
    const joined = new Float64Array(a.length + b.length);
    joined.set(a);
    joined.set(b, a.length);
    return joined;
}
function labelKey(labels) {
    return JSON.stringify(Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]));
}
/** `{a="1",b="2"}`, `{}` for no labels. */
function labelText(labels) {
    const keys = Object.keys(labels).sort();
    return `{${keys.map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',')}}`;
}
/** A server's value as a short one-line text: `null`, `""`, `true`, `[1]`, `"0x10"`. */
function shortText(raw) {
    const text = raw === undefined ? 'undefined' : (JSON.stringify(raw) ?? String(raw));
    return text.length > 24 ? `${text.slice(0, 21)}...` : text;
}
/** `data.result[0].values[3]: expected a [time, "value"] pair, got null` — the first problem, one line. */
function shapeProblem(error, root) {
    const issue = error.issues[0];
    const path = issue.path.reduce((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), root);
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
    const message = issue.message.replace('expected tuple', 'expected a [time, "value"] pair');
    return `${path}: ${message}${more}`;
}
const RulesSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    groups: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })) })),
});
/** Names of the alerting rules in a `/api/v1/rules` answer, in the order given, once each. */
function alertRuleNames(body) {
    const parsed = RulesSchema.safeParse(body.data);
    if (!parsed.success)
        throw new AnswerShapeError(shapeProblem(parsed.error, 'data'));
    const names = parsed.data.groups.flatMap((g) => g.rules.filter((r) => r.type === undefined || r.type === 'alerting').map((r) => r.name));
    return [...new Set(names)];
}
/** True when `/api/v1/status/buildinfo` names a version, as Prometheus, Thanos and Mimir do (VictoriaMetrics: `{}`). */
function namesBuildVersion(body) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) }).safeParse(body.data).success;
}


/***/ })

};
