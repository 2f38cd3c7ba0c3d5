import { loadPolicy } from '../../src/policy/load.js';
import {
  alertQuery,
  meanBeforeQuery,
  planQueries,
  promDuration,
} from '../../src/sources/prometheus-queries.js';

const policy = loadPolicy(
  `version: 1
window: 5m
vars: { service: checkout }
metrics:
  p95:
    query: histogram_quantile(0.95, sum by (le) (rate(h_bucket{service="{{vars.service}}",stage="{{stage}}"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le) (rate(h_bucket{service="{{vars.service}}",track="stable"}[{{window}}])))
  errors:
    query: sum(rate(e_total{traffic="{{traffic}}"}[{{window}}]))
    baseline: before
  down:
    alert: ServiceDown
stages:
  canary_5:
    traffic: 5
    bake: 90m
    gates: { p95: "<= baseline", errors: "<= baseline * 2", down: "== 0" }
`,
  'q.yml',
);
const stage = policy.stages.canary_5;
const plan = (metric: string, vars: Record<string, string> = policy.vars) =>
  planQueries({ policy, stage, metric: policy.metrics[metric], vars, bakeSeconds: stage.bakeSeconds });

test('queries are templated with window, stage, traffic and vars', () => {
  expect(plan('p95')).toEqual({
    query: 'histogram_quantile(0.95, sum by (le) (rate(h_bucket{service="checkout",stage="canary_5"}[5m])))',
    baseline: {
      kind: 'range',
      query: 'histogram_quantile(0.95, sum by (le) (rate(h_bucket{service="checkout",track="stable"}[5m])))',
    },
  });
});

test('a var inside a label value cannot break out of the matcher', () => {
  expect(plan('p95', { service: 'x"} or vector(1) #' }).query).toContain('service="x\\"} or vector(1) #"');
});

test('baseline: before is the metric query averaged over the bake-long span before since', () => {
  expect(plan('errors')).toEqual({
    query: 'sum(rate(e_total{traffic="5"}[5m]))',
    baseline: { kind: 'instant', query: 'avg_over_time((sum(rate(e_total{traffic="5"}[5m])))[90m:5m])' },
  });
});

test('alert metrics: 1 when firing at any time in the window, 0 when absent', () => {
  expect(plan('down').query).toBe(
    'max(max_over_time(ALERTS{alertname="ServiceDown",alertstate="firing"}[5m])) or vector(0)',
  );
  expect(alertQuery('ConsistencyLow', '1m')).toBe(
    'max(max_over_time(ALERTS{alertname="ConsistencyLow",alertstate="firing"}[1m])) or vector(0)',
  );
});

test('durations are written in one unit every Prometheus-compatible server reads', () => {
  expect([promDuration(7200), promDuration(5400), promDuration(90), promDuration(15)]).toEqual([
    '2h',
    '90m',
    '90s',
    '15s',
  ]);
  expect(meanBeforeQuery('up', 86400, 15)).toBe('avg_over_time((up)[24h:15s])');
});
