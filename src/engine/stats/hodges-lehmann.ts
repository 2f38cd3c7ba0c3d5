/**
 * Hodges-Lehmann estimate of the shift Δ between two samples (x = y + Δ in distribution): the median of
 * the m·n pairwise differences xᵢ − yⱼ, and its distribution-free confidence interval
 * [D₍ₖ₎, D₍ₘₙ₊₁₋ₖ₎] from the exact Mann-Whitney null distribution (Hollander & Wolfe, §4.3) when both
 * samples are small and untied; otherwise R's normal-approximation interval, whose tie correction is
 * recomputed at every candidate shift (wilcox-interval.ts).
 */
import { EXACT_MAX_SIZE, exactUCdf, uVariance } from './mann-whitney.js';
import { normalQuantile } from './normal.js';
import { rankWithTies } from './ranks.js';
import { wilcoxInterval } from './wilcox-interval.js';

export interface ShiftEstimate {
  estimate: number;
  /** null when the samples are too small for an interval at this confidence. */
  interval: [number, number] | null;
  /** The order statistic k of the exact interval, or its normal approximation's (1-based); 0 when there is none. */
  k: number;
}

/** Sorted pairwise differences xᵢ − yⱼ. */
export function pairwiseDifferences(x: readonly number[], y: readonly number[]): Float64Array {
  const d = new Float64Array(x.length * y.length);
  let p = 0;
  for (const xi of x) for (const yj of y) d[p++] = xi - yj;
  return d.sort();
}

function median(sorted: Float64Array): number {
  const h = sorted.length >> 1;
  return sorted.length % 2 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

/**
 * The order statistic k of the interval: the largest k with P(U ≤ k − 1) ≤ (1 − confidence)/2; 0 when
 * even k = 1 is too wide a tail (samples too small).
 */
export function intervalRank(
  m: number,
  n: number,
  confidence: number,
  tied: boolean,
  ties: readonly number[] = [],
): number {
  const tail = (1 - confidence) / 2;
  if (!tied && m <= EXACT_MAX_SIZE && n <= EXACT_MAX_SIZE) {
    const cdf = exactUCdf(m, n);
    let k = 0;
    while (k < cdf.length && cdf[k] <= tail) k++;
    return k; // cdf[k − 1] ≤ tail < cdf[k]
  }
  const sd = Math.sqrt(uVariance(m, n, ties));
  const k = Math.floor((m * n) / 2 + 0.5 - normalQuantile(1 - tail) * sd);
  return Math.max(0, k);
}

export function hodgesLehmann(x: readonly number[], y: readonly number[], confidence: number): ShiftEstimate {
  if (x.length === 0 || y.length === 0)
    throw new Error('hodgesLehmann: both samples need at least one value');
  const d = pairwiseDifferences(x, y);
  const { ties } = rankWithTies([...x, ...y]);
  const tied = ties.length > 0;
  const k = intervalRank(x.length, y.length, confidence, tied, ties);
  if (!tied && x.length <= EXACT_MAX_SIZE && y.length <= EXACT_MAX_SIZE) {
    const interval: [number, number] | null = k >= 1 ? [d[k - 1], d[d.length - k]] : null;
    return { estimate: median(d), interval, k };
  }
  return { estimate: median(d), interval: wilcoxInterval(x, y, confidence), k };
}
