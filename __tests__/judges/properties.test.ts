/**
 * Properties by simulation with fixed seeds (deterministic): the sequential judges' false-rollback rate
 * over a whole watched bake stays under alpha, and watch mode decides exactly as lookback does.
 */
import {
  mannWhitneyJudge,
  MANN_WHITNEY_DEFAULTS,
  type SamplesWindow,
} from '../../src/engine/judges/mann-whitney.js';
import { runAll, runWatch } from '../../src/engine/judges/run.js';
import {
  SEQUENTIAL_DEFAULTS,
  sequentialCountsJudge,
  sequentialValuesJudge,
  type CountsWindow,
  type ValuesWindow,
} from '../../src/engine/judges/sequential.js';
import { spikeJudge, SPIKE_DEFAULTS } from '../../src/engine/judges/spike.js';
import type { WindowJudge } from '../../src/engine/judges/types.js';
import { binomial, mulberry32, normal, poisson, type Rng } from '../../src/engine/stats/random.js';

const RUNS = 300;
const WINDOWS = 60;

/** No change: canary and baseline share one error rate, with a drift they also share. */
function countsBake(rng: Rng, multiplier = 1): CountsWindow[] {
  return Array.from({ length: WINDOWS }, (_, k) => {
    const drift = 1 + 0.3 * Math.sin(k / 10);
    const rc = poisson(rng, 1000 * drift);
    const rb = poisson(rng, 19000 * drift);
    return {
      canaryEvents: binomial(rng, rc, 0.01 * drift * multiplier),
      baselineEvents: binomial(rng, rb, 0.01 * drift),
      canaryRequests: rc,
      baselineRequests: rb,
    };
  });
}

function valuesBake(rng: Rng, shift = 0): ValuesWindow[] {
  return Array.from({ length: WINDOWS }, (_, k) => {
    const level = 200 * (1 + 0.1 * Math.sin(k / 10));
    return {
      canary: level * (1 + shift) * Math.exp(normal(rng, 0, 0.05)),
      baseline: level * Math.exp(normal(rng, 0, 0.02)),
    };
  });
}

function rollbackRate<I>(make: () => WindowJudge<I>, bake: (rng: Rng) => I[], seed: number): number {
  const rng = mulberry32(seed);
  let rollbacks = 0;
  for (let i = 0; i < RUNS; i++)
    if (runWatch('sequential', make, bake(rng)).contribution === 'rollback') rollbacks++;
  return rollbacks / RUNS;
}

describe('type I error over a watched 60-window bake, 300 runs, fixed seed', () => {
  const alpha = 0.05;
  // Binomial sd of a rate near 0.05 over 300 runs is 0.0126: alpha + 0.03 is more than two of them.
  const slack = 0.03;
  test('sequential counts, no tolerated effect (the null is at its edge)', () => {
    const rate = rollbackRate(
      () => sequentialCountsJudge({ ...SEQUENTIAL_DEFAULTS, alpha, allowedEffect: 0 }),
      countsBake,
      1,
    );
    expect(rate).toBeLessThanOrEqual(alpha + slack);
  });
  test('sequential values, no tolerated effect', () => {
    const spec = { ...SEQUENTIAL_DEFAULTS, kind: 'values' as const, alpha, allowedEffect: 0 };
    expect(rollbackRate(() => sequentialValuesJudge(spec), valuesBake, 2)).toBeLessThanOrEqual(alpha + slack);
  });
  test('a canary exactly at the allowed effect is also a null: still under alpha', () => {
    const spec = { ...SEQUENTIAL_DEFAULTS, alpha, allowedEffect: 0.1 };
    const rate = rollbackRate(
      () => sequentialCountsJudge(spec),
      (rng) => countsBake(rng, 1.1),
      3,
    );
    expect(rate).toBeLessThanOrEqual(alpha + slack);
  });
  test('and the same test detects a doubled error rate in nearly every run', () => {
    const spec = { ...SEQUENTIAL_DEFAULTS, alpha, allowedEffect: 0 };
    const rate = rollbackRate(
      () => sequentialCountsJudge(spec),
      (rng) => countsBake(rng, 2),
      4,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

test('mann-whitney re-run every window on fresh samples raises false rollbacks several times over alpha', () => {
  // Kayenta's judge at 98% looked at 60 times on exchangeable samples (6 per track per window).
  const rng = mulberry32(5);
  let rollbacks = 0;
  const runs = 200;
  for (let i = 0; i < runs; i++) {
    const inputs: SamplesWindow[] = Array.from({ length: WINDOWS }, () => ({
      canary: Array.from({ length: 6 }, () => normal(rng, 100, 10)),
      baseline: Array.from({ length: 6 }, () => normal(rng, 100, 10)),
    }));
    const spec = { ...MANN_WHITNEY_DEFAULTS, allowedEffect: 0, scope: 'window' as const };
    if (runWatch('mann-whitney', () => mannWhitneyJudge(spec), inputs).contribution === 'rollback')
      rollbacks++;
  }
  // one look fails with probability ≤ 1%; sixty looks with about 1 − 0.99⁶⁰ ≈ 45%
  expect(rollbacks / runs).toBeGreaterThan(3 * 0.05);
});

describe('watch decides as lookback does, window for window', () => {
  function check<I>(make: () => WindowJudge<I>, bakes: I[][]): void {
    for (const inputs of bakes) {
      const all = runAll('sequential', make, inputs);
      const watched = runWatch('sequential', make, inputs);
      expect([watched.contribution, watched.decidedAt]).toEqual([all.contribution, all.decidedAt]);
      // every window watch saw is judged exactly as lookback judged it
      expect(watched.windows).toEqual(all.windows.slice(0, watched.windows.length));
    }
  }
  const rng = mulberry32(99);
  const mixed = <T>(f: (m: number) => T) => Array.from({ length: 20 }, (_, i) => f(i % 2 ? 1 : 1.8));
  test('sequential counts', () => {
    check(
      () => sequentialCountsJudge({ ...SEQUENTIAL_DEFAULTS, allowedEffect: 0, promoteEarly: true }),
      mixed((m) => countsBake(rng, m)),
    );
  });
  test('sequential values', () => {
    const spec = { ...SEQUENTIAL_DEFAULTS, kind: 'values' as const, allowedEffect: 0.05, promoteEarly: true };
    check(
      () => sequentialValuesJudge(spec),
      mixed((m) => valuesBake(rng, m - 1)),
    );
  });
  test('mann-whitney (cumulative) and spike', () => {
    const samples = mixed((m) =>
      valuesBake(rng, (m - 1) / 4).map((w): SamplesWindow => ({
        canary: [w.canary!],
        baseline: [w.baseline!],
      })),
    );
    check(() => mannWhitneyJudge({ ...MANN_WHITNEY_DEFAULTS, allowedEffect: 0 }), samples);
    check(
      () => spikeJudge(SPIKE_DEFAULTS),
      samples.map((b) => b.map((w) => ({ value: w.canary[0] }))),
    );
  });
});
