/**
 * The scenario tests, shared by every Prometheus-compatible server: each scenario judged in lookback over
 * its whole bake, and in watch with a fake clock from the start of the bake (the read at which the
 * verdict became final is asserted).
 */
import { runBake, type BakeResult } from '../../src/bake/run.js';
import type { Decision } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { fakeClock } from './fake-clock.js';
import { BAKE_SECONDS, SCENARIO_POLICY, SCENARIOS, scenarioSince, type ScenarioName } from './scenarios.js';

interface Expected {
  lookback: Decision;
  watch: Decision;
  /** Windows observed when the watch verdict became final. */
  finalAt: number;
  /** Each must match one reason (rollback, gate, inconclusive) or warning of the lookback verdict. */
  lookbackReasons: RegExp[];
  watchReasons: RegExp[];
}

const N = '[0-9.]+';
export const EXPECTED: Record<ScenarioName, Expected> = {
  healthy: { lookback: 'promote', watch: 'promote', finalAt: 6, lookbackReasons: [], watchReasons: [] },
  latency_regression: {
    lookback: 'rollback',
    watch: 'hold', // the gate fails a window before the 10-minute trigger can fire, and watch stops there
    finalAt: 4,
    lookbackReasons: [
      new RegExp(
        `^p95_latency_ms > 400 for 2 consecutive windows \\(10m\\): 495 at 2026-11-20T12:15Z–12:20Z`,
      ),
      /^p95_latency_ms <= baseline \* 1\.2 violated in 3 of 6 windows: 495 at 2026-11-20T12:15Z–12:20Z \(limit 297 = baseline 247\.5 \* 1\.2\)/,
    ],
    watchReasons: [/^p95_latency_ms <= 300 violated in 1 of 4 windows: 495 at 2026-11-20T12:15Z–12:20Z$/],
  },
  error_spike: {
    lookback: 'rollback',
    watch: 'rollback',
    finalAt: 3,
    lookbackReasons: [new RegExp(`^error_rate > 0.05 in 1 of 6 windows: ${N} at 2026-11-20T14:10Z–14:15Z$`)],
    watchReasons: [new RegExp(`^error_rate > 0.05 in 1 of 3 windows: ${N} at 2026-11-20T14:10Z–14:15Z$`)],
  },
  flapping: {
    lookback: 'promote',
    watch: 'promote',
    finalAt: 6,
    // Over the limit in every other window: the notify trigger warns, the 10-minute rollback never fires.
    lookbackReasons: [
      // VictoriaMetrics keeps __name__ on avg_over_time, Prometheus drops it: a series is its whole label set.
      /^queue_depth > 100 in 3 of 6 windows: \{(__name__="queue_depth",)?track="canary"\} 150 at 2026-11-20T16:05Z–16:10Z/,
    ],
    watchReasons: [],
  },
  gap: {
    lookback: 'hold',
    watch: 'hold',
    finalAt: 3,
    lookbackReasons: [
      /^p95_latency_ms: no data at 2026-11-20T18:10Z–18:15Z, 2026-11-20T18:15Z–18:20Z \(missing-data: fail\)$/,
    ],
    watchReasons: [/^error_rate: no data at 2026-11-20T18:10Z–18:15Z \(missing-data: fail\)$/],
  },
  alert_12m: {
    lookback: 'rollback',
    watch: 'rollback',
    finalAt: 3,
    lookbackReasons: [
      /^consistency_low > 0 for 2 consecutive windows \(10m\): 1 at 2026-11-20T20:05Z–20:10Z, 1 at 2026-11-20T20:10Z–20:15Z, 1 at 2026-11-20T20:15Z–20:20Z$/,
    ],
    watchReasons: [
      /^consistency_low > 0 for 2 consecutive windows \(10m\): 1 at 2026-11-20T20:05Z–20:10Z, 1 at 2026-11-20T20:10Z–20:15Z$/,
    ],
  },
  golden_mismatch: {
    lookback: 'rollback',
    watch: 'rollback',
    finalAt: 4,
    lookbackReasons: [
      new RegExp(`^golden_mismatch > 0 in 1 of 6 windows: ${N} at 2026-11-20T22:15Z–22:20Z$`),
    ],
    watchReasons: [new RegExp(`^golden_mismatch > 0 in 1 of 4 windows: ${N} at 2026-11-20T22:15Z–22:20Z$`)],
  },
};

function allReasons(r: BakeResult): string[] {
  const v = r.verdict;
  return [...v.rollbackReasons, ...v.gateFailReasons, ...v.inconclusiveReasons, ...v.warnings];
}

export function scenarioSuite(serverName: string, url: () => string): void {
  const policy = loadPolicy(SCENARIO_POLICY, 'scenario.yml');

  describe.each(SCENARIOS)(`${serverName}: scenario %s`, (name) => {
    const since = scenarioSince(name);
    const expected = EXPECTED[name];
    let lookback: BakeResult;
    let watch: BakeResult;
    const lines: string[] = [];

    beforeAll(async () => {
      const source = new PrometheusSource({ url: url(), sleep: async () => {} });
      try {
        lookback = await runBake({
          policy,
          stage: 'canary',
          mode: 'lookback',
          source,
          until: since + BAKE_SECONDS,
          clock: fakeClock((since + 86400) * 1000),
        });
      } finally {
        source.close();
      }
      const watchSource = new PrometheusSource({ url: url(), sleep: async () => {} });
      try {
        watch = await runBake({
          policy,
          stage: 'canary',
          mode: 'watch',
          source: watchSource,
          since,
          clock: fakeClock(since * 1000),
          log: (l) => lines.push(l),
        });
      } finally {
        watchSource.close();
      }
    });

    test(`lookback: ${expected.lookback}, with the reasons naming the windows`, () => {
      expect(lookback.verdict.decision).toBe(expected.lookback);
      const reasons = allReasons(lookback);
      for (const re of expected.lookbackReasons)
        expect(reasons.some((r) => re.test(r)) ? re : reasons).toBe(re);
      if (expected.lookback === 'promote' && expected.lookbackReasons.length === 0)
        expect(reasons).toEqual([]);
      expect(lookback.data.windowsObserved).toBe(6);
    });

    test(`watch: ${expected.watch}, final after window ${expected.finalAt}`, () => {
      expect(watch.verdict.decision).toBe(expected.watch);
      expect(watch.decidedAtWindow).toBe(expected.finalAt);
      expect(watch.reads).toBe(expected.finalAt);
      expect(lines).toHaveLength(expected.finalAt);
      expect(lines.at(-1)).toMatch(
        new RegExp(`^window ${expected.finalAt}/6, .* — ${expected.watch} \\(final\\)$`),
      );
      const reasons = allReasons(watch);
      for (const re of expected.watchReasons) expect(reasons.some((r) => re.test(r)) ? re : reasons).toBe(re);
    });

    test('watch fetches each window once: no more points than the lookback for the windows it read', () => {
      if (expected.finalAt === 6) expect(watch.samples).toBe(lookback.samples);
      else expect(watch.samples).toBeLessThan(lookback.samples);
      // One query_range per metric and per concurrent baseline per read, plus one `baseline: before` query.
      expect(watch.requests).toBe(expected.finalAt * 6 + 1);
    });
  });

  test(`${serverName}: the queries sent are the templated ones`, async () => {
    const since = scenarioSince('healthy');
    const source = new PrometheusSource({ url: url(), sleep: async () => {} });
    try {
      const r = await runBake({
        policy,
        stage: 'canary',
        mode: 'lookback',
        source,
        until: since + BAKE_SECONDS,
        clock: fakeClock((since + 86400) * 1000),
      });
      expect(r.queries.consistency_low).toEqual({
        query: 'max(max_over_time(ALERTS{alertname="ConsistencyLow",alertstate="firing"}[5m])) or vector(0)',
        baselineQuery: null,
      });
      expect(r.queries.error_rate.baselineQuery).toBe(
        `avg_over_time((${r.queries.error_rate.query})[30m:5m])`,
      );
      expect(r.queries.p95_latency_ms.baselineQuery).toContain('track="stable"}[5m]');
      expect(r.data.metrics.error_rate.baseline?.[0].values).toHaveLength(6);
      expect(new Set(r.data.metrics.error_rate.baseline?.[0].values.map((v) => v?.toFixed(6)))).toEqual(
        new Set(['0.002000']),
      );
    } finally {
      source.close();
    }
  });
}
