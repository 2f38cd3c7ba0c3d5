/**
 * Overdispersion of the canary's share of events, estimated from the data (a quasi-likelihood
 * dispersion, McCullagh & Nelder §4.5). If each track's event rate jitters from window to window (a
 * flaky pod, a noisy neighbour), the canary's count given the window's total is beta-binomial rather
 * than binomial: its variance is n·p·(1 − p)·D with D > 1. Pearson's statistic at the fitted ratio,
 * Σₖ (xₖ − nₖp̂ₖ)² / (nₖp̂ₖ(1 − p̂ₖ)) over K windows, estimates D·(K − 1). The count-split e-process's
 * log likelihood ratios are divided by D (tempered), which is what the quasi-likelihood does to a
 * binomial log likelihood; with D = 1 nothing changes.
 *
 * Few windows estimate D badly and an underestimate is what produces false rollbacks, so D is the
 * estimate scaled by a lower chi-square quantile (upper confidence limit) via the Wilson-Hilferty
 * approximation, and a weak prior (two pseudo-windows at D = 1.5) covers the first windows.
 */
import { eventShare } from './count-split.js';

export interface SplitWindow {
  canaryEvents: number;
  totalEvents: number;
  canaryShare: number;
}

/** χ²_df quantile at the standard normal score z (Wilson-Hilferty). */
function chiSquareQuantile(df: number, z: number): number {
  const a = 2 / (9 * df);
  return df * Math.max(0.05, 1 - a + z * Math.sqrt(a)) ** 3;
}

const PRIOR_WINDOWS = 2;
const PRIOR_D = 1.5;

/** z of the dispersion's upper confidence limit (one-sided 69%): enough margin for short bakes, little power lost. */
const Z_UPPER = 0.5;

/** The dispersion D ≥ 1 of the canary's event share at rate ratio `ratio`, upper confidence limit. */
export function splitDispersion(windows: readonly SplitWindow[], ratio: number): number {
  let chi2 = 0;
  let k = 0;
  for (const w of windows) {
    if (!(w.totalEvents > 0) || !(w.canaryShare > 0 && w.canaryShare < 1)) continue;
    const p = eventShare(w.canaryShare, Number.isFinite(ratio) && ratio > 0 ? ratio : 1);
    const variance = w.totalEvents * p * (1 - p);
    if (!(variance > 0)) continue;
    chi2 += (w.canaryEvents - w.totalEvents * p) ** 2 / variance;
    k++;
  }
  // The prior: PRIOR_WINDOWS pseudo-windows at dispersion PRIOR_D, so the first windows, which cannot
  // tell jitter from signal, are judged as if moderately overdispersed; data outweigh it within minutes.
  const df = Math.max(0, k - 1) + PRIOR_WINDOWS;
  return Math.max(1, (chi2 + PRIOR_WINDOWS * PRIOR_D) / chiSquareQuantile(df, -Z_UPPER));
}
