/**
 * Properties of the engine over generated bakes (fixed seed, so a failure reproduces):
 * worse metrics never promote a held or rolled-back stage; listing order does not matter; `extends` is the
 * same as writing the stage out.
 */
import fc from 'fast-check';
import { evaluateStage } from '../../src/engine/evaluate.js';
import type { BakeData } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { Comparator, Policy, StageSpec } from '../../src/policy/types.js';
import { bakeArb, canonical, missingDataArb, permutation } from './arbitraries.js';
import { TSFM_METRICS, gate, metric, policy, series, stage, trigger, tsfmPolicy } from './build.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const STAGES = ['canary_5', 'canary_25'];
const windowsOf = (p: Policy, s: string) => p.stages[s].bakeSeconds / p.windowSeconds;

/** +1 when larger values are worse for every condition on the metric, -1 when smaller are, 0 when mixed. */
function badDirection(stage: StageSpec, metric: string): number {
  const up: Comparator[] = ['<', '<=', '=='];
  const dirs = new Set<number>();
  for (const c of [...stage.gates, ...stage.triggers].filter((x) => x.metric === metric)) {
    const op = c.condition.op;
    if (op === '==' || op === '!=') {
      if (c.kind === 'gate' && op === '==') continue; // `== 0` on a rate: up is worse as the trigger says
      return 0;
    }
    const gateUpBad = up.includes(op);
    dirs.add(c.kind === 'gate' ? (gateUpBad ? 1 : -1) : gateUpBad ? -1 : 1);
  }
  return dirs.size === 1 ? [...dirs][0] : 0;
}

function cloneBake(d: BakeData): BakeData {
  return structuredClone(d);
}

describe('making a metric worse never turns rollback or hold into promote', () => {
  test.each(STAGES)('%s', (stageName) => {
    let judged = 0;
    fc.assert(
      fc.property(
        missingDataArb,
        bakeArb(TSFM_METRICS, 12),
        fc.constantFrom(...TSFM_METRICS),
        fc.nat(),
        fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(null)),
        (missingData, data12, metric, windowSeed, delta) => {
          const p = tsfmPolicy(missingData);
          const stage = p.stages[stageName];
          const n = windowsOf(p, stageName);
          const data = cloneBake(data12);
          data.windowsExpected = n;
          data.windowsObserved = Math.min(data.windowsObserved, n);
          const before = evaluateStage(p, stage, data).decision;
          fc.pre(before === 'rollback' || before === 'hold');
          // Missing is only "worse" where missing data counts against the stage; under `ignore` it is skipped.
          fc.pre(delta !== null || missingData !== 'ignore');
          const dir = badDirection(stage, metric);
          fc.pre(dir !== 0);
          const worse = cloneBake(data);
          const values = worse.metrics[metric].series[0].values;
          const k = windowSeed % n;
          const old = values[k];
          values[k] = delta === null ? null : old === null ? null : old + dir * delta;
          const after = evaluateStage(p, stage, worse);
          expect(after.decision).not.toBe('promote');
          if (delta !== null) expect(['rollback', 'hold']).toContain(after.decision);
          judged++;
        },
      ),
    );
    // Enough runs got past the preconditions for the property to mean something.
    expect(judged).toBeGreaterThan(100);
  });

  test('multi-series metric with baseline conditions', () => {
    const lat = metric('lat', 'fail', { kind: 'query', query: 'stable_lat' });
    const s = stage(
      's',
      30,
      [gate('lat', '<= baseline * 1.2'), gate('lat', '<= 600')],
      [trigger('lat', '> baseline + 500', 10)],
    );
    const p = policy([lat], [s]);
    const row = fc.array(
      fc.oneof(fc.double({ min: 100, max: 1200, noNaN: true }), fc.constantFrom(300, 360, 600, 800)),
      {
        minLength: 6,
        maxLength: 6,
      },
    );
    let judged = 0;
    fc.assert(
      fc.property(
        row,
        row,
        row,
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 5 }),
        fc.double({ min: 0, max: 900, noNaN: true }),
        (a, b, base, pod, k, delta) => {
          const data = (rowA: number[]): BakeData => ({
            windowSeconds: 300,
            windowsExpected: 6,
            windowsObserved: 6,
            metrics: {
              lat: {
                series: [series({ pod: 'a' }, rowA), series({ pod: 'b' }, b)],
                baseline: [series({}, base)],
              },
            },
          });
          const before = evaluateStage(p, s, data(a)).decision;
          fc.pre(before === 'rollback' || before === 'hold');
          const worse = data(a);
          worse.metrics.lat.series[pod].values[k] =
            (worse.metrics.lat.series[pod].values[k] as number) + delta;
          expect(['rollback', 'hold']).toContain(evaluateStage(p, s, worse).decision);
          judged++;
        },
      ),
    );
    expect(judged).toBeGreaterThan(100);
  });

  test('the generator reaches every decision (the property is not vacuous)', () => {
    const seen = new Set<string>();
    const p = tsfmPolicy();
    fc.assert(
      fc.property(bakeArb(TSFM_METRICS, 6), (data) => {
        seen.add(evaluateStage(p, p.stages.canary_5, data).decision);
      }),
    );
    expect([...seen].sort()).toEqual(['hold', 'inconclusive', 'promote', 'rollback']);
  });
});

describe('the verdict does not depend on listing order', () => {
  test.each(STAGES)(
    '%s: metrics in the policy and in the data, gates and triggers in the stage',
    (stageName) => {
      const base = tsfmPolicy();
      const stage = base.stages[stageName];
      fc.assert(
        fc.property(
          missingDataArb,
          bakeArb(TSFM_METRICS, windowsOf(base, stageName)),
          permutation(TSFM_METRICS),
          permutation(TSFM_METRICS),
          permutation(stage.gates),
          permutation(stage.triggers),
          (missingData, data, policyOrder, dataOrder, gates, triggers) => {
            const p = tsfmPolicy(missingData);
            const s = p.stages[stageName];
            const reordered: Policy = {
              ...p,
              metrics: Object.fromEntries(policyOrder.map((m) => [m, p.metrics[m]])),
            };
            const reorderedData: BakeData = {
              ...data,
              metrics: Object.fromEntries(dataOrder.map((m) => [m, data.metrics[m]])),
            };
            const reorderedStage: StageSpec = { ...s, gates, triggers };
            expect(canonical(evaluateStage(reordered, reorderedStage, reorderedData))).toEqual(
              canonical(evaluateStage(p, s, data)),
            );
          },
        ),
      );
    },
  );
});

describe('a stage using extends judges like the stage written out in full', () => {
  const METRICS = ['lat', 'err', 'fb'];
  const condArb = fc
    .tuple(fc.constantFrom('<', '<=', '>', '>='), fc.constantFrom(0.5, 1, 2, 5, 10))
    .map(([op, v]) => `${op} ${v}`);
  const gatesArb = fc.dictionary(
    fc.constantFrom(...METRICS),
    fc.array(condArb, { minLength: 1, maxLength: 2 }),
    { maxKeys: 3 },
  );
  const triggersArb = fc.array(
    fc.record({
      metric: fc.constantFrom(...METRICS),
      when: condArb,
      for: fc.constantFrom('5m', '10m', '15m'),
      action: fc.constantFrom('rollback', 'pause', 'notify'),
    }),
    { maxLength: 3 },
  );
  type Trigger = { metric: string; when: string; for: string; action: string };

  const yamlGates = (gates: Record<string, string[]>, indent: string) =>
    Object.keys(gates).length === 0
      ? `${indent}gates: {}\n`
      : `${indent}gates:\n${Object.entries(gates)
          .map(([m, cs]) => `${indent}  ${m}: [${cs.map((c) => JSON.stringify(c)).join(', ')}]\n`)
          .join('')}`;
  const yamlTriggers = (ts: Trigger[], indent: string) =>
    ts.length === 0
      ? ''
      : `${indent}rollback:\n${ts
          .map(
            (t) =>
              `${indent}  - { metric: ${t.metric}, when: ${JSON.stringify(t.when)}, for: ${t.for}, action: ${t.action} }\n`,
          )
          .join('')}`;
  const header = (global: Trigger[]) =>
    `version: 1\nwindow: 5m\nmissing-data: fail\nmetrics:\n${METRICS.map((m) => `  ${m}: { query: "sum(${m}_total)" }\n`).join('')}` +
    yamlTriggers(global, '');

  test('generated parents, overrides and triggers', () => {
    fc.assert(
      fc.property(
        gatesArb,
        gatesArb,
        triggersArb,
        triggersArb,
        triggersArb,
        bakeArb(METRICS, 6),
        (parentGates, childGates, global, parentTriggers, childTriggers, data) => {
          const extended =
            header(global) +
            `stages:\n  parent:\n    bake: 30m\n${yamlGates(parentGates, '    ')}${yamlTriggers(parentTriggers, '    ')}` +
            `  child:\n    extends: parent\n${yamlGates(childGates, '    ')}${yamlTriggers(childTriggers, '    ')}`;
          const fullGates = { ...parentGates, ...childGates };
          const written =
            header(global) +
            `stages:\n  child:\n    bake: 30m\n${yamlGates(fullGates, '    ')}${yamlTriggers([...parentTriggers, ...childTriggers], '    ')}`;
          const a = loadPolicy(extended, 'extended.yml');
          const b = loadPolicy(written, 'written.yml');
          expect(canonical(evaluateStage(a, a.stages.child, data))).toEqual(
            canonical(evaluateStage(b, b.stages.child, data)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test('canary_25 of the runbook, extends vs written out', () => {
    const extended = `version: 1
window: 5m
metrics:
  p95_latency_ms: { query: "sum(p95)" }
  fallback_rate: { query: "sum(fb)" }
stages:
  canary_5:
    bake: 30m
    gates: { p95_latency_ms: "<= 300", fallback_rate: "<= 0.08" }
  canary_25:
    extends: canary_5
    bake: 60m
    gates: { fallback_rate: "<= 0.10" }
rollback:
  - { metric: fallback_rate, when: "> 0.20", for: 15m }
`;
    const written = `version: 1
window: 5m
metrics:
  p95_latency_ms: { query: "sum(p95)" }
  fallback_rate: { query: "sum(fb)" }
stages:
  canary_25:
    bake: 60m
    gates: { p95_latency_ms: "<= 300", fallback_rate: "<= 0.10" }
rollback:
  - { metric: fallback_rate, when: "> 0.20", for: 15m }
`;
    const a = loadPolicy(extended, 'a.yml');
    const b = loadPolicy(written, 'b.yml');
    fc.assert(
      fc.property(bakeArb(['p95_latency_ms', 'fallback_rate'], 12), (data) => {
        expect(canonical(evaluateStage(a, a.stages.canary_25, data))).toEqual(
          canonical(evaluateStage(b, b.stages.canary_25, data)),
        );
      }),
    );
  });
});
