/** The judges' decisions and explanations on small hand-made bakes. */
import { MIN_WINDOWS } from '../../src/engine/stats/dependent-mean.js';
import { mulberry32, normal } from '../../src/engine/stats/random.js';
import { mannWhitneyJudge, MANN_WHITNEY_DEFAULTS } from '../../src/engine/judges/mann-whitney.js';
import { runAll } from '../../src/engine/judges/run.js';
import { scoreJudge, SCORE_DEFAULTS } from '../../src/engine/judges/score.js';
import {
  SEQUENTIAL_DEFAULTS,
  sequentialCountsJudge,
  sequentialValuesJudge,
  type CountsWindow,
} from '../../src/engine/judges/sequential.js';
import { spikeJudge, SPIKE_DEFAULTS } from '../../src/engine/judges/spike.js';
import { thresholdJudge } from '../../src/engine/judges/threshold.js';

const counts = (canary: number, baseline: number, rc = 1000, rb = 19000): CountsWindow => ({
  canaryEvents: canary,
  baselineEvents: baseline,
  canaryRequests: rc,
  baselineRequests: rb,
});

describe('mann-whitney', () => {
  const spec = { ...MANN_WHITNEY_DEFAULTS, allowedEffect: 0.1, scope: 'window' as const };
  test('fails a window whose whole interval lies above the allowed effect', () => {
    const base = [100, 102, 98, 101, 99, 103, 97, 100];
    const slow = base.map((v) => v * 1.3);
    const r = runAll('mann-whitney', () => mannWhitneyJudge(spec), [{ canary: slow, baseline: base }]);
    expect(r.contribution).toBe('rollback');
    expect(r.windows[0].status).toBe('fail');
    expect(r.windows[0].effect).toBeCloseTo(0.3, 1);
    expect(r.windows[0].interval![0]).toBeGreaterThan(0.1);
    expect(r.windows[0].explanation).toMatch(
      /98% CI \[\+\d+\.\d%, \+\d+\.\d%\] lies wholly above the allowed \+10\.0%: regression/,
    );
  });
  test('passes a shift inside the allowed effect and ignores the good direction', () => {
    const base = [100, 102, 98, 101, 99, 103, 97, 100];
    const r = runAll('mann-whitney', () => mannWhitneyJudge(spec), [
      { canary: base.map((v) => v * 1.03), baseline: base },
      { canary: base.map((v) => v * 0.5), baseline: base },
    ]);
    expect(r.windows.map((w) => w.status)).toEqual(['pass', 'pass']);
    expect(r.contribution).toBe('none');
  });
  test('too few samples: continue, and says so', () => {
    const r = runAll('mann-whitney', () => mannWhitneyJudge(spec), [{ canary: [5, 6], baseline: [1, 2] }]);
    expect(r.windows[0].status).toBe('continue');
    expect(r.windows[0].explanation).toMatch(/too few samples/);
  });
  test('cumulative scope pools every window so far; pause maps to hold', () => {
    const r = runAll(
      'mann-whitney',
      () => mannWhitneyJudge({ ...spec, scope: 'cumulative', action: 'pause' }),
      [
        { canary: [130, 131], baseline: [100, 101] },
        { canary: [132, 129], baseline: [99, 102] },
        { canary: [133, 130], baseline: [98, 100] },
      ],
    );
    expect(r.windows[0].status).toBe('continue');
    expect(r.contribution).toBe('hold');
    expect(r.decidedAt).toBe(2);
  });
});

describe('sequential counts', () => {
  const spec = { ...SEQUENTIAL_DEFAULTS, allowedEffect: 0 };
  test('a doubled error rate is rolled back within a few windows, with the e-value in the explanation', () => {
    const windows = Array.from({ length: 10 }, () => counts(20, 190));
    const r = runAll('sequential', () => sequentialCountsJudge(spec), windows);
    expect(r.contribution).toBe('rollback');
    expect(r.decidedAt).toBeLessThan(3);
    const w = r.windows[r.decidedAt!];
    expect(w.eValue).toBeGreaterThanOrEqual(20);
    expect(w.effect).toBeCloseTo(20 / 1000 / (190 / 19000) - 1, 6);
    expect(w.explanation).toMatch(/e = \S+ ≥ 1\/α = 20: regression/);
    expect(r.windows[r.decidedAt! + 1].status).toBe('fail'); // a rejected null stays rejected
  });
  test('events exactly at the traffic share never reach 1/alpha', () => {
    const windows = Array.from({ length: 60 }, () => counts(10, 190));
    const r = runAll('sequential', () => sequentialCountsJudge(spec), windows);
    expect(r.contribution).toBe('none');
    expect(r.windows[59].eValue!).toBeLessThan(1);
  });
  test('promote-early once a regression beyond the allowed effect is ruled out', () => {
    const windows = Array.from({ length: 60 }, () => counts(5, 190));
    const r = runAll(
      'sequential',
      () => sequentialCountsJudge({ ...spec, allowedEffect: 0.1, promoteEarly: true }),
      windows,
    );
    expect(r.contribution).toBe('promote-early');
    expect(r.windows[r.decidedAt!].explanation).toMatch(/ruled out/);
    const off = runAll('sequential', () => sequentialCountsJudge({ ...spec, allowedEffect: 0.1 }), windows);
    expect(off.contribution).toBe('none');
    expect(off.windows[59].status).toBe('pass');
  });
  test('a missing window carries the evidence over', () => {
    const r = runAll('sequential', () => sequentialCountsJudge(spec), [
      counts(14, 190),
      { canaryEvents: null, baselineEvents: 3, canaryRequests: 1000, baselineRequests: 19000 },
    ]);
    expect(r.windows[1].eValue).toBe(r.windows[0].eValue);
    expect(r.windows[1].explanation).toMatch(/no data/);
  });
  test('direction decrease catches a canary that lost its events (e.g. a throughput metric)', () => {
    const windows = Array.from({ length: 10 }, () => counts(2, 190));
    const r = runAll('sequential', () => sequentialCountsJudge({ ...spec, direction: 'decrease' }), windows);
    expect(r.contribution).toBe('rollback');
  });
});

describe('sequential values', () => {
  const spec = { ...SEQUENTIAL_DEFAULTS, kind: 'values' as const, allowedEffect: 0.05 };
  const base = [0.01, -0.02, 0.015, -0.005, 0.02, -0.01, 0.0, 0.012, -0.018, 0.007];
  // 60 windows of ±1% noise: an hour's bake at one-minute windows
  const noise = [...base, ...base.map((e) => -e), ...base.map((e) => e / 2)].flatMap((e) => [e, -e / 2]);
  test('a steady +30% is rolled back once the confidence sequence clears +5%', () => {
    const windows = noise.map((e) => ({ canary: 130 * Math.exp(e), baseline: 100 }));
    const r = runAll('sequential', () => sequentialValuesJudge(spec), windows);
    expect(r.contribution).toBe('rollback');
    expect(r.decidedAt).toBeGreaterThanOrEqual(MIN_WINDOWS - 1); // no decision before φ can be estimated
    const w = r.windows[r.decidedAt!];
    expect(w.effect).toBeCloseTo(0.3, 1);
    expect(w.interval![0]).toBeGreaterThan(0.05);
    expect(w.explanation).toMatch(
      /95% confidence sequence \[\+\d+\.\d%, \+\d+\.\d%\] \(allowing windows correlated up to φ=0\.\d+(, the most it assumes)?, worth [\d.]+ independent\) excludes the allowed \+5\.0%/,
    );
  });
  test('no change: pass once +5% is ruled out; promote-early only when allowed', () => {
    const windows = noise.map((e) => ({ canary: 100 * Math.exp(e), baseline: 100 }));
    const r = runAll('sequential', () => sequentialValuesJudge(spec), windows);
    expect(r.contribution).toBe('none');
    expect(r.windows.slice(0, MIN_WINDOWS - 1).every((w) => w.status === 'continue')).toBe(true);
    // Until ~35 windows no r₁ rules out φ = 0.95 (docs/judges.md "Dependent windows"), so the
    // worst-case sequence is what rules +5% out on noise this quiet.
    const passAt = r.windows.findIndex((w) => w.status === 'pass');
    expect(passAt).toBeGreaterThanOrEqual(MIN_WINDOWS - 1);
    expect(passAt).toBeLessThan(40);
    const early = runAll('sequential', () => sequentialValuesJudge({ ...spec, promoteEarly: true }), windows);
    expect(early.contribution).toBe('promote-early');
  });
  test('knowing the bake has 60 windows narrows the boundary: +8% on ±10% noise is caught, not without', () => {
    const rng = mulberry32(2026);
    const windows = Array.from({ length: 60 }, () => ({
      canary: 108 * Math.exp(normal(rng, 0, 0.1)),
      baseline: 100 * Math.exp(normal(rng, 0, 0.1)),
    }));
    const strict = { ...spec, allowedEffect: 0 };
    const bake = runAll('sequential', () => sequentialValuesJudge({ ...strict, windows: 60 }), windows);
    expect(bake.contribution).toBe('rollback');
    const forever = runAll('sequential', () => sequentialValuesJudge(strict), windows);
    expect(forever.contribution).toBe('none');
  });
  test('non-positive values cannot be compared relatively and are skipped, saying why', () => {
    const r = runAll('sequential', () => sequentialValuesJudge(spec), [{ canary: 0, baseline: 100 }]);
    expect(r.windows[0].explanation).toMatch(/non-positive/);
  });
});

describe('spike', () => {
  test('a window 3σ above its own trailing mean', () => {
    const values = [10, 11, 9, 10, 12, 10, 30, 10];
    const r = runAll(
      'spike',
      () => spikeJudge(SPIKE_DEFAULTS),
      values.map((value) => ({ value })),
    );
    expect(r.windows.slice(0, 5).every((w) => w.status === 'continue')).toBe(true); // warming up
    expect(r.windows[5].status).toBe('pass');
    // window 6: mean of 10 11 9 10 12 10 = 10.333, sd = 1.0328, z = (30 − 10.333)/1.0328 = 19.04
    expect(r.windows[6].statistic).toBeCloseTo(19.04, 2);
    expect(r.contribution).toBe('rollback');
    expect(r.decidedAt).toBe(6);
    expect(r.windows[6].explanation).toMatch(
      /\+19\.04σ, limit 5\.948σ \(3σ's tail for 6 estimated windows\): spike/,
    );
  });
  test("against the baseline's trailing mean", () => {
    const base = [5, 6, 5, 4, 5, 6, 5];
    const r = runAll(
      'spike',
      () => spikeJudge(SPIKE_DEFAULTS),
      base.map((reference, k) => ({ value: k === 6 ? 12 : reference, reference })),
    );
    expect(r.decidedAt).toBe(6);
    expect(r.windows[6].explanation).toMatch(/the baseline's trailing mean/);
  });
});

describe('score (runbook 001: synthetic score < 0.95 for 2 consecutive intervals)', () => {
  const spec = { ...SCORE_DEFAULTS, min: 0.95, forWindows: 2, weights: { synthetic: 3 } };
  test('weighted share of held checks; decides after the run', () => {
    const r = runAll('score', () => scoreJudge(spec), [
      { synthetic: true, error_rate: true },
      { synthetic: false, error_rate: true }, // 1/4
      { synthetic: true, error_rate: false }, // 3/4
      { synthetic: true, error_rate: null }, // 1
    ]);
    expect(r.windows.map((w) => w.statistic)).toEqual([1, 0.25, 0.75, 1]);
    expect(r.decidedAt).toBe(2);
    expect(r.windows[1].explanation).toMatch(/score 0.25 < 0.95; failing: synthetic \(weight 3\) \(1 of 2/);
  });
});

test('threshold: baseline × K for N consecutive windows', () => {
  const spec = {
    op: '>' as const,
    rhs: { kind: 'baseline' as const, op: '*' as const, operand: 1.5 },
    forWindows: 2,
    action: 'rollback' as const,
  };
  const r = runAll('threshold', () => thresholdJudge(spec), [
    { value: 2, baseline: 1 },
    { value: 1, baseline: 1 },
    { value: 2, baseline: 1 },
    { value: 1.6, baseline: 1 },
  ]);
  expect(r.decidedAt).toBe(3);
});
