/**
 * The bake: read a stage's windows from a source and judge them.
 * - lookback: one read of [until - bake, until].
 * - watch: from `since`, read each window when it closes plus `settle`, asking only for windows not read
 *   yet, and stop as soon as the verdict is final or the last window is read.
 * A metric whose read fails keeps its windows pending and is asked again at the next read; it becomes a
 * `sourceError` (judged per `on-source-error`) at the last read or after `maxFailedReads` reads in a row.
 */
import { evaluateStage } from '../engine/evaluate.js';
import type { BakeData, MetricData, Verdict } from '../engine/types.js';
import { formatDuration } from '../policy/duration.js';
import type { MetricSpec, Policy, StageSpec } from '../policy/types.js';
import {
  QueryRejectedError,
  SourceUnavailableError,
  type BakeSpan,
  type MetricQueries,
  type MetricSource,
} from '../sources/types.js';
import { MetricAccumulator } from './accumulate.js';
import { systemClock, type Clock } from './clock.js';
import { metricsOf } from '../policy/stage-metrics.js';
import { untilAborted } from './abort.js';
import { BakeUsageError } from './errors.js';
import { progressLine } from './progress.js';
import { dict } from '../util/dict.js';

/** A GitHub-hosted runner ends a job after 6 hours; a watch must fit in one job. */
export const WATCH_LIMIT_SECONDS = 6 * 3600;
/** Clock skew tolerated between this machine and the caller before `--until` counts as the future. */
const FUTURE_SLACK_SECONDS = 60;

export interface BakeOptions {
  policy: Policy;
  /** Stage name, or the stage itself (e.g. with a `--bake` override already applied). */
  stage: string | StageSpec;
  mode: 'watch' | 'lookback';
  source: MetricSource;
  /** watch: unix seconds of the start of window 0 (default now). Ignored by lookback. */
  since?: number;
  /** lookback: unix seconds of the end of the bake (default now). Ignored by watch. */
  until?: number;
  /** Overrides the stage's bake (seconds); rounded down to whole windows. */
  bakeSeconds?: number;
  /** Merged over the policy's `vars`. */
  vars?: Record<string, string>;
  clock?: Clock;
  /** Progress lines (watch) and source notices. */
  log?: (line: string) => void;
  /** watch: reads in a row a metric may fail before it counts as a source error. Default 3. */
  maxFailedReads?: number;
  /** Metrics fetched at once. Default 4. */
  concurrency?: number;
  /** Cancellation (SIGTERM/SIGINT): the loop stops at once and returns what it has read so far. */
  signal?: AbortSignal;
}

export interface BakeResult {
  verdict: Verdict;
  data: BakeData;
  /** Unix seconds: start of window 0 and end of the last window. */
  since: number;
  until: number;
  queries: Record<string, MetricQueries>;
  /** Source warnings, each prefixed with its metric. */
  warnings: string[];
  /** HTTP requests sent (retries included) and points received. */
  requests: number;
  samples: number;
  /** Reads made (1 for lookback). */
  reads: number;
  /** Windows observed when the verdict became final (watch), or the windows observed at the end. */
  decidedAtWindow: number;
  /** Set when `signal` stopped the bake early: the windows read by then (k of N). */
  cancelledAtWindow?: number;
}

interface MetricState {
  spec: MetricSpec;
  acc: MetricAccumulator;
  /** Windows [0, fetched) have been read. */
  fetched: number;
  failedReads: number;
  lastError?: string;
  /** Set once the failures are final: the metric goes to the engine with this `sourceError`. */
  givenUp?: string;
}

export async function runBake(opts: BakeOptions): Promise<BakeResult> {
  const { policy, mode, source } = opts;
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? (() => {});
  const stage = typeof opts.stage === 'string' ? findStage(policy, opts.stage) : opts.stage;
  const w = policy.windowSeconds;
  const bakeSeconds = opts.bakeSeconds ?? stage.bakeSeconds;
  const n = Math.floor(bakeSeconds / w);
  if (n < 1) {
    throw new BakeUsageError(
      `stage ${stage.name}: bake ${formatDuration(bakeSeconds)} is shorter than one window (${policy.windowText}); give a bake of at least ${policy.windowText}`,
    );
  }
  if (mode === 'watch' && n * w > WATCH_LIMIT_SECONDS) {
    throw new BakeUsageError(
      `stage ${stage.name}: a ${formatDuration(n * w)} bake cannot be watched within a GitHub-hosted runner's 6h job limit; ` +
        `put an environment wait timer of ${formatDuration(n * w)} before the job and judge it in lookback mode (mode: lookback, or --mode lookback; until = now)`,
    );
  }
  const nowSeconds = () => clock.now() / 1000;
  if (mode === 'lookback' && opts.until !== undefined && opts.until > nowSeconds() + FUTURE_SLACK_SECONDS) {
    throw new BakeUsageError(
      `--until ${new Date(opts.until * 1000).toISOString()} is in the future: its windows hold no data yet; leave --until out (now) or use --mode watch`,
    );
  }
  const since =
    mode === 'lookback'
      ? (opts.until ?? Math.floor(nowSeconds())) - n * w
      : (opts.since ?? Math.floor(nowSeconds()));
  const span: BakeSpan = { since, windowSeconds: w, windowsExpected: n };
  const vars = { ...policy.vars, ...(opts.vars ?? {}) };
  const maxFailedReads = opts.maxFailedReads ?? 3;

  const states = metricsOf(policy, stage).map<MetricState>((spec) => ({
    spec,
    acc: new MetricAccumulator(n),
    fetched: 0,
    failedReads: 0,
  }));
  const queries: Record<string, MetricQueries> = dict();
  for (const s of states)
    queries[s.spec.name] = source.queries({ policy, stage, metric: s.spec, vars, span });

  let reads = 0;
  let closedAtLastRead = 0;
  let verdict: Verdict;
  let data: BakeData;
  let decidedAtWindow = 0;
  let cancelledAtWindow: number | undefined;
  for (;;) {
    let closed = n;
    if (mode === 'watch') {
      const readAt = (since + (closedAtLastRead + 1) * w + policy.settleSeconds) * 1000;
      const wait = readAt - clock.now();
      if (wait > 0) await untilAborted(clock.sleep(wait), opts.signal);
      closed = Math.max(0, Math.min(n, Math.floor((nowSeconds() - policy.settleSeconds - since) / w)));
    }
    const last = closed >= n;
    if (!opts.signal?.aborted) {
      const ctx = { source, policy, stage, vars, span, concurrency: opts.concurrency ?? 4 };
      await untilAborted(readNew(states, closed, ctx), opts.signal);
    }
    if (opts.signal?.aborted) {
      // Judge only what was read before the signal: a read still in flight is dropped.
      data = bakeData(states, span, closedAtLastRead);
      verdict = evaluateStage(policy, stage, data);
      cancelledAtWindow = decidedAtWindow = data.windowsObserved;
      break;
    }
    reads++;
    closedAtLastRead = closed;
    for (const s of states) {
      if (s.lastError && !s.givenUp && (last || s.failedReads >= maxFailedReads)) {
        s.givenUp = s.lastError;
        log(`${s.spec.name}: source error: ${s.lastError}`);
      }
    }
    data = bakeData(states, span, closed);
    verdict = evaluateStage(policy, stage, data);
    decidedAtWindow = data.windowsObserved;
    if (mode === 'watch') {
      const retrying = states.filter((s) => s.lastError && !s.givenUp).map((s) => s.spec.name);
      log(progressLine(data.windowsObserved, n, since + n * w - nowSeconds(), verdict, retrying));
    }
    if (last || verdict.final) break;
  }

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
    decidedAtWindow,
    ...(cancelledAtWindow !== undefined ? { cancelledAtWindow } : {}),
  };
}

function findStage(policy: Policy, name: string): StageSpec {
  const stage = policy.stages[name];
  if (!stage) {
    const known = Object.keys(policy.stages).join(', ');
    throw new BakeUsageError(`--stage ${name}: no such stage in ${policy.path}; stages are: ${known}`);
  }
  return stage;
}

interface ReadContext {
  source: MetricSource;
  policy: Policy;
  stage: StageSpec;
  vars: Record<string, string>;
  span: BakeSpan;
  concurrency: number;
}

/** Fetches windows [fetched, closed) of every metric that is behind, a few metrics at a time. */
async function readNew(states: MetricState[], closed: number, ctx: ReadContext): Promise<void> {
  const behind = states.filter((s) => s.fetched < closed);
  let next = 0;
  let rejected: QueryRejectedError | undefined;
  const worker = async () => {
    while (next < behind.length && !rejected) {
      const s = behind[next++];
      const first = s.fetched;
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
        s.fetched = closed;
        s.failedReads = 0;
        s.lastError = undefined;
        s.givenUp = undefined;
      } catch (err) {
        if (err instanceof QueryRejectedError) rejected = err;
        else if (err instanceof SourceUnavailableError) {
          s.failedReads++;
          s.lastError = err.message;
        } else throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.concurrency, behind.length)) }, worker));
  if (rejected) throw rejected;
}

/**
 * What the engine judges: windows [0, observed) are those every live metric has read; a metric given up on
 * carries its `sourceError` and does not hold the others back.
 */
function bakeData(states: MetricState[], span: BakeSpan, closed: number): BakeData {
  const live = states.filter((s) => !s.givenUp);
  const observed = live.length > 0 ? Math.min(...live.map((s) => s.fetched)) : closed;
  const metrics: Record<string, MetricData> = dict();
  for (const s of states) metrics[s.spec.name] = s.acc.toMetricData(s.givenUp);
  return {
    windowSeconds: span.windowSeconds,
    windowsExpected: span.windowsExpected,
    windowsObserved: observed,
    since: span.since,
    metrics,
  };
}
