/**
 * A confidence sequence for the mean of per-window values that may be autocorrelated (AR(1) up to
 * φ ≈ 0.95, see docs/judges.md "Dependent windows").
 *
 * For an AR(1) series with lag-one correlation φ and marginal variance σ², the mean of n windows has
 * variance σ²·v(φ, n), v = [(1 + φ)/(1 − φ) − 2φ(1 − φⁿ)/(n(1 − φ)²)]/n, and the sample variance s² has
 * expectation σ²·(n − n·v)/(n − 1): it shrinks as φ grows, because the sample mean absorbs the slow
 * wander. So the plug-in standard error is s·√(v·(n − 1)/(n − n·v)), and 1/v windows carry the
 * information of that many independent ones (the effective sample size n_e).
 *
 * φ itself is estimated from the data: the lag-one autocorrelation of the winsorized series (spikes
 * would pull it toward 0), plus Kendall's small-sample bias (1 + 3φ)/n, plus a margin 2/√n toward
 * more dependence. Overstating φ costs width only; understating it is what produces false rollbacks, so
 * the margin leans one way. The interval is the t-mixture confidence sequence (t-mixture.ts) evaluated
 * at n_e effective observations with that standard error. It is not an exact martingale once φ is
 * estimated: its validity is the simulation evidence in docs/judges.md, with no decision before
 * MIN_WINDOWS windows because φ cannot be told from a handful of windows.
 */
import { tMixtureHalfWidth } from './t-mixture.js';

/** Fewer windows than this: the interval is unbounded (φ cannot be estimated). */
export const MIN_WINDOWS = 12;
/** Margin added to the bias-corrected φ, in units of 1/√n. */
const PHI_MARGIN = 2;
/** Largest φ assumed: beyond it the effective sample size of a 60-window bake is below one. */
const PHI_MAX = 0.98;

/** Var(mean of n windows) / σ² for an AR(1) series with lag-one correlation phi. */
export function meanVarianceFactor(phi: number, n: number): number {
  if (phi <= 0) return 1 / n;
  const q = 1 - phi;
  return ((1 + phi) / q - (2 * phi * (1 - phi ** n)) / (n * q * q)) / n;
}

function lagOneCorrelation(xs: readonly number[]): number {
  const n = xs.length;
  const sorted = [...xs].sort((a, b) => a - b);
  const med = sorted[n >> 1];
  const mad = xs.map((x) => Math.abs(x - med)).sort((a, b) => a - b)[n >> 1] * 1.4826;
  const w = mad > 0 ? xs.map((x) => Math.min(med + 2.5 * mad, Math.max(med - 2.5 * mad, x))) : [...xs];
  const m = w.reduce((a, b) => a + b, 0) / n;
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    s0 += (w[i] - m) ** 2;
    if (i > 0) s1 += (w[i] - m) * (w[i - 1] - m);
  }
  return s0 > 0 ? s1 / s0 : 0;
}

export interface DependentMean {
  n: number;
  mean: number;
  /** The dependence assumed (estimate plus margin), 0..PHI_MAX. */
  phi: number;
  /** Effective number of independent windows, 1/v. */
  effectiveN: number;
  /** Half-width of the (1 − alpha) confidence sequence; Infinity when it is unbounded. */
  halfWidth: number;
}

export function dependentMeanSequence(
  xs: readonly number[],
  alpha: number,
  priorScale: number,
): DependentMean {
  const n = xs.length;
  const mean = n > 0 ? xs.reduce((a, b) => a + b, 0) / n : 0;
  if (n < MIN_WINDOWS) return { n, mean, phi: 0, effectiveN: n, halfWidth: Infinity };
  const r1 = lagOneCorrelation(xs);
  const phi = Math.min(PHI_MAX, Math.max(0, r1 + (1 + 3 * Math.max(r1, 0)) / n + PHI_MARGIN / Math.sqrt(n)));
  const v = meanVarianceFactor(phi, n);
  const s2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const se = Math.sqrt((s2 * v * (n - 1)) / Math.max(1, n - n * v));
  const effectiveN = 1 / v;
  // tMixtureHalfWidth(k, sd) = (sd/√k)·boundary(k): with sd = se·√k it is se·boundary(k).
  const halfWidth =
    se === 0 ? Infinity : tMixtureHalfWidth(effectiveN, se * Math.sqrt(effectiveN), alpha, priorScale);
  return { n, mean, phi, effectiveN, halfWidth };
}
