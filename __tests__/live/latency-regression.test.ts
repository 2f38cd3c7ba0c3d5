/**
 * Latency regression (issue 9's first case): the canary's p95 jumps from ~100 ms to ~400 ms at the start
 * of window 2 of 6. The gate `<= 300` fails at once (hold); the trigger `> 250 for 30s` needs three
 * windows, so it fires at window 4. A watch must keep reading after the hold and end `rollback`, as the
 * lookback of the same bake does; on VictoriaMetrics (default latency offset, settle 3 s) as on Prometheus.
 */
import { EXIT, outcome, watchThenLookbackOnEach, withRuns, type BakeRuns } from './helpers/bake.js';
import { LATENCY_GATES, LATENCY_ROLLBACK, WINDOW_SECONDS, policy } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'regression';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
const REGRESSION_WINDOW = 2;
const scenario = liveScenario({ service: SERVICE, victoria: true }, (stack, since) => ({
  events: [
    stack.at(since + REGRESSION_WINDOW * WINDOW_SECONDS, () =>
      stack.canary.control({ latencyMs: 390, jitterMs: 5 }),
    ),
  ],
  runs: watchThenLookbackOnEach(stack, POLICY, since),
}));

function expectRollback(runs: BakeRuns) {
  withRuns({ watch: runs.watch, lookback: runs.lookback }, () => {
    for (const run of [runs.watch, runs.lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
      expect(run.report?.rollback_triggered).toBe(true);
      expect(run.report?.rollback_reasons.join('\n')).toMatch(
        /^p95_latency_ms > 250 for \d+ consecutive windows \(30s\)/m,
      );
      // The gate breach is reported too: the hold came first, the rollback on top of it.
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/p95_latency_ms <= 300/);
      const p95 = run.report!.metrics.p95_latency_ms.values[0].values;
      // Healthy before the regression, regressed from its window on.
      expect(p95.slice(0, REGRESSION_WINDOW).every((v) => v !== null && v < 250)).toBe(true);
      expect(p95.slice(REGRESSION_WINDOW, REGRESSION_WINDOW + 3).every((v) => v !== null && v > 300)).toBe(
        true,
      );
    }
    // The watch read on past the hold at window 2 until the trigger's third window (4), then stopped.
    expect(runs.watch.report?.bake.windows_observed).toBe(REGRESSION_WINDOW + 3);
    expect(runs.lookback.report?.bake.windows_observed).toBe(6);
  });
}

test('Prometheus: watch and lookback roll back', async () => {
  expectRollback(await scenario.run('prometheus'));
}, 240_000);

test('VictoriaMetrics (latency offset 30 s, settle 3 s): the same verdict as Prometheus', async () => {
  expectRollback(await scenario.run('victoria'));
}, 240_000);
