/**
 * The Prometheus source: a metric's windows are one query_range aligned so that point k is the query at
 * since + (k+1)·w. Failures become the typed errors of ./types.ts, naming the metric and its policy line.
 */
import { formatLabels } from '../engine/format.js';
import type { Series } from '../engine/types.js';
import { windowLabel } from '../engine/windows.js';
import { TemplateError } from '../policy/template.js';
import { learnBackendLag } from './backend-lag.js';
import { AnswerShapeError, type BadSample, type QueryResult } from './prometheus-answer.js';
import { PrometheusClient, type PrometheusClientOptions } from './prometheus-client.js';
import { PrometheusQueryRejectedError, PrometheusUnavailableError } from './prometheus-errors.js';
import { planQueries, type QueryPlan } from './prometheus-queries.js';
import {
  QueryRejectedError,
  SourceUnavailableError,
  type BackendLag,
  type FetchRequest,
  type MetricQueries,
  type MetricSource,
  type MetricWindows,
  type SourceStats,
} from './types.js';

export type PrometheusSourceOptions = PrometheusClientOptions;

export class PrometheusSource implements MetricSource {
  readonly kind = 'prometheus' as const;
  readonly displayUrl: string;
  readonly client: PrometheusClient;
  /** `baseline: before` is one instant query per metric and bake: kept once it succeeded. */
  private readonly baselineBefore = new Map<string, QueryResult>();
  private learnedLag?: Promise<BackendLag>;
  /**
   * Set once the preflight (./preflight.ts) has shown the server takes the credentials, the URL and every
   * query: from then on every failure is a source error, judged per `on-source-error` (DESIGN §2).
   */
  private preflightPassed = false;
  /** Answers the preflight already had, for the bake's first read of the same range (see handOn). */
  private readonly handedOn = new Map<string, QueryResult>();

  constructor(opts: PrometheusSourceOptions) {
    this.client = new PrometheusClient(opts);
    this.displayUrl = this.client.displayUrl;
  }

  queries(req: Omit<FetchRequest, 'first' | 'count'>): MetricQueries {
    const plan = this.plan(req);
    return { query: plan.query, baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query };
  }

  async fetch(req: FetchRequest): Promise<MetricWindows> {
    const plan = this.plan(req);
    const { since, windowSeconds: w } = req.span;
    const start = since + (req.first + 1) * w;
    const end = since + (req.first + req.count) * w;
    const range = (q: string) => async () =>
      this.taken(q, start, end, w) ?? this.client.queryRange(q, start, end, w);
    const main = await this.call(req, 'query', range(plan.query));
    const warnings = [...main.warnings];
    const out: MetricWindows = { series: toWindows(main, req, '', warnings), warnings };

    if (plan.baseline.kind === 'range') {
      const q = plan.baseline.query;
      const base = await this.call(req, 'baseline query', range(q));
      out.baseline = toWindows(base, req, 'baseline ', out.warnings);
      addWarnings(out.warnings, base.warnings);
    } else if (plan.baseline.kind === 'instant') {
      const q = plan.baseline.query;
      const key = `${req.metric.name}\u0000${since}\u0000${q}`;
      let base = this.baselineBefore.get(key);
      if (!base) {
        base = await this.call(req, 'baseline query', () => this.client.query(q, since));
        this.baselineBefore.set(key, base);
        addWarnings(out.warnings, base.warnings);
        for (const s of base.series) {
          if (s.bad)
            out.warnings.push(
              notANumber(`baseline series ${seriesText(s.labels)}`, s.bad, () => 'the span before the bake'),
            );
        }
      }
      out.baseline = base.series.map((s) => ({
        labels: s.labels,
        values: new Array<number | null>(req.count).fill(presentOrNull(s.values[0])),
      }));
    }
    return out;
  }

  stats(): SourceStats {
    return { ...this.client.stats };
  }

  /** Learned once per source (./backend-lag.ts). */
  lag(): Promise<BackendLag> {
    this.learnedLag ??= learnBackendLag((path) => this.client.probe(path));
    return this.learnedLag;
  }

  close(): void {
    this.handedOn.clear();
    this.client.close();
  }

  /**
   * The preflight's answer to a query_range, kept for the bake's read of exactly that range instead of
   * asking again. Only for windows past any backend lag and settle (the caller checks), which read the
   * same at every read; taken once.
   */
  handOn(query: string, start: number, end: number, step: number, result: QueryResult): void {
    this.handedOn.set(rangeKey(query, start, end, step), result);
  }

  private taken(query: string, start: number, end: number, step: number): QueryResult | undefined {
    const key = rangeKey(query, start, end, step);
    const result = this.handedOn.get(key);
    this.handedOn.delete(key);
    return result;
  }

  private plan(req: Omit<FetchRequest, 'first' | 'count'>): QueryPlan {
    try {
      return planQueries({
        policy: req.policy,
        stage: req.stage,
        metric: req.metric,
        vars: req.vars,
        bakeSeconds: req.span.windowsExpected * req.span.windowSeconds,
      });
    } catch (err) {
      if (err instanceof TemplateError)
        throw new QueryRejectedError(
          `${where(req)}: ${err.message}; give it with --var NAME=value (action input vars)`,
        );
      throw err;
    }
  }

  /** From now on a refused request is a source error (judged per `on-source-error`), not an input error. */
  markPreflightPassed(): void {
    this.preflightPassed = true;
  }

  private async call<T>(req: FetchRequest, what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof AnswerShapeError) {
        throw new SourceUnavailableError(
          `${this.displayUrl} sent an answer to the ${what} of metric ${req.metric.name} that is not a Prometheus API answer: ${err.problem}`,
        );
      }
      if (err instanceof PrometheusUnavailableError) throw new SourceUnavailableError(err.message);
      if (!(err instanceof PrometheusQueryRejectedError)) throw err;
      const message =
        err.status === 401 || err.status === 403
          ? // Not the query's fault: every metric would fail the same way, so name the server, not the metric.
            `${this.displayUrl} refused the request (HTTP ${err.status}: ${err.prometheusMessage}); check the token, ` +
            'username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus'
          : `${where(req)}: Prometheus rejected its ${what} (HTTP ${err.status}): ${err.prometheusMessage}; fix the query in the policy`;
      throw this.preflightPassed ? new SourceUnavailableError(message) : new QueryRejectedError(message);
    }
  }
}

function rangeKey(query: string, start: number, end: number, step: number): string {
  return `${start}\u0000${end}\u0000${step}\u0000${query}`;
}

function where(req: Omit<FetchRequest, 'first' | 'count'>): string {
  return `metric ${req.metric.name} (${req.policy.path}:${req.metric.pos.line}:${req.metric.pos.column})`;
}

function addWarnings(into: string[], more: string[]): void {
  for (const w of more) if (!into.includes(w)) into.push(w);
}

/** Points → per-window values for [first, first + count); timestamps are matched to the nearest window end. */
function toWindows(result: QueryResult, req: FetchRequest, side: string, warnings: string[]): Series[] {
  const { since, windowSeconds: w } = req.span;
  const index = (t: number) => Math.round((t - since) / w) - 1 - req.first;
  const label = (t: number) => windowLabel({ windowSeconds: w, since }, index(t) + req.first);
  return result.series.map((s) => {
    const row = new Float64Array(req.count).fill(NaN);
    for (let p = 0; p < s.times.length; p++) {
      const i = index(s.times[p]);
      if (i >= 0 && i < req.count) row[i] = s.values[p];
    }
    if (s.bad) warnings.push(notANumber(`${side}series ${seriesText(s.labels)}`, s.bad, label));
    // A row without gaps stays an array of unboxed numbers (8 bytes a value); a null boxes every value.
    // (Plain loops: Array.from walks a typed array through its iterator, several times slower.)
    const values = new Array<number | null>(req.count);
    // includes() finds NaN (SameValueZero): a gap is a window no finite value landed in.
    if (!row.includes(NaN)) for (let i = 0; i < req.count; i++) values[i] = row[i];
    else for (let i = 0; i < req.count; i++) values[i] = Number.isNaN(row[i]) ? null : row[i];
    return { labels: s.labels, values };
  });
}

function presentOrNull(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Listing more than this many samples in one warning stops being readable; the rest are counted. */
const MAX_LISTED = 3;

/** `series {pod="a"}: sample values that are not numbers, read as missing: "0x10" in 10:05Z–10:10Z, …`. */
function notANumber(series: string, bad: BadSample[], label: (t: number) => string): string {
  const shown = bad.slice(0, MAX_LISTED).map((b) => `${b.raw} in ${label(b.t)}`);
  const more = bad.length > MAX_LISTED ? `, … (+${bad.length - MAX_LISTED} more)` : '';
  return `${series}: sample ${bad.length === 1 ? 'value that is' : 'values that are'} not a number, read as missing: ${shown.join(', ')}${more}`;
}

function seriesText(labels: Series['labels']): string {
  return formatLabels(labels) || '{}';
}
