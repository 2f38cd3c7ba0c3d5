/**
 * Mild regression: from window 2 the canary's p95 sits at ~250 ms, over the gate (`<= 200`) but under
 * the rollback trigger (`> 400 for 30s`). The decision is `hold` in watch and lookback; the watch reads
 * on after the hold while the trigger could still fire, and the hold's reasons do not call the bake
 * incomplete.
 */
import { EXIT, outcome, watchThenLookback, withRuns } from './helpers/bake.js';
import { WINDOW_SECONDS, gates, policy, trigger } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'mild';
const POLICY = policy({
  service: SERVICE,
  gates: gates({ p95_latency_ms: '<= 200', error_rate: '<= 0.01' }),
  rollback: trigger('p95_latency_ms', '> 400', '30s'),
});
const scenario = liveScenario({ service: SERVICE }, (stack, since) => ({
  events: [
    stack.at(since + 2 * WINDOW_SECONDS, () => stack.canary.control({ latencyMs: 230, jitterMs: 10 })),
  ],
  runs: { bake: watchThenLookback(stack.prometheus.url, POLICY, since) },
}));

test('watch and lookback hold; the watch reads on while the trigger could fire', async () => {
  const { watch, lookback } = await scenario.run('bake');
  withRuns({ watch, lookback }, () => {
    // The hold came at window 2; the watch read on while the 3-window trigger could still fire, i.e.
    // until window 3 (then only two windows were left), and the lookback judged all six.
    expect(watch.report?.bake.windows_observed).toBe(4);
    expect(lookback.report?.bake.windows_observed).toBe(6);
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.hold, decision: 'hold' });
      expect(run.report?.rollback_triggered).toBe(false);
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/p95_latency_ms <= 200/);
      const reasons = [
        ...run.report!.gate_fail_reasons,
        ...run.report!.rollback_reasons,
        ...(run.report!.inconclusive_reasons ?? []),
      ];
      expect(reasons.join('\n')).not.toMatch(/incomplete/);
      const p95 = run.report!.metrics.p95_latency_ms.values[0].values;
      expect(
        p95.slice(2, run.report!.bake.windows_observed).every((v) => v !== null && v > 200 && v < 400),
      ).toBe(true);
    }
  });
}, 240_000);
