/**
 * Statistical judges: pure functions from per-window canary/baseline data to per-window judgements and a
 * contribution to the stage's verdict. Every judge is causal — window k's judgement reads windows 0..k
 * only — so watch mode (one window at a time, stop at the first decision) and lookback (all windows at
 * once) reach the same decision at the same window.
 */

export type JudgeType = 'threshold' | 'mann-whitney' | 'sequential' | 'spike' | 'score';

/** Which way a change is bad. */
export type Direction = 'increase' | 'decrease' | 'either';

/** `relative`: the allowed effect is a fraction of the baseline (0.1 = 10%); `absolute`: in metric units. */
export type EffectScale = 'relative' | 'absolute';

/** What a failing judge does to the stage: `rollback`, or `pause` (the verdict holds). */
export type JudgeAction = 'rollback' | 'pause';

/**
 * `fail`: this window is evidence of a regression; `pass`: a regression beyond the allowed effect is ruled
 * out at this window; `continue`: neither yet (not enough data, or the interval still spans the limit).
 */
export type WindowStatus = 'pass' | 'fail' | 'continue';

/** What the judge asks of the verdict. `promote-early` only from `sequential` with `promote-early: true`. */
export type Contribution = 'rollback' | 'hold' | 'promote-early' | 'none';

export interface WindowJudgement {
  window: number;
  status: WindowStatus;
  /** The test statistic (U, t, z-score, score), when there is one. */
  statistic?: number;
  /** Estimated effect: relative (0.12 = +12%) or absolute, as the judge's scale says. */
  effect?: number;
  /** Confidence interval or confidence sequence for the effect, same scale as `effect`. */
  interval?: [number, number];
  /** E-value against "no regression beyond the allowed effect" (sequential counts). */
  eValue?: number;
  /** Set on the window where the judge decided; the first such window is the judge's decision. */
  decision?: Exclude<Contribution, 'none'>;
  /** One line a person reads: effect, interval or e-value, and why the window got its status. */
  explanation: string;
  /**
   * Set when the judge saw a regression it could not test (too few independent windows, or a ratio with
   * many zero windows): a bake that ends there is inconclusive for this judge, never a silent pass.
   */
  undecidable?: string;
}

export interface JudgeResult {
  judge: JudgeType;
  windows: WindowJudgement[];
  contribution: Contribution;
  /** Window where the contribution was decided; null when it is `none`. */
  decidedAt: number | null;
  /** One line: the decision and why (the deciding window's explanation), or the last window's state. */
  summary: string;
}

/** A judge fed one window at a time (watch mode); `push` returns that window's judgement. */
export interface WindowJudge<I> {
  push(input: I): WindowJudgement;
}
