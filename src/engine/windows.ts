/**
 * Names of windows for reasons: clock time when the bake's start is known
 * (`2026-11-20T10:05Z–10:10Z`), else offsets from the start of the bake (`+10m–+15m`).
 */
import { formatDuration } from '../policy/duration.js';

export interface WindowClock {
  windowSeconds: number;
  /** Unix seconds of the start of window 0. */
  since?: number;
}

/** `5m`, `1h30m`; the start of the bake is `+0m`. */
function formatOffset(seconds: number): string {
  return seconds === 0 ? '0m' : formatDuration(seconds);
}

export function windowLabel(clock: WindowClock, k: number): string {
  const start = k * clock.windowSeconds;
  const end = start + clock.windowSeconds;
  if (clock.since === undefined) return `+${formatOffset(start)}–+${formatOffset(end)}`;
  return clockSpan(isoMinute(clock.since + start), isoMinute(clock.since + end));
}

/** `from–to` of two isoMinute times. */
function clockSpan(from: string, to: string): string {
  // The end repeats only what differs from the start: the date is dropped when both fall on the same day.
  return `${from}–${from.slice(0, 10) === to.slice(0, 10) ? to.slice(11) : to}`;
}

/** `windowLabel` of windows 0..count-1: each boundary formatted once (a report names every window). */
export function windowLabels(clock: WindowClock, count: number): string[] {
  const { since, windowSeconds: w } = clock;
  if (since === undefined) return Array.from({ length: count }, (_, k) => windowLabel(clock, k));
  const labels = new Array<string>(count);
  let from = isoMinute(since);
  for (let k = 0; k < count; k++) {
    const to = isoMinute(since + (k + 1) * w);
    labels[k] = clockSpan(from, to);
    from = to;
  }
  return labels;
}

/** `2026-11-20T10:05Z`, with seconds only when they are not zero. */
function isoMinute(unixSeconds: number): string {
  const iso = new Date(unixSeconds * 1000).toISOString(); // 2026-11-20T10:05:00.000Z
  const seconds = iso.slice(17, 19);
  return seconds === '00' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
