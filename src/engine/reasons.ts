/**
 * Human one-liners naming metric, window, value and limit, e.g.
 * `p95_latency_ms > 400 for 2 consecutive windows (10m): 410 at 10:10Z–10:15Z, 420 at 10:15Z–10:20Z` or
 * `error_rate: no data at +5m–+10m (missing-data: fail)`.
 */
import type { Condition } from '../policy/types.js';
import { formatLabels, formatNumber } from './format.js';
import type { Sample } from './samples.js';
import { windowLabel, type WindowClock } from './windows.js';

/** Listing more than this many windows in one line stops being readable; the rest are counted. */
const MAX_LISTED = 3;

/** `limit 360 = baseline 300 * 1.2` for conditions on the baseline; '' for fixed limits (the condition shows them). */
export function limitNote(condition: Condition, sample: Pick<Sample, 'baseline' | 'limit'>): string {
  const rhs = condition.rhs;
  if (rhs.kind !== 'baseline' || sample.limit === null || sample.baseline === null) return '';
  const base = `baseline ${formatNumber(sample.baseline)}`;
  const expr = rhs.op === null ? base : `${base} ${rhs.op} ${formatNumber(rhs.operand)}`;
  return rhs.op === null ? `limit = ${expr}` : `limit ${formatNumber(sample.limit)} = ${expr}`;
}

/** `{pod="a"} 410 at 10:10Z–10:15Z (limit 360 = baseline 300 * 1.2)`. */
export function describeSample(condition: Condition, s: Sample, clock: WindowClock): string {
  const labels = formatLabels(s.labels);
  const note = limitNote(condition, s);
  return `${labels ? `${labels} ` : ''}${formatNumber(s.value)} at ${windowLabel(clock, s.window)}${note ? ` (${note})` : ''}`;
}

/** Window then series order, so a list reads forward in time. */
export function chronological(samples: Sample[]): Sample[] {
  return samples
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.window - b.s.window || a.i - b.i)
    .map(({ s }) => s);
}

/** Up to MAX_LISTED items, then how many more and, when it was not listed, the worst one. */
export function listSamples(
  condition: Condition,
  samples: Sample[],
  worst: Sample | undefined,
  clock: WindowClock,
): string {
  const ordered = chronological(samples);
  const shown = ordered.slice(0, MAX_LISTED);
  const text = shown.map((s) => describeSample(condition, s, clock)).join(', ');
  const hidden = ordered.length - shown.length;
  if (hidden === 0) return text;
  const worstNote =
    worst && !shown.includes(worst) ? `; worst ${describeSample(condition, worst, clock)}` : '';
  return `${text}, … (+${hidden} more${worstNote})`;
}

export function gateViolationReason(
  metric: string,
  condition: Condition,
  violations: Sample[],
  worst: Sample | undefined,
  observed: number,
  clock: WindowClock,
): string {
  const windows = new Set(violations.map((s) => s.window)).size;
  const list = listSamples(condition, violations, worst, clock);
  return `${metric} ${condition.text} violated in ${windows} of ${observed} ${plural('window', observed)}: ${list}`;
}

export function triggerReason(
  metric: string,
  condition: Condition,
  forWindows: number,
  forText: string,
  runSamples: Sample[],
  worst: Sample | undefined,
  observed: number,
  clock: WindowClock,
): string {
  const list = listSamples(condition, runSamples, worst, clock);
  if (forWindows <= 1) {
    const windows = new Set(runSamples.map((s) => s.window)).size;
    return `${metric} ${condition.text} in ${windows} of ${observed} ${plural('window', observed)}: ${list}`;
  }
  return `${metric} ${condition.text} for ${forWindows} consecutive windows (${forText}): ${list}`;
}

/** `error_rate: no data at +5m–+10m (missing-data: fail)`; a metric empty in every window says so once. */
export function missingReason(
  metric: string,
  missing: Sample[],
  policy: string,
  observed: number,
  seriesCount: number,
  clock: WindowClock,
): string {
  const tag = `(missing-data: ${policy})`;
  const noValue = missing.filter((s) => s.missing === 'value');
  const noBaseline = missing.filter((s) => s.missing === 'baseline' && s.unpaired === undefined);
  const unpaired = missing.filter((s) => s.missing === 'baseline' && s.unpaired !== undefined);
  if (noValue.length === observed * seriesCount && observed > 1) {
    return `${metric}: no data in any of the ${observed} observed windows ${tag}`;
  }
  const parts: string[] = [];
  if (noValue.length > 0) parts.push(`no data at ${listWindows(noValue, clock)}`);
  if (noBaseline.length > 0) parts.push(`no baseline at ${listWindows(noBaseline, clock)}`);
  // One line per unpaired series, not per window: the pairing, not the data, is what is missing.
  const seen = new Set<string>();
  for (const s of unpaired) {
    const labels = formatLabels(s.labels) || '{}';
    if (seen.has(labels)) continue;
    seen.add(labels);
    parts.push(`no baseline partner for ${labels}: ${s.unpaired}`);
  }
  return `${metric}: ${parts.join('; ')} ${tag}`;
}

/** `+5m–+10m, +10m–+15m {pod="a"}, … (+4 more)`. */
function listWindows(samples: Sample[], clock: WindowClock): string {
  const ordered = chronological(samples);
  const shown = ordered.slice(0, MAX_LISTED).map((s) => {
    const labels = formatLabels(s.labels);
    return `${windowLabel(clock, s.window)}${labels ? ` ${labels}` : ''}`;
  });
  const hidden = ordered.length - shown.length;
  return hidden > 0 ? `${shown.join(', ')}, … (+${hidden} more)` : shown.join(', ');
}

export function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}
