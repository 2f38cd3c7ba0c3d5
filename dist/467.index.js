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
