/** Runbook 000 (TSFM canary): every gate and trigger at, just under and just over its limit. */
import { evaluateStage } from '../../src/engine/evaluate.js';
import type { Decision } from '../../src/engine/types.js';
import { bake, cleanWith, exampleBake, tsfmPolicy } from './build.js';

const policy = tsfmPolicy();
const canary5 = policy.stages.canary_5;
const canary25 = policy.stages.canary_25;

function judge(changes: Record<string, Record<number, number | null>>, stageName = 'canary_5') {
  const stage = policy.stages[stageName];
  const windows = stage.bakeSeconds / 300;
  return evaluateStage(policy, stage, bake(cleanWith(changes, windows)));
}

/** Sets `metric` to `value` in the windows listed. */
function at(metric: string, value: number, windows: number[]) {
  return { [metric]: Object.fromEntries(windows.map((k) => [k, value])) };
}

describe('runbook 000 gates (canary_5) at, under and over the limit', () => {
  test.each<[string, number, Decision]>([
    ['p95_latency_ms', 300, 'promote'],
    ['p95_latency_ms', 299.9, 'promote'],
    ['p95_latency_ms', 300.1, 'hold'],
    ['error_rate', 0.01, 'promote'],
    ['error_rate', 0.0099, 'promote'],
    ['error_rate', 0.0101, 'hold'],
    ['invalid_output_rate', 0, 'promote'],
    ['invalid_output_rate', -1e-9, 'hold'], // not == 0, but no trigger (> 0)
    ['invalid_output_rate', 1e-9, 'rollback'], // any safety violation rolls back
    ['fallback_rate', 0.08, 'promote'],
    ['fallback_rate', 0.0799, 'promote'],
    ['fallback_rate', 0.0801, 'hold'],
  ])('%s = %p in one window → %s', (metric, value, decision) => {
    const v = judge(at(metric, value, [3]));
    expect(v.decision).toBe(decision);
    expect(v.gatePassed).toBe(decision === 'promote');
    expect(v.final).toBe(true);
  });

  test.each<[number, Decision]>([
    [0.1, 'promote'],
    [0.0999, 'promote'],
    [0.1001, 'hold'],
  ])('canary_25: fallback_rate = %p → %s', (value, decision) => {
    expect(judge(at('fallback_rate', value, [7]), 'canary_25').decision).toBe(decision);
  });

  test('fallback 0.09 holds canary_5 and passes canary_25', () => {
    const c5 = judge(at('fallback_rate', 0.09, [3]));
    expect(c5.decision).toBe('hold');
    expect(c5.gateFailReasons).toEqual([
      'fallback_rate <= 0.08 violated in 1 of 6 windows: 0.09 at +15m–+20m',
    ]);
    const c25 = judge(at('fallback_rate', 0.09, [3]), 'canary_25');
    expect(c25.decision).toBe('promote');
    expect(c25.gatePassed).toBe(true);
  });
});

describe('runbook 000 rollback triggers at, under and over the limit', () => {
  test.each<[string, Decision, Record<string, Record<number, number>>]>([
    // 1. p95 > 400 for 2 consecutive windows (any p95 over 300 already fails the gate)
    ['p95 400 twice', 'hold', at('p95_latency_ms', 400, [2, 3])],
    ['p95 400.1 twice', 'rollback', at('p95_latency_ms', 400.1, [2, 3])],
    ['p95 500 once', 'hold', at('p95_latency_ms', 500, [2])],
    ['p95 500 in windows 1 and 3', 'hold', at('p95_latency_ms', 500, [1, 3])],
    ['p95 410 in windows 1 and 2', 'rollback', at('p95_latency_ms', 410, [1, 2])],
    // 2. error_rate > 0.02 for any window
    ['error 0.02', 'hold', at('error_rate', 0.02, [4])],
    ['error 0.0201', 'rollback', at('error_rate', 0.0201, [4])],
    // 3. invalid_output_rate > 0
    ['invalid 0.0001', 'rollback', at('invalid_output_rate', 0.0001, [0])],
    // 4. fallback_rate > 0.20 for 15 minutes = three 5-minute windows
    ['fallback 0.20 ×3', 'hold', at('fallback_rate', 0.2, [1, 2, 3])],
    ['fallback 0.2001 ×3', 'rollback', at('fallback_rate', 0.2001, [1, 2, 3])],
    ['fallback 0.5 ×2', 'hold', at('fallback_rate', 0.5, [1, 2])],
    ['fallback 0.5 in 1,2 and 4,5', 'hold', at('fallback_rate', 0.5, [1, 2, 4, 5])],
    // 5. breaker_open_rate > 0.30 for 15 minutes (no gate: below that it does not block)
    ['breaker 0.30 ×3', 'promote', at('breaker_open_rate', 0.3, [2, 3, 4])],
    ['breaker 0.2999 ×6', 'promote', at('breaker_open_rate', 0.2999, [0, 1, 2, 3, 4, 5])],
    ['breaker 0.3001 ×3', 'rollback', at('breaker_open_rate', 0.3001, [2, 3, 4])],
    ['breaker 0.9 ×2', 'promote', at('breaker_open_rate', 0.9, [4, 5])],
  ])('%s → %s', (_name, decision, changes) => {
    const v = judge(changes);
    expect(v.decision).toBe(decision);
    expect(v.rollbackTriggered).toBe(decision === 'rollback');
    expect(v.rollbackReasons.length > 0).toBe(decision === 'rollback');
  });

  test('two consecutive p95 windows name both, with time and value', () => {
    const v = evaluateStage(policy, canary5, exampleBake('rollback-p95.json', 6));
    expect(v.decision).toBe('rollback');
    expect(v.rollbackReasons).toEqual([
      'p95_latency_ms > 400 for 2 consecutive windows (10m): 410 at 2026-11-20T10:10Z–10:15Z, 420 at 2026-11-20T10:15Z–10:20Z',
    ]);
    const check = v.checks.find((c) => c.kind === 'rollback' && c.metric === 'p95_latency_ms')!;
    expect(check.status).toBe('fail');
    expect(check.violatingWindows).toEqual([3]);
    expect(check.worst).toEqual({ value: 420, window: 3, labels: {}, limit: 400 });
  });

  test('a 15-minute trigger needs three 5-minute windows', () => {
    const two = judge(at('breaker_open_rate', 0.5, [0, 1]));
    const three = judge(at('breaker_open_rate', 0.5, [0, 1, 2]));
    expect(two.decision).toBe('promote');
    expect(three.decision).toBe('rollback');
    expect(three.rollbackReasons[0]).toBe(
      'breaker_open_rate > 0.30 for 3 consecutive windows (15m): 0.5 at +0m–+5m, 0.5 at +5m–+10m, 0.5 at +10m–+15m',
    );
  });

  test('the gate and the trigger on one metric both report', () => {
    const v = judge(at('error_rate', 0.03, [2]));
    // Decided at window 3, where the rollback fired.
    expect(v.rollbackReasons).toEqual(['error_rate > 0.02 in 1 of 3 windows: 0.03 at +10m–+15m']);
    expect(v.gateFailReasons).toEqual(['error_rate <= 0.01 violated in 1 of 3 windows: 0.03 at +10m–+15m']);
  });
});

describe('runbook 000 bake windows', () => {
  test('canary_5 with 5 of 6 windows observed is inconclusive and not final', () => {
    const data = bake(cleanWith({}), { observed: 5 });
    const v = evaluateStage(policy, canary5, data);
    expect(v.decision).toBe('inconclusive');
    expect(v.gatePassed).toBe(false);
    expect(v.final).toBe(false);
    expect(v.inconclusiveReasons).toEqual(['bake incomplete: 5 of 6 windows observed (25m of 30m)']);
  });

  test('an unread window cannot fail the stage: its value is not looked at', () => {
    const data = bake(cleanWith({ p95_latency_ms: { 5: 900 } }), { observed: 5 });
    expect(evaluateStage(policy, canary5, data).decision).toBe('inconclusive');
  });

  test('a file longer than the bake is judged on its first N windows', () => {
    const data = bake(cleanWith({ fallback_rate: { 8: 0.5 } }, 12), { expected: 6, observed: 12 });
    expect(evaluateStage(policy, canary5, data).decision).toBe('promote');
  });

  test('canary_25 needs 12 windows: 6 clean windows are not enough', () => {
    const data = bake(cleanWith({}, 6), { expected: 12, observed: 6 });
    const v = evaluateStage(policy, canary25, data);
    expect(v.decision).toBe('inconclusive');
    expect(v.inconclusiveReasons).toEqual(['bake incomplete: 6 of 12 windows observed (30m of 1h)']);
  });
});

describe('runbook 000 example files', () => {
  test.each<[string, Decision, Decision]>([
    ['pass.json', 'promote', 'promote'],
    ['runbook-example.json', 'promote', 'inconclusive'],
    ['hold-fallback.json', 'hold', 'promote'],
    ['hold-p95.json', 'hold', 'hold'],
    ['rollback-p95.json', 'rollback', 'rollback'],
    ['rollback-error-rate.json', 'rollback', 'rollback'],
    ['rollback-invalid-output.json', 'rollback', 'rollback'],
    ['rollback-fallback.json', 'rollback', 'rollback'],
    ['rollback-breaker.json', 'rollback', 'rollback'],
  ])('%s: canary_5 %s, canary_25 %s', (file, c5, c25) => {
    expect(evaluateStage(policy, canary5, exampleBake(file, 6)).decision).toBe(c5);
    const data25 = exampleBake(file, 12);
    data25.windowsObserved = Math.min(12, Object.values(data25.metrics)[0].series[0].values.length);
    expect(evaluateStage(policy, canary25, data25).decision).toBe(c25);
  });
});
