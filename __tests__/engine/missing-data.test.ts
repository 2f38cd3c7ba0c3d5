/** The three missing-data policies, for gates and triggers, and what counts as missing. */
import { evaluateStage } from '../../src/engine/evaluate.js';
import type { MissingData } from '../../src/policy/types.js';
import { bake, gate, metric, policy, stage, trigger } from './build.js';

/** error_rate with a gate `<= 0.01` and a rollback trigger `> 0.02`, under one missing-data policy. */
function errorPolicy(missingData: MissingData) {
  const s = stage('s', 30, [gate('error_rate', '<= 0.01')], [trigger('error_rate', '> 0.02')]);
  return { p: policy([metric('error_rate', missingData)], [s]), s };
}

describe('missing-data: fail', () => {
  const { p, s } = errorPolicy('fail');

  test('a missing window is a gate violation: hold, final', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.001, null, 0.001, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('hold');
    expect(v.final).toBe(true);
    expect(v.gatePassed).toBe(false);
    expect(v.gateFailReasons).toEqual(['error_rate: no data at +5m–+10m (missing-data: fail)']);
    const g = v.checks[0];
    expect(g.status).toBe('fail');
    expect(g.violatingWindows).toEqual([1]);
    expect(g.worst).toEqual({ value: null, window: 1, labels: {}, limit: 0.01 });
  });

  test.each([NaN, Infinity, -Infinity])('%p is missing like null', (bad) => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.001, bad, 0.001, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('hold');
    expect(v.rollbackTriggered).toBe(false);
  });

  test('a missing window is never a trigger hit and breaks a consecutive run', () => {
    const s2 = stage('s2', 30, [], [trigger('error_rate', '> 0.02', 10)]);
    const p2 = policy([metric('error_rate', 'fail')], [s2]);
    const v = evaluateStage(p2, s2, bake({ error_rate: [0.05, null, 0.05, 0.001, 0.001, 0.001] }));
    expect(v.rollbackTriggered).toBe(false);
    // With no gate on the metric, the missing window still counts as a gate violation.
    expect(v.decision).toBe('hold');
    expect(v.checks[0].status).toBe('no_data');
    expect(v.gateFailReasons).toEqual(['error_rate: no data at +5m–+10m (missing-data: fail)']);
  });

  test('gate and trigger on the same metric report the missing window once', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.001, 0.001, null, 0.001, 0.001, 0.001] }));
    expect(v.gateFailReasons).toEqual(['error_rate: no data at +10m–+15m (missing-data: fail)']);
  });

  test('a query that returns no series is no data in every window', () => {
    const data = bake({});
    data.windowsExpected = 6;
    data.windowsObserved = 6;
    data.metrics.error_rate = { series: [] };
    const v = evaluateStage(p, s, data);
    expect(v.decision).toBe('hold');
    expect(v.gateFailReasons).toEqual([
      'error_rate: no data in any of the 6 observed windows (missing-data: fail)',
    ]);
    expect(v.checks[0].violatingWindows).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('a metric absent from the data is no data', () => {
    const data = bake({ other: [1, 1, 1, 1, 1, 1] });
    expect(evaluateStage(p, s, data).decision).toBe('hold');
  });

  test('a rollback still wins over missing data', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.05, null, 0.001, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('rollback');
  });

  test('many missing windows are listed up to three, then counted', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [null, null, 0.001, null, null, null] }));
    expect(v.gateFailReasons).toEqual([
      'error_rate: no data at +0m–+5m, +5m–+10m, +15m–+20m, … (+2 more) (missing-data: fail)',
    ]);
  });
});

describe('missing-data: inconclusive', () => {
  const { p, s } = errorPolicy('inconclusive');

  test('a missing window makes the verdict inconclusive, final (later windows cannot fix it)', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.001, 0.001, null, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('inconclusive');
    expect(v.final).toBe(true);
    expect(v.inconclusiveReasons).toEqual(['error_rate: no data at +10m–+15m (missing-data: inconclusive)']);
    expect(v.checks.map((c) => c.status)).toEqual(['no_data', 'no_data']);
  });

  test('promotion ruled out while the bake is still running; final once no rollback can fire', () => {
    const data = { error_rate: [null, 0.001, 0.001, 0.001, 0.001, 0.001] };
    const v = evaluateStage(p, s, bake(data, { observed: 2 }));
    expect(v.decision).toBe('inconclusive');
    // The rollback trigger on error_rate could still fire in the 4 windows left: the watch goes on.
    expect(v.final).toBe(false);
    expect(v.promotionRuledOut).toMatch(/^error_rate: no data at \+0m–\+5m/);
    expect(v.inconclusiveReasons).not.toContainEqual(expect.stringMatching(/bake incomplete/));
    expect(evaluateStage({ ...p, failFast: 'hold' }, { ...s, failFast: undefined }, bake(data, { observed: 2 })).final).toBe(
      true,
    );
  });

  test('a rollback holds despite missing data', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [null, 0.05, 0.001, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('rollback');
  });

  test('a gate violation holds despite missing data', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [null, 0.015, 0.001, 0.001, 0.001, 0.001] }));
    expect(v.decision).toBe('hold');
    expect(v.inconclusiveReasons).toEqual(['error_rate: no data at +0m–+5m (missing-data: inconclusive)']);
  });
});

describe('missing-data: ignore', () => {
  const { p, s } = errorPolicy('ignore');

  test('missing windows are skipped', () => {
    const v = evaluateStage(p, s, bake({ error_rate: [0.001, null, null, 0.001, null, 0.001] }));
    expect(v.decision).toBe('promote');
    expect(v.gatePassed).toBe(true);
    expect(v.checks[0].status).toBe('pass');
  });

  test('a check with no data at all is inconclusive (no_data), and not final while windows remain', () => {
    const partial = evaluateStage(
      p,
      s,
      bake({ error_rate: [null, null, null, null, null, null] }, { observed: 3 }),
    );
    expect(partial.decision).toBe('inconclusive');
    expect(partial.final).toBe(false);
    expect(partial.inconclusiveReasons).toContain(
      'error_rate: no data in any observed window (missing-data: ignore)',
    );
    const full = evaluateStage(p, s, bake({ error_rate: [null, null, null, null, null, null] }));
    expect(full.decision).toBe('inconclusive');
    expect(full.final).toBe(true);
    expect(full.checks.map((c) => c.status)).toEqual(['no_data', 'no_data']);
  });

  test('a skipped window breaks a trigger run', () => {
    const s2 = stage('s2', 30, [], [trigger('error_rate', '> 0.02', 10)]);
    const p2 = policy([metric('error_rate', 'ignore')], [s2]);
    expect(evaluateStage(p2, s2, bake({ error_rate: [0.05, null, 0.05, 0, 0, 0] })).decision).toBe('promote');
    expect(evaluateStage(p2, s2, bake({ error_rate: [0.05, 0.05, null, 0, 0, 0] })).decision).toBe(
      'rollback',
    );
  });
});

test('a metric-level missing-data overrides the policy default', () => {
  const s = stage('s', 10, [gate('a', '<= 1'), gate('b', '<= 1')]);
  const p = policy([metric('a', 'ignore'), metric('b', 'fail')], [s], { missingData: 'inconclusive' });
  expect(evaluateStage(p, s, bake({ a: [1, null], b: [1, 1] })).decision).toBe('promote');
  expect(evaluateStage(p, s, bake({ a: [1, 1], b: [1, null] })).decision).toBe('hold');
});
