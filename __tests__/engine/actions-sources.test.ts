/** Trigger actions (rollback, pause, notify), source errors, source warnings and `final` in watch-like data. */
import { evaluateStage } from '../../src/engine/evaluate.js';
import { bake, cleanWith, gate, metric, policy, stage, trigger, tsfmPolicy } from './build.js';

describe('trigger actions', () => {
  const s = stage(
    's',
    15,
    [gate('latency', '<= 300')],
    [
      trigger('errors', '> 0.5', 5, 'pause'),
      trigger('queue', '> 100', 5, 'notify'),
      trigger('latency', '> 400'),
    ],
  );
  const p = policy([metric('latency'), metric('errors'), metric('queue')], [s]);
  const clean = { latency: [200, 200, 200], errors: [0, 0, 0], queue: [1, 1, 1] };

  test('notify only warns: status fail, decision unaffected', () => {
    const v = evaluateStage(p, s, bake({ ...clean, queue: [1, 150, 1] }));
    expect(v.decision).toBe('promote');
    expect(v.gatePassed).toBe(true);
    expect(v.warnings).toEqual(['queue > 100 in 1 of 3 windows: 150 at +5m–+10m']);
    expect(v.checks.find((c) => c.metric === 'queue')!.status).toBe('fail');
  });

  test('notify with missing data warns instead of holding', () => {
    const v = evaluateStage(p, s, bake({ ...clean, queue: [1, null, 1] }));
    expect(v.decision).toBe('promote');
    expect(v.warnings).toEqual(['queue: no data at +5m–+10m (missing-data: fail)']);
  });

  test('pause holds, and the gates still count as passed', () => {
    const v = evaluateStage(p, s, bake({ ...clean, errors: [0, 0, 0.9] }));
    expect(v.decision).toBe('hold');
    expect(v.rollbackTriggered).toBe(false);
    expect(v.gatePassed).toBe(true);
    expect(v.gateFailReasons).toEqual(['errors > 0.5 in 1 of 3 windows: 0.9 at +10m–+15m']);
    expect(v.final).toBe(true);
  });

  test('rollback wins over pause and gate failures', () => {
    const v = evaluateStage(p, s, bake({ ...clean, errors: [0.9, 0, 0], latency: [200, 450, 200] }));
    expect(v.decision).toBe('rollback');
    // Decided at window 2, where the rollback fired: what came after does not change it.
    expect(v.rollbackReasons).toEqual(['latency > 400 in 1 of 2 windows: 450 at +5m–+10m']);
    expect(v).toMatchObject({ windowsJudged: 2, endedEarly: true });
    expect(v.gateFailReasons).toHaveLength(2);
  });
});

describe('source errors', () => {
  const data = () => {
    const d = bake(cleanWith({}));
    d.metrics.error_rate = { series: [], sourceError: 'GET /api/v1/query_range: 503 Service Unavailable' };
    return d;
  };

  test('under on-source-error: fail the verdict is inconclusive and final, the checks skipped', () => {
    const p = tsfmPolicy();
    const v = evaluateStage(p, p.stages.canary_5, data());
    expect(v.decision).toBe('inconclusive');
    expect(v.final).toBe(true);
    expect(v.gatePassed).toBe(false);
    expect(v.inconclusiveReasons).toEqual([
      'error_rate: source error: GET /api/v1/query_range: 503 Service Unavailable (on-source-error: fail)',
    ]);
    const checks = v.checks.filter((c) => c.metric === 'error_rate');
    expect(checks.map((c) => c.status)).toEqual(['skipped', 'skipped']);
    expect(checks[0].note).toBe('source error: GET /api/v1/query_range: 503 Service Unavailable');
  });

  test('under on-source-error: warn the checks are skipped with a warning and the stage may promote', () => {
    const p = { ...tsfmPolicy(), onSourceError: 'warn' as const };
    const v = evaluateStage(p, p.stages.canary_5, data());
    expect(v.decision).toBe('promote');
    expect(v.gatePassed).toBe(true);
    expect(v.warnings).toEqual([
      'error_rate: checks skipped, source error: GET /api/v1/query_range: 503 Service Unavailable (on-source-error: warn)',
    ]);
  });

  test('a source error does not hide a rollback on another metric', () => {
    const p = tsfmPolicy();
    const d = data();
    d.metrics.invalid_output_rate.series[0].values[2] = 0.01;
    expect(evaluateStage(p, p.stages.canary_5, d).decision).toBe('rollback');
  });

  test('source warnings are passed on, naming the metric', () => {
    const p = tsfmPolicy();
    const d = bake(cleanWith({}));
    d.metrics.p95_latency_ms.warnings = ['PromQL info: metric might not be a counter'];
    const v = evaluateStage(p, p.stages.canary_5, d);
    expect(v.decision).toBe('promote');
    expect(v.warnings).toEqual(['p95_latency_ms: PromQL info: metric might not be a counter']);
  });
});

describe('final in watch-like partial data', () => {
  const p = tsfmPolicy();
  const s = p.stages.canary_5;
  const SINCE = Date.parse('2026-11-20T10:00:00Z') / 1000;

  test.each([0, 1, 2, 3, 4, 5])(
    'a clean bake after %i of 6 windows is inconclusive and not final',
    (observed) => {
      const v = evaluateStage(p, s, bake(cleanWith({}), { observed, since: SINCE }));
      expect(v.decision).toBe('inconclusive');
      expect(v.final).toBe(false);
      expect(v.gatePassed).toBe(false);
    },
  );

  test('after all 6 it promotes, final', () => {
    const v = evaluateStage(p, s, bake(cleanWith({}), { observed: 6, since: SINCE }));
    expect(v).toMatchObject({ decision: 'promote', final: true, gatePassed: true, inconclusiveReasons: [] });
  });

  test('a gate violation in window 2 of 6 is a hold, not final while rollback triggers can still fire', () => {
    const v = evaluateStage(
      p,
      s,
      bake(cleanWith({ p95_latency_ms: { 1: 310 } }), { observed: 2, since: SINCE }),
    );
    expect(v).toMatchObject({ decision: 'hold', final: false, endedEarly: false });
    expect(v.gateFailReasons).toEqual([
      'p95_latency_ms <= 300 violated in 1 of 2 windows: 310 at 2026-11-20T10:05Z–10:10Z',
    ]);
    // A hold does not list the bake as incomplete: promotion is ruled out already.
    expect(v.inconclusiveReasons).toEqual([]);
    expect(v.promotionRuledOut).toBe(v.gateFailReasons[0]);
    expect(v.rollbackStillPossible).toContain('p95_latency_ms > 400 for 10m (0 of 2 windows so far)');
    // Under fail-fast: hold the same hold is final at once.
    const hold = evaluateStage(
      p,
      { ...s, failFast: 'hold' },
      bake(cleanWith({ p95_latency_ms: { 1: 310 } }), { observed: 2, since: SINCE }),
    );
    expect(hold).toMatchObject({ decision: 'hold', final: true, endedEarly: true, windowsJudged: 2 });
  });

  test('a trigger half-way through its run is not final; completing the run is', () => {
    const data = cleanWith({ p95_latency_ms: { 2: 410, 3: 420 } });
    // The gate already fails at window 3, but the trigger's run may still complete: not final.
    const mid = evaluateStage(p, s, bake(data, { observed: 3, since: SINCE }));
    expect(mid).toMatchObject({ decision: 'hold', final: false, rollbackTriggered: false });
    const done = evaluateStage(p, s, bake(data, { observed: 4, since: SINCE }));
    expect(done).toMatchObject({ decision: 'rollback', final: true, rollbackTriggered: true });
  });

  test('breaker (trigger only) in the middle of a run: still inconclusive, not final', () => {
    const data = cleanWith({ breaker_open_rate: { 1: 0.5, 2: 0.5 } });
    const v = evaluateStage(p, s, bake(data, { observed: 3 }));
    expect(v).toMatchObject({ decision: 'inconclusive', final: false });
    expect(evaluateStage(p, s, bake(data, { observed: 6 })).decision).toBe('promote');
    const third = cleanWith({ breaker_open_rate: { 1: 0.5, 2: 0.5, 3: 0.5 } });
    expect(evaluateStage(p, s, bake(third, { observed: 4 }))).toMatchObject({
      decision: 'rollback',
      final: true,
    });
  });
});
