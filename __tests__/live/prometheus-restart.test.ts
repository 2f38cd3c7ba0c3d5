/**
 * Prometheus restarted mid-watch, driven through the bundled CLI: it is stopped during window 1 (the read
 * of window 0 finds it down) and started again on its data directory a few seconds later; the canary
 * regresses at window 3, after the restart. The watch survives the outage, reads the windows it missed,
 * and still catches the regression; the lookback of the same bake agrees. (The runBake-level restart
 * test in __tests__/prometheus/restart.test.ts covers the retry bookkeeping on a gauge exporter.)
 */
import { EXIT, outcome, watchThenLookback, withRuns } from './helpers/bake.js';
import { LATENCY_GATES, WINDOW_SECONDS, policy, trigger } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'restart';
const POLICY = policy({
  service: SERVICE,
  // Windows Prometheus could not scrape are skipped, not failed: the outage is not the canary's fault.
  missingData: 'ignore',
  gates: LATENCY_GATES,
  rollback: trigger('p95_latency_ms', '> 250', '20s'),
});
const scenario = liveScenario({ service: SERVICE }, (s, since) => ({
  events: [
    s.at(since + WINDOW_SECONDS + 1, () => s.prometheus.stop()),
    s.at(since + WINDOW_SECONDS + 5, () => s.prometheus.start()),
    s.at(since + 3 * WINDOW_SECONDS, () => s.canary.control({ latencyMs: 390, jitterMs: 5 })),
  ],
  runs: { bake: watchThenLookback(s.prometheus.url, POLICY, since) },
}));

test('the watch survives the restart and rolls back on the later regression, as the lookback does', async () => {
  const { watch, lookback } = await scenario.run('bake');
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
      expect(run.report?.rollback_reasons.join('\n')).toMatch(
        /^p95_latency_ms > 250 for \d+ consecutive windows \(20s\)/m,
      );
      const metric = run.report!.metrics.p95_latency_ms;
      expect(metric.source_error).toBeNull();
      // Window 0 was scraped before the stop and survives the restart (WAL replay).
      expect(metric.values[0].values[0]).toBeLessThan(250);
    }
    expect(watch.report!.bake.windows_observed).toBe(5);
  });
}, 240_000);
