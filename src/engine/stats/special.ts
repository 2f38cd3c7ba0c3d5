/** Special functions the tests and judges need: log-gamma, log-beta and a stable log-sum-exp. */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln Σ exp(xs[i] + ws[i]) without overflow; ws are log weights (omit for plain log-sum-exp). */
export function logSumExp(xs: ArrayLike<number>, logWeights?: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i] + (logWeights ? logWeights[i] : 0);
    if (v > max) max = v;
  }
  if (max === -Infinity || !Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i] + (logWeights ? logWeights[i] : 0) - max);
  return max + Math.log(sum);
}
