/**
 * `score` on a stage (runbook 001, "synthetic score < 0.95 for 2 consecutive intervals"): per window the
 * weighted share of the stage's checks that held, Σ wᵢ·passᵢ / Σ wᵢ over the checks with data; the judge
 * decides when the score stays under `min` for `forWindows` consecutive windows.
 */
import { num } from './format.js';
import type { JudgeAction, WindowJudge, WindowJudgement } from './types.js';

export interface ScoreSpec {
  min: number;
  forWindows: number;
  /** Weight per check name; checks not listed weigh `defaultWeight`. */
  weights: Record<string, number>;
  defaultWeight: number;
  action: JudgeAction;
}

export const SCORE_DEFAULTS: ScoreSpec = {
  min: 0.95,
  forWindows: 1,
  weights: {},
  defaultWeight: 1,
  action: 'rollback',
};

/** Per check: did it hold in this window (null: no data, left out of the score)? */
export type ScoreWindow = Record<string, boolean | null>;

export function scoreJudge(spec: ScoreSpec): WindowJudge<ScoreWindow> {
  let window = -1;
  let run = 0;
  let decided = false;
  return {
    push(input: ScoreWindow): WindowJudgement {
      window++;
      let total = 0;
      let got = 0;
      const failed: string[] = [];
      for (const [name, passed] of Object.entries(input)) {
        if (passed === null) continue;
        const w = spec.weights[name] ?? spec.defaultWeight;
        total += w;
        if (passed) got += w;
        else failed.push(`${name} (weight ${num(w)})`);
      }
      if (total === 0) {
        run = 0;
        return { window, status: 'continue', explanation: 'no check had data in this window' };
      }
      const score = got / total;
      const low = score < spec.min;
      run = low ? run + 1 : 0;
      const out: WindowJudgement = {
        window,
        status: low ? 'fail' : 'pass',
        statistic: score,
        explanation:
          `score ${num(score)} ${low ? '<' : '≥'} ${num(spec.min)}` +
          (failed.length ? `; failing: ${failed.join(', ')}` : '; every check held') +
          (low ? ` (${run} of ${spec.forWindows} consecutive window(s))` : ''),
      };
      if (!decided && run >= spec.forWindows) {
        decided = true;
        out.decision = spec.action === 'pause' ? 'hold' : 'rollback';
      }
      return out;
    },
  };
}
