/**
 * Anytime-valid tests of how events split between canary and baseline (Lindon & Malek 2022,
 * "Anytime-valid inference for multinomial count data").
 *
 * Lindon & Malek's test: counts x over k categories with null probabilities θ₀; mixing the multinomial
 * likelihood over a Dirichlet(α) prior gives the Bayes factor
 *   B = [B(α + x) / B(α)] / Π θ₀ᵢ^xᵢ,           B(·) the multivariate Beta function,
 * a nonnegative martingale under the null, so P(∃t: B_t ≥ 1/a) ≤ a.
 *
 * Canary against baseline is the two-category case, with two changes: (1) the canary's share of traffic
 * ρ moves from window to window, so the alternative is parameterized by the rate ratio λ (canary's event
 * rate over the baseline's) and the share of events the canary should get in window k is
 * p_k(λ) = ρ_k·λ / (ρ_k·λ + 1 − ρ_k); (2) the test is one-sided: the prior is the Beta(c·ρ, c·(1 − ρ))
 * prior of Lindon & Malek (centred on the null share at the first window's share ρ) truncated to the side
 * of the alternative. For every λ on that side the likelihood ratio against λ₀ is a supermartingale for
 * every null λ' on the other side (its one-step mean is linear and monotone in the true share), so the
 * mixture is an e-process for the composite null "ratio ≤ λ₀" (or "≥ λ₀"). The mixture is a discrete one
 * over a fixed grid: a finite mixture of test supermartingales is one, so the grid costs no validity.
 */
import { logGamma, logSumExp } from './special.js';

/** Lindon & Malek's closed-form log Bayes factor for one table of counts (all categories, two-sided). */
export function dirichletMultinomialLogBayesFactor(
  counts: readonly number[],
  theta0: readonly number[],
  alpha: readonly number[],
): number {
  const logMultiBeta = (a: readonly number[]) =>
    a.reduce((s, v) => s + logGamma(v), 0) - logGamma(a.reduce((s, v) => s + v, 0));
  const posterior = alpha.map((a, i) => a + counts[i]);
  let logNull = 0;
  counts.forEach((x, i) => {
    if (x > 0) logNull += x * Math.log(theta0[i]);
  });
  return logMultiBeta(posterior) - logMultiBeta(alpha) - logNull;
}

export type Side = 'greater' | 'less';

export interface CountSplitOptions {
  /** λ₀: the rate ratio at the edge of the null (1 + allowed effect). */
  nullRatio: number;
  /** `greater`: the alternative is a ratio above λ₀ (a regression); `less`: below it. */
  side: Side;
  /** c, the prior's concentration (Dirichlet α = c·θ₀). */
  concentration: number;
  /** Share of traffic the prior is centred at (the first window's canary share). */
  referenceShare: number;
  /** Grid points of the mixture (default 200). */
  gridSize?: number;
}

/** The canary's expected share of events in a window whose canary traffic share is rho, at ratio lambda. */
export function eventShare(rho: number, lambda: number): number {
  return (rho * lambda) / (rho * lambda + 1 - rho);
}

export class CountSplitEProcess {
  readonly lambdas: Float64Array;
  private readonly logWeights: Float64Array;
  private readonly logLik: Float64Array;
  private readonly nullRatio: number;

  constructor(opts: CountSplitOptions) {
    const size = opts.gridSize ?? 200;
    const rho = opts.referenceShare;
    const a = opts.concentration * rho;
    const b = opts.concentration * (1 - rho);
    this.nullRatio = opts.nullRatio;
    const theta0 = eventShare(rho, opts.nullRatio);
    const logit0 = Math.log(theta0 / (1 - theta0));
    // Grid uniform in log-odds over 12 units on the alternative's side: ratios up to e¹² ≈ 160000·λ₀.
    const span = 12;
    this.lambdas = new Float64Array(size);
    this.logWeights = new Float64Array(size);
    this.logLik = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      const step = (span * (j + 0.5)) / size;
      const logit = opts.side === 'greater' ? logit0 + step : logit0 - step;
      const theta = 1 / (1 + Math.exp(-logit));
      // Beta density × dθ/dlogit = θ^a (1 − θ)^b, up to a constant.
      this.logWeights[j] = a * Math.log(theta) + b * Math.log1p(-theta);
      this.lambdas[j] = (theta * (1 - rho)) / ((1 - theta) * rho);
    }
    const norm = logSumExp(this.logWeights);
    for (let j = 0; j < size; j++) this.logWeights[j] -= norm;
  }

  /** One window: canaryEvents of totalEvents, the canary carrying canaryShare of the traffic. */
  update(canaryEvents: number, totalEvents: number, canaryShare: number): void {
    if (!(totalEvents > 0) || !(canaryShare > 0 && canaryShare < 1)) return;
    const other = totalEvents - canaryEvents;
    const p0 = eventShare(canaryShare, this.nullRatio);
    const l0 = canaryEvents * Math.log(p0) + other * Math.log1p(-p0);
    for (let j = 0; j < this.lambdas.length; j++) {
      const p = eventShare(canaryShare, this.lambdas[j]);
      this.logLik[j] += canaryEvents * Math.log(p) + other * Math.log1p(-p) - l0;
    }
  }

  /** ln of the e-value so far; `dispersion` D > 1 tempers every log likelihood ratio by 1/D (dispersion.ts). */
  logE(dispersion = 1): number {
    if (dispersion === 1) return logSumExp(this.logLik, this.logWeights);
    return logSumExp(
      this.logLik.map((l) => l / dispersion),
      this.logWeights,
    );
  }
}
