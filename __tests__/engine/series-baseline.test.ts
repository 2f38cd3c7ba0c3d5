/** Several series per metric (worst decides, reasons name the series) and conditions on the baseline. */
import { evaluateStage } from '../../src/engine/evaluate.js';
import type { BakeData } from '../../src/engine/types.js';
import { bake, gate, metric, policy, series, stage, trigger } from './build.js';

function multi(values: Record<string, (number | null)[]>, observed?: number): BakeData {
  const n = Object.values(values)[0].length;
  return {
    windowSeconds: 300,
    windowsExpected: n,
    windowsObserved: observed ?? n,
    metrics: { latency: { series: Object.entries(values).map(([pod, v]) => series({ pod }, v)) } },
  };
}

describe('multi-series metrics', () => {
  const s = stage('s', 20, [gate('latency', '<= 300')], [trigger('latency', '> 400', 10)]);
  const p = policy([metric('latency')], [s]);

  test('a window violates when any series does; the worst value decides and is named by its labels', () => {
    const v = evaluateStage(p, s, multi({ a: [250, 310, 250, 250], b: [250, 250, 330, 250] }));
    expect(v.decision).toBe('hold');
    const g = v.checks[0];
    expect(g.violatingWindows).toEqual([1, 2]);
    expect(g.worst).toEqual({ value: 330, window: 2, labels: { pod: 'b' }, limit: 300 });
    expect(v.gateFailReasons).toEqual([
      // Decided at window 3: the 10m trigger cannot fire in the one window left.
      'latency <= 300 violated in 2 of 3 windows: {pod="a"} 310 at +5m–+10m, {pod="b"} 330 at +10m–+15m',
    ]);
  });

  test('a passing check reports the value closest to its limit', () => {
    const v = evaluateStage(p, s, multi({ a: [250, 290, 250, 250], b: [295, 250, 250, 250] }));
    expect(v.decision).toBe('promote');
    expect(v.checks[0].worst).toEqual({ value: 295, window: 0, labels: { pod: 'b' }, limit: 300 });
    expect(v.checks[1].worst).toEqual({ value: 295, window: 0, labels: { pod: 'b' }, limit: 400 });
  });

  test('a trigger counts consecutive windows per series, not across series', () => {
    const across = evaluateStage(p, s, multi({ a: [500, 250, 250, 250], b: [250, 500, 250, 250] }));
    expect(across.decision).toBe('hold');
    const within = evaluateStage(p, s, multi({ a: [250, 250, 250, 250], b: [250, 500, 450, 250] }));
    expect(within.decision).toBe('rollback');
    expect(within.rollbackReasons).toEqual([
      'latency > 400 for 2 consecutive windows (10m): {pod="b"} 500 at +5m–+10m, {pod="b"} 450 at +10m–+15m',
    ]);
    expect(within.checks[1].worst?.labels).toEqual({ pod: 'b' });
  });

  test('one series without data is missing in that series only', () => {
    const v = evaluateStage(p, s, multi({ a: [250, 250, 250, 250], b: [250, null, 250, 250] }));
    expect(v.decision).toBe('hold');
    expect(v.gateFailReasons).toEqual(['latency: no data at +5m–+10m {pod="b"} (missing-data: fail)']);
  });
});

describe('baseline conditions', () => {
  const p95 = metric('p95', 'fail', { kind: 'query', query: 'stable_p95' });

  test('<= baseline * 1.2: at, under and over the resolved limit; the reason shows the limit', () => {
    const s = stage('s', 15, [gate('p95', '<= baseline * 1.2')]);
    const p = policy([p95], [s]);
    const baseline = { p95: [300, 300, 250] };
    expect(evaluateStage(p, s, bake({ p95: [360, 359, 300] }, { baseline })).decision).toBe('promote');
    const v = evaluateStage(p, s, bake({ p95: [360, 361, 300] }, { baseline }));
    expect(v.decision).toBe('hold');
    expect(v.gateFailReasons).toEqual([
      'p95 <= baseline * 1.2 violated in 1 of 2 windows: 361 at +5m–+10m (limit 360 = baseline 300 * 1.2)',
    ]);
    expect(v.checks[0].worst).toEqual({ value: 361, window: 1, labels: {}, limit: 360 });
  });

  test('< baseline * 1.1 at exactly 110% is a violation (no float noise in the limit)', () => {
    const s = stage('s', 5, [gate('p95', '< baseline * 1.1')]);
    const p = policy([p95], [s]);
    expect(evaluateStage(p, s, bake({ p95: [330] }, { baseline: { p95: [300] } })).decision).toBe('hold');
    expect(evaluateStage(p, s, bake({ p95: [329.9] }, { baseline: { p95: [300] } })).decision).toBe(
      'promote',
    );
  });

  test('> baseline + 500 as a rollback trigger', () => {
    const s = stage('s', 10, [], [trigger('p95', '> baseline + 500')]);
    const p = policy([p95], [s]);
    const baseline = { p95: [300, 320] };
    expect(evaluateStage(p, s, bake({ p95: [800, 820] }, { baseline })).decision).toBe('promote');
    const v = evaluateStage(p, s, bake({ p95: [800, 821] }, { baseline }));
    expect(v.decision).toBe('rollback');
    expect(v.rollbackReasons).toEqual([
      'p95 > baseline + 500 in 1 of 2 windows: 821 at +5m–+10m (limit 820 = baseline 320 + 500)',
    ]);
  });

  test('a missing baseline makes that window missing for baseline conditions only', () => {
    const s = stage('s', 10, [gate('p95', '<= baseline * 1.2'), gate('p95', '<= 1000')]);
    const p = policy([p95], [s]);
    const v = evaluateStage(p, s, bake({ p95: [100, 100] }, { baseline: { p95: [100, null] } }));
    expect(v.decision).toBe('hold');
    expect(v.checks.map((c) => c.status)).toEqual(['fail', 'pass']);
    expect(v.gateFailReasons).toEqual(['p95: no baseline at +5m–+10m (missing-data: fail)']);
  });

  test('a single baseline series applies to every canary series; several pair by labels', () => {
    const s = stage('s', 5, [gate('p95', '<= baseline')]);
    const p = policy([p95], [s]);
    const data = (baseline: ReturnType<typeof series>[]): BakeData => ({
      windowSeconds: 300,
      windowsExpected: 1,
      windowsObserved: 1,
      metrics: { p95: { series: [series({ pod: 'a' }, [100]), series({ pod: 'b' }, [200])], baseline } },
    });
    expect(evaluateStage(p, s, data([series({}, [150])])).decision).toBe('hold');
    expect(evaluateStage(p, s, data([series({}, [200])])).decision).toBe('promote');
    const paired = evaluateStage(p, s, data([series({ pod: 'b' }, [200]), series({ pod: 'a' }, [100])]));
    expect(paired.decision).toBe('promote');
    const unpaired = evaluateStage(p, s, data([series({ pod: 'b' }, [200]), series({ pod: 'c' }, [100])]));
    expect(unpaired.gateFailReasons).toEqual([
      'p95: no baseline partner for {pod="a"}: no baseline series with {pod="a"} (paired on (pod); pair-on names the labels to pair on) (missing-data: fail)',
    ]);
  });

  test('plain `baseline` shows the baseline as the limit', () => {
    const s = stage('s', 5, [gate('p95', '<= baseline')]);
    const p = policy([p95], [s]);
    const v = evaluateStage(p, s, bake({ p95: [0.30000000000000004 + 1] }, { baseline: { p95: [1.2] } }));
    expect(v.gateFailReasons).toEqual([
      'p95 <= baseline violated in 1 of 1 window: 1.3 at +0m–+5m (limit = baseline 1.2)',
    ]);
  });
});
