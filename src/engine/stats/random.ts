/**
 * A seeded pseudo-random source and the samplers the benchmark and the simulation tests draw from. Same
 * seed, same stream, on every platform: the tests' type-I-error checks are therefore deterministic.
 */
import { logGamma } from './special.js';

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
}

/** mulberry32 (Tommy Ettinger): 32-bit state, period 2³², good enough for simulation. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Standard normal by the Marsaglia polar method. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return mean + sd * u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** exp(N(mu, sigma²)). */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

/** Poisson(lambda): multiplication of uniforms below 10, Hörmann's PTRS transformed rejection above. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k++;
      p *= rng.next();
    }
    return k;
  }
  // W. Hörmann, "The transformed rejection method for generating Poisson random variables", 1993.
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logGamma(k + 1)
    )
      return k;
  }
}

/**
 * Binomial(n, p): inversion by the pmf recurrence while n·min(p, 1 − p) < 200 (exact); above that the
 * normal approximation, rounded and clamped (relative error of the moments below 1% there).
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  const mean = n * p;
  if (mean >= 200) {
    const k = Math.round(normal(rng, mean, Math.sqrt(mean * (1 - p))));
    return Math.min(n, Math.max(0, k));
  }
  const q = 1 - p;
  const ratio = p / q;
  let pmf = Math.exp(n * Math.log(q));
  let cdf = pmf;
  const u = rng.next();
  let k = 0;
  while (u > cdf && k < n) {
    pmf *= (ratio * (n - k)) / (k + 1);
    k++;
    cdf += pmf;
  }
  return k;
}
