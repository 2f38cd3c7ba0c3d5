/**
 * Reading a Prometheus HTTP API answer: the JSON body of a `status: success` reply turned into series of
 * points. Kept apart from the HTTP client so transport (deadlines, retries, redirects) and the answer's
 * meaning (series identity, sample values) change independently.
 *
 * DESIGN §2 "Series and values": a series is its whole label set, `__name__` included, and series are never
 * merged; a sample is a number only when it is a number string as Prometheus writes them. The shape is
 * checked with a schema, so a hostile or broken answer is one clear source error, never a crash or a guess.
 */
import { z } from 'zod';
import type { Labels } from '../engine/types.js';
import { NUMBER_TEXT, sampleValue, type ScannedMatrix } from './matrix-reader.js';

/**
 * Label added to the second, third, … series of one answer whose labels repeat an earlier series', so both
 * are judged (and stay apart across reads). `__`-names are reserved for internal use by Prometheus.
 */
export const DUPLICATE_LABEL = '__duplicate__';

export interface BadSample {
  /** Unix seconds of the point. */
  t: number;
  /** The value as the server sent it, for the warning. */
  raw: string;
}

export interface RangeSeries {
  labels: Labels;
  /** Unix seconds of each point. */
  times: Float64Array;
  /** The value of each point; NaN, ±Inf and values that are not numbers are NaN (missing). */
  values: Float64Array;
  /** Points whose value was not a number string (null, "", true, [1], "0x10"): missing, with a warning. */
  bad?: BadSample[];
}

export interface QueryResult {
  series: RangeSeries[];
  warnings: string[];
}

export interface PromBody {
  status?: string;
  data?: unknown;
  error?: string;
  errorType?: string;
  warnings?: unknown;
  /** A matrix answer already read from its text by ./matrix-reader.ts (then `data` is not kept). */
  scanned?: ScannedMatrix;
}

/** The answer is not what the Prometheus HTTP API returns: a source error, with where it went wrong. */
export class AnswerShapeError extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'AnswerShapeError';
  }
}

/** [time, value]: the time a finite number; the value checked separately (a bad value is only missing). */
const PointSchema = z.tuple([z.number().finite(), z.unknown()]);
const LabelsSchema = z.record(z.string(), z.string());
const DataSchema = z.discriminatedUnion('resultType', [
  z.object({
    resultType: z.literal('matrix'),
    result: z.array(z.object({ metric: LabelsSchema, values: z.array(PointSchema) })),
  }),
  z.object({
    resultType: z.literal('vector'),
    result: z.array(z.object({ metric: LabelsSchema, value: PointSchema })),
  }),
  z.object({ resultType: z.literal('scalar'), result: PointSchema }),
]);

export function parseResult(body: PromBody): QueryResult {
  const warnings = Array.isArray(body.warnings) ? body.warnings.map(String) : [];
  const seen = new Map<string, number>();
  if (body.scanned) {
    const series = body.scanned.series.map((item): RangeSeries => {
      const labels = distinctLabels({ ...item.metric }, seen, warnings);
      const { times, values } = item;
      const bad = item.raws?.map(({ index, raw }) => ({ t: times[index], raw: shortText(raw) }));
      return bad ? { labels, times, values, bad } : { labels, times, values };
    });
    return { series, warnings };
  }
  const parsed = DataSchema.safeParse(body.data);
  if (!parsed.success) throw new AnswerShapeError(shapeProblem(parsed.error, 'data'));
  const data = parsed.data;
  const items =
    data.resultType === 'scalar'
      ? [{ metric: {}, points: [data.result] }]
      : data.resultType === 'vector'
        ? data.result.map((r) => ({ metric: r.metric, points: [r.value] }))
        : data.result.map((r) => ({ metric: r.metric, points: r.values }));
  const series = items.map((item): RangeSeries => {
    const labels = distinctLabels({ ...item.metric }, seen, warnings);
    const bad: BadSample[] = [];
    const times = new Float64Array(item.points.length);
    const values = new Float64Array(item.points.length);
    item.points.forEach(([t, raw], i) => {
      times[i] = t;
      if (typeof raw === 'string' && NUMBER_TEXT.test(raw)) values[i] = sampleValue(raw);
      else {
        values[i] = NaN;
        bad.push({ t, raw: shortText(raw) });
      }
    });
    return bad.length > 0 ? { labels, times, values, bad } : { labels, times, values };
  });
  return { series, warnings };
}

/** Labels made unique within one answer: a repeat gets DUPLICATE_LABEL = 2, 3, … and a warning. */
function distinctLabels(labels: Labels, seen: Map<string, number>, warnings: string[]): Labels {
  const key = labelKey(labels);
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  if (count === 1) return labels;
  let n = count;
  let tagged: Labels = { ...labels, [DUPLICATE_LABEL]: String(n) };
  // A server could itself send the tag: keep counting until the label set is new.
  while (seen.has(labelKey(tagged))) tagged = { ...labels, [DUPLICATE_LABEL]: String(++n) };
  seen.set(labelKey(tagged), 1);
  warnings.push(
    `the answer holds more than one series labelled ${labelText(labels)}; each is judged, the repeat as ${labelText(tagged)}`,
  );
  return tagged;
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
      if (!known) {
        bySeries.set(key, s);
        continue;
      }
      known.times = concat(known.times, s.times);
      known.values = concat(known.values, s.values);
      if (s.bad) known.bad = [...(known.bad ?? []), ...s.bad];
    }
  }
  return { series: [...bySeries.values()], warnings };
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const joined = new Float64Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

export function labelKey(labels: Labels): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]]),
  );
}

/** `{a="1",b="2"}`, `{}` for no labels. */
function labelText(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  return `{${keys.map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',')}}`;
}

/** A server's value as a short one-line text: `null`, `""`, `true`, `[1]`, `"0x10"`. */
function shortText(raw: unknown): string {
  const text = raw === undefined ? 'undefined' : (JSON.stringify(raw) ?? String(raw));
  return text.length > 24 ? `${text.slice(0, 21)}...` : text;
}

/** `data.result[0].values[3]: expected a [time, "value"] pair, got null` — the first problem, one line. */
function shapeProblem(error: z.ZodError, root: string): string {
  const issue = error.issues[0];
  const path = issue.path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`),
    root,
  );
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  const message = issue.message.replace('expected tuple', 'expected a [time, "value"] pair');
  return `${path}: ${message}${more}`;
}

const RulesSchema = z.object({
  groups: z.array(z.object({ rules: z.array(z.object({ name: z.string(), type: z.string().optional() })) })),
});

/** Names of the alerting rules in a `/api/v1/rules` answer, in the order given, once each. */
export function alertRuleNames(body: PromBody): string[] {
  const parsed = RulesSchema.safeParse(body.data);
  if (!parsed.success) throw new AnswerShapeError(shapeProblem(parsed.error, 'data'));
  const names = parsed.data.groups.flatMap((g) =>
    g.rules.filter((r) => r.type === undefined || r.type === 'alerting').map((r) => r.name),
  );
  return [...new Set(names)];
}

/** True when `/api/v1/status/buildinfo` names a version, as Prometheus, Thanos and Mimir do (VictoriaMetrics: `{}`). */
export function namesBuildVersion(body: PromBody): boolean {
  return z.object({ version: z.string().min(1) }).safeParse(body.data).success;
}
