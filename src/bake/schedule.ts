/**
 * When windows may be read (DESIGN §2 "Reading"): window k of a bake is read no earlier than its end plus
 * `settle` plus the backend's lag, in watch and lookback alike. The bake waits in one place, `waitUntil`.
 */
import { formatDuration } from '../policy/duration.js';
import type { BackendLag, BakeSpan, MetricSource } from '../sources/types.js';
import type { Clock } from './clock.js';

export interface ReadSchedule {
  span: BakeSpan;
  settleSeconds: number;
  lag: BackendLag;
}

/** Seconds after a window's end before it is read: settle plus the backend's lag. */
export function readDelay(s: ReadSchedule): number {
  return s.settleSeconds + s.lag.seconds;
}

/** Unix seconds when windows [0, count) may all be read. */
export function readableAt(s: ReadSchedule, count: number): number {
  return s.span.since + count * s.span.windowSeconds + readDelay(s);
}

/** Windows whose end + delay has passed at `nowSeconds`, at most the bake's. */
export function readableBy(s: ReadSchedule, nowSeconds: number): number {
  const { since, windowSeconds: w, windowsExpected: n } = s.span;
  return Math.max(0, Math.min(n, Math.floor((nowSeconds - readDelay(s) - since) / w)));
}

/**
 * Newest windows of each read that are read once more at the next: those the lag may still be filling.
 * A backend that could not tell its lag gets one window read again.
 */
export function refreshWindows(s: ReadSchedule): number {
  if (!s.lag.known) return 1;
  return s.lag.seconds > 0 ? Math.ceil(s.lag.seconds / s.span.windowSeconds) : 0;
}

/** `settle 3s + backend lag 30s (VictoriaMetrics -search.latencyOffset=30s)`. */
export function describeDelay(s: ReadSchedule): string {
  const settle = `settle ${formatDuration(s.settleSeconds)}`;
  if (s.lag.seconds === 0 && s.lag.known) return settle;
  return `${settle} + backend lag ${formatDuration(s.lag.seconds)} (${s.lag.how})`;
}

/** The backend's lag, or none when the source cannot tell (a recorded bake). */
export async function learnLag(source: MetricSource): Promise<BackendLag> {
  return source.lag ? await source.lag() : { seconds: 0, known: true, how: 'no lag' };
}

/** The one place a bake waits: until unix second `at`. */
export async function waitUntil(clock: Clock, at: number): Promise<void> {
  const wait = at * 1000 - clock.now();
  if (wait > 0) await clock.sleep(wait);
}
