/** The backtest report (DESIGN §8): per bake its decision, per check its failures and worst values. */
import type { Decision } from '../engine/types.js';

export interface BacktestBake {
  /** ISO times of the bake's first window start and last window end. */
  since: string;
  until: string;
  decision: Decision;
  /** With --compare: the other policy's decision for the bake that ends at the same time. */
  compare_decision?: Decision;
  /** Rollback, gate-failure and inconclusive reasons, in that order. */
  reasons: string[];
}

/** Quantiles taken in the check's bad direction: for a check where low is bad, p95 is the 5th percentile. */
export interface Quantiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export interface BacktestCheck {
  kind: 'gate' | 'rollback';
  metric: string;
  condition: string;
  action: string;
  /** Bakes this check failed (a gate violated, a trigger fired). */
  bakes_failed: number;
  /** Bakes where it had no data to judge. */
  bakes_no_data: number;
  /** Bakes that gave it a worst value. */
  bakes_judged: number;
  /** Which way values are bad: `high` (`<= 300` gates, `> 400` triggers) or `low`. */
  bad_direction: 'high' | 'low';
  /** The distribution of each bake's worst value; `max` is the worst of all (the minimum when low is bad). */
  worst: Quantiles & { max: number | null };
  /** The limit when it is the same in every bake (a fixed number), else null (baseline-relative). */
  limit: number | null;
  /**
   * Per bake, how far its worst value stayed inside the limit (negative: past it), distributed in the bad
   * direction: `min` is the closest any bake came.
   */
  headroom: Quantiles & { min: number | null };
  /** Per bake, in the order of `bakes`: its worst value and headroom (null: none). */
  worst_values: (number | null)[];
  headroom_values: (number | null)[];
}

export interface ChangedBake {
  since: string;
  until: string;
  decision: Decision;
  compare_decision: Decision;
  /** What differed: the reasons each policy gave that the other did not. */
  why: string[];
}

export interface DecisionCounts {
  promote: number;
  hold: number;
  rollback: number;
  inconclusive: number;
}

export interface BacktestSummary extends DecisionCounts {
  bakes: number;
  /** With --compare: the bakes whose decision differs. */
  changed?: ChangedBake[];
  checks: BacktestCheck[];
}

export interface BacktestComparison {
  /** The other policy's path. */
  policy: string;
  /** Its decision counts over the same bakes. */
  counts: DecisionCounts;
  /** One line: what the difference between the policies would have done. */
  sentence: string;
}

export interface BacktestReport {
  schema_version: 1;
  kind: 'backtest';
  stage: string;
  policy: string;
  /** Which track's history was judged: `canary` (the queries) or `baseline` (the baseline queries). */
  track: 'canary' | 'baseline';
  from: string;
  until: string;
  every_seconds: number;
  bake_seconds: number;
  window_seconds: number;
  source: { kind: 'prometheus' | 'file'; url?: string; file?: string };
  bakes: BacktestBake[];
  summary: BacktestSummary;
  compare?: BacktestComparison;
  /** Queries sent (requests) and points read. */
  stats: { requests: number; samples: number };
  warnings: string[];
  generated_at: string;
}
