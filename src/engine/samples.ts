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

/** One entry per canary series, each with one sample per observed window. */
export type SeriesSamples = Sample[][];

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
  return series.map((s, i) => {
    const group = groups[i];
    const base = group?.baseline[0];
    const samples: Sample[] = [];
    for (let k = 0; k < observed; k++) {
      const raw = s.values[k];
      const value = isMissing(raw) ? null : raw;
      const rawBaseline = base?.values[k];
      const baseline = needsBaseline && !isMissing(rawBaseline) ? rawBaseline : null;
      const limit = fixedLimit ?? cleanLimit(resolveLimit(condition.rhs, baseline));
      const missing = value === null ? 'value' : limit === null ? 'baseline' : null;
      const holds = missing === null && compare(condition.op, value as number, limit as number);
      const sample: Sample = { window: k, labels: s.labels, value, baseline, limit, missing, holds };
      if (group?.unpaired) sample.unpaired = group.unpaired;
      samples.push(sample);
    }
    return samples;
  });
}

/**
 * The samples of the first `observed` windows, from samples of at least that many: a sample depends only on
 * its own window, so a prefix of the bake is sampled by cutting, not by sampling again.
 */
export function prefixSamples(series: SeriesSamples, observed: number): SeriesSamples {
  return series.map((s) => (s.length > observed ? s.slice(0, observed) : s));
}
