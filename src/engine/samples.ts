/**
 * One check against one metric, cut into samples: for every canary series and every observed window, the
 * value, the limit it is compared against (baseline resolved) and whether the condition holds. Gates and
 * triggers read these; they never look at raw series.
 */
import { compare, resolveLimit, usesBaseline } from '../policy/condition.js';
import type { Condition } from '../policy/types.js';
import { pairSeries } from './pairing.js';
import type { Labels, MetricData, Series } from './types.js';

export interface Sample {
  window: number;
  labels: Labels;
  value: number | null;
  /** The baseline value for this window; null when missing or when the condition does not use one. */
  baseline: number | null;
  limit: number | null;
  /** Why the window cannot be judged: no canary value, or no baseline for a condition that needs one. */
  missing: 'value' | 'baseline' | null;
  /** `value OP limit` holds. Always false for a missing sample. */
  holds: boolean;
  /** Set when the series found no baseline partner (pairing.ts): why, naming the labels. */
  unpaired?: string;
}

/**
 * A check's samples as columns, one entry per canary series: what evaluate.ts keeps for every check over
 * the whole bake (20 checks × 500 series × 480 windows is 4.8 M samples; as objects they were most of a
 * lookback's memory). `prefixSamples` turns a prefix of it into Sample objects for the judges, which
 * drop them when the check is judged.
 */
export interface SeriesSamples {
  readonly windows: number;
  readonly series: readonly SampleColumns[];
}

interface SampleColumns {
  labels: Labels;
  unpaired?: string;
  /** Per window; a null value or baseline is stored as 0 and flagged. */
  value: Float64Array;
  /** Absent when the condition does not use a baseline (every baseline is null then). */
  baseline?: Float64Array;
  /** The limit of every window when it is a number (no baseline): one number, not a column of it. */
  limit: Float64Array | number;
  flags: Uint8Array;
}

const HOLDS = 1;
const MISSING_VALUE = 2;
const MISSING_BASELINE = 4;
const NULL_BASELINE = 8;
const NULL_LIMIT = 16;

export function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || !Number.isFinite(v);
}

/**
 * Limits derived from a baseline carry float noise (300 * 1.1 = 330.00000000000006); 12 significant digits
 * drop it, so a canary exactly at "110% of baseline" is judged as the user reads it.
 */
function cleanLimit(limit: number | null): number | null {
  return limit === null ? null : Number(limit.toPrecision(12));
}

export function sampleMetric(
  condition: Condition,
  data: MetricData | undefined,
  observed: number,
  /** The metric's `pair-on` labels. */
  pairOn?: string[],
): SeriesSamples {
  // No series at all is no data in every window: judged as one unlabelled series of nulls.
  const series: Series[] = data && data.series.length > 0 ? data.series : [{ labels: {}, values: [] }];
  const needsBaseline = usesBaseline(condition);
  // A number limit is the same in every window and has no float noise to clean.
  const fixedLimit = condition.rhs.kind === 'number' ? condition.rhs.value : null;
  const groups = needsBaseline ? pairSeries(series, data?.baseline, { on: pairOn, mode: 'each' }) : [];
  const columns = series.map((s, i): SampleColumns => {
    const group = groups[i];
    const base = group?.baseline[0];
    const baselines = needsBaseline ? new Float64Array(observed) : undefined;
    const limits = fixedLimit ?? new Float64Array(observed);
    const cols: SampleColumns = {
      labels: s.labels,
      value: new Float64Array(observed),
      limit: limits,
      flags: new Uint8Array(observed),
    };
    if (baselines) cols.baseline = baselines;
    if (group?.unpaired) cols.unpaired = group.unpaired;
    for (let k = 0; k < observed; k++) {
      const raw = s.values[k];
      const value = isMissing(raw) ? null : raw;
      const rawBaseline = base?.values[k];
      const baseline = needsBaseline && !isMissing(rawBaseline) ? rawBaseline : null;
      const limit = fixedLimit ?? cleanLimit(resolveLimit(condition.rhs, baseline));
      const missing = value === null ? MISSING_VALUE : limit === null ? MISSING_BASELINE : 0;
      const holds = missing === 0 && compare(condition.op, value as number, limit as number);
      cols.value[k] = value ?? 0;
      if (baselines) baselines[k] = baseline ?? 0;
      if (typeof limits !== 'number') limits[k] = limit ?? 0;
      cols.flags[k] =
        missing |
        (holds ? HOLDS : 0) |
        (baseline === null ? NULL_BASELINE : 0) |
        (limit === null ? NULL_LIMIT : 0);
    }
    return cols;
  });
  return { windows: observed, series: columns };
}

/**
 * The samples of the first `observed` windows, from samples of at least that many: a sample depends only on
 * its own window, so a prefix of the bake is sampled by cutting, not by sampling again.
 */
export function prefixSamples(samples: SeriesSamples, observed: number): Sample[][] {
  const windows = Math.min(observed, samples.windows);
  return samples.series.map((cols) => {
    const out: Sample[] = new Array<Sample>(windows);
    for (let k = 0; k < windows; k++) out[k] = sampleAt(cols, k);
    return out;
  });
}

function sampleAt(cols: SampleColumns, k: number): Sample {
  const f = cols.flags[k];
  const { baseline: baselines, limit: limits } = cols;
  const sample: Sample = {
    window: k,
    labels: cols.labels,
    value: f & MISSING_VALUE ? null : cols.value[k],
    baseline: f & NULL_BASELINE || !baselines ? null : baselines[k],
    limit: f & NULL_LIMIT ? null : typeof limits === 'number' ? limits : limits[k],
    missing: f & MISSING_VALUE ? 'value' : f & MISSING_BASELINE ? 'baseline' : null,
    holds: (f & HOLDS) !== 0,
  };
  if (cols.unpaired !== undefined) sample.unpaired = cols.unpaired;
  return sample;
}

/**
 * Every window before `observed`, of every series (at least one of each), has a value and a limit, and
 * its condition holds there (`holds`) or fails there (`!holds`).
 */
export function everyWindowIs(samples: SeriesSamples, observed: number, holds: boolean): boolean {
  const windows = Math.min(observed, samples.windows);
  if (windows === 0 || samples.series.length === 0) return false;
  const want = holds ? HOLDS : 0;
  return samples.series.every((cols) => {
    for (let k = 0; k < windows; k++)
      if ((cols.flags[k] & (HOLDS | MISSING_VALUE | MISSING_BASELINE)) !== want) return false;
    return true;
  });
}

/**
 * severity.ts `worstSample` over the windows before `observed` of samples none of which is missing
 * (see everyWindowIs), read from the columns: the same order, the same ties (earliest window, then first
 * series), one Sample made for the one chosen.
 */
export function worstOfColumns(
  samples: SeriesSamples,
  observed: number,
  badness: (value: number, limit: number) => number,
): Sample | undefined {
  const windows = Math.min(observed, samples.windows);
  let worst: { cols: SampleColumns; k: number } | undefined;
  let worstBadness = -Infinity;
  for (const cols of samples.series) {
    const { value, limit } = cols;
    for (let k = 0; k < windows; k++) {
      const b = badness(value[k], typeof limit === 'number' ? limit : limit[k]);
      if (worst === undefined || b > worstBadness || (b === worstBadness && k < worst.k)) {
        worst = { cols, k };
        worstBadness = b;
      }
    }
  }
  return worst && sampleAt(worst.cols, worst.k);
}

/** Some window before `observed` fails its condition or has no value to judge (not `holds`). */
export function someWindowFails(samples: SeriesSamples, observed: number): boolean {
  const windows = Math.min(observed, samples.windows);
  return samples.series.some((cols) => {
    for (let k = 0; k < windows; k++) if ((cols.flags[k] & HOLDS) === 0) return true;
    return false;
  });
}
