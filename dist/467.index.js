export const id = 467;
export const ids = [467];
export const modules = {

/***/ 95467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WATCH_LIMIT_SECONDS: () => (/* binding */ WATCH_LIMIT_SECONDS),
  metricsOf: () => (/* reexport */ stage_metrics/* metricsOf */.P),
  runBake: () => (/* binding */ runBake)
});

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/sources/backend-lag.ts
var backend_lag = __webpack_require__(14091);
;// CONCATENATED MODULE: ./src/bake/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

;// CONCATENATED MODULE: ./src/bake/errors.ts
/** A bake that cannot start as asked (unknown stage, watch longer than a runner job): a usage error, exit 64. */
class BakeUsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BakeUsageError';
    }
}

// EXTERNAL MODULE: ./src/engine/evaluate.ts + 36 modules
var evaluate = __webpack_require__(98889);
// EXTERNAL MODULE: ./src/bake/abort.ts
var abort = __webpack_require__(63651);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
;// CONCATENATED MODULE: ./src/bake/progress.ts


function progressLine(observed, expected, leftSeconds, verdict, 
/** Metrics whose last read failed; they are asked again at the next read. */
retrying = []) {
    const left = observed >= expected ? 'bake over' : `${(0,duration/* formatDuration */.a3)(Math.ceil(leftSeconds))} left`;
    const lagging = retrying.length > 0 ? ` (read failed, asked again next read: ${retrying.join(', ')})` : '';
    const checks = verdict.checks.map(describeCheck).join(', ');
    return `window ${observed}/${expected}, ${left}${lagging}: ${checks || 'no checks'} — ${stateOf(verdict)}`;
}
/**
 * `rollback (final, decided at window 5/12)`, or while the watch goes on after promotion was ruled out:
 * `hold so far; promotion ruled out (…); still watching for rollback: p95 > 250 for 30s (1 of 3 windows so far)`.
 */
function stateOf(v) {
    if (v.final) {
        const at = v.endedEarly ? `, decided at window ${v.windowsJudged}` : '';
        const open = v.rollbackStillPossible.length > 0
            ? `; fail-fast: hold stopped the watch while a rollback could still fire: ${v.rollbackStillPossible.join('; ')}`
            : '';
        return `${v.decision} (final${at})${open}`;
    }
    if (v.promotionRuledOut === null)
        return `${v.decision} so far`;
    return (`${v.decision} so far; promotion ruled out (${v.promotionRuledOut}); ` +
        `still watching for rollback: ${v.rollbackStillPossible.join('; ')}`);
}
function describeCheck(c) {
    const worst = c.worst;
    const value = worst ? (0,format/* formatNumber */.ZV)(worst.value) : 'no data';
    const op = c.condition.trim().split(/\s+/)[0];
    const limit = worst && worst.limit !== null && /baseline/.test(c.condition)
        ? `${op} ${(0,format/* formatNumber */.ZV)(worst.limit)}`
        : c.condition;
    const flag = c.status === 'fail' ? ' FAIL' : c.status === 'skipped' ? ' skipped' : '';
    if (c.kind === 'gate')
        return `${c.metric} ${value} ${limit}${flag}`;
    const forText = c.forSeconds > 0 ? ` for ${(0,duration/* formatDuration */.a3)(c.forSeconds)}` : '';
    const run = c.status !== 'fail' && c.streak && c.streak.needed > 1 && c.streak.windows > 0
        ? ` (${c.streak.windows} of ${c.streak.needed} windows)`
        : '';
    return `${c.action} if ${c.metric} ${limit}${forText}: ${value}${c.status === 'fail' ? ' FIRED' : run}`;
}

// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(77991);
// EXTERNAL MODULE: ./src/sources/prometheus-answer.ts
var prometheus_answer = __webpack_require__(12811);
;// CONCATENATED MODULE: ./src/bake/accumulate.ts

class SeriesTable {
    length;
    rows = new Map();
    constructor(length) {
        this.length = length;
    }
    write(first, series) {
        for (const s of series) {
            const key = (0,prometheus_answer/* labelKey */.kJ)(s.labels);
            // A first read of the whole bake (a lookback) is the row as it is: copied into an array made of
            // nulls, every number would be boxed (24 bytes a value instead of 8; 115 MB at 500 series × 20).
            if (first === 0 && s.values.length === this.length && !this.rows.has(key)) {
                this.rows.set(key, { labels: s.labels, values: s.values });
                continue;
            }
            const row = this.row(key, s.labels);
            s.values.forEach((v, i) => {
                if (first + i < this.length)
                    row.values[first + i] = v;
            });
        }
    }
    list() {
        return [...this.rows.values()];
    }
    row(key, labels) {
        let row = this.rows.get(key);
        if (!row) {
            row = { labels, values: new Array(this.length).fill(null) };
            this.rows.set(key, row);
        }
        return row;
    }
}
class MetricAccumulator {
    canary;
    baseline;
    hasBaseline = false;
    /** Insertion-ordered and unique: a Set keeps de-duplication linear in the number of warnings. */
    warnings = new Set();
    constructor(windowsExpected) {
        this.canary = new SeriesTable(windowsExpected);
        this.baseline = new SeriesTable(windowsExpected);
    }
    add(first, read) {
        this.canary.write(first, read.series);
        if (read.baseline) {
            this.hasBaseline = true;
            this.baseline.write(first, read.baseline);
        }
        for (const w of read.warnings)
            this.warnings.add(w);
    }
    toMetricData(sourceError) {
        const data = { series: this.canary.list() };
        if (this.hasBaseline)
            data.baseline = this.baseline.list();
        if (sourceError)
            data.sourceError = sourceError;
        if (this.warnings.size > 0)
            data.warnings = [...this.warnings];
        return data;
    }
    allWarnings() {
        return [...this.warnings];
    }
}

;// CONCATENATED MODULE: ./src/bake/read.ts


function newStates(specs, windowsExpected) {
    return specs.map((spec) => ({
        spec,
        acc: new MetricAccumulator(windowsExpected),
        fetched: 0,
        settled: 0,
        failedReads: 0,
    }));
}
/**
 * Fetches windows [settled, closed) of every metric that is behind or has windows to read again, a few
 * metrics at a time. `reread` forces the newest `ctx.refresh` windows to be read again (the end of a bake).
 */
async function readNew(states, closed, ctx, reread = false) {
    if (reread)
        for (const s of states)
            s.settled = Math.min(s.settled, Math.max(0, closed - ctx.refresh));
    const behind = states.filter((s) => s.settled < closed);
    let next = 0;
    let rejected;
    const worker = async () => {
        while (next < behind.length && !rejected) {
            const s = behind[next++];
            const first = s.settled;
            try {
                const read = await ctx.source.fetch({
                    policy: ctx.policy,
                    stage: ctx.stage,
                    metric: s.spec,
                    vars: ctx.vars,
                    span: ctx.span,
                    first,
                    count: closed - first,
                });
                s.acc.add(first, read);
                s.fetched = Math.max(s.fetched, closed);
                s.settled = Math.max(first, closed - ctx.refresh);
                s.failedReads = 0;
                s.lastError = undefined;
                s.givenUp = undefined;
            }
            catch (err) {
                if (err instanceof types/* QueryRejectedError */.P)
                    rejected = err;
                else if (err instanceof types/* SourceUnavailableError */.m) {
                    s.failedReads++;
                    s.lastError = err.message;
                }
                else
                    throw err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.concurrency, behind.length)) }, worker));
    if (rejected)
        throw rejected;
}
/** Metrics whose failures are now final: at the last read, or after `maxFailedReads` in a row. */
function giveUp(states, last, maxFailedReads) {
    const given = [];
    for (const s of states) {
        if (s.lastError && !s.givenUp && (last || s.failedReads >= maxFailedReads)) {
            s.givenUp = s.lastError;
            given.push(s);
        }
    }
    return given;
}
/**
 * What the engine judges: windows [0, observed) are those every live metric has read; a metric given up on
 * carries its `sourceError` and does not hold the others back.
 */
function bakeData(states, span, closed) {
    const live = states.filter((s) => !s.givenUp);
    const observed = live.length > 0 ? Math.min(...live.map((s) => s.fetched)) : closed;
    const metrics = {};
    for (const s of states)
        metrics[s.spec.name] = s.acc.toMetricData(s.givenUp);
    return {
        windowSeconds: span.windowSeconds,
        windowsExpected: span.windowsExpected,
        windowsObserved: observed,
        since: span.since,
        metrics,
    };
}
/** Metrics asked again at the next read because their last read failed. */
function retrying(states) {
    return states.filter((s) => s.lastError && !s.givenUp).map((s) => s.spec.name);
}

;// CONCATENATED MODULE: ./src/bake/schedule.ts
/**
 * When windows may be read (DESIGN §2 "Reading"): window k of a bake is read no earlier than its end plus
 * `settle` plus the backend's lag, in watch and lookback alike. The bake waits in one place, `waitUntil`.
 */

/** Seconds after a window's end before it is read: settle plus the backend's lag. */
function readDelay(s) {
    return s.settleSeconds + s.lag.seconds;
}
/** Unix seconds when windows [0, count) may all be read. */
function readableAt(s, count) {
    return s.span.since + count * s.span.windowSeconds + readDelay(s);
}
/** Windows whose end + delay has passed at `nowSeconds`, at most the bake's. */
function readableBy(s, nowSeconds) {
    const { since, windowSeconds: w, windowsExpected: n } = s.span;
    return Math.max(0, Math.min(n, Math.floor((nowSeconds - readDelay(s) - since) / w)));
}
/**
 * Newest windows of each read that are read once more at the next: those the lag may still be filling.
 * A backend that could not tell its lag gets one window read again.
 */
function refreshWindows(s) {
    if (!s.lag.known)
        return 1;
    return s.lag.seconds > 0 ? Math.ceil(s.lag.seconds / s.span.windowSeconds) : 0;
}
/** `settle 3s + backend lag 30s (VictoriaMetrics -search.latencyOffset=30s)`. */
function describeDelay(s) {
    const settle = `settle ${(0,duration/* formatDuration */.a3)(s.settleSeconds)}`;
    if (s.lag.seconds === 0 && s.lag.known)
        return settle;
    return `${settle} + backend lag ${(0,duration/* formatDuration */.a3)(s.lag.seconds)} (${s.lag.how})`;
}
const NO_LAG = { seconds: 0, known: true, how: 'no lag' };
/** The backend's lag, or none when the source cannot tell (a recorded bake). */
async function learnLag(source) {
    return source.lag ? await source.lag() : NO_LAG;
}
/** The one place a bake waits: until unix second `at`. */
async function waitUntil(clock, at) {
    const wait = at * 1000 - clock.now();
    if (wait > 0)
        await clock.sleep(wait);
}

;// CONCATENATED MODULE: ./src/bake/loop.ts
/**
 * The two ways a bake is read. Lookback: once, all windows, when the last one may be read. Watch: from
 * `since`, each window when it may be read (./schedule.ts), asking only for what is new, until the verdict is
 * final (./../engine/outlook.ts says when: a rollback, a judge's early promote, or promotion ruled out with
 * no rollback left that could fire) or the last window is read.
 */






async function lookback(ctx) {
    const { span } = ctx.schedule;
    const n = span.windowsExpected;
    const readyAt = readableAt(ctx.schedule, n);
    const waitSeconds = readyAt - ctx.clock.now() / 1000;
    if (waitSeconds > 0) {
        ctx.log(`lookback: the last window ends at ${iso(span.since + n * span.windowSeconds)}; waiting ` +
            `${(0,duration/* formatDuration */.a3)(Math.ceil(waitSeconds))} until it may be read (${describeDelay(ctx.schedule)})`);
        await (0,abort/* untilAborted */.E)(waitUntil(ctx.clock, readyAt), ctx.signal);
    }
    if (!ctx.signal?.aborted)
        await (0,abort/* untilAborted */.E)(readNew(ctx.states, n, { ...ctx.read, refresh: 0 }), ctx.signal);
    if (ctx.signal?.aborted)
        return { ...judge(ctx, 0, false, 1, false), cancelled: true };
    return judge(ctx, n, true, 1, false);
}
async function watch(ctx) {
    const { span } = ctx.schedule;
    const n = span.windowsExpected;
    const nowSeconds = () => ctx.clock.now() / 1000;
    if (readDelay(ctx.schedule) > ctx.policy.settleSeconds)
        ctx.log(`watch: each window is read ${describeDelay(ctx.schedule)} after it ends`);
    let reads = 0;
    let closedAtLastRead = 0;
    for (;;) {
        await (0,abort/* untilAborted */.E)(waitUntil(ctx.clock, readableAt(ctx.schedule, closedAtLastRead + 1)), ctx.signal);
        const closed = readableBy(ctx.schedule, nowSeconds());
        const last = closed >= n;
        if (!ctx.signal?.aborted)
            await (0,abort/* untilAborted */.E)(readNew(ctx.states, closed, ctx.read), ctx.signal);
        // Cancelled: judge only the windows of completed reads; a read still in flight is dropped.
        if (ctx.signal?.aborted)
            return { ...judge(ctx, closedAtLastRead, false, reads, false), cancelled: true };
        reads++;
        closedAtLastRead = closed;
        let outcome = judge(ctx, closed, last, reads, true);
        if (last && ctx.read.refresh > 0 && !ctx.schedule.lag.known && outcome.verdict.decision !== 'rollback') {
            // A backend that could not tell its lag: the newest windows once more, one settle later.
            await waitUntil(ctx.clock, readableAt(ctx.schedule, n) + ctx.policy.settleSeconds);
            await readNew(ctx.states, n, ctx.read, true);
            reads++;
            outcome = judge(ctx, n, true, reads, true);
        }
        if (last || outcome.verdict.final)
            return outcome;
    }
}
/** Judges what was read; a watch logs it as a progress line. */
function judge(ctx, closed, last, reads, progress) {
    for (const s of giveUp(ctx.states, last, ctx.maxFailedReads))
        ctx.log(`${s.spec.name}: source error: ${s.lastError}`);
    const { span } = ctx.schedule;
    const data = bakeData(ctx.states, span, closed);
    const verdict = (0,evaluate/* evaluateStage */._)(ctx.policy, ctx.stage, data);
    if (progress) {
        const left = span.since + span.windowsExpected * span.windowSeconds - ctx.clock.now() / 1000;
        ctx.log(progressLine(data.windowsObserved, span.windowsExpected, left, verdict, retrying(ctx.states)));
    }
    return { verdict, data, reads };
}
function iso(unixSeconds) {
    return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./src/policy/stage-metrics.ts
var stage_metrics = __webpack_require__(20072);
// EXTERNAL MODULE: ./src/util/dict.ts
var dict = __webpack_require__(21746);
;// CONCATENATED MODULE: ./src/bake/run.ts









/** A GitHub-hosted runner ends a job after 6 hours; a watch must fit in one job. */
const WATCH_LIMIT_SECONDS = 6 * 3600;
/** Clock skew tolerated between this machine and the caller before `--until` counts as the future. */
const FUTURE_SLACK_SECONDS = 60;
async function runBake(opts) {
    const { policy, mode, source } = opts;
    const clock = opts.clock ?? systemClock;
    const log = opts.log ?? (() => { });
    const stage = typeof opts.stage === 'string' ? findStage(policy, opts.stage) : opts.stage;
    const w = policy.windowSeconds;
    const bakeSeconds = opts.bakeSeconds ?? stage.bakeSeconds;
    const n = Math.floor(bakeSeconds / w);
    if (n < 1) {
        throw new BakeUsageError(`stage ${stage.name}: bake ${(0,duration/* formatDuration */.a3)(bakeSeconds)} is shorter than one window (${policy.windowText}); give a bake of at least ${policy.windowText}`);
    }
    if (mode === 'watch' && n * w > WATCH_LIMIT_SECONDS) {
        throw new BakeUsageError(`stage ${stage.name}: a ${(0,duration/* formatDuration */.a3)(n * w)} bake cannot be watched within a GitHub-hosted runner's 6h job limit; ` +
            `put an environment wait timer of ${(0,duration/* formatDuration */.a3)(n * w)} before the job and judge it in lookback mode (mode: lookback, or --mode lookback; until = now)`);
    }
    const nowSeconds = () => clock.now() / 1000;
    if (mode === 'lookback' && opts.until !== undefined && opts.until > nowSeconds() + FUTURE_SLACK_SECONDS) {
        throw new BakeUsageError(`--until ${new Date(opts.until * 1000).toISOString()} is in the future: its windows hold no data yet; leave --until out (now) or use --mode watch`);
    }
    const since = mode === 'lookback'
        ? (opts.until ?? Math.floor(nowSeconds())) - n * w
        : (opts.since ?? Math.floor(nowSeconds()));
    const span = { since, windowSeconds: w, windowsExpected: n };
    const vars = { ...policy.vars, ...(opts.vars ?? {}) };
    const states = newStates((0,stage_metrics/* metricsOf */.P)(policy, stage), n);
    const queries = (0,dict/* dict */.j)();
    for (const s of states)
        queries[s.spec.name] = source.queries({ policy, stage, metric: s.spec, vars, span });
    // A lookback long past needs no lag: no backend hides samples that old. Only then are the probes skipped.
    const recent = mode === 'watch' || since + n * w > nowSeconds() - policy.settleSeconds - backend_lag/* LAG_HORIZON_SECONDS */.Hz;
    const lag = recent ? await learnLag(source) : NO_LAG;
    const schedule = { span, settleSeconds: policy.settleSeconds, lag };
    const ctx = {
        policy,
        stage,
        states,
        read: {
            source,
            policy,
            stage,
            vars,
            span,
            concurrency: opts.concurrency ?? 4,
            refresh: refreshWindows(schedule),
        },
        schedule,
        clock,
        log,
        maxFailedReads: opts.maxFailedReads ?? 3,
        signal: opts.signal,
    };
    const { verdict, data, reads, cancelled } = mode === 'watch' ? await watch(ctx) : await lookback(ctx);
    const warnings = states.flatMap((s) => s.acc.allWarnings().map((m) => `${s.spec.name}: ${m}`));
    const stats = source.stats();
    return {
        verdict,
        data,
        since,
        until: since + n * w,
        queries,
        warnings,
        requests: stats.requests,
        samples: stats.samples,
        reads,
        decidedAtWindow: verdict.windowsJudged,
        lag,
        ...(cancelled ? { cancelledAtWindow: data.windowsObserved } : {}),
    };
}
function findStage(policy, name) {
    const stage = policy.stages[name];
    if (!stage) {
        const known = Object.keys(policy.stages).join(', ');
        throw new BakeUsageError(`--stage ${name}: no such stage in ${policy.path}; stages are: ${known}`);
    }
    return stage;
}
/** Kept here for its callers; the rule lives in the policy module, where the bake limits count it too. */



/***/ }),

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
    if (text.charCodeAt(pos) === CLOSE)
        pos++;
    else {
        for (;;) {
            const point = scanPoint(text, pos);
            if (point === undefined)
                return undefined;
            pos = point.end;
            const t = Number(text.slice(point.time, point.timeEnd));
            if (!Number.isFinite(t))
                return undefined;
            if (count === times.length) {
                times = grow(times);
                values = grow(values);
            }
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


/***/ }),

/***/ 77991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ QueryRejectedError),
/* harmony export */   m: () => (/* binding */ SourceUnavailableError)
/* harmony export */ });
/** The source could not answer (network, timeout, 5xx after retries). */
class SourceUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SourceUnavailableError';
    }
}
/** The source refused a query: names the metric, its policy line and the source's message. */
class QueryRejectedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'QueryRejectedError';
    }
}


/***/ })

};
