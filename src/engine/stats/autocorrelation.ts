/**
 * Autocorrelation estimates the values judge's dependence bound is built from (dependent-mean.ts): lag
 * correlations robust to spikes, the AR(1) equivalent of an AR(1)-plus-noise series, and each track's
 * part the other track does not share.
 */

/** Largest φ the estimated sequence assumes: beyond it a 60-window bake holds about one independent window. */
export const PHI_MAX = 0.98;

/**
 * The k-th smallest of a (0-based), by Hoare's selection; reorders a. The judge takes a median and a MAD
 * of three series at every window, so linear time beats sorting.
 */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * Lag-one and lag-two autocorrelations after winsorizing at median ± 2.5 MAD (spikes would pull them
 * toward 0).
 */
export function lagCorrelations(xs: ArrayLike<number>): [number, number] {
  const n = xs.length;
  const scratch = new Float64Array(n);
  for (let i = 0; i < n; i++) scratch[i] = xs[i];
  const med = kthSmallest(scratch, n >> 1);
  for (let i = 0; i < n; i++) scratch[i] = Math.abs(xs[i] - med);
  const mad = kthSmallest(scratch, n >> 1) * 1.4826;
  const lo = med - 2.5 * mad;
  const hi = med + 2.5 * mad;
  const w = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    w[i] = mad > 0 ? Math.min(hi, Math.max(lo, xs[i])) : xs[i];
    m += w[i];
  }
  m /= n;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    s0 += (w[i] - m) ** 2;
    if (i > 0) s1 += (w[i] - m) * (w[i - 1] - m);
    if (i > 1) s2 += (w[i] - m) * (w[i - 2] - m);
  }
  return s0 > 0 ? [s1 / s0, s2 / s0] : [0, 0];
}

/**
 * The lag-one correlation of the AR(1) series with the same long-run variance, when r₂ says the series
 * is an AR(1) plus independent noise (ρₖ = λ·φᵏ: a p95's slow wander plus its sampling noise). Then
 * r₁ alone reads λ·φ and under-states the variance of the mean, more surely the longer the bake; with
 * φ = r₂/r₁ the long-run ratio is R = 1 + 2·r₁/(1 − φ), which an AR(1) has at (R − 1)/(R + 1). For a
 * plain AR(1) (r₂ ≈ r₁²) that is r₁ again. Only a clearly positive r₁ (2 standard errors) is read so:
 * below it r₂/r₁ is noise.
 */
export function equivalentLagOne([r1, r2]: [number, number], n: number): number {
  if (!(r1 > 2 / Math.sqrt(n)) || !(r2 > 0)) return r1;
  const phi = Math.min(PHI_MAX, Math.max(r1, r2 / r1));
  const ratio = 1 + (2 * r1) / (1 - phi);
  return (ratio - 1) / (ratio + 1);
}

/**
 * x less its least-squares line over the windows. A load curve both tracks share is close to a line
 * over a bake of hours; what the other track cannot remove of it (its projection is shrunk by that
 * track's own noise) would otherwise read as dependence.
 */
export function detrended(x: readonly number[]): Float64Array {
  const n = x.length;
  const tm = (n - 1) / 2;
  let mx = 0;
  for (let i = 0; i < n; i++) mx += x[i];
  mx /= n;
  let sxt = 0;
  let stt = 0;
  for (let i = 0; i < n; i++) {
    sxt += (x[i] - mx) * (i - tm);
    stt += (i - tm) ** 2;
  }
  const slope = stt > 0 ? sxt / stt : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] - mx - slope * (i - tm);
  return out;
}

/** x less its least-squares projection on y (both demeaned): what of x the other track does not share. */
export function residualOn(x: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    syy += (y[i] - my) ** 2;
  }
  const beta = syy > 0 ? sxy / syy : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] - mx - beta * (y[i] - my);
  return out;
}
