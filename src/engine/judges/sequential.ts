/**
 * `sequential`: anytime-valid canary-against-baseline judges. Checked after every window, the chance of
 * ever rolling back a canary that is no worse than the allowed effect stays below `alpha` over the whole
 * bake, however many windows are looked at.
 *   kind `counts`: how events split between canary and baseline given their traffic shares, an e-process
 *     after Lindon & Malek (2022) — see ../stats/count-split.ts;
 *   kind `values`: a confidence sequence for the mean per-window log ratio (or difference) of canary to
 *     baseline, allowing for autocorrelated windows — see ../stats/dependent-mean.ts.
 */
import { CountSplitEProcess, type Side } from '../stats/count-split.js';
import { splitDispersion, type SplitWindow } from '../stats/dispersion.js';
import { dependentMeanSequence, MIN_WINDOWS } from '../stats/dependent-mean.js';
import { evalue, num, pct, range, signed } from './format.js';
import type { Direction, EffectScale, JudgeAction, WindowJudge, WindowJudgement } from './types.js';

export interface SequentialSpec {
  kind: 'counts' | 'values';
  /** Bound on the probability of a false rollback over the whole bake (default 0.05). */
  alpha: number;
  /** Tolerated regression: counts, a relative rise of the canary's event rate (0.1 = 10%); values, per `effect`. */
  allowedEffect: number;
  direction: Direction;
  /** `values` only: compare log ratios (`relative`, default) or differences (`absolute`). */
  effect: EffectScale;
  /** Decide `promote-early` once a regression beyond the allowed effect is ruled out. */
  promoteEarly: boolean;
  /** `counts`: concentration c of Lindon & Malek's Dirichlet prior, α = c·θ₀ (default 20). */
  concentration: number;
  /** `values`: variance g of the standardized effect in the mixture (default 1). */
  priorScale: number;
  /** `counts`: estimate the overdispersion of the split from the data and temper the evidence (default true). */
  overdispersion: boolean;
  action: JudgeAction;
  /** `values`: windows in the bake; the boundary then holds over that many looks, not forever. */
  windows?: number;
}

export const SEQUENTIAL_DEFAULTS: SequentialSpec = {
  kind: 'counts',
  alpha: 0.05,
  allowedEffect: 0.1,
  direction: 'increase',
  effect: 'relative',
  promoteEarly: false,
  concentration: 20,
  priorScale: 1,
  overdispersion: true,
  action: 'rollback',
};

/** One window of counts: events (errors) and requests on each track; null when missing. */
export interface CountsWindow {
  canaryEvents: number | null;
  baselineEvents: number | null;
  canaryRequests: number | null;
  baselineRequests: number | null;
}

/** One window of a continuous measure (latency) on each track; null when missing. */
export interface ValuesWindow {
  canary: number | null;
  baseline: number | null;
}

interface SidedTest {
  ratio: number;
  side: Side;
  alpha: number;
  process: CountSplitEProcess | null;
}

/** Below this many effective independent windows a regression-sized estimate cannot be judged. */
export const BLIND_EFFECTIVE_N = 6;
/** `values`, relative: once this share of windows had a zero, the judge cannot decide. */
const ZERO_SHARE = 0.05;

const ok = (v: number | null): v is number => v !== null && Number.isFinite(v) && v >= 0;

export function sequentialCountsJudge(spec: SequentialSpec): WindowJudge<CountsWindow> {
  const d = spec.allowedEffect;
  const sides = spec.direction === 'either' ? 2 : 1;
  const a = spec.alpha / sides;
  // Bad tests reject "no regression beyond the allowed effect"; good tests reject "a regression beyond it".
  const bad: SidedTest[] = [];
  const good: SidedTest[] = [];
  if (spec.direction !== 'decrease') {
    bad.push({ ratio: 1 + d, side: 'greater', alpha: a, process: null });
    good.push({ ratio: 1 + d, side: 'less', alpha: a, process: null });
  }
  if (spec.direction !== 'increase') {
    bad.push({ ratio: 1 - d, side: 'less', alpha: a, process: null });
    good.push({ ratio: 1 - d, side: 'greater', alpha: a, process: null });
  }
  let window = -1;
  let rejectedAt: number | null = null;
  let decided = false;
  let sumCanary = 0;
  let sumBaseline = 0;
  let sumCanaryReq = 0;
  let sumBaselineReq = 0;
  let expected = 0;
  const splits: SplitWindow[] = [];

  return {
    push(input: CountsWindow): WindowJudgement {
      window++;
      const { canaryEvents: x, baselineEvents: y, canaryRequests: rc, baselineRequests: rb } = input;
      const present = ok(x) && ok(y) && ok(rc) && ok(rb) && rc + rb > 0;
      if (present) {
        const rho = rc / (rc + rb);
        for (const t of [...bad, ...good]) {
          if (!t.process && rho > 0 && rho < 1) {
            t.process = new CountSplitEProcess({
              nullRatio: t.ratio,
              side: t.side,
              concentration: spec.concentration,
              referenceShare: rho,
            });
          }
          t.process?.update(x, x + y, rho);
        }
        sumCanary += x;
        sumBaseline += y;
        sumCanaryReq += rc;
        sumBaselineReq += rb;
        expected += (x + y) * rho;
        splits.push({ canaryEvents: x, totalEvents: x + y, canaryShare: rho });
      }
      const fitted = sumCanary / sumCanaryReq / (sumBaseline / sumBaselineReq);
      const dispersion = spec.overdispersion ? splitDispersion(splits, fitted) : 1;
      const eOf = (t: SidedTest) => (t.process ? Math.exp(t.process.logE(dispersion)) : 1);
      const badE = bad.map(eOf);
      const goodE = good.map(eOf);
      const ratio = fitted;
      const effect = Number.isFinite(ratio) ? ratio - 1 : sumCanary > 0 ? Infinity : 0;
      const eMax = Math.max(...badE);
      const threshold = 1 / a;
      // with both directions tested, each side spends half of alpha
      const bar = sides === 2 ? '2/α' : '1/α';
      const counts =
        `canary ${num(sumCanary)} of ${num(sumCanary + sumBaseline)} events (${num(expected)} expected at its traffic share), ` +
        `canary event rate ${pct(effect)} vs the baseline's (allowed ${spec.direction === 'decrease' ? pct(-d) : pct(d)})` +
        (dispersion > 1
          ? `, evidence tempered by the overdispersion ${num(Number(dispersion.toFixed(2)))}`
          : '');
      const judgement: WindowJudgement = {
        window,
        status: 'continue',
        effect,
        eValue: eMax,
        explanation: '',
      };
      if (rejectedAt === null && badE.some((e, i) => e >= 1 / bad[i].alpha)) rejectedAt = window;
      if (rejectedAt !== null) {
        judgement.status = 'fail';
        judgement.explanation =
          `${counts}; e = ${evalue(eMax)} ≥ ${bar} = ${num(threshold)}` +
          (rejectedAt === window ? '' : ` (first at window #${rejectedAt + 1})`) +
          ': regression beyond the allowed effect, anytime-valid';
        if (!decided) {
          decided = true;
          judgement.decision = spec.action === 'pause' ? 'hold' : 'rollback';
        }
      } else if (goodE.every((e, i) => e >= 1 / good[i].alpha)) {
        judgement.status = 'pass';
        judgement.explanation =
          `${counts}; e(no regression) = ${evalue(Math.min(...goodE))} ≥ ${num(threshold)}: ` +
          'a regression beyond the allowed effect is ruled out';
        if (spec.promoteEarly && !decided) {
          decided = true;
          judgement.decision = 'promote-early';
        }
      } else {
        judgement.explanation = present
          ? `${counts}; e = ${evalue(eMax)} < ${bar} = ${num(threshold)}: continue`
          : `no data in this window; e = ${evalue(eMax)} carried over: continue`;
      }
      return judgement;
    },
  };
}

export function sequentialValuesJudge(spec: SequentialSpec): WindowJudge<ValuesWindow> {
  const relative = spec.effect === 'relative';
  const d = spec.allowedEffect;
  // Limits on the mean of the per-window log ratio (relative) or difference (absolute).
  const upper = relative ? Math.log1p(d) : d;
  const lower = relative ? (d < 1 ? Math.log1p(-d) : -Infinity) : -d;
  const observedValues: number[] = [];
  const tracks: [number[], number[]] = [[], []];
  let zeros = 0;
  let window = -1;
  let rejectedAt: number | null = null;
  let decided = false;
  const show = (v: number) => (relative ? Math.expm1(v) : v);
  const fmt = (v: number) => (relative ? pct(show(v)) : signed(v));
  const level = `${num((1 - spec.alpha) * 100)}%`;

  return {
    push(input: ValuesWindow): WindowJudgement {
      window++;
      const { canary: c, baseline: b } = input;
      let skipped: string | null = null;
      if (c === null || b === null || !Number.isFinite(c) || !Number.isFinite(b))
        skipped = 'no data in this window';
      else if (relative && (c <= 0 || b <= 0)) {
        zeros++;
        skipped = `non-positive value (canary ${num(c)}, baseline ${num(b)}) has no log ratio`;
      } else {
        observedValues.push(relative ? Math.log(c / b) : c - b);
        tracks[0].push(relative ? Math.log(c) : c);
        tracks[1].push(relative ? Math.log(b) : b);
      }
      // Dropping zero windows keeps only the windows where the canary happened to see events: a ratio
      // at low traffic is then biased upward. Past a few zeros the log ratio is no measure of the canary.
      const zeroBiased = relative && zeros > 0 && zeros >= ZERO_SHARE * (zeros + observedValues.length);
      const cs = dependentMeanSequence(observedValues, spec.alpha, spec.priorScale, {
        windows: spec.windows,
        tracks,
      });
      const n = cs.n;
      const h = zeroBiased ? Infinity : cs.halfWidth;
      const mean = cs.mean;
      const lo = mean - h;
      const hi = mean + h;
      const judgement: WindowJudgement = { window, status: 'continue', explanation: '' };
      if (n > 0) judgement.effect = show(mean);
      if (Number.isFinite(h)) judgement.interval = [show(lo), show(hi)];
      const isBad =
        (spec.direction !== 'decrease' && lo > upper) || (spec.direction !== 'increase' && hi < lower);
      const isGood =
        (spec.direction === 'decrease' || hi < upper) && (spec.direction === 'increase' || lo > lower);
      if (rejectedAt === null && Number.isFinite(h) && isBad) rejectedAt = window;
      const allowed =
        spec.direction === 'increase'
          ? fmt(upper)
          : spec.direction === 'decrease'
            ? fmt(lower)
            : `${fmt(lower)}..${fmt(upper)}`;
      const est =
        n === 0
          ? 'no windows yet'
          : `canary ${relative ? 'vs' : '−'} baseline ${fmt(mean)} over ${n} window(s)`;
      const dependence =
        n >= MIN_WINDOWS
          ? ` (allowing windows correlated up to φ=${num(Number(cs.assumedPhi.toFixed(2)))}${cs.bound === 'worst-case' ? ', the most it assumes' : ''}, worth ${num(Number(cs.assumedEffectiveN.toFixed(1)))} independent)`
          : '';
      const seq = zeroBiased
        ? `${zeros} of ${zeros + n} windows had a zero, so no log ratio: this judge cannot decide on this metric (use kind: counts for event ratios)`
        : Number.isFinite(h)
          ? `${level} confidence sequence ${range(show(lo), show(hi), relative)}${dependence}`
          : `${level} confidence sequence unbounded (${n < MIN_WINDOWS ? `needs ${MIN_WINDOWS} windows` : 'too few independent windows'})`;
      const prefix = skipped ? `${skipped}; ` : '';
      if (rejectedAt !== null) {
        judgement.status = 'fail';
        judgement.explanation =
          `${prefix}${est}, ${seq} excludes the allowed ${allowed}` +
          (rejectedAt === window ? '' : ` (first at window #${rejectedAt + 1})`) +
          ': regression, anytime-valid';
        if (!decided) {
          decided = true;
          judgement.decision = spec.action === 'pause' ? 'hold' : 'rollback';
        }
      } else if (Number.isFinite(h) && isGood) {
        judgement.status = 'pass';
        judgement.explanation = `${prefix}${est}, ${seq} lies within the allowed ${allowed}: a regression beyond it is ruled out`;
        if (spec.promoteEarly && !decided) {
          decided = true;
          judgement.decision = 'promote-early';
        }
      } else {
        judgement.explanation = `${prefix}${est}, ${seq} still reaches the allowed ${allowed}: continue`;
        // Dependence this strong (or a step, which reads as dependence) leaves the judge blind: a
        // regression-sized estimate must not end the bake as a pass (DESIGN §9).
        const pointsBad =
          n > 0 &&
          ((spec.direction !== 'decrease' && mean > upper) ||
            (spec.direction !== 'increase' && mean < lower));
        if (zeroBiased) judgement.undecidable = seq;
        else if (pointsBad && n >= MIN_WINDOWS && cs.effectiveN < BLIND_EFFECTIVE_N)
          judgement.undecidable = `${est} points to a regression beyond the allowed ${allowed}, but the windows are worth only ${num(Number(cs.effectiveN.toFixed(1)))} independent ones (correlated windows or a level shift): this judge cannot tell; pair it with a threshold trigger or a spike judge`;
      }
      return judgement;
    },
  };
}
