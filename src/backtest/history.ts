/**
 * History in memory behind the bake loop's source interface. Each metric's history over the whole backtest
 * span is loaded once (one query_range per query, or the recording), and every bake then reads its windows
 * from memory through `fetch`, so `runBake` judges a bake of the past exactly as it judges a live one.
 */
import type { Series } from '../engine/types.js';
import type { MetricSpec, Policy, StageSpec } from '../policy/types.js';
import { planQueries } from '../sources/prometheus-queries.js';
import {
  SourceUnavailableError,
  type FetchRequest,
  type MetricQueries,
  type MetricSource,
  type MetricWindows,
  type SourceStats,
} from '../sources/types.js';

/** The windows of the whole backtest: window j is [start + j·w, start + (j+1)·w). */
export interface HistoryGrid {
  start: number;
  windowSeconds: number;
  windows: number;
  /** Bake i starts at firstBake + i·every (for `baseline: before`, one value per bake). */
  firstBake: number;
  everySeconds: number;
  bakes: number;
}

export interface HistoryRequest {
  policy: Policy;
  stage: StageSpec;
  metric: MetricSpec;
  vars: Record<string, string>;
  grid: HistoryGrid;
}

export interface MetricHistory {
  /** Aligned to the grid: values[j] is window j. */
  series: Series[];
  /** A per-window baseline, aligned to the grid. */
  baseline?: Series[];
  /** `baseline: before`: values[i] is the baseline of bake i, for all its windows. */
  baselinePerBake?: Series[];
  warnings: string[];
}

export interface PrepareRequest extends Omit<HistoryRequest, 'metric'> {
  metrics: MetricSpec[];
  /** Unix seconds: the wall clock, which says whether the span's windows can still change. */
  now: number;
}

/** Where history comes from: Prometheus (one query per query over the span) or a recording. */
export interface HistoryLoader {
  readonly kind: 'prometheus' | 'file';
  readonly displayUrl?: string;
  load(req: HistoryRequest): Promise<MetricHistory>;
  /** Before any history: the checks a gate run makes before its first window (Prometheus preflight). */
  prepare?(req: PrepareRequest): Promise<string[]>;
  stats(): SourceStats;
  close(): void;
}

/** Loaded histories, shared by the sources of both policies of a `--compare`: equal queries load once. */
export type HistoryCache = Map<string, Promise<MetricHistory>>;

export class HistorySource implements MetricSource {
  readonly kind: 'prometheus' | 'file';
  readonly displayUrl?: string;

  constructor(
    private readonly loader: HistoryLoader,
    private readonly grid: HistoryGrid,
    private readonly cache: HistoryCache = new Map(),
  ) {
    this.kind = loader.kind;
    this.displayUrl = loader.displayUrl;
  }

  // One source serves one policy's stage and vars: a metric's queries and history depend only on the metric,
  // so they are planned once, not at every bake (keyed by the spec itself, which the policy keeps).
  private readonly planned = new Map<MetricSpec, MetricQueries>();
  private readonly loaded = new Map<MetricSpec, Promise<MetricHistory>>();

  queries(req: Omit<FetchRequest, 'first' | 'count'>): MetricQueries {
    let queries = this.planned.get(req.metric);
    if (!queries) {
      const plan = planQueries({ ...req, bakeSeconds: req.span.windowsExpected * req.span.windowSeconds });
      queries = {
        query: plan.query,
        baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query,
      };
      this.planned.set(req.metric, queries);
    }
    return queries;
  }

  /** Starts (or joins) the load of one metric's history; `fetch` awaits it. */
  load(req: Omit<HistoryRequest, 'grid'>): Promise<MetricHistory> {
    let loading = this.loaded.get(req.metric);
    if (loading) return loading;
    const q = planQueries({ ...req, bakeSeconds: req.stage.bakeSeconds });
    const key = JSON.stringify([req.metric.name, q, this.grid]);
    loading = this.cache.get(key);
    if (!loading) {
      loading = this.loader.load({ ...req, grid: this.grid });
      // A failure is kept and given to every bake that reads the metric, as a live run would see it.
      loading.catch(() => {});
      this.cache.set(key, loading);
    }
    this.loaded.set(req.metric, loading);
    return loading;
  }

  async fetch(req: FetchRequest): Promise<MetricWindows> {
    const history = await this.load(req);
    const { grid } = this;
    const offset = (req.span.since - grid.start) / grid.windowSeconds + req.first;
    const bake = (req.span.since - grid.firstBake) / grid.everySeconds;
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      offset + req.count > grid.windows ||
      !Number.isInteger(bake)
    ) {
      // The plan only asks for bakes on the grid: anything else is a bug, and judging it would be a lie.
      throw new SourceUnavailableError(
        `bake at ${new Date(req.span.since * 1000).toISOString()} is outside the loaded history`,
      );
    }
    const out: MetricWindows = {
      series: slice(history.series, offset, req.count),
      warnings: history.warnings,
    };
    if (history.baseline) out.baseline = slice(history.baseline, offset, req.count);
    else if (history.baselinePerBake) {
      out.baseline = history.baselinePerBake
        .filter((s) => s.values[bake] !== null && s.values[bake] !== undefined)
        .map((s) => ({ labels: s.labels, values: new Array<number | null>(req.count).fill(s.values[bake]) }));
    }
    return out;
  }

  stats(): SourceStats {
    return this.loader.stats();
  }

  close(): void {
    // The loader is shared by the sources of a --compare: its owner closes it.
  }
}

/**
 * Windows [offset, offset + count) of every series. A series with no sample in them is left out, as a
 * query_range over just that bake would not return it.
 */
function slice(series: Series[], offset: number, count: number): Series[] {
  const out: Series[] = [];
  for (const s of series) {
    const values = s.values.slice(offset, offset + count);
    if (values.some((v) => v !== null)) out.push({ labels: s.labels, values });
  }
  return out;
}
