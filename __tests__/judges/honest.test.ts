/**
 * The α claim on data real services produce (DESIGN §9), on a reduced set of bench/judges/honest.ts's
 * rows: fixed seeds, so the figures are deterministic. A type-I row passes when its rate is at most α
 * and its 95% Clopper-Pearson interval reaches below α. The power floors are the issue's: ≥ 95% of bakes
 * within the 60 minutes.
 */
import {
  clopperPearson,
  countsRun,
  latencyRun,
  WINDOWS,
  type LatencyCase,
} from '../../bench/judges/honest-data.js';
import { runWatch } from '../../src/engine/judges/run.js';
import {
  SEQUENTIAL_DEFAULTS,
  sequentialCountsJudge,
  sequentialValuesJudge,
} from '../../src/engine/judges/sequential.js';
import { SPIKE_DEFAULTS, spikeJudge } from '../../src/engine/judges/spike.js';
import { normalCdf } from '../../src/engine/stats/normal.js';
import { mulberry32, normal } from '../../src/engine/stats/random.js';

const ALPHA = 0.05;
const values = {
  ...SEQUENTIAL_DEFAULTS,
  kind: 'values' as const,
  alpha: ALPHA,
  allowedEffect: 0,
  windows: WINDOWS,
};
const counts = { ...SEQUENTIAL_DEFAULTS, kind: 'counts' as const, alpha: ALPHA, allowedEffect: 0 };

/** Rollbacks (any series, α split as stage.ts does) and their times over `seeds` bakes. */
function latency(c: LatencyCase, seeds: number, series = 1) {
  const times: number[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const { baseline, canaries } = latencyRun(c, seed, series);
    const spec = { ...values, alpha: ALPHA / series, windows: c.windows ?? WINDOWS };
    const at = canaries
      .map((cs) =>
        runWatch(
          'sequential',
          () => sequentialValuesJudge(spec),
          cs.map((v, i) => ({ canary: v, baseline: baseline[i] })),
        ),
      )
      .filter((r) => r.contribution === 'rollback')
      .map((r) => r.decidedAt! + 1);
    if (at.length) times.push(Math.min(...at));
  }
  return times;
}

function errors(canaryPerMinute: number, jitter: number, multiplier: number, seeds: number, onRatio = false) {
  const times: number[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const w = countsRun({ canaryPerMinute, jitter, multiplier }, seed);
    const r = onRatio
      ? runWatch(
          'sequential',
          () => sequentialValuesJudge(values),
          w.map((x) => ({
            canary: x.canaryEvents / x.canaryRequests,
            baseline: x.baselineEvents / x.baselineRequests,
          })),
        )
      : runWatch('sequential', () => sequentialCountsJudge(counts), w);
    if (r.contribution === 'rollback') times.push(r.decidedAt! + 1);
  }
  return times;
}

function withinAlpha(k: number, n: number) {
  expect(k / n).toBeLessThanOrEqual(ALPHA);
  expect(clopperPearson(k, n)[0]).toBeLessThanOrEqual(ALPHA);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('false rollbacks stay within α', () => {
  const N = 200;
  test.each([0.5, 0.8, 0.95])('values, AR(1) φ = %p', (phi) => {
    withinAlpha(latency({ phi, sd: 0.1, heavy: false, shift: 0 }, N).length, N);
  });
  test('values, AR 0.95 with t₃ innovations and spikes', () => {
    withinAlpha(latency({ phi: 0.95, sd: 0.1, heavy: true, shift: 0 }, N).length, N);
  });
  test('values, quiet (sd 0.02) AR 0.8: sampling noise hides part of the dependence', () => {
    withinAlpha(latency({ phi: 0.8, sd: 0.02, heavy: false, shift: 0 }, N).length, N);
  });
  test('values, quiet AR 0.8 over a 240-window bake: the misfit of an AR(1) model grows with the bake', () => {
    withinAlpha(latency({ phi: 0.8, sd: 0.02, heavy: false, shift: 0, windows: 240 }, 100).length, 100);
  });
  test('values, 8 canary series against one baseline', () => {
    withinAlpha(latency({ phi: 0.5, sd: 0.1, heavy: false, shift: 0 }, 100, 8).length, 100);
  });
  test('counts, per-track rate jitter 30% (negative binomial)', () => {
    withinAlpha(errors(1000, 0.3, 1, 120).length, 120);
  });
  test('kind values on an error ratio at canary 50 requests/min: zeros stop it deciding', () => {
    expect(errors(50, 0, 1, 100, true).length).toBe(0);
  });
});

describe('power floors', () => {
  test('values +30% under AR 0.8 (sd 0.02): ≥ 95% within 60 minutes', () => {
    expect(latency({ phi: 0.8, sd: 0.02, heavy: false, shift: 0.3 }, 100).length).toBeGreaterThanOrEqual(95);
  });
  test('values +30% under AR 0.8 (sd 0.05): ≥ 95% within 60 minutes', () => {
    expect(latency({ phi: 0.8, sd: 0.05, heavy: false, shift: 0.3 }, 100).length).toBeGreaterThanOrEqual(95);
  });
  test('values +10% iid (sd 0.05): ≥ 95%', () => {
    expect(latency({ phi: 0, sd: 0.05, heavy: false, shift: 0.1 }, 100).length).toBeGreaterThanOrEqual(95);
  });
  test('values +10% iid (sd 0.1): ≥ 95% within 60 minutes', () => {
    expect(latency({ phi: 0, sd: 0.1, heavy: false, shift: 0.1 }, 100).length).toBeGreaterThanOrEqual(95);
  });
  test('errors ×2 at canary 1,000/min: ≥ 99%, median ≤ 3 minutes', () => {
    const t = errors(1000, 0, 2, 200);
    expect(t.length).toBeGreaterThanOrEqual(198);
    expect(median(t)).toBeLessThanOrEqual(3);
  });
  test('errors ×2 at canary 50/min: ≥ 85%', () => {
    expect(errors(50, 0, 2, 200).length).toBeGreaterThanOrEqual(170);
  });
});

test('spike: per-window false alarms on Gaussian iid noise at most 2× the nominal 3σ tail', () => {
  let alarms = 0;
  let judged = 0;
  for (let seed = 0; seed < 300; seed++) {
    const rng = mulberry32(seed + 1);
    const xs = Array.from({ length: 60 }, () => ({ value: 100 + normal(rng, 0, 5) }));
    const r = runWatch('spike', () => spikeJudge({ ...SPIKE_DEFAULTS, forWindows: 1e9 }), xs);
    alarms += r.windows.filter((w) => w.status === 'fail').length;
    judged += r.windows.filter((w) => w.status !== 'continue').length;
  }
  expect(clopperPearson(alarms, judged)[0]).toBeLessThanOrEqual(2 * normalCdf(-3));
});
