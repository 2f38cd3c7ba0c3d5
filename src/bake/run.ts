/**
 * The bake: read a stage's windows from a source and judge them (the loops are in ./loop.ts, reading in
 * ./read.ts, when windows may be read in ./schedule.ts).
 * - lookback: one read of [until - bake, until], once its last window may be read.
 * - watch: from `since`, read each window when it closes plus `settle` plus the backend's lag, asking only
 *   for windows not read yet, and stop as soon as the verdict is final or the last window is read.
 */
import type { BakeData, Verdict } from '../engine/types.js';
import { formatDuration } from '../policy/duration.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { LAG_HORIZON_SECONDS } from '../sources/backend-lag.js';
import type { BackendLag, BakeSpan, MetricQueries, MetricSource } from '../sources/types.js';
import { systemClock, type Clock } from './clock.js';
import { BakeUsageError } from './errors.js';
import { lookback, watch, type LoopContext } from './loop.js';
import { newStates } from './read.js';
import { learnLag, NO_LAG, refreshWindows, type ReadSchedule } from './schedule.js';
import { metricsOf } from '../policy/stage-metrics.js';
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
  /** Windows judged when the verdict became final (both modes: the first window where it did). */
  decidedAtWindow: number;
  /** The backend's lag as learned, added to `settle` before any window is read. */
  lag: BackendLag;
  /** Set when `signal` stopped the bake early: the windows read by then (k of N). */
  cancelledAtWindow?: number;
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

  const states = newStates(metricsOf(policy, stage), n);
  const queries: Record<string, MetricQueries> = dict();
  for (const s of states)
    queries[s.spec.name] = source.queries({ policy, stage, metric: s.spec, vars, span });

  // A lookback long past needs no lag: no backend hides samples that old. Only then are the probes skipped.
  const recent =
    mode === 'watch' || since + n * w > nowSeconds() - policy.settleSeconds - LAG_HORIZON_SECONDS;
  const lag = recent ? await learnLag(source) : NO_LAG;
  const schedule: ReadSchedule = { span, settleSeconds: policy.settleSeconds, lag };
  const ctx: LoopContext = {
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

function findStage(policy: Policy, name: string): StageSpec {
  const stage = policy.stages[name];
  if (!stage) {
    const known = Object.keys(policy.stages).join(', ');
    throw new BakeUsageError(`--stage ${name}: no such stage in ${policy.path}; stages are: ${known}`);
  }
  return stage;
}

/** Kept here for its callers; the rule lives in the policy module, where the bake limits count it too. */
export { metricsOf };
