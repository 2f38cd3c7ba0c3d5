/**
 * The Mann-Whitney U test of sample x against sample y: U counts the pairs (xᵢ, yⱼ) with xᵢ > yⱼ, a tie
 * counting one half. Exact null distribution when both samples are small and untied, otherwise the
 * normal approximation with continuity and tie correction.
 */
import { normalCdf } from './normal.js';
import { rankWithTies } from './ranks.js';

/** Both samples at most this large and no ties: the exact distribution is used (R: both below 50). */
export const EXACT_MAX_SIZE = 49;

export type Alternative = 'greater' | 'less' | 'two-sided';

export interface MannWhitneyResult {
  /** U of x: pairs with x above y, ties counting one half. */
  u: number;
  m: number;
  n: number;
  /** Mean and standard deviation of U under the null (the latter tie-corrected). */
  mean: number;
  sd: number;
  /** Normal score of U (with continuity correction toward the mean); 0 when sd is 0. */
  z: number;
  pValue: number;
  exact: boolean;
}

const cdfCache = new Map<string, Float64Array>();

/**
 * P(U ≤ u) for u = 0..mn under the null with no ties: the coefficients of the Gaussian binomial
 * [m+n choose m]_q = Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i), cumulated and divided by C(m+n, m).
 */
export function exactUCdf(m: number, n: number): Float64Array {
  const key = m <= n ? `${m},${n}` : `${n},${m}`;
  const cached = cdfCache.get(key);
  if (cached) return cached;
  const [a, b] = m <= n ? [m, n] : [n, m];
  const size = a * b + 1;
  let poly = new Float64Array(size);
  poly[0] = 1;
  for (let i = 1; i <= a; i++) {
    const next = new Float64Array(size);
    // multiply by (1 − q^{b+i})
    for (let u = 0; u < size; u++) next[u] = poly[u] - (u >= b + i ? poly[u - b - i] : 0);
    // divide by (1 − q^i): g[u] = f[u] + g[u − i]
    for (let u = i; u < size; u++) next[u] += next[u - i];
    poly = next;
  }
  let total = 0;
  for (let u = 0; u < size; u++) total += poly[u];
  const cdf = new Float64Array(size);
  let acc = 0;
  for (let u = 0; u < size; u++) {
    acc += poly[u];
    cdf[u] = acc / total;
  }
  cdfCache.set(key, cdf);
  return cdf;
}

/** Variance of U under the null, corrected for ties (groups of sizes t: Σ(t³ − t)). */
export function uVariance(m: number, n: number, ties: readonly number[]): number {
  const big = m + n;
  const tieSum = ties.reduce((s, t) => s + t * t * t - t, 0);
  return ((m * n) / 12) * (big + 1 - tieSum / (big * (big - 1)));
}

export function mannWhitney(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new Error('mannWhitney: both samples need at least one value');
  const { ranks, ties } = rankWithTies([...x, ...y]);
  let rankSumX = 0;
  for (let i = 0; i < m; i++) rankSumX += ranks[i];
  const u = rankSumX - (m * (m + 1)) / 2;
  const mean = (m * n) / 2;
  const sd = Math.sqrt(uVariance(m, n, ties));
  const exact = ties.length === 0 && m <= EXACT_MAX_SIZE && n <= EXACT_MAX_SIZE;
  const diff = u - mean;
  const z = sd === 0 ? 0 : (diff - 0.5 * Math.sign(diff)) / sd;
  let pValue: number;
  if (exact) {
    const cdf = exactUCdf(m, n);
    // P(U ≥ u) = P(U ≤ mn − u) by symmetry: summed from the small end, tiny tails keep their digits.
    const upper = cdf[m * n - u];
    const lower = cdf[u]; // P(U ≤ u)
    pValue = tailP(alternative, upper, lower);
  } else if (sd === 0) {
    pValue = 1;
  } else {
    // continuity correction toward the mean, in the direction of the alternative
    const zGreater = (diff - 0.5) / sd;
    const zLess = (diff + 0.5) / sd;
    pValue = tailP(alternative, normalCdf(-zGreater), normalCdf(zLess));
  }
  return { u, m, n, mean, sd, z, pValue, exact };
}

/** The p-value for the alternative from the two one-sided tail probabilities. */
function tailP(alternative: string, upper: number, lower: number): number {
  if (alternative === 'greater') return upper;
  if (alternative === 'less') return lower;
  return Math.min(1, 2 * Math.min(upper, lower));
}
