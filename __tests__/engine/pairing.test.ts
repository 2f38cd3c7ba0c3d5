/**
 * Pairing canary with baseline series (DESIGN §2): one pure rule for threshold conditions on `baseline` and
 * for every judge. A series without a partner has no data for the check; no partner at all is inconclusive.
 */
import { evaluateStage } from '../../src/engine/evaluate.js';
import { defaultPairLabels, pairSeries } from '../../src/engine/pairing.js';
import type { BakeData, Labels, Series } from '../../src/engine/types.js';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';

const s = (labels: Labels, values: (number | null)[]): Series => ({ labels, values });

describe('pairSeries', () => {
  test('one baseline series applies to every canary series', () => {
    const groups = pairSeries([s({ pod: 'c1' }, [1]), s({ pod: 'c2' }, [1])], [s({}, [1])], { mode: 'each' });
    expect(groups.map((g) => g.baseline.length)).toEqual([1, 1]);
    expect(groups.every((g) => g.unpaired === undefined)).toBe(true);
  });

  test('default: labels both sides carry with a value in common; track and pod names drop out', () => {
    const canary = [
      s({ route: '/a', pod: 'c1', track: 'canary' }, [1]),
      s({ route: '/b', pod: 'c1', track: 'canary' }, [1]),
    ];
    const baseline = [s({ route: '/a', track: 'stable' }, [1]), s({ route: '/b', track: 'stable' }, [2])];
    expect(defaultPairLabels(canary, baseline)).toEqual(['route']);
    const groups = pairSeries(canary, baseline, { mode: 'each' });
    expect(groups.map((g) => g.baseline[0].labels.route)).toEqual(['/a', '/b']);
  });

  test('__name__ never pairs by default', () => {
    const groups = pairSeries(
      [s({ __name__: 'a', route: '/a' }, [1])],
      [s({ __name__: 'b', route: '/a' }, [1]), s({ __name__: 'b', route: '/b' }, [1])],
      { mode: 'each' },
    );
    expect(groups[0].baseline[0].labels.route).toBe('/a');
  });

  test('pair-on names the labels, even with one baseline series', () => {
    const canary = [s({ route: '/a' }, [1]), s({ route: '/b' }, [1])];
    const groups = pairSeries(canary, [s({ route: '/a', track: 'stable' }, [1])], {
      on: ['route'],
      mode: 'each',
    });
    expect(groups[0].baseline).toHaveLength(1);
    expect(groups[1].unpaired).toBe(
      'no baseline series with {route="/b"} (paired on (route); pair-on names the labels to pair on)',
    );
  });

  test('several partners is no partner: the reason says how to fix the baseline', () => {
    const canary = [s({ pod: 'c1' }, [1])];
    const baseline = [s({ pod: 's1' }, [1]), s({ pod: 's2' }, [1]), s({ pod: 's3' }, [1])];
    const [g] = pairSeries(canary, baseline, { mode: 'each' });
    expect(g.baseline).toEqual([]);
    expect(g.unpaired).toBe(
      '3 baseline series match it (paired no label in common): {pod="s1"}, {pod="s2"}, {pod="s3"}; ' +
        'aggregate the baseline query by the pairing labels or name more labels in pair-on',
    );
  });

  test('pooled: everything in one group, or one group per pair-on value', () => {
    const canary = [s({ route: '/a', pod: 'c1' }, [1]), s({ route: '/a', pod: 'c2' }, [1])];
    const baseline = [s({ route: '/a', pod: 's1' }, [1]), s({ route: '/c', pod: 's2' }, [1])];
    expect(pairSeries(canary, baseline, { mode: 'pool' })).toEqual([{ key: {}, canary, baseline }]);
    const byRoute = pairSeries(canary, baseline, { on: ['route'], mode: 'pool' });
    expect(byRoute).toEqual([{ key: { route: '/a' }, canary, baseline: [baseline[0]] }]);
  });
});

const policyText = (metric: string, gates: string) => `version: 1
window: 5m
metrics:
${metric}
stages:
  canary:
    bake: 15m
${gates}`;

function bake(canary: Series[], baseline: Series[], windows = 3): BakeData {
  return {
    windowSeconds: 300,
    windowsExpected: windows,
    windowsObserved: windows,
    metrics: { p95: { series: canary, baseline } },
  };
}

describe('threshold conditions on the baseline', () => {
  const text = (pairOn: string, missing = 'fail') =>
    policyText(
      `  p95:
    query: histogram_quantile(0.95, sum by (le, route, pod) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le, route) (rate(h_bucket{track="stable"}[{{window}}])))
    missing-data: ${missing}
${pairOn}`,
      `    gates:\n      p95: "<= baseline * 1.2"\n`,
    );
  const canary = [
    s({ route: '/a', pod: 'c1', track: 'canary' }, [100, 100, 100]),
    s({ route: '/b', pod: 'c1', track: 'canary' }, [300, 300, 300]),
  ];
  const baseline = [
    s({ route: '/a', track: 'stable' }, [100, 100, 100]),
    s({ route: '/b', track: 'stable' }, [100, 100, 100]),
  ];

  test('README example: pair on route while pod and track differ', () => {
    const p = loadPolicy(text('    pair-on: [route]'), 'p.yml');
    expect(p.metrics.p95.pairOn).toEqual(['route']);
    const v = evaluateStage(p, p.stages.canary, bake(canary, baseline));
    expect(v.decision).toBe('hold');
    expect(v.gateFailReasons[0]).toMatch(
      /^p95 <= baseline \* 1\.2 violated in 3 of 3 windows: \{pod="c1",route="\/b"/,
    );
  });

  test('no canary series with a partner: inconclusive, never a pass, reason names the labels', () => {
    const p = loadPolicy(text('    pair-on: [route]'), 'p.yml');
    const other = [s({ route: '/x' }, [1, 1, 1]), s({ route: '/y' }, [1, 1, 1])];
    const v = evaluateStage(p, p.stages.canary, bake(canary, other));
    expect(v.decision).toBe('inconclusive');
    expect(v.checks[0].status).toBe('no_data');
    expect(v.inconclusiveReasons[0]).toBe(
      'p95 <= baseline * 1.2: no canary series has a baseline partner: ' +
        '{pod="c1",route="/a",track="canary"}: no baseline series with {route="/a"} (paired on (route); pair-on names the labels to pair on); ' +
        '{pod="c1",route="/b",track="canary"}: no baseline series with {route="/b"} (paired on (route); pair-on names the labels to pair on)',
    );
  });

  test('missing-data: ignore still warns about a series left out for want of a partner', () => {
    const p = loadPolicy(text('    pair-on: [route]', 'ignore'), 'p.yml');
    const v = evaluateStage(p, p.stages.canary, bake(canary, [baseline[0]]));
    expect(v.decision).toBe('promote');
    expect(v.warnings).toContain(
      'p95: no baseline partner for {pod="c1",route="/b",track="canary"}: no baseline series with {route="/b"} (paired on (route); pair-on names the labels to pair on) (missing-data: ignore)',
    );
  });

  test('pair-on without a baseline is a policy error', () => {
    const bad = policyText(
      '  p95:\n    query: up\n    pair-on: [route]\n',
      `    gates:\n      p95: "<= 1"\n`,
    );
    expect(() => loadPolicy(bad, 'p.yml')).toThrow(PolicyError);
    expect(() => loadPolicy(bad, 'p.yml')).toThrow(/p\.yml:6:5: metric "p95" has pair-on but no baseline/);
  });
});

describe('judges pair through the same rule', () => {
  const judged = (judge: string) =>
    loadPolicy(
      policyText(
        `  p95:
    query: histogram_quantile(0.95, sum by (le, pod) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le, pod) (rate(h_bucket{track="stable"}[{{window}}])))
    judge: ${judge}
`,
        '',
      ).replace('bake: 15m', 'bake: 60m'),
      'p.yml',
    );
  const n = 12;
  const canaryPods = ['c1', 'c2'].map((pod) => s({ pod }, Array<number>(n).fill(130)));
  const stablePods = ['s1', 's2', 's3'].map((pod) => s({ pod }, Array<number>(n).fill(100)));

  test('issue case: sequential on p95 by (pod), 2 canary pods at +30% vs 3 other stable pods: not promote, not pass', () => {
    const p = judged('{ type: sequential, kind: values }');
    const v = evaluateStage(p, p.stages.canary, bake(canaryPods, stablePods, n));
    expect(v.decision).not.toBe('promote');
    expect(v.decision).toBe('inconclusive');
    const check = v.checks.find((c) => c.metric === 'p95')!;
    expect(check.status).toBe('no_data');
    expect(check.reasons[0]).toMatch(
      /^p95: no data for the sequential judge: series without a baseline partner: \{pod="c1"\}: 3 baseline series match it/,
    );
  });

  test('spike with a per-window baseline: an unpaired series does not decide', () => {
    const p = judged('{ type: spike }');
    const v = evaluateStage(p, p.stages.canary, bake(canaryPods, stablePods, n));
    expect(v.decision).toBe('inconclusive');
  });

  test('mann-whitney pools the pods of each track by default', () => {
    const p = judged('{ type: mann-whitney }');
    const v = evaluateStage(p, p.stages.canary, bake(canaryPods, stablePods, n));
    expect(v.checks.find((c) => c.metric === 'p95')!.status).not.toBe('no_data');
  });

  test('mann-whitney with pair-on and no common value: inconclusive', () => {
    const text = `    pair-on: [pod]\n    judge: { type: mann-whitney }`;
    const p = loadPolicy(
      policyText(
        `  p95:
    query: histogram_quantile(0.95, sum by (le, pod) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le, pod) (rate(h_bucket{track="stable"}[{{window}}])))
${text}
`,
        '',
      ).replace('bake: 15m', 'bake: 60m'),
      'p.yml',
    );
    const v = evaluateStage(p, p.stages.canary, bake(canaryPods, stablePods, n));
    expect(v.decision).toBe('inconclusive');
    expect(v.checks[0].reasons[0]).toMatch(/no baseline series with \{pod="c1"\}/);
  });
});
