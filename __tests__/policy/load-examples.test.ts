import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/policy/load.js';

/** 1-based line and column of the first occurrence of `needle` (the example belongs to the lead and may move). */
function find(text: string, needle: string, from = 0) {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('examples/tsfm/policy.yml (runbook 000)', () => {
  const text = readFileSync('examples/tsfm/policy.yml', 'utf8');
  const policy = loadPolicy(text, 'examples/tsfm/policy.yml');

  test('top-level settings and defaults', () => {
    expect(policy).toMatchObject({
      version: 1,
      path: 'examples/tsfm/policy.yml',
      windowSeconds: 300,
      windowText: '5m',
      missingData: 'fail',
      onSourceError: 'fail',
      settleSeconds: 30,
      prometheus: { headers: {}, timeoutSeconds: 30 },
      vars: { service: 'tsfm' },
    });
    expect(Object.keys(policy.metrics)).toEqual([
      'p95_latency_ms',
      'error_rate',
      'invalid_output_rate',
      'fallback_rate',
      'breaker_open_rate',
    ]);
  });

  test('stage bakes: 30m, 60m, 24h', () => {
    expect(policy.stages.canary_5.bakeSeconds).toBe(1800);
    expect(policy.stages.canary_25.bakeSeconds).toBe(3600);
    expect(policy.stages.full_100.bakeSeconds).toBe(86400);
    expect(policy.stages.full_100.traffic).toBe(100);
  });

  test('canary_25 replaces the fallback gate and inherits the p95 gate with its original position', () => {
    const gate = (stage: string, metric: string) =>
      policy.stages[stage].gates.filter((g) => g.metric === metric);
    expect(gate('canary_5', 'fallback_rate').map((g) => g.condition.text)).toEqual(['<= 0.08']);
    expect(gate('canary_25', 'fallback_rate').map((g) => g.condition.text)).toEqual(['<= 0.10']);
    expect(gate('canary_25', 'fallback_rate')[0].condition.rhs).toEqual({ kind: 'number', value: 0.1 });
    expect(gate('canary_25', 'p95_latency_ms')).toEqual(gate('canary_5', 'p95_latency_ms'));
    expect(gate('canary_25', 'p95_latency_ms')[0]).toMatchObject({
      kind: 'gate',
      condition: { op: '<=', rhs: { kind: 'number', value: 300 } },
      forSeconds: 300,
      forWindows: 1,
      action: 'gate',
      pos: find(text, '"<= 300"'),
    });
    expect(gate('full_100', 'fallback_rate').map((g) => g.condition.text)).toEqual(['<= 0.10']);
  });

  test('five rollback triggers in every stage, for 2, 1, 1, 3, 3 windows', () => {
    for (const stage of Object.values(policy.stages)) {
      expect(
        stage.triggers.map((t) => [t.metric, t.condition.text, t.forWindows, t.forSeconds, t.action]),
      ).toEqual([
        ['p95_latency_ms', '> 400', 2, 600, 'rollback'],
        ['error_rate', '> 0.02', 1, 300, 'rollback'],
        ['invalid_output_rate', '> 0', 1, 300, 'rollback'],
        ['fallback_rate', '> 0.20', 3, 900, 'rollback'],
        ['breaker_open_rate', '> 0.30', 3, 900, 'rollback'],
      ]);
    }
    expect(policy.stages.canary_5.triggers[0].pos).toEqual(find(text, '"> 400"'));
  });
});

describe('the DESIGN §1 example', () => {
  const policy = loadPolicy(
    readFileSync('__tests__/policy/fixtures/design-example.yml', 'utf8'),
    'design.yml',
  );

  test('prometheus settings, vars and metric kinds', () => {
    expect(policy.prometheus).toEqual({
      url: 'http://127.0.0.1:9090',
      headers: { 'X-Scope-OrgID': 'team-a' },
      timeoutSeconds: 30,
      maxResponseBytes: 64 * 1024 * 1024,
    });
    expect(policy.vars).toEqual({ service: 'checkout' });
    expect(policy.metrics.error_rate.baseline).toEqual({ kind: 'before' });
    expect(policy.metrics.p95_latency_ms.baseline?.kind).toBe('query');
    expect(policy.metrics.p95_latency_ms.unit).toBe('ms');
    expect(policy.metrics.consistency_low).toMatchObject({ alert: 'ConsistencyLow', missingData: 'fail' });
    expect(policy.metrics.consistency_low.query).toBeUndefined();
  });

  test('a list of conditions is one check per entry, each at its own column', () => {
    const p95 = policy.stages.canary_5.gates.filter((g) => g.metric === 'p95_latency_ms');
    expect(p95.map((g) => [g.condition.text, g.pos])).toEqual([
      ['<= 300', { line: 35, column: 24 }],
      ['<= baseline * 1.2', { line: 35, column: 34 }],
    ]);
    expect(p95[1].condition.rhs).toEqual({ kind: 'baseline', op: '*', operand: 1.2 });
  });

  test('trigger defaults: one window and rollback', () => {
    expect(policy.stages.canary_25.triggers.map((t) => [t.metric, t.forWindows, t.action])).toEqual([
      ['p95_latency_ms', 2, 'rollback'],
      ['error_rate', 1, 'rollback'],
      ['fallback_rate', 3, 'rollback'],
    ]);
  });
});
