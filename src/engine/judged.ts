/**
 * What judging one check yields: its result for the report and the effects it has on the decision. The
 * decision step only folds effects together; it never re-reads samples.
 */
import type { MissingData } from '../policy/types.js';
import type { CheckResult } from './types.js';
import type { WindowClock } from './windows.js';

export interface Effect {
  /** `promote-early`: a judge ruled out a regression and the policy allows promoting before the bake ends. */
  kind: 'rollback' | 'hold' | 'inconclusive' | 'warning' | 'promote-early';
  reason: string;
  /** Inconclusive causes only: true when no later window can remove the cause. */
  final?: boolean;
  /** Hold effects only: true for gate failures (violations, missing data under `fail`), false for a pause trigger. */
  gateFailure?: boolean;
}

export interface Judged {
  result: CheckResult;
  effects: Effect[];
}

/** What a gate or trigger judge needs besides its samples. */
export interface JudgeContext {
  metric: string;
  missingData: MissingData;
  /** Windows 0..observed-1 are judged. */
  observed: number;
  clock: WindowClock;
  /**
   * False while evaluate.ts only asks whether a prefix is final: effects then carry NO_REASON instead of
   * their text. Finality reads which effects there are, never their words.
   */
  describe: boolean;
}

/** The reason of an effect judged with `describe: false`. */
export const NO_REASON = '';
