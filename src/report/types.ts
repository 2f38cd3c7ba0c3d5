/** report.json, `schema_version: 1` (DESIGN §5). Snake case because it is a file users read with jq. */
import type { CheckStatus, Decision, Labels } from '../engine/types.js';
import type { Contribution, JudgeType, WindowStatus } from '../engine/judges/types.js';

export interface ReportSeries {
  labels: Labels;
  values: (number | null)[];
}

export interface ReportCheck {
  kind: 'gate' | 'rollback';
  metric: string;
  condition: string;
  for_seconds: number;
  action: 'gate' | 'rollback' | 'pause' | 'notify';
  status: CheckStatus;
  /** Window indexes (0-based) that violated the condition. */
  violating_windows: number[];
  worst: {
    value: number | null;
    window: number;
    window_label: string;
    labels: Labels;
    limit: number | null;
  } | null;
  policy_line: number;
  reasons: string[];
  note?: string;
  /** Set on checks made by a statistical judge (docs/judges.md): why it decided, window by window. */
  judgement?: ReportJudgement;
  /** `dry-run: true` in the policy: judged and shown, never changed the decision. */
  dry_run?: boolean;
  /** Dry-run checks that failed: what they would have done to the decision. */
  would_have?: 'rollback' | 'hold' | 'inconclusive';
}

/**
 * A statistical judge's decision and its evidence per window. Numbers that are not finite (an e-value
 * past the float range, an unbounded side of a confidence sequence, a z-score over a flat history) are
 * `null` here; the explanation says what they were (∞, unbounded).
 */
export interface ReportJudgement {
  judge: JudgeType;
  decision: Contribution;
  /** Window index (0-based) where the judge decided; null when it did not. */
  decided_at: number | null;
  /** Name of that window, as in `bake.window_labels`; null when the judge did not decide. */
  decided_at_label: string | null;
  /** One line: the decision and why, or the last window's state. */
  summary: string;
  /** The series that spoke for the metric (the first to decide), when the metric has several. */
  labels?: Labels;
  /** How `effect` and `interval` read: `relative` (0.12 = +12%) or `absolute` (metric units). */
  effect_scale?: 'relative' | 'absolute';
  windows: ReportJudgementWindow[];
}

export interface ReportJudgementWindow {
  window: number;
  label: string;
  status: WindowStatus;
  /** The test statistic: U (mann-whitney), z (spike), the score (score). */
  statistic?: number | null;
  effect?: number | null;
  /** Confidence interval (mann-whitney) or confidence sequence (sequential values); null: unbounded. */
  interval?: [number | null, number | null];
  /** E-value against "no regression beyond the allowed effect" (sequential counts). */
  e_value?: number | null;
  explanation: string;
}

export interface ReportMetric {
  query: string | null;
  baseline_query: string | null;
  unit: string | null;
  values: ReportSeries[];
  baseline_values: ReportSeries[];
  warnings: string[];
  source_error: string | null;
}

export interface Provenance {
  repository: string | null;
  sha: string | null;
  run_id: string | null;
  run_attempt: string | null;
  workflow: string | null;
  policy_path: string;
  policy_sha256: string;
}

export interface Report {
  schema_version: 1;
  decision: Decision;
  gate_passed: boolean;
  rollback_triggered: boolean;
  rollback_reasons: string[];
  gate_fail_reasons: string[];
  inconclusive_reasons: string[];
  warnings: string[];
  stage: string;
  traffic: number | null;
  mode: 'watch' | 'lookback';
  dry_run: boolean;
  window_seconds: number;
  bake: {
    since: string | null;
    until: string | null;
    windows_expected: number;
    windows_observed: number;
    /** Name of each window: `2026-11-20T10:05Z–10:10Z`, or `+5m–+10m` offsets when the start is unknown. */
    window_labels: string[];
  };
  checks: ReportCheck[];
  metrics: Record<string, ReportMetric>;
  /** Canary minus baseline, per window, where a baseline exists. */
  metrics_delta: Record<string, ReportSeries[]>;
  smoke_returncode: number | null;
  source: { kind: 'prometheus' | 'file'; url?: string; file?: string };
  provenance: Provenance;
  generated_at: string;
  /** The policy's `links.dashboard` filled with this bake's range. */
  links?: { dashboard: string };
}
