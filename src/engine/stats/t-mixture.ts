/**
 * A time-uniform confidence sequence for the mean μ of Gaussian observations with unknown variance
 * (Lai 1976; Wang & Ramdas 2023, "Anytime-valid t-tests and confidence sequences for Gaussian means with
 * unknown variance"). For a candidate μ₀, mixing the standardized effect δ = (μ − μ₀)/σ over N(0, g) and σ
 * over the scale-invariant prior 1/σ gives the Bayes factor
 *
 *   B_n(μ₀) = (1 + n·g)^(−1/2) · [ (1 + t²/ν) / (1 + t²/((1 + n·g)·ν)) ]^((ν+1)/2),   ν = n − 1,
 *
 * with t the one-sample t statistic for μ₀. Under μ = μ₀ it is a nonnegative martingale with respect to
 * the scale-invariant filtration, so by Ville's inequality P(∃n: B_n(μ₀) ≥ 1/α) ≤ α, and
 * { μ₀ : B_n(μ₀) < 1/α } is a (1 − α) confidence sequence: it may be looked at after every window.
 */

export function tMixtureLogBayesFactor(n: number, mean: number, sd: number, mu0: number, g: number): number {
  if (n < 2) return 0;
  const nu = n - 1;
  const c = 1 + n * g;
  if (sd === 0) return mean === mu0 ? 0 : -0.5 * Math.log(c) + ((nu + 1) / 2) * Math.log(c);
  const t = (mean - mu0) / (sd / Math.sqrt(n));
  const u = (t * t) / nu;
  return -0.5 * Math.log(c) + ((nu + 1) / 2) * (Math.log1p(u) - Math.log1p(u / c));
}

/**
 * Half-width of the confidence sequence at n observations: B_n(μ₀) ≥ 1/α exactly when
 * |mean − μ₀| ≥ halfWidth. Solving (1 + u)/(1 + u/c) = r with r = ((1/α)·√c)^(2/(ν+1)) gives
 * u = (r − 1)/(1 − r/c), t² = ν·u. Infinity while r ≥ c (too few observations for any conclusion).
 *
 * `nu` is the degrees of freedom of the scale estimate, n − 1 for independent observations (the exact
 * martingale above). Dependent windows (dependent-mean.ts) carry n effective observations of the mean
 * but a scale estimated with other degrees of freedom; there the boundary is an approximation whose
 * validity is measured, not proved.
 */
export function tMixtureHalfWidth(n: number, sd: number, alpha: number, g: number, nu = n - 1): number {
  if (n < 2 && nu === n - 1) return Infinity;
  if (!(n > 0) || !(nu > 0)) return Infinity;
  const c = 1 + n * g;
  const logR = (2 / (nu + 1)) * (-Math.log(alpha) + 0.5 * Math.log(c));
  if (logR >= Math.log(c)) return Infinity;
  const r = Math.exp(logR);
  const u = (r - 1) / (1 - r / c);
  return (sd / Math.sqrt(n)) * Math.sqrt(nu * u);
}

/** Running mean and variance (Welford), skipping nothing: callers push only observed values. */
export class RunningMoments {
  n = 0;
  mean = 0;
  private m2 = 0;
  push(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  /** Sample standard deviation (n − 1 denominator); 0 below two observations. */
  get sd(): number {
    return this.n < 2 ? 0 : Math.sqrt(Math.max(0, this.m2 / (this.n - 1)));
  }
}
