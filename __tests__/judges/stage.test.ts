/** Judges wired into the engine: a policy's `judge:` metrics and stage `score:` reach the verdict. */
import { evaluateStage } from '../../src/engine/evaluate.js';
import { mulberry32, normal } from '../../src/engine/stats/random.js';
import type { BakeData, MetricData } from '../../src/engine/types.js';
import type { CheckSpec, MetricSpec, Policy, StageSpec } from '../../src/policy/types.js';

const pos = { line: 7, column: 5 };

function policy(metrics: MetricSpec[], stage: Partial<StageSpec> = {}): { policy: Policy; stage: StageSpec } {
  const s: StageSpec = { name: 'canary', bakeSeconds: 600, gates: [], triggers: [], pos, ...stage };
  return {
    stage: s,
    policy: {
      version: 1,
      path: 'policy.yml',
      windowSeconds: 60,
      windowText: '1m',
      missingData: 'fail',
      onSourceError: 'fail',
      settleSeconds: 0,
      prometheus: { headers: {}, timeoutSeconds: 30, maxResponseBytes: 64 * 1024 * 1024 },
      vars: {},
      metrics: Object.fromEntries(metrics.map((m) => [m.name, m])),
      stages: { canary: s },
    },
  };
}

const series = (values: (number | null)[]) => [{ labels: {}, values }];
const bake = (metrics: Record<string, MetricData>, observed = 10, expected = 10): BakeData => ({
  windowSeconds: 60,
  windowsExpected: expected,
  windowsObserved: observed,
  since: Date.UTC(2026, 10, 20, 10, 0) / 1000,
  metrics,
});

const errorsJudge: MetricSpec = {
  name: 'errors',
  query: 'sum(increase(http_requests_total{track="canary",code=~"5.."}[{{window}}]))',
  baseline: {
    kind: 'query',
    query: 'sum(increase(http_requests_total{track="stable",code=~"5.."}[{{window}}]))',
  },
  missingData: 'fail',
  pos,
  judge: {
    type: 'sequential',
    kind: 'counts',
    alpha: 0.05,
    allowedEffect: 0.1,
    direction: 'increase',
    effect: 'relative',
    promoteEarly: false,
    concentration: 20,
    priorScale: 1,
    overdispersion: true,
    requests: 'requests',
    action: 'rollback',
    pos: { line: 12, column: 7 },
  },
};
const requests: MetricSpec = {
  name: 'requests',
  query: 'r',
  baseline: { kind: 'query', query: 'rb' },
  missingData: 'fail',
  pos,
};
const reqData: MetricData = { series: series(Array(10).fill(1000)), baseline: series(Array(10).fill(19000)) };

test('a sequential counts judge rolls the stage back and explains itself', () => {
  const { policy: p, stage } = policy([errorsJudge, requests]);
  const v = evaluateStage(
    p,
    stage,
    bake({
      errors: { series: series(Array(10).fill(30)), baseline: series(Array(10).fill(190)) },
      requests: reqData,
    }),
  );
  expect(v.decision).toBe('rollback');
  const check = v.checks.find((c) => c.judgement)!;
  expect(check.condition).toBe('judge sequential (counts, increase, α=0.05, allowed +10.0%)');
  expect(check.policyLine).toBe(12);
  // The first windows are judged as if moderately overdispersed (dispersion.ts): a minute or two later.
  expect(check.judgement!.decidedAt).toBeLessThanOrEqual(2);
  expect(v.rollbackReasons[0]).toMatch(
    /^errors: sequential judge in 2026-11-20T10:0\dZ–10:0\dZ: canary \d+ of \d+ events/,
  );
});

test('no regression: the judge passes and the bake promotes', () => {
  const { policy: p, stage } = policy([errorsJudge, requests]);
  const v = evaluateStage(
    p,
    stage,
    bake({
      errors: { series: series(Array(10).fill(10)), baseline: series(Array(10).fill(190)) },
      requests: reqData,
    }),
  );
  expect(v.decision).toBe('promote');
  expect(v.checks.find((c) => c.judgement)!.status).toBe('pass');
});

test('a source error on the judged metric is inconclusive under on-source-error: fail', () => {
  const { policy: p, stage } = policy([errorsJudge, requests]);
  const v = evaluateStage(
    p,
    stage,
    bake({ errors: { series: [], sourceError: 'HTTP 503' }, requests: reqData }),
  );
  expect(v.decision).toBe('inconclusive');
  expect(v.checks.find((c) => c.judgement === undefined && c.status === 'skipped')!.note).toMatch(/HTTP 503/);
});

test('score (runbook 001): weighted gates under the minimum for 2 windows roll back', () => {
  const gate = (metric: string, limit: number): CheckSpec => ({
    kind: 'gate',
    metric,
    condition: { text: `<= ${limit}`, op: '<=', rhs: { kind: 'number', value: limit } },
    forSeconds: 60,
    forWindows: 1,
    action: 'gate',
    pos,
  });
  const m = (name: string): MetricSpec => ({ name, query: name, missingData: 'fail', pos });
  const { policy: p, stage } = policy([m('synthetic_fail'), m('error_rate')], {
    gates: [gate('synthetic_fail', 0.05), gate('error_rate', 0.01)],
    score: {
      min: 0.95,
      forWindows: 2,
      weights: { synthetic_fail: 3 },
      action: 'rollback',
      pos: { line: 20, column: 5 },
    },
  });
  const v = evaluateStage(
    p,
    stage,
    bake({
      synthetic_fail: { series: series([0, 0.1, 0, 0.1, 0.1, 0, 0, 0, 0, 0]) },
      error_rate: { series: series(Array(10).fill(0.001)) },
    }),
  );
  expect(v.decision).toBe('rollback'); // the gates alone would only hold
  expect(
    v.rollbackReasons.some((r) =>
      /^stage canary score in 2026-11-20T10:04Z–10:05Z: score 0.25 < 0.95; failing: synthetic_fail \(weight 3\)/.test(
        r,
      ),
    ),
  ).toBe(true);
});

/** A p95 metric judged by the sequential values judge against its baseline. */
const p95Values = (judge: { allowedEffect: number; promoteEarly: boolean }): MetricSpec => ({
  name: 'p95',
  query: 'c',
  baseline: { kind: 'query', query: 'b' },
  missingData: 'fail',
  pos,
  judge: {
    type: 'sequential',
    kind: 'values',
    alpha: 0.05,
    allowedEffect: judge.allowedEffect,
    direction: 'increase',
    effect: 'relative',
    promoteEarly: judge.promoteEarly,
    concentration: 20,
    priorScale: 1,
    overdispersion: true,
    action: 'rollback',
    pos,
  },
});

test('promote-early: a ruled-out regression ends the bake before its last window', () => {
  const p95 = p95Values({ allowedEffect: 0.1, promoteEarly: true });
  const { policy: p, stage } = policy([p95]);
  const noise = [0.01, -0.01, 0.005, -0.005, 0.0, 0.01, -0.01, 0.0, 0.0, 0.0].flatMap((e) => [e, -e]);
  const data = bake(
    { p95: { series: series(noise.map((e) => 200 * Math.exp(e))), baseline: series(Array(20).fill(200)) } },
    18,
    20,
  );
  const v = evaluateStage(p, stage, data);
  expect(v.decision).toBe('promote');
  expect(v.final).toBe(true);
  expect(
    v.warnings.some((w) =>
      /^promoted early: p95: sequential judge in .*: a regression beyond it is ruled out|ruled out/.test(w),
    ),
  ).toBe(true);
  // without promote-early the same data waits for the bake to end
  const off = policy([{ ...p95, judge: { ...p95.judge!, promoteEarly: false } as MetricSpec['judge'] }]);
  expect(evaluateStage(off.policy, off.stage, data).decision).toBe('inconclusive');
});

test('spike reads the stable track only when the policy gives a baseline query', () => {
  const spikeJudge = {
    type: 'spike' as const,
    sigmas: 3,
    cut: 'calibrated' as const,
    trailing: 12,
    minHistory: 5,
    minDelta: 0,
    direction: 'increase' as const,
    forWindows: 1,
    action: 'pause' as const,
    pos,
  };
  const canary = [0.02, 0.022, 0.024, 0.023, 0.021, 0.019, 0.09, 0.02, 0.02, 0.02];
  const stable = Array(10).fill(0.05);
  const own: MetricSpec = { name: 'denials', query: 'q', missingData: 'fail', pos, judge: spikeJudge };
  const a = policy([own]);
  // a recorded file may carry a baseline the policy does not ask for: it is not the reference then.
  // History 0.020 0.022 0.024 0.023 0.021 0.019: mean 0.0215, sd √(17.5e-6/5) = 0.001871, z = 0.0685/0.001871
  const v = evaluateStage(
    a.policy,
    a.stage,
    bake({ denials: { series: series(canary), baseline: series(stable) } }),
  );
  expect(v.decision).toBe('hold');
  expect(v.gateFailReasons[0]).toMatch(
    /0\.09 vs its own trailing mean 0\.0215 ± 0\.001871 over 6 windows = \+36\.61σ/,
  );
  const withStable = policy([{ ...own, baseline: { kind: 'query', query: 'b' } }]);
  const w = evaluateStage(
    withStable.policy,
    withStable.stage,
    bake({ denials: { series: series(canary), baseline: series(stable) } }),
  );
  // 0.05 every window: a flat history, and 0.09 rises above it
  expect(w.gateFailReasons[0]).toMatch(
    /vs the baseline's trailing mean 0\.05 ± 0 over 6 windows = \+∞σ \(flat history\)/,
  );
});

test('a level shift the values judge cannot test ends the bake inconclusive, never a silent promote', () => {
  const p95 = p95Values({ allowedEffect: 0, promoteEarly: false });
  const { policy: p, stage } = policy([p95], { bakeSeconds: 3600 });
  // 30 healthy windows, then the canary's p95 steps up 30% for the last 30 (the late regression of #11).
  const jitter = (k: number) => 0.01 * Math.sin(k * 1.7);
  const canary = Array.from({ length: 60 }, (_, k) => (k < 30 ? 200 : 260) * Math.exp(jitter(k)));
  const data = bake({ p95: { series: series(canary), baseline: series(Array(60).fill(200)) } }, 60, 60);
  const v = evaluateStage(p, stage, data);
  expect(v.decision).not.toBe('promote');
  const check = v.checks.find((c) => c.judgement)!;
  expect(check.status).not.toBe('pass');
  expect(check.reasons.join(' ')).toMatch(/cannot (decide|tell)/);
});

test("a policy's values judge holds its boundary over the bake's windows, not for ever", () => {
  // +8% on ±10% iid noise over an hour: within reach of a boundary for 60 looks, not of an unbounded one
  // (__tests__/judges/judges.test.ts shows the same windows both ways).
  const rng = mulberry32(2026);
  const canary: number[] = [];
  const baseline: number[] = [];
  for (let k = 0; k < 60; k++) {
    canary.push(108 * Math.exp(normal(rng, 0, 0.1)));
    baseline.push(100 * Math.exp(normal(rng, 0, 0.1)));
  }
  const { policy: p, stage } = policy([p95Values({ allowedEffect: 0, promoteEarly: false })], {
    bakeSeconds: 3600,
  });
  const v = evaluateStage(
    p,
    stage,
    bake({ p95: { series: series(canary), baseline: series(baseline) } }, 60, 60),
  );
  expect(v.decision).toBe('rollback');
});
