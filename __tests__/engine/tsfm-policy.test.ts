/** examples/tsfm/policy.yml, loaded for real, judges runbook 000 like the hand-built policy. */
import { readFileSync } from 'node:fs';
import { evaluateStage } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { bake, cleanWith, exampleBake, tsfmPolicy } from './build.js';

const POLICY_URL = new URL('../../examples/tsfm/policy.yml', import.meta.url);
const loaded = loadPolicy(readFileSync(POLICY_URL, 'utf8'), 'examples/tsfm/policy.yml');
const hand = tsfmPolicy();

const FILES = [
  'pass.json',
  'runbook-example.json',
  'hold-fallback.json',
  'hold-p95.json',
  'rollback-p95.json',
  'rollback-error-rate.json',
  'rollback-invalid-output.json',
  'rollback-fallback.json',
  'rollback-breaker.json',
];

/** Everything but positions, which differ between the file and the hand-built policy. */
function comparable(v: ReturnType<typeof evaluateStage>) {
  return { ...v, checks: v.checks.map(({ policyLine: _l, policyColumn: _c, ...rest }) => rest) };
}

test('the loaded policy has the runbook stages, gates and triggers', () => {
  expect(Object.keys(loaded.stages)).toEqual(['canary_5', 'canary_25', 'full_100']);
  expect(loaded.stages.canary_25.gates.map((g) => `${g.metric} ${g.condition.text}`)).toEqual(
    hand.stages.canary_25.gates.map((g) => `${g.metric} ${g.condition.text}`),
  );
  expect(loaded.stages.full_100.bakeSeconds).toBe(24 * 3600);
  expect(
    loaded.stages.canary_5.triggers.map((t) => [t.metric, t.condition.text, t.forWindows, t.action]),
  ).toEqual([
    ['p95_latency_ms', '> 400', 2, 'rollback'],
    ['error_rate', '> 0.02', 1, 'rollback'],
    ['invalid_output_rate', '> 0', 1, 'rollback'],
    ['fallback_rate', '> 0.20', 3, 'rollback'],
    ['breaker_open_rate', '> 0.30', 3, 'rollback'],
  ]);
});

describe.each(['canary_5', 'canary_25'])('%s: loaded file and hand-built policy agree', (stageName) => {
  const windows = hand.stages[stageName].bakeSeconds / 300;
  test.each(FILES)('%s', (file) => {
    const data = exampleBake(file, windows);
    data.windowsObserved = Math.min(windows, Object.values(data.metrics)[0].series[0].values.length);
    expect(comparable(evaluateStage(loaded, loaded.stages[stageName], data))).toEqual(
      comparable(evaluateStage(hand, hand.stages[stageName], data)),
    );
  });
});

test('checks point at the line of the rule in the policy file', () => {
  const v = evaluateStage(
    loaded,
    loaded.stages.canary_25,
    bake(cleanWith({ fallback_rate: { 2: 0.11 } }, 12)),
  );
  const failing = v.checks.find((c) => c.status === 'fail')!;
  const lines = readFileSync(POLICY_URL, 'utf8').split('\n');
  expect(lines[failing.policyLine - 1]).toContain('fallback_rate: "<= 0.10"');
});
