/**
 * `mann-whitney` (Kayenta's judge): canary samples against baseline samples with the Hodges-Lehmann
 * shift and its distribution-free confidence interval. A window fails when the whole interval lies
 * beyond the allowed effect in the bad direction. Each window is a fixed-sample test: looking at every
 * window is what the benchmark shows inflating false rollbacks, which `sequential` does not.
 */
import { hodgesLehmann } from '../stats/hodges-lehmann.js';
import { mannWhitney } from '../stats/mann-whitney.js';
import { num, pct, range, signed } from './format.js';
import type { Direction, EffectScale, JudgeAction, WindowJudge, WindowJudgement } from './types.js';

export interface MannWhitneySpec {
  /** Two-sided confidence of the interval (default 0.98, Kayenta's). */
  confidence: number;
  direction: Direction;
  /** Largest tolerated shift: a fraction of the baseline median (`relative`) or in metric units. */
  allowedEffect: number;
  effect: EffectScale;
  /** `cumulative`: every window re-tests all samples since the bake began (Kayenta); `window`: that window's only. */
  scope: 'cumulative' | 'window';
  /** Consecutive failing windows before the judge decides (default 1). */
  forWindows: number;
  action: JudgeAction;
}

export const MANN_WHITNEY_DEFAULTS: MannWhitneySpec = {
  confidence: 0.98,
  direction: 'increase',
  allowedEffect: 0.1,
  effect: 'relative',
  scope: 'cumulative',
  forWindows: 1,
  action: 'rollback',
};

/** Samples of one window (the values of every canary / baseline series); empty when missing. */
export interface SamplesWindow {
  canary: readonly number[];
  baseline: readonly number[];
}

function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

export function mannWhitneyJudge(spec: MannWhitneySpec): WindowJudge<SamplesWindow> {
  const canary: number[] = [];
  const baseline: number[] = [];
  let window = -1;
  let failRun = 0;
  let decided = false;
  return {
    push(input: SamplesWindow): WindowJudgement {
      window++;
      const clean = (xs: readonly number[]) => xs.filter((v) => Number.isFinite(v));
      const c = clean(input.canary);
      const b = clean(input.baseline);
      if (spec.scope === 'window') {
        canary.length = 0;
        baseline.length = 0;
      }
      canary.push(...c);
      baseline.push(...b);
      const judged = (j: Omit<WindowJudgement, 'window'>): WindowJudgement => {
        failRun = j.status === 'fail' ? failRun + 1 : 0;
        const out: WindowJudgement = { window, ...j };
        if (!decided && failRun >= spec.forWindows) {
          decided = true;
          out.decision = spec.action === 'pause' ? 'hold' : 'rollback';
        }
        return out;
      };
      if (canary.length === 0 || baseline.length === 0) {
        return judged({
          status: 'continue',
          explanation: `no ${canary.length === 0 ? 'canary' : 'baseline'} samples yet`,
        });
      }
      const hl = hodgesLehmann(canary, baseline, spec.confidence);
      const alternative =
        spec.direction === 'increase' ? 'greater' : spec.direction === 'decrease' ? 'less' : 'two-sided';
      const mw = mannWhitney(canary, baseline, alternative);
      const sizes = `m=${canary.length}, n=${baseline.length}`;
      const level = `${num(spec.confidence * 100)}%`;
      if (!hl.interval) {
        return judged({
          status: 'continue',
          statistic: mw.u,
          explanation: `too few samples (${sizes}) for a ${level} interval; shift ${signed(hl.estimate)}`,
        });
      }
      const relative = spec.effect === 'relative';
      const scale = relative ? Math.abs(medianOf(baseline)) : 1;
      const toScale = (v: number) =>
        relative ? (scale === 0 ? (v === 0 ? 0 : Math.sign(v) * Infinity) : v / scale) : v;
      const effect = toScale(hl.estimate);
      const lo = toScale(hl.interval[0]);
      const hi = toScale(hl.interval[1]);
      const allowed = spec.allowedEffect;
      const above = lo > allowed;
      const below = hi < -allowed;
      const bad = (spec.direction !== 'decrease' && above) || (spec.direction !== 'increase' && below);
      const limit = relative ? pct(allowed) : signed(allowed);
      const negLimit = relative ? pct(-allowed) : signed(-allowed);
      const est = relative ? `${pct(effect)} of baseline median ${num(scale)}` : signed(effect);
      const why = bad
        ? above
          ? `lies wholly above the allowed ${limit}: regression`
          : `lies wholly below the allowed ${negLimit}: regression`
        : spec.direction === 'increase'
          ? `reaches down to ${relative ? pct(lo) : signed(lo)}, within the allowed ${limit}: pass`
          : spec.direction === 'decrease'
            ? `reaches up to ${relative ? pct(hi) : signed(hi)}, within the allowed ${negLimit}: pass`
            : `overlaps the allowed ${negLimit}..${limit}: pass`;
      return judged({
        status: bad ? 'fail' : 'pass',
        statistic: mw.u,
        effect,
        interval: [lo, hi],
        explanation:
          `Hodges-Lehmann shift ${signed(hl.estimate)} (${est}), ${level} CI ${range(lo, hi, relative)} ${why} ` +
          `(U=${num(mw.u)}, p=${num(mw.pValue)}, ${sizes})`,
      });
    },
  };
}
