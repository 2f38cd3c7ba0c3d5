/**
 * The judges' benchmark generators for data real services produce (issue 11, DESIGN §9): per-window
 * latency log ratios with AR(1) per-track noise, t₃ innovations and spikes; error counts whose rate
 * jitters per track and window by a gamma factor (negative-binomial counts); several canary series;
 * and low traffic. Independent of scenarios.ts so the two benches check each other.
 */
import { binomial, mulberry32, normal, poisson, type Rng } from '../../src/engine/stats/random.js';
import { incompleteBeta } from '../../src/engine/stats/t-dist.js';

export const WINDOWS = 60;

/** Gamma(shape, 1) by Marsaglia & Tsang (shape ≥ 1). */
function gamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(rng.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Student t₃ scaled to unit variance. */
function t3(rng: Rng): number {
  let chi = 0;
  for (let i = 0; i < 3; i++) chi += normal(rng) ** 2;
  return normal(rng) / Math.sqrt(chi / 3) / Math.sqrt(3);
}

export interface LatencyCase {
  /** AR(1) coefficient of each track's log-latency noise. */
  phi: number;
  /** Marginal sd of that noise (log scale: 0.1 ≈ ±10%). */
  sd: number;
  /** t₃ innovations and 3% of windows with a spike of up to +150% on each track. */
  heavy: boolean;
  /** The canary's true relative shift. */
  shift: number;
  /** Windows in the bake (default WINDOWS). */
  windows?: number;
}

/** One track's per-window p95 (ms): median 150 ms, the track's AR noise and 2% sampling noise. */
function track(rng: Rng, c: LatencyCase, shift: number): number[] {
  const innovation = c.sd * Math.sqrt(1 - c.phi * c.phi);
  let state = normal(rng, 0, c.sd); // stationary start
  const out: number[] = [];
  for (let k = 0; k < (c.windows ?? WINDOWS); k++) {
    if (k > 0) state = c.phi * state + innovation * (c.heavy ? t3(rng) : normal(rng));
    const spike = c.heavy && rng.next() < 0.03 ? Math.log1p(1.5 * rng.next()) : 0;
    out.push(150 * Math.exp(Math.log1p(shift) + state + spike + normal(rng, 0, 0.02)));
  }
  return out;
}

export function latencyRun(c: LatencyCase, seed: number, canarySeries = 1) {
  const rng = mulberry32(seed * 104729 + 11);
  const baseline = track(rng, c, 0);
  const canaries = Array.from({ length: canarySeries }, () => track(rng, c, c.shift));
  return { baseline, canaries };
}

export interface CountsCase {
  /** Canary requests per minute (5% share); the baseline gets 19×. */
  canaryPerMinute: number;
  /** Coefficient of variation of each track's per-window rate factor (gamma: negative binomial). */
  jitter: number;
  multiplier: number;
}

export function countsRun(c: CountsCase, seed: number) {
  const rng = mulberry32(seed * 15485863 + 7);
  const rate = 0.01;
  const factor = () => (c.jitter > 0 ? gamma(rng, 1 / c.jitter ** 2) * c.jitter ** 2 : 1);
  const windows = [];
  for (let k = 0; k < WINDOWS; k++) {
    const rc = poisson(rng, c.canaryPerMinute);
    const rb = poisson(rng, 19 * c.canaryPerMinute);
    windows.push({
      canaryRequests: rc,
      baselineRequests: rb,
      canaryEvents: binomial(rng, rc, Math.min(1, rate * c.multiplier * factor())),
      baselineEvents: binomial(rng, rb, Math.min(1, rate * factor())),
    });
  }
  return windows;
}

/** Exact (Clopper-Pearson) 95% interval for k successes in n, by bisection on the beta CDF. */
export function clopperPearson(k: number, n: number): [number, number] {
  const q = (p: number, a: number, b: number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (incompleteBeta(mid, a, b) < p) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return [k === 0 ? 0 : q(0.025, k, n - k + 1), k === n ? 1 : q(0.975, k + 1, n - k)];
}
