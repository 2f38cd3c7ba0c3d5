export const id = 844;
export const ids = [844];
export const modules = {

/***/ 4091:
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

/***/ 2811:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _matrix_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4017);
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


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ PrometheusClient),
/* harmony export */   kJ: () => (/* reexport safe */ _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_4__.kJ)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_AFTER_MS, PROMETHEUS_MAX_POINTS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var axios__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1542);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _policy_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2811);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6942);
/* harmony import */ var _prometheus_attempt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5032);
/* harmony import */ var _prometheus_problems_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7973);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('prometheus-url', `"${(0,_prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayUrl */ .Qy)(opts.url)}" is not a URL`, 'give e.g. http://127.0.0.1:9090');
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('prometheus-url', `protocol ${base.protocol} is not supported`, 'use http:// or https://');
        }
        const username = opts.username ?? (base.username ? (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .safeDecode */ .ex)(base.username) : undefined);
        const password = opts.password ?? (base.password ? (0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .safeDecode */ .ex)(base.password) : undefined);
        this.displayUrl = (0,_prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .displayUrl */ .Qy)(opts.url);
        base.username = '';
        base.password = '';
        const headers = {
            Accept: 'application/json',
            // Asked for explicitly: the answer is decompressed here, counted against the cap as it inflates.
            'Accept-Encoding': 'gzip, deflate, br',
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
        this.httpAgent = new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true });
        this.httpsAgent = new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({
            keepAlive: true,
            rejectUnauthorized: !opts.insecureSkipTlsVerify,
            ...(opts.caCert ? { ca: opts.caCert } : {}),
        });
        this.baseUrl = base.toString().replace(/\/+$/, '');
        this.attempts = {
            exchange: {
                // Status, redirects and body are judged in ./prometheus-http.ts: axios only carries the bytes.
                http: axios__WEBPACK_IMPORTED_MODULE_8__/* ["default"] */ .A.create({ httpAgent: this.httpAgent, httpsAgent: this.httpsAgent }),
                headers,
                userHeaderNames: Object.keys(opts.headers ?? {}),
                maxBytes: opts.maxResponseBytes ?? _policy_size_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_RESPONSE_BYTES */ .f,
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
        return (0,_prometheus_answer_js__WEBPACK_IMPORTED_MODULE_4__/* .joinParts */ .nn)(parts);
    }
    parseResult(body) {
        const result = (0,_prometheus_answer_js__WEBPACK_IMPORTED_MODULE_4__/* .parseResult */ .F)(body);
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
            const outcome = await (0,_prometheus_attempt_js__WEBPACK_IMPORTED_MODULE_6__.attemptOnce)(this.attempts, path, params, method, Math.max(1, left()));
            spent += this.monotonic() - attemptStart;
            if (outcome.kind === 'ok')
                return outcome.body;
            if (outcome.kind === 'rejected') {
                throw new _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PrometheusQueryRejectedError */ .nv(`${this.displayUrl} rejected the query (HTTP ${outcome.status}): ${outcome.message}`, outcome.status, outcome.message);
            }
            if (outcome.kind === 'final')
                throw new _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PrometheusUnavailableError */ .rR(`${this.displayUrl}: ${outcome.message}`);
            lastProblem = outcome.message;
            lastStatus = outcome.status;
            if (attempt === this.retries)
                break;
            const backoff = this.backoffMs * 2 ** attempt;
            const wait = Math.min(this.maxRetryDelayMs, Math.max(backoff, outcome.retryAfterMs ?? 0));
            if (wait >= left()) {
                if (!outcome.timedOut)
                    cutShort = `; no time left for a retry within the ${(0,_prometheus_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .formatMs */ ._V)(this.timeoutMs)} deadline`;
                break;
            }
            await this.sleep(wait);
            spent += wait;
        }
        throw new _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PrometheusUnavailableError */ .rR(`${this.displayUrl} is unavailable: ${lastProblem} (${attempts} attempt${attempts === 1 ? '' : 's'}${cutShort})`, lastStatus);
    }
}


/***/ }),

/***/ 8844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PrometheusSource: () => (/* binding */ PrometheusSource)
/* harmony export */ });
/* harmony import */ var _engine_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3755);
/* harmony import */ var _engine_windows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3568);
/* harmony import */ var _policy_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7886);
/* harmony import */ var _backend_lag_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4091);
/* harmony import */ var _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2811);
/* harmony import */ var _prometheus_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3758);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6942);
/* harmony import */ var _prometheus_queries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9737);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7991);
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
        this.client = new _prometheus_client_js__WEBPACK_IMPORTED_MODULE_3__/* .PrometheusClient */ .Sx(opts);
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
        this.learnedLag ??= (0,_backend_lag_js__WEBPACK_IMPORTED_MODULE_7__/* .learnBackendLag */ .N)((path) => this.client.probe(path));
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
            return (0,_prometheus_queries_js__WEBPACK_IMPORTED_MODULE_5__/* .planQueries */ .ku)({
                policy: req.policy,
                stage: req.stage,
                metric: req.metric,
                vars: req.vars,
                bakeSeconds: req.span.windowsExpected * req.span.windowSeconds,
            });
        }
        catch (err) {
            if (err instanceof _policy_template_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .QueryRejectedError */ .P(`${where(req)}: ${err.message}; give it with --var NAME=value (action input vars)`);
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
            if (err instanceof _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .AnswerShapeError */ .UI) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceUnavailableError */ .m(`${this.displayUrl} sent an answer to the ${what} of metric ${req.metric.name} that is not a Prometheus API answer: ${err.problem}`);
            }
            if (err instanceof _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PrometheusUnavailableError */ .rR)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceUnavailableError */ .m(err.message);
            if (!(err instanceof _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PrometheusQueryRejectedError */ .nv))
                throw err;
            const message = err.status === 401 || err.status === 403
                ? // Not the query's fault: every metric would fail the same way, so name the server, not the metric.
                    `${this.displayUrl} refused the request (HTTP ${err.status}: ${err.prometheusMessage}); check the token, ` +
                        'username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus'
                : `${where(req)}: Prometheus rejected its ${what} (HTTP ${err.status}): ${err.prometheusMessage}; fix the query in the policy`;
            throw this.preflightPassed ? new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceUnavailableError */ .m(message) : new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .QueryRejectedError */ .P(message);
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
    const label = (t) => (0,_engine_windows_js__WEBPACK_IMPORTED_MODULE_0__/* .windowLabel */ .H)({ windowSeconds: w, since }, index(t) + req.first);
    return result.series.map((s) => {
        const row = new Float64Array(req.count).fill(NaN);
        let missing = req.count;
        for (let p = 0; p < s.times.length; p++) {
            const i = index(s.times[p]);
            if (i < 0 || i >= req.count)
                continue;
            if (Number.isNaN(row[i]) && !Number.isNaN(s.values[p]))
                missing--;
            else if (!Number.isNaN(row[i]) && Number.isNaN(s.values[p]))
                missing++;
            row[i] = s.values[p];
        }
        if (s.bad)
            warnings.push(notANumber(`${side}series ${seriesText(s.labels)}`, s.bad, label));
        // A row without gaps stays an array of unboxed numbers (8 bytes a value); a null boxes every value.
        const values = missing === 0 ? Array.from(row) : Array.from(row, (v) => (Number.isNaN(v) ? null : v));
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
    return (0,_engine_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLabels */ .h6)(labels) || '{}';
}


/***/ })

};
