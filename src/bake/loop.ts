/**
 * The two ways a bake is read. Lookback: once, all windows, when the last one may be read. Watch: from
 * `since`, each window when it may be read (./schedule.ts), asking only for what is new, until the verdict is
 * final (./../engine/outlook.ts says when: a rollback, a judge's early promote, or promotion ruled out with
 * no rollback left that could fire) or the last window is read.
 */
import { evaluateStage } from '../engine/evaluate.js';
import type { BakeData, Verdict } from '../engine/types.js';
import { formatDuration } from '../policy/duration.js';
import type { Policy, StageSpec } from '../policy/types.js';
import type { Clock } from './clock.js';
import { untilAborted } from './abort.js';
import { progressLine } from './progress.js';
import { bakeData, giveUp, readNew, retrying, type MetricState, type ReadContext } from './read.js';
import {
  describeDelay,
  readableAt,
  readableBy,
  readDelay,
  waitUntil,
  type ReadSchedule,
} from './schedule.js';

export interface LoopContext {
  policy: Policy;
  stage: StageSpec;
  states: MetricState[];
  read: ReadContext;
  schedule: ReadSchedule;
  clock: Clock;
  log: (line: string) => void;
  maxFailedReads: number;
  /** Cancellation: a wait or a read in flight is abandoned and what was read by then is judged. */
  signal?: AbortSignal;
}

export interface LoopOutcome {
  verdict: Verdict;
  data: BakeData;
  reads: number;
  /** The signal stopped the loop before the bake ended. */
  cancelled?: boolean;
}

export async function lookback(ctx: LoopContext): Promise<LoopOutcome> {
  const { span } = ctx.schedule;
  const n = span.windowsExpected;
  const readyAt = readableAt(ctx.schedule, n);
  const waitSeconds = readyAt - ctx.clock.now() / 1000;
  if (waitSeconds > 0) {
    ctx.log(
      `lookback: the last window ends at ${iso(span.since + n * span.windowSeconds)}; waiting ` +
        `${formatDuration(Math.ceil(waitSeconds))} until it may be read (${describeDelay(ctx.schedule)})`,
    );
    await untilAborted(waitUntil(ctx.clock, readyAt), ctx.signal);
  }
  if (!ctx.signal?.aborted)
    await untilAborted(readNew(ctx.states, n, { ...ctx.read, refresh: 0 }), ctx.signal);
  if (ctx.signal?.aborted) return { ...judge(ctx, 0, false, 1, false), cancelled: true };
  return judge(ctx, n, true, 1, false);
}

export async function watch(ctx: LoopContext): Promise<LoopOutcome> {
  const { span } = ctx.schedule;
  const n = span.windowsExpected;
  const nowSeconds = () => ctx.clock.now() / 1000;
  if (readDelay(ctx.schedule) > ctx.policy.settleSeconds)
    ctx.log(`watch: each window is read ${describeDelay(ctx.schedule)} after it ends`);
  let reads = 0;
  let closedAtLastRead = 0;
  for (;;) {
    await untilAborted(waitUntil(ctx.clock, readableAt(ctx.schedule, closedAtLastRead + 1)), ctx.signal);
    const closed = readableBy(ctx.schedule, nowSeconds());
    const last = closed >= n;
    if (!ctx.signal?.aborted) await untilAborted(readNew(ctx.states, closed, ctx.read), ctx.signal);
    // Cancelled: judge only the windows of completed reads; a read still in flight is dropped.
    if (ctx.signal?.aborted) return { ...judge(ctx, closedAtLastRead, false, reads, false), cancelled: true };
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
    if (last || outcome.verdict.final) return outcome;
  }
}

/** Judges what was read; a watch logs it as a progress line. */
function judge(
  ctx: LoopContext,
  closed: number,
  last: boolean,
  reads: number,
  progress: boolean,
): LoopOutcome {
  for (const s of giveUp(ctx.states, last, ctx.maxFailedReads))
    ctx.log(`${s.spec.name}: source error: ${s.lastError}`);
  const { span } = ctx.schedule;
  const data = bakeData(ctx.states, span, closed);
  const verdict = evaluateStage(ctx.policy, ctx.stage, data);
  if (progress) {
    const left = span.since + span.windowsExpected * span.windowSeconds - ctx.clock.now() / 1000;
    ctx.log(progressLine(data.windowsObserved, span.windowsExpected, left, verdict, retrying(ctx.states)));
  }
  return { verdict, data, reads };
}

function iso(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}
