export const id = 471;
export const ids = [471,601];
export const modules = {

/***/ 3471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PrometheusHistory: () => (/* binding */ PrometheusHistory)
});

// EXTERNAL MODULE: ./src/sources/prometheus-queries.ts
var prometheus_queries = __webpack_require__(9737);
// EXTERNAL MODULE: ./src/sources/backend-lag.ts
var backend_lag = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/sources/preflight.ts
var preflight = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/backtest/prefetch.ts
/**
 * The backtest's preflight, with its range probes sent 4 at a time. The gate's preflight (../sources/
 * preflight.ts) probes each query over the whole span one after the other and hands each answer on to the
 * read of that same range; over a backtest's span those probes are the whole history, so one at a time
 * they were most of the wait. Here the same requests are started ahead, side by side, and the preflight
 * takes them as it comes to them: it sees the same answers and errors, in the same order. A --compare runs
 * a preflight per policy: the second takes the answers the first had for the same query and range.
 */



/** As many requests at once as a bake's reads (runBake's default concurrency). */
const CONCURRENCY = 4;
async function preflightAhead(source, 
/** `now` at or after the span's end. */
req, started) {
    const { span } = req;
    const first = span.since + span.windowSeconds;
    const last = span.since + span.windowsExpected * span.windowSeconds;
    // Only probes the preflight hands on are worth starting early: others it would send once, as it does.
    const handedOn = req.now >= last + req.policy.settleSeconds + backend_lag/* LAG_HORIZON_SECONDS */.Hz;
    const key = (query) => `${first}\u0000${last}\u0000${span.windowSeconds}\u0000${query}`;
    const queries = handedOn ? rangeQueries(req).filter((q) => !started.has(key(q))) : [];
    let failed = false;
    let next = 0;
    const worker = async () => {
        // After a failure the rest is left to the preflight, which stops at the first unreachable probe.
        while (next < queries.length && !failed) {
            const query = queries[next++];
            const answer = source.client.queryRange(query, first, last, span.windowSeconds);
            started.set(key(query), answer);
            // A probe that took the request sees it fail; one that comes later asks again, as it would have.
            await answer.catch(() => {
                started.delete(key(query));
                failed = true;
            });
        }
    };
    const workers = Promise.all(Array.from({ length: CONCURRENCY }, worker));
    try {
        return await (0,preflight.preflight)(withStarted(source, started, key, first, last, span.windowSeconds), req);
    }
    finally {
        failed = true; // a preflight that ended early starts nothing more
        await workers;
    }
}
/** The range probes of ../sources/preflight.ts, in its order (the same plan, over the same span). */
function rangeQueries(req) {
    const out = [];
    for (const metric of req.metrics) {
        const plan = (0,prometheus_queries/* planQueries */.ku)({
            policy: req.policy,
            stage: req.stage,
            metric,
            vars: req.vars,
            bakeSeconds: req.span.windowsExpected * req.span.windowSeconds,
        });
        if (!out.includes(plan.query))
            out.push(plan.query);
        if (plan.baseline.kind === 'range' && !out.includes(plan.baseline.query))
            out.push(plan.baseline.query);
    }
    return out;
}
/** The source as the preflight sees it: its query_range over the span answered by a started request. */
function withStarted(source, started, key, first, last, step) {
    const real = source.client;
    const client = {
        query: (query, time) => real.query(query, time),
        get: (path, params) => real.get(path, params),
        // A span long past answers the same at every read: a query asked twice takes the same answer.
        queryRange: (query, start, end, s) => (start === first && end === last && s === step ? started.get(key(query)) : undefined) ??
            real.queryRange(query, start, end, s),
    };
    // Everything else (handOn, displayUrl) is the source itself.
    return Object.create(source, { client: { value: client } });
}

;// CONCATENATED MODULE: ./src/backtest/prometheus-history.ts


class PrometheusHistory {
    source;
    kind = 'prometheus';
    displayUrl;
    /** The preflights' answers, shared by the two policies of a --compare until history is loaded. */
    probes = new Map();
    constructor(source) {
        this.source = source;
        this.displayUrl = source.displayUrl;
    }
    async load(req) {
        // Every preflight is over: what they hand on is with the source, until each read takes it.
        this.probes.clear();
        const { grid, metric, policy } = req;
        const before = metric.baseline?.kind === 'before';
        const main = await this.source.fetch({
            ...req,
            metric: before ? { ...metric, baseline: undefined } : metric,
            span: { since: grid.start, windowSeconds: grid.windowSeconds, windowsExpected: grid.windows },
            first: 0,
            count: grid.windows,
        });
        const history = { series: main.series, baseline: main.baseline, warnings: main.warnings };
        if (before) {
            const own = metric.alert !== undefined ? (0,prometheus_queries/* alertQuery */.dV)(metric.alert, policy.windowText) : (metric.query ?? '');
            const meanBefore = {
                ...metric,
                alert: undefined,
                baseline: undefined,
                query: (0,prometheus_queries/* meanBeforeQuery */.hu)(own, req.stage.bakeSeconds, policy.windowSeconds),
            };
            const base = await this.source.fetch({
                ...req,
                metric: meanBefore,
                // Point i of this span is at firstBake + i·every: the start of bake i.
                span: {
                    since: grid.firstBake - grid.everySeconds,
                    windowSeconds: grid.everySeconds,
                    windowsExpected: grid.bakes,
                },
                first: 0,
                count: grid.bakes,
            });
            history.baselinePerBake = base.series;
            for (const w of base.warnings)
                if (!history.warnings.includes(w))
                    history.warnings.push(w);
        }
        return history;
    }
    /**
     * The gate's preflight over the whole span: bad credentials, URL or query end the backtest at once. A
     * span long past is handed on as it is probed, so its probes are the history's only requests.
     */
    async prepare(req) {
        const { grid } = req;
        const end = grid.start + grid.windows * grid.windowSeconds;
        const checked = await preflightAhead(this.source, {
            policy: req.policy,
            stage: req.stage,
            metrics: req.metrics,
            vars: req.vars,
            span: { since: grid.start, windowSeconds: grid.windowSeconds, windowsExpected: grid.windows },
            // Every window of the span is probed (it has ended); the real time says whether it can still change.
            now: Math.max(end, req.now),
        }, this.probes);
        this.source.markPreflightPassed();
        return checked.warnings;
    }
    stats() {
        return this.source.stats();
    }
    close() {
        this.source.close();
    }
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4795);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7406);
/* harmony import */ var _backend_lag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4091);
/* harmony import */ var _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2811);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6942);
/* harmony import */ var _prometheus_queries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9737);







/** Stops the preflight: the server is not reachable now, the bake will find out per `on-source-error`. */
class Unreachable extends Error {
}
async function preflight(source, req) {
    const { policy, span } = req;
    const client = source.client;
    const url = source.displayUrl;
    const warnings = [];
    const issues = [];
    const end = span.since + span.windowsExpected * span.windowSeconds;
    // Windows already closed are probed as the bake reads them; a watch that starts now is probed at now.
    const closed = Math.min(span.windowsExpected, Math.floor((req.now - span.since) / span.windowSeconds));
    const iso = (t) => new Date(t * 1000).toISOString();
    const spanText = closed >= 1
        ? `over ${iso(span.since)}–${iso(span.since + closed * span.windowSeconds)}`
        : `at ${iso(Math.min(req.now, end))}`;
    /** One request; misconfiguration throws, anything else is a warning (and stops the rest). */
    const send = async (what, at, run) => {
        try {
            return await run();
        }
        catch (err) {
            if (err instanceof _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PrometheusQueryRejectedError */ .nv) {
                serverError(url, err, what);
                if (at === null)
                    return null;
                const pos = (what === 'baseline query' ? at.baselinePos : at.queryPos) ?? at.pos;
                issues.push({
                    file: policy.path,
                    line: pos.line,
                    column: pos.column,
                    message: `metric "${at.name}": ${url} rejected its ${what} (HTTP ${err.status}): ${err.prometheusMessage}`,
                    fix: 'fix the query as the server says; try it on the server first, e.g. in its /graph page',
                });
                return null;
            }
            if (err instanceof _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PrometheusUnavailableError */ .rR || err instanceof _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .AnswerShapeError */ .UI) {
                warnings.push(`preflight: ${err instanceof _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .AnswerShapeError */ .UI ? `${url} sent an answer that is not a Prometheus API answer: ${err.problem}` : err.message}; ` +
                    'the queries could not be checked before the bake, which follows on-source-error');
                throw new Unreachable();
            }
            throw err;
        }
    };
    const probe = async (metric, what, query, instantAt) => {
        const result = await send(what, metric, async () => {
            if (instantAt !== undefined || closed < 1)
                return client.query(query, instantAt ?? Math.min(req.now, end));
            const first = span.since + span.windowSeconds;
            const last = span.since + closed * span.windowSeconds;
            const answer = await client.queryRange(query, first, last, span.windowSeconds);
            // A bake long over reads exactly this range, and it reads the same now as later: asked once.
            if (closed === span.windowsExpected && req.now >= last + policy.settleSeconds + _backend_lag_js__WEBPACK_IMPORTED_MODULE_5__/* .LAG_HORIZON_SECONDS */ .Hz)
                source.handOn(query, first, last, span.windowSeconds, answer);
            return answer;
        });
        if (result && result.series.length === 0 && metric.alert === undefined) {
            warnings.push(`${metric.name}: its ${what} returned no series ${spanText}; check its selectors and labels (every window would be missing)`);
        }
    };
    try {
        for (const metric of req.metrics) {
            const plan = (0,_prometheus_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .planQueries */ .ku)({
                policy,
                stage: req.stage,
                metric,
                vars: req.vars,
                bakeSeconds: span.windowsExpected * span.windowSeconds,
            });
            await probe(metric, 'query', plan.query);
            if (plan.baseline.kind === 'range')
                await probe(metric, 'baseline query', plan.baseline.query);
            if (plan.baseline.kind === 'instant') {
                await probe(metric, 'baseline query', plan.baseline.query, Math.min(span.since, req.now));
            }
        }
        if (issues.length === 0)
            await checkAlerts(source, req.metrics, policy, issues, warnings, send);
    }
    catch (err) {
        if (!(err instanceof Unreachable))
            throw err;
    }
    if (issues.length > 0)
        throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(issues);
    return { warnings };
}
/** Every `alert:` name looked up in `/api/v1/rules`. */
async function checkAlerts(source, metrics, policy, issues, warnings, send) {
    const alerts = metrics.filter((m) => m.alert !== undefined);
    if (alerts.length === 0)
        return;
    const url = source.displayUrl;
    const unverified = (why) => {
        for (const m of alerts) {
            warnings.push(`${m.name}: alert "${m.alert}" could not be verified: ${why}; a misspelt or unloaded alert reads as never firing`);
        }
    };
    let names;
    try {
        const body = await source.client.get('/api/v1/rules', { type: 'alert' });
        names = (0,_prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .alertRuleNames */ .nF)(body);
    }
    catch (err) {
        if (err instanceof _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PrometheusQueryRejectedError */ .nv && err.status !== 401 && err.status !== 403) {
            return unverified(`${url} has no rules API (HTTP ${err.status} from /api/v1/rules)`);
        }
        if (err instanceof _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .AnswerShapeError */ .UI)
            return unverified(`${url}/api/v1/rules answered oddly: ${err.problem}`);
        // Refused credentials end the run; an unreachable server ends the preflight with a warning.
        await send('rules', null, () => Promise.reject(err));
        return unverified(`${url}/api/v1/rules refused the request`);
    }
    if (names.length === 0) {
        // VictoriaMetrics without vmalert answers an empty list in place of a rules API; Prometheus, Thanos and
        // Mimir name their version in buildinfo, VictoriaMetrics does not.
        const info = await source.client.get('/api/v1/status/buildinfo').catch(() => null);
        if (!info || !(0,_prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .namesBuildVersion */ .TK)(info)) {
            return unverified(`${url} lists no alerting rules (VictoriaMetrics without vmalert answers so)`);
        }
    }
    for (const m of alerts) {
        if (names.includes(m.alert))
            continue;
        const listed = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
        issues.push({
            file: policy.path,
            line: m.pos.line,
            column: m.pos.column,
            message: names.length === 0
                ? `metric "${m.name}": alert "${m.alert}" is unknown: ${url} loads no alerting rules at all`
                : `metric "${m.name}": alert "${m.alert}" is not an alerting rule of ${url}${(0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(m.alert, names)}`,
            fix: names.length === 0
                ? 'load the rule file that defines it (rule_files in prometheus.yml) or fix the alert name'
                : `use one of the loaded alerts (${listed}) or load the rule that defines it`,
        });
    }
}
/** 401/403 and 404/405 are the server's configuration, not a query's: one input error, at once. */
function serverError(url, err, what) {
    if (err.status === 401 || err.status === 403) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(url, `refused the credentials (HTTP ${err.status}: ${err.prometheusMessage})`, 'check the token, username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus');
    }
    if (err.status === 404 || err.status === 405) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(url, `answered the ${what} with HTTP ${err.status} (${err.prometheusMessage}): not the base URL of a Prometheus API`, 'give the URL the API is under, the part before /api/v1, e.g. http://prometheus:9090 or https://mimir.example/prometheus');
    }
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


/***/ })

};
