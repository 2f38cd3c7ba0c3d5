/**
 * What the engine judges and what it returns. Values are aligned by window: index k is window
 * `[since + k·w, since + (k+1)·w)`. `null` is a missing sample (no sample, NaN or ±Inf are all mapped
 * to null by the sources).
 */
import type { TriggerAction } from '../policy/types.js';
import type { JudgeResult } from './judges/types.js';

export type Labels = Record<string, string>;

export interface Series {
  labels: Labels;
  /** One value per window of the bake, length = windowsExpected; windows not yet observed are null. */
  values: (number | null)[];
}

export interface MetricData {
  /** Canary series. An empty array means the query returned nothing at all. */
  series: Series[];
  /**
   * Baseline series, aligned by window like `series`. A single baseline series applies to every canary
   * series; otherwise a canary series takes the baseline series with the same labels.
   */
  baseline?: Series[];
  /** Set when the source could not produce this metric (server down, query rejected): the cause. */
  sourceError?: string;
  /** Non-fatal messages from the source (Prometheus `warnings`). */
  warnings?: string[];
}

export interface BakeData {
  windowSeconds: number;
  /** N = bake / window. */
  windowsExpected: number;
  /** Windows 0..windowsObserved-1 have been read; later ones are not known yet (watch mode). */
  windowsObserved: number;
  /** Unix seconds of the start of window 0, when known; reasons then name windows by clock time. */
  since?: number;
  metrics: Record<string, MetricData>;
}

export type Decision = 'promote' | 'hold' | 'rollback' | 'inconclusive';
/**
 * `pending`: a trigger whose condition held in the last windows judged, too few of them to fire yet, when
 * the bake was decided before its end (a watch that stopped, or was stopped): it might still have fired.
 */
export type CheckStatus = 'pass' | 'fail' | 'no_data' | 'skipped' | 'pending';

export interface WorstValue {
  value: number | null;
  /** Window index the worst value was seen in. */
  window: number;
  labels: Labels;
  /** The limit the value was compared against (the baseline expression resolved for that window). */
  limit: number | null;
}

export interface CheckResult {
  kind: 'gate' | 'rollback';
  metric: string;
  condition: string;
  forSeconds: number;
  action: 'gate' | TriggerAction;
  status: CheckStatus;
  /** Window indexes that violated the condition (gates) or ended a run that fired (triggers). */
  violatingWindows: number[];
  worst: WorstValue | null;
  policyLine: number;
  policyColumn: number;
  /** Human reasons for this check's failure, empty when it passed. */
  reasons: string[];
  /** Set when the check could not be judged for a reason other than missing samples (source error, skipped). */
  note?: string;
  /** Set on checks made by a statistical judge (docs/judges.md): its per-window judgements and decision. */
  judgement?: JudgeResult & { labels: Labels };
  /** `dry-run: true`: judged and shown, never changes the decision. */
  dryRun?: boolean;
  /** Dry-run checks only: what the check would have done (`rollback`, `hold`, `inconclusive`), else absent. */
  wouldHave?: 'rollback' | 'hold' | 'inconclusive';
  /** Triggers: windows in a row the condition held at the last judged window (worst series), of `needed`. */
  streak?: { windows: number; needed: number };
}

export interface Verdict {
  decision: Decision;
  gatePassed: boolean;
  rollbackTriggered: boolean;
  rollbackReasons: string[];
  gateFailReasons: string[];
  /** Reasons the verdict is inconclusive (bake incomplete, missing data, source errors). */
  inconclusiveReasons: string[];
  /** Warnings: notify triggers, skipped checks under `on-source-error: warn`, source warnings. */
  warnings: string[];
  checks: CheckResult[];
  /**
   * True when no later window can change the decision in a way that matters: a rollback fired, the bake is
   * complete, a judge promoted early, or (fail-fast: rollback) promotion is ruled out and no rollback
   * trigger or judge can still fire in the windows left; under fail-fast: hold, also at the first hold.
   * Watch mode stops then.
   */
  final: boolean;
  /** Windows judged: the first windows of the bake up to where the verdict became final (or all observed). */
  windowsJudged: number;
  /** Final before the bake's last window. */
  endedEarly: boolean;
  /** Why promotion is already ruled out (a gate failure, a pause, final missing data); null when it is not. */
  promotionRuledOut: string | null;
  /** Rollback triggers and judges that could still fire in the windows left, described for progress lines. */
  rollbackStillPossible: string[];
}
