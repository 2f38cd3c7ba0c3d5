export const id = 844;
export const ids = [844];
export const modules = {

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
/* harmony import */ var _prometheus_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7712);
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
