/**
 * Per-window series as the renderers need them: the series a check is about, the limit it was held to
 * in each window, and a downsampled copy that keeps the worst value of each bucket so a long bake
 * still shows its spikes.
 */
import type { Labels } from '../engine/types.js';
import { parseCondition, resolveLimit } from '../policy/condition.js';
import type { Report, ReportCheck, ReportMetric, ReportSeries } from './types.js';

export type Values = (number | null)[];

/** High values are the bad ones for this check: gates `< / <=` and triggers `> / >=`. */
export function badIsHigh(check: Pick<ReportCheck, 'kind' | 'condition'>): boolean {
  // A statistical judge says its direction: `judge sequential (counts, decrease, …)`.
  if (check.condition.startsWith('judge ')) return !/\bdecrease\b/.test(check.condition);
  const op = /^\s*(<=|>=|==|!=|<|>)/.exec(check.condition)?.[1] ?? '<=';
  if (op === '==' || op === '!=') return true;
  return check.kind === 'gate' ? op.startsWith('<') : op.startsWith('>');
}

/**
 * The limit of a condition in each window: a number, or the baseline expression applied to the
 * baseline value of that window (the policy's own parser and resolver, so it matches the engine).
 * Null where it cannot be resolved.
 */
export function limitValues(condition: string, baseline: Values | undefined, windows: number): Values {
  const parsed = parseCondition(condition);
  return Array.from({ length: windows }, (_, k) =>
    parsed.ok ? resolveLimit(parsed.condition.rhs, baseline?.[k]) : null,
  );
}

function sameLabels(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The series a check is about: the one named by its worst value, else the first. */
export function checkSeries(metric: ReportMetric | undefined, check: ReportCheck): ReportSeries | undefined {
  if (!metric || metric.values.length === 0) return undefined;
  const labels = check.worst?.labels;
  return (labels && metric.values.find((s) => sameLabels(s.labels, labels))) || metric.values[0];
}

/** The baseline series paired with a canary series: same labels, or the only baseline series. */
export function baselineFor(
  metric: ReportMetric | undefined,
  series: ReportSeries | undefined,
): Values | undefined {
  if (!metric || metric.baseline_values.length === 0) return undefined;
  if (metric.baseline_values.length === 1) return metric.baseline_values[0].values;
  return series ? metric.baseline_values.find((b) => sameLabels(b.labels, series.labels))?.values : undefined;
}

export interface Downsampled {
  values: Values;
  /** Index of the first window of each point. */
  starts: number[];
  /** How many windows each point stands for. */
  bucket: number;
}

/** At most `points` values; each keeps the worst (highest or lowest) value of its bucket. */
export function downsample(values: Values, points: number, highIsBad = true): Downsampled {
  const bucket = Math.max(1, Math.ceil(values.length / Math.max(1, points)));
  const out: Values = [];
  const starts: number[] = [];
  for (let i = 0; i < values.length; i += bucket) {
    let pick: number | null = null;
    for (const v of values.slice(i, i + bucket)) {
      if (v === null) continue;
      if (pick === null || (highIsBad ? v > pick : v < pick)) pick = v;
    }
    out.push(pick);
    starts.push(i);
  }
  return { values: out, starts, bucket };
}

/** Checks of a report grouped by the metric they judge, in report order. */
export function checksByMetric(report: Report): Map<string, ReportCheck[]> {
  const out = new Map<string, ReportCheck[]>();
  for (const check of report.checks) {
    const list = out.get(check.metric) ?? [];
    list.push(check);
    out.set(check.metric, list);
  }
  return out;
}
