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
  if (wholeSecondsIn(since, w, count)) return clockLabels(since, w, count);
  const labels = new Array<string>(count);
  let from = isoMinute(since);
  for (let k = 0; k < count; k++) {
    const to = isoMinute(since + (k + 1) * w);
    labels[k] = clockSpan(from, to);
    from = to;
  }
  return labels;
}

/** Last second toISOString writes with a four-digit year (9999-12-31T23:59:59Z). */
const LAST_PLAIN_YEAR_SECOND = 253402300799;

/** Every boundary is a whole second from 1970 to 9999, where `clockLabels` writes what isoMinute does. */
function wholeSecondsIn(since: number, w: number, count: number): boolean {
  return (
    Number.isInteger(since) &&
    Number.isInteger(w) &&
    w > 0 &&
    since >= 0 &&
    since + count * w <= LAST_PLAIN_YEAR_SECOND
  );
}

/** `00`…`59`. */
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The clock labels of whole-second boundaries without a Date per boundary (a day of 15 s windows has
 * 5,760): the date is formatted once a day, the time of day from its seconds. Same text as isoMinute
 * and clockSpan give.
 */
function clockLabels(since: number, w: number, count: number): string[] {
  const labels = new Array<string>(count);
  let day = -1;
  let date = '';
  let fromDay = 0;
  let from = '';
  for (let k = 0; k <= count; k++) {
    const t = since + k * w;
    const d = Math.floor(t / 86400);
    if (d !== day) {
      day = d;
      date = new Date(d * 86400000).toISOString().slice(0, 11); // 2026-11-20T
    }
    const s = t - d * 86400;
    const hms = s % 60;
    const time = `${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}${hms === 0 ? '' : `:${TWO[hms]}`}Z`;
    if (k > 0) labels[k - 1] = `${from}–${fromDay === d ? time : date + time}`;
    from = date + time;
    fromDay = d;
  }
  return labels;
}

/** `2026-11-20T10:05Z`, with seconds only when they are not zero. */
function isoMinute(unixSeconds: number): string {
  const iso = new Date(unixSeconds * 1000).toISOString(); // 2026-11-20T10:05:00.000Z
  const seconds = iso.slice(17, 19);
  return seconds === '00' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
