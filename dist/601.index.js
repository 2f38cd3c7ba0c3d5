export const id = 601;
export const ids = [601];
export const modules = {

/***/ 11601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44795);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37406);
/* harmony import */ var _backend_lag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14091);
/* harmony import */ var _prometheus_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12811);
/* harmony import */ var _prometheus_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26942);
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


/***/ })

};
