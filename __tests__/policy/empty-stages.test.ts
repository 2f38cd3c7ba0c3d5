import { checksNothing } from '../../src/policy/empty-stages.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { MetricJudgeSpec } from '../../src/policy/types.js';

const policy = loadPolicy(
  `version: 1
window: 5m
metrics:
  up_ratio: { query: avg(up) }
stages:
  gated: { bake: 10m, gates: { up_ratio: "== 1" } }
  bare: { bake: 10m }
  cleared: { extends: gated, gates: { up_ratio: [] } }
`,
  'p.yml',
);

test('a stage without gates, triggers or score checks nothing, also once extends cleared its gates', () => {
  expect(checksNothing(policy, policy.stages.gated)).toBe(false);
  expect(checksNothing(policy, policy.stages.bare)).toBe(true);
  expect(checksNothing(policy, policy.stages.cleared)).toBe(true);
});

test('a metric judge applies to every stage, so such a stage still checks something', () => {
  const judged = {
    ...policy,
    metrics: {
      up_ratio: { ...policy.metrics.up_ratio, judge: { type: 'spike' } as unknown as MetricJudgeSpec },
    },
  };
  expect(checksNothing(judged, judged.stages.bare)).toBe(false);
});
