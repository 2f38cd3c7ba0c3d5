/**
 * Reading a bake's windows from the source, metric by metric. A metric whose read fails keeps its windows
 * pending and is asked again at the next read; it becomes a `sourceError` (judged per `on-source-error`)
 * at the last read or after `maxFailedReads` reads in a row. Windows read while the backend may not show
 * them complete yet (its lag) are read once more at the next read (`refresh`).
 */
import type { BakeData, MetricData } from '../engine/types.js';
import type { MetricSpec, Policy, StageSpec } from '../policy/types.js';
import {
  QueryRejectedError,
  SourceUnavailableError,
  type BakeSpan,
  type MetricSource,
} from '../sources/types.js';
import { MetricAccumulator } from './accumulate.js';

export interface MetricState {
  spec: MetricSpec;
  acc: MetricAccumulator;
  /** Windows [0, fetched) have been read at least once. */
  fetched: number;
  /** Windows [0, settled) are not read again; [settled, fetched) are re-read at the next read. */
  settled: number;
  failedReads: number;
  lastError?: string;
  /** Set once the failures are final: the metric goes to the engine with this `sourceError`. */
  givenUp?: string;
}

export interface ReadContext {
  source: MetricSource;
  policy: Policy;
  stage: StageSpec;
  vars: Record<string, string>;
  span: BakeSpan;
  concurrency: number;
  /** Newest windows of each read that are read once more at the next one (0: none). */
  refresh: number;
}

export function newStates(specs: MetricSpec[], windowsExpected: number): MetricState[] {
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
export async function readNew(
  states: MetricState[],
  closed: number,
  ctx: ReadContext,
  reread = false,
): Promise<void> {
  if (reread) for (const s of states) s.settled = Math.min(s.settled, Math.max(0, closed - ctx.refresh));
  const behind = states.filter((s) => s.settled < closed);
  let next = 0;
  let rejected: QueryRejectedError | undefined;
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

/** Metrics whose failures are now final: at the last read, or after `maxFailedReads` in a row. */
export function giveUp(states: MetricState[], last: boolean, maxFailedReads: number): MetricState[] {
  const given: MetricState[] = [];
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
export function bakeData(states: MetricState[], span: BakeSpan, closed: number): BakeData {
  const live = states.filter((s) => !s.givenUp);
  const observed = live.length > 0 ? Math.min(...live.map((s) => s.fetched)) : closed;
  const metrics: Record<string, MetricData> = {};
  for (const s of states) metrics[s.spec.name] = s.acc.toMetricData(s.givenUp);
  return {
    windowSeconds: span.windowSeconds,
    windowsExpected: span.windowsExpected,
    windowsObserved: observed,
    since: span.since,
    metrics,
  };
}

/** Metrics asked again at the next read because their last read failed. */
export function retrying(states: MetricState[]): string[] {
  return states.filter((s) => s.lastError && !s.givenUp).map((s) => s.spec.name);
}
