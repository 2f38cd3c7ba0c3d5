/**
 * Error spike: the canary fails 30% of its requests during windows 2 and 3, then recovers. The trigger
 * `error_rate > 0.05` (one window) fires at window 2: the watch ends there with `rollback`, and the
 * lookback of the whole bake (recovered by its end) rolls back too.
 */
import { EXIT, outcome, watchThenLookback, withRuns } from './helpers/bake.js';
import { LATENCY_GATES, LATENCY_ROLLBACK, WINDOW_SECONDS, policy } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'errors';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
const scenario = liveScenario({ service: SERVICE }, (stack, since) => ({
  events: [
    stack.at(since + 2 * WINDOW_SECONDS, () => stack.canary.control({ errorRatio: 0.3 })),
    stack.at(since + 4 * WINDOW_SECONDS, () => stack.canary.control({ errorRatio: 0 })),
  ],
  runs: { bake: watchThenLookback(stack.prometheus.url, POLICY, since) },
}));

test('watch and lookback roll back on the spike', async () => {
  const { watch, lookback } = await scenario.run('bake');
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
      expect(run.report?.rollback_reasons.join('\n')).toMatch(/^error_rate > 0\.05 in [12] of \d+ windows/m);
      const errors = run.report!.metrics.error_rate.values[0].values;
      expect(errors.slice(0, 2)).toEqual([0, 0]);
      expect(errors[2]).toBeGreaterThan(0.05);
    }
    // The rollback is final at the first spiked window: the watch stops there.
    expect(watch.report?.bake.windows_observed).toBe(3);
    const errors = lookback.report!.metrics.error_rate.values[0].values;
    expect(errors[3]).toBeGreaterThan(0.05);
    expect(errors[5]).toBe(0);
  });
}, 240_000);
