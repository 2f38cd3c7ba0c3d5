/**
 * A confidence sequence for the mean of per-window values that may be autocorrelated (AR(1) up to
 * φ = 0.95, see docs/judges.md "Dependent windows").
 *
 * For an AR(1) series with lag-one correlation φ and marginal variance σ², the mean of n windows has
 * variance σ²·v(φ, n), v = [(1 + φ)/(1 − φ) − 2φ(1 − φⁿ)/(n(1 − φ)²)]/n, and the sample variance s² has
 * expectation σ²·(n − n·v)/(n − 1): it shrinks as φ grows, because the sample mean absorbs the slow
 * wander. So the plug-in standard error at an assumed φ is s·√(v·(n − 1)/(n − n·v)), and 1/v windows
 * carry the information of that many independent ones (the effective sample size n_e).
 *
 * No estimate of φ from one bake can tell a strongly dependent track that happened to sit still (the
 * canary's level offset by its stationary start, with little wander) from a real shift on quiet data.
 * So the interval is the intersection of two sequences, each at α/2 (a union bound keeps the pair at α):
 *
 *   worst case: φ = PHI_WORST assumed whatever the data say, the scale with n − 1 degrees of freedom.
 *     Valid for any dependence up to PHI_WORST; it decides when the shift is large against s (a +30%
 *     step on latency that wanders ±5%), however dependent the windows look.
 *   estimated: φ bounded from above by the lag-one autocorrelation r₁ of the winsorized series
 *     (dependenceBound), the scale with n(1 − φ²)/(1 + φ²) degrees of freedom (Bartlett's variance of
 *     s² under AR(1)). It decides small shifts on windows that look independent (+10% on ±10% noise).
 *
 * The estimated φ is also bounded from below by the two tracks' own dependence (dependenceOf).
 *
 * Each sequence's boundary holds over the bake's windows when the judge knows them (horizon-boundary.ts,
 * α/4 a side), else for ever (the t-mixture). Neither is exact once s and φ are estimated: their
 * validity is the simulation evidence in docs/judges.md (bench/judges/honest.md), with no decision
 * before MIN_WINDOWS windows.
 */
import { detrended, equivalentLagOne, lagCorrelations, PHI_MAX, residualOn } from './autocorrelation.js';
import { horizonCriticalZ } from './horizon-boundary.js';
import { MIN_LOOK } from './horizon-grid.js';
import { normalCdf } from './normal.js';
import { tUpperQuantile } from './t-dist.js';
import { tMixtureHalfWidth } from './t-mixture.js';

/** Fewer windows than this: the interval is unbounded (φ cannot be estimated); the boundary's first look. */
export const MIN_WINDOWS = MIN_LOOK;
/** The strongest dependence the judge is built for (DESIGN §9); the worst-case sequence assumes it. */
export const PHI_WORST = 0.95;
/** Margin on r₁ in units of its sampling sd √((1 − φ²)/n), and the near-unit-root spread C·φ³/n added to it. */
const PHI_MARGIN = 0.6;
const UNIT_ROOT_SPREAD = 60;
/**
 * Mixing variances of the standardized effect per effective window, times the policy's `prior-scale`:
 * tuned to 60-window bakes (the estimated sequence sees ~50 effective windows of iid noise, the
 * worst-case one ~2).
 */
const ESTIMATED_PRIOR = 0.3;
const WORST_PRIOR = 10;

/** Var(mean of n windows) / σ² for an AR(1) series with lag-one correlation phi. */
export function meanVarianceFactor(phi: number, n: number): number {
  if (phi <= 0) return 1 / n;
  const q = 1 - phi;
  return ((1 + phi) / q - (2 * phi * (1 - phi ** n)) / (n * q * q)) / n;
}

/**
 * The largest φ ≤ PHI_MAX under which the observed r₁ is not unusually low: φ − bias − margin ≤ r₁, with
 * Kendall's bias (1 + 3φ)/n and the margin PHI_MARGIN·√((1 − φ²)/n + (UNIT_ROOT_SPREAD·φ³/n)²). Near
 * φ = 1 r₁ spreads like a Dickey-Fuller statistic, of order 1/n rather than √((1 − φ²)/n): the second
 * term makes any clearly positive r₁ in a short bake read as possibly strong dependence, while r₁ ≈ 0
 * over 60 windows keeps a small bound. The left side rises then falls in φ, so {φ : it ≤ r₁} is an
 * interval from 0 and bisection finds its end.
 */
export function dependenceBound(r1: number, n: number): number {
  const low = (phi: number) =>
    phi -
    (1 + 3 * phi) / n -
    PHI_MARGIN * Math.sqrt((1 - phi * phi) / n + ((UNIT_ROOT_SPREAD * phi ** 3) / n) ** 2);
  if (low(PHI_MAX) <= r1) return PHI_MAX;
  if (low(0) > r1) return 0;
  let a = 0;
  let b = PHI_MAX;
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2;
    if (low(m) <= r1) a = m;
    else b = m;
  }
  return a;
}

/** What the judge knows beyond the per-window differences. */
export interface SequenceContext {
  /** Windows in the bake (bake / window): the boundary need only hold over that many looks. */
  windows?: number;
  /** Each track's own per-window series (log values when the judge compares log ratios), same windows. */
  tracks?: readonly [readonly number[], readonly number[]];
}

/**
 * Half-width at an assumed φ, for a two-sided level `alpha`: the bake-horizon boundary at alpha/2 a
 * side when the bake's length is known and tabled (horizon-boundary.ts), else the t-mixture at n_e = 1/v
 * effective windows with `nu` degrees of freedom.
 */
function halfWidthAt(
  n: number,
  s2: number,
  phi: number,
  nu: number,
  alpha: number,
  g: number,
  windows: number | undefined,
): number {
  const v = meanVarianceFactor(phi, n);
  const se = Math.sqrt((s2 * v * (n - 1)) / Math.max(1, n - n * v));
  if (se === 0) return Infinity;
  const z = windows === undefined ? null : horizonCriticalZ(n, windows, alpha / 2);
  if (z !== null) return se * tUpperQuantile(normalCdf(-z), nu);
  // tMixtureHalfWidth(k, sd) = (sd/√k)·boundary(k): with sd = se·√k it is se·boundary(k).
  return tMixtureHalfWidth(1 / v, se * Math.sqrt(1 / v), alpha, g, nu);
}

/**
 * The dependence bound from the per-window differences, raised to the one the two tracks show on their
 * own. Each r₁ is first read as an AR(1)-plus-noise series (equivalentLagOne): sampling noise in a
 * track's value (a p95 over a minute's requests) pulls r₁ toward 0 while its slow wander still sets the
 * variance of the mean. Each track carries the same wander, so with twice the windows a difference that
 * looks independent by chance is caught by its tracks. A track's own part is what the other track does
 * not share, after a line is taken out: a drift common to both (the daily load curve) cancels in the
 * difference and must not count as dependence.
 */
function dependenceOf(xs: readonly number[], tracks: SequenceContext['tracks']): number {
  const n = xs.length;
  const own = dependenceBound(equivalentLagOne(lagCorrelations(xs), n), n);
  if (!tracks || tracks[0].length !== n || tracks[1].length !== n) return own;
  const [c, b] = tracks;
  const [ct, bt] = [detrended(c), detrended(b)];
  const [rc, rb] = [lagCorrelations(residualOn(ct, bt)), lagCorrelations(residualOn(bt, ct))];
  const pooled = equivalentLagOne([(rc[0] + rb[0]) / 2, (rc[1] + rb[1]) / 2], 2 * n);
  return Math.max(own, dependenceBound(pooled, n));
}

export interface DependentMean {
  n: number;
  mean: number;
  /** Effective number of independent windows at the estimated sequence's φ (the data's upper bound), 1/v. */
  effectiveN: number;
  /** Half-width of the (1 − alpha) confidence sequence; Infinity when it is unbounded. */
  halfWidth: number;
  /** Which of the two sequences set the width (the narrower one). */
  bound: 'estimated' | 'worst-case' | 'none';
  /** φ and effective windows of that sequence (PHI_WORST for the worst case). */
  assumedPhi: number;
  assumedEffectiveN: number;
}

export function dependentMeanSequence(
  xs: readonly number[],
  alpha: number,
  priorScale: number,
  context: SequenceContext = {},
): DependentMean {
  const n = xs.length;
  const mean = n > 0 ? xs.reduce((a, b) => a + b, 0) / n : 0;
  if (n < MIN_WINDOWS)
    return {
      n,
      mean,
      effectiveN: n,
      halfWidth: Infinity,
      bound: 'none',
      assumedPhi: 0,
      assumedEffectiveN: n,
    };
  const s2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const phi = dependenceOf(xs, context.tracks);
  const nu = Math.max(1, (n * (1 - phi * phi)) / (1 + phi * phi));
  const { windows } = context;
  const estimated = halfWidthAt(n, s2, phi, nu, alpha / 2, ESTIMATED_PRIOR * priorScale, windows);
  const worst = halfWidthAt(n, s2, PHI_WORST, n - 1, alpha / 2, WORST_PRIOR * priorScale, windows);
  const halfWidth = Math.min(estimated, worst);
  const bound = !Number.isFinite(halfWidth) ? 'none' : estimated <= worst ? 'estimated' : 'worst-case';
  const effectiveN = 1 / meanVarianceFactor(phi, n);
  const worstCase = bound === 'worst-case';
  return {
    n,
    mean,
    effectiveN,
    halfWidth,
    bound,
    assumedPhi: worstCase ? PHI_WORST : phi,
    assumedEffectiveN: worstCase ? 1 / meanVarianceFactor(PHI_WORST, n) : effectiveN,
  };
}
