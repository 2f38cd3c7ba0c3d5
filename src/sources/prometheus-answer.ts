/**
 * Reading a Prometheus HTTP API answer: the JSON body of a `status: success` reply turned into series of
 * points. Kept apart from the HTTP client so transport (deadlines, retries, redirects) and the answer's
 * meaning (series identity, sample values) change independently.
 */
import type { Labels } from '../engine/types.js';

export interface RangeSeries {
  labels: Labels;
  /** [unix seconds, value]; NaN and ±Inf are null. */
  points: [number, number | null][];
}

export interface QueryResult {
  series: RangeSeries[];
  warnings: string[];
}

export interface PromBody {
  status?: string;
  data?: { resultType?: string; result?: unknown };
  error?: string;
  errorType?: string;
  warnings?: string[];
}

export function parseResult(body: PromBody): QueryResult {
  const warnings = Array.isArray(body.warnings) ? body.warnings.map(String) : [];
  const data = body.data ?? {};
  const result = data.result;
  const series: RangeSeries[] = [];
  if (data.resultType === 'scalar' && Array.isArray(result)) {
    series.push({ labels: {}, points: [toPoint(result)] });
  } else if (Array.isArray(result)) {
    for (const item of result as { metric?: Labels; values?: unknown[]; value?: unknown }[]) {
      const labels: Labels = { ...(item.metric ?? {}) };
      delete labels.__name__;
      const raw = Array.isArray(item.values) ? item.values : item.value !== undefined ? [item.value] : [];
      series.push({ labels, points: raw.map(toPoint) });
    }
  }
  return { series, warnings };
}

/** The answers to consecutive parts of one query_range, joined series by series. */
export function joinParts(parts: QueryResult[]): QueryResult {
  const bySeries = new Map<string, RangeSeries>();
  const warnings: string[] = [];
  for (const part of parts) {
    for (const w of part.warnings) if (!warnings.includes(w)) warnings.push(w);
    for (const s of part.series) {
      const key = labelKey(s.labels);
      const known = bySeries.get(key);
      if (known) known.points.push(...s.points);
      else bySeries.set(key, s);
    }
  }
  return { series: [...bySeries.values()], warnings };
}

function toPoint(raw: unknown): [number, number | null] {
  const [t, v] = raw as [number, string];
  const n = Number(v);
  return [Number(t), Number.isFinite(n) ? n : null];
}

export function labelKey(labels: Labels): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
  );
}
