/**
 * What the bake loops ask of a metrics source: the values of one metric for a run of windows. Window k of
 * a bake that starts at `since` with window w is [since + k·w, since + (k+1)·w); its value is the query
 * evaluated at since + (k+1)·w.
 */
import type { Series } from '../engine/types.js';
import type { MetricSpec, Policy, StageSpec } from '../policy/types.js';

export interface BakeSpan {
  /** Unix seconds of the start of window 0. */
  since: number;
  windowSeconds: number;
  /** N: windows in the whole bake. */
  windowsExpected: number;
}

export interface FetchRequest {
  policy: Policy;
  stage: StageSpec;
  metric: MetricSpec;
  /** Vars after inputs and flags were merged over the policy's defaults. */
  vars: Record<string, string>;
  span: BakeSpan;
  /** First window to fetch. */
  first: number;
  /** Windows to fetch: [first, first + count). */
  count: number;
}

export interface MetricWindows {
  /** One entry per series; `values` has `count` entries, index 0 = window `first`. */
  series: Series[];
  /** Baseline series aligned the same way, when the metric has a baseline. */
  baseline?: Series[];
  /** Non-fatal messages from the source (Prometheus `warnings`). */
  warnings: string[];
}

/** The queries actually sent for a metric, as the report shows them. */
export interface MetricQueries {
  query: string;
  baselineQuery: string | null;
}

export interface SourceStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Points received. */
  samples: number;
}

/**
 * How long after a sample's time the backend shows it complete (VictoriaMetrics' `-search.latencyOffset`,
 * remote-write delays). The bake adds it to `settle` before reading a window (DESIGN §2 "Reading").
 */
export interface BackendLag {
  seconds: number;
  /** False when the backend could not tell: the bake then reads the newest window again before the end. */
  known: boolean;
  /** How it was learned, for the log: `VictoriaMetrics -search.latencyOffset=30s`. */
  how: string;
}

export interface MetricSource {
  readonly kind: 'prometheus' | 'file';
  /** Where the data comes from, credentials removed (report `source.url`). */
  readonly displayUrl?: string;
  queries(req: Omit<FetchRequest, 'first' | 'count'>): MetricQueries;
  /**
   * Values of one metric for windows [first, first + count). Throws `SourceUnavailableError` when the
   * source cannot answer (the bake turns it into `sourceError`) and `QueryRejectedError` when the source
   * refuses the query (a policy problem: the bake stops).
   */
  fetch(req: FetchRequest): Promise<MetricWindows>;
  stats(): SourceStats;
  close(): void;
  /** The backend's lag, learned once and cached; best effort, never throws. Absent: no lag (a file). */
  lag?(): Promise<BackendLag>;
}

/** The source could not answer (network, timeout, 5xx after retries). */
export class SourceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceUnavailableError';
  }
}

/** The source refused a query: names the metric, its policy line and the source's message. */
export class QueryRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryRejectedError';
  }
}
