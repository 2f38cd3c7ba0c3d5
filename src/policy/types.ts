/**
 * The policy after loading: every default applied, every `extends` resolved, every duration in seconds,
 * every condition parsed. This is what the engine, the bake loops and the report read; the raw YAML
 * shape lives in schema.ts.
 */

/** 1-based position of a node in the policy file, kept so errors and annotations can point at it. */
export interface SourcePos {
  line: number;
  column: number;
}

export type Comparator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** Right-hand side of a condition: a fixed number, or the baseline optionally scaled or shifted. */
export type ConditionRhs =
  { kind: 'number'; value: number } | { kind: 'baseline'; op: '*' | '+' | '-' | null; operand: number };

export interface Condition {
  /** The condition exactly as written in the policy, e.g. `<= baseline * 1.2`. */
  text: string;
  op: Comparator;
  rhs: ConditionRhs;
}

export type MissingData = 'fail' | 'inconclusive' | 'ignore';
export type SourceErrorPolicy = 'fail' | 'warn';
/** When a watch may stop before its bake ends (DESIGN §2 "Modes"). */
export type FailFast = 'rollback' | 'hold';
export type TriggerAction = 'rollback' | 'pause' | 'notify';

/** Where the baseline of a metric comes from. */
export type BaselineSpec =
  | { kind: 'query'; query: string } // the same measure on the stable track, per window
  | { kind: 'before' }; // the metric's own query, averaged over the bake-long span before `since`

export interface MetricSpec {
  name: string;
  /** PromQL template (before templating). Exactly one of `query` and `alert` is set. */
  query?: string;
  /** Alert name: the metric is 1 if the alert fired at any time in the window, else 0. */
  alert?: string;
  baseline?: BaselineSpec;
  /** `pair-on:` labels that pair canary with baseline series (src/engine/pairing.ts); default chosen there. */
  pairOn?: string[];
  unit?: string;
  missingData: MissingData;
  pos: SourcePos;
  /** Position of the `query:` value, for errors Prometheus returns about it. */
  queryPos?: SourcePos;
  /** Position of the `baseline:` value when it is a query. */
  baselinePos?: SourcePos;
  /** `judge:` (docs/judges.md): a statistical judge of canary against baseline, in every stage. */
  judge?: MetricJudgeSpec;
}

/** Which way a change is bad, for a judge. */
export type JudgeDirection = 'increase' | 'decrease' | 'either';

/** `judge:` on a metric after loading (defaults applied, `for` durations turned into windows). */
export type MetricJudgeSpec = { dryRun?: boolean } & (
  | {
      type: 'mann-whitney';
      confidence: number;
      direction: JudgeDirection;
      allowedEffect: number;
      effect: 'relative' | 'absolute';
      scope: 'cumulative' | 'window';
      forWindows: number;
      action: 'rollback' | 'pause';
      pos: SourcePos;
    }
  | {
      type: 'sequential';
      kind: 'counts' | 'values';
      alpha: number;
      allowedEffect: number;
      direction: JudgeDirection;
      effect: 'relative' | 'absolute';
      promoteEarly: boolean;
      concentration: number;
      priorScale: number;
      overdispersion: boolean;
      /** kind `counts`: the metric whose query / baseline count each track's requests per window. */
      requests?: string;
      action: 'rollback' | 'pause';
      pos: SourcePos;
    }
  | {
      type: 'spike';
      sigmas: number;
      cut: 'calibrated' | 'literal';
      trailing: number;
      minHistory: number;
      minDelta: number;
      direction: JudgeDirection;
      forWindows: number;
      action: 'rollback' | 'pause';
      pos: SourcePos;
    }
);

/** `score:` on a stage after loading: a weighted composite of the stage's gates per window. */
export interface StageScoreSpec {
  min: number;
  forWindows: number;
  /** Weight per gate metric name; unlisted gates weigh 1. */
  weights: Record<string, number>;
  action: 'rollback' | 'pause';
  pos: SourcePos;
  dryRun?: boolean;
}

/** One gate or trigger of a stage. */
export interface CheckSpec {
  kind: 'gate' | 'rollback';
  metric: string;
  condition: Condition;
  /** Gates: the window length (each window is judged). Triggers: the `for` duration. */
  forSeconds: number;
  /** forSeconds / window: how many consecutive windows a trigger's condition must hold. 1 for gates. */
  forWindows: number;
  /** `gate` for gates; the trigger's action otherwise. */
  action: 'gate' | TriggerAction;
  /** Position of the condition in the policy file (the stage that wrote it, not the one that inherits it). */
  pos: SourcePos;
  /** `dry-run: true`: judged and shown, never changes the decision. */
  dryRun?: boolean;
}

export interface StageSpec {
  name: string;
  traffic?: number;
  bakeSeconds: number;
  gates: CheckSpec[];
  /** Global `rollback:` triggers followed by the stage's own. */
  triggers: CheckSpec[];
  pos: SourcePos;
  /** `score:` (docs/judges.md). */
  score?: StageScoreSpec;
  /** The stage's `fail-fast`, else its parent's, else the policy's (default `rollback`). */
  failFast?: FailFast;
}

export interface PrometheusSettings {
  url?: string;
  headers: Record<string, string>;
  timeoutSeconds: number;
  /** Cap on one answer's bytes, compressed and decompressed (`max-response-size`). */
  maxResponseBytes: number;
}

export interface Policy {
  version: 1;
  /** Path the policy was loaded from, as given. */
  path: string;
  windowSeconds: number;
  /** Duration text of the window as written (`5m`), used for `{{window}}`. */
  windowText: string;
  missingData: MissingData;
  onSourceError: SourceErrorPolicy;
  settleSeconds: number;
  /** Top-level `fail-fast` (default `rollback`); each stage resolves its own in StageSpec.failFast. */
  failFast?: FailFast;
  prometheus: PrometheusSettings;
  vars: Record<string, string>;
  metrics: Record<string, MetricSpec>;
  stages: Record<string, StageSpec>;
  /** `links.dashboard`: a URL template with {{since}}, {{until}} (epoch ms), {{since_iso}}, {{until_iso}}, {{stage}}. */
  links?: { dashboard?: string };
}

/** One policy problem, always with a place and a fix. */
export interface PolicyIssue {
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
}
