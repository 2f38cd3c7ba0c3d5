/**
 * Alert sustained (runbook 003: "any alert sustained … → rollback"). Prometheus loads a recording rule
 * (the error ratio per track) and `CanaryHighErrorRate` on it with `for: 10s`. From window 2 the canary
 * fails 20% of its requests: the gate on the recorded ratio fails at once (hold), the alert fires ~10 s
 * later, and the trigger on it (`>= 1 for 20s`) fires two windows on. Watch and lookback roll back.
 * A policy naming an alert Prometheus does not have is refused before any window (exit 64).
 */
import { EXIT, outcome, watchThenLookback, withRuns } from './helpers/bake.js';
import { evaluate } from './helpers/cli.js';
import { WINDOW_SECONDS, gates, policy, trigger } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'alerting';
const alertPolicy = (alertName: string) =>
  policy({
    service: SERVICE,
    metrics: `  recorded_error_ratio:
    query: max_over_time(track:http_requests:error_ratio_rate10s{service="{{vars.service}}",track="canary"}[{{window}}])
  canary_alert:
    alert: ${alertName}
`,
    gates: gates({ p95_latency_ms: '<= 300', recorded_error_ratio: '<= 0.01' }),
    rollback: trigger('canary_alert', '>= 1', '20s'),
  });
const scenario = liveScenario({ service: SERVICE }, (stack, since) => ({
  events: [stack.at(since + 2 * WINDOW_SECONDS, () => stack.canary.control({ errorRatio: 0.2 }))],
  runs: { bake: watchThenLookback(stack.prometheus.url, alertPolicy('CanaryHighErrorRate'), since) },
}));

test('watch and lookback roll back once the alert has fired for two windows', async () => {
  const { watch, lookback } = await scenario.run('bake');
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
      expect(run.report?.rollback_reasons.join('\n')).toMatch(
        /^canary_alert >= 1 for \d+ consecutive windows \(20s\)/m,
      );
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/recorded_error_ratio <= 0\.01/);
      const fired = run.report!.metrics.canary_alert.values[0].values;
      // Not firing before the errors started; firing from the window after (pending `for: 10s` first).
      expect(fired.slice(0, 2)).toEqual([0, 0]);
    }
    // The hold came at window 2; the watch kept reading until the trigger's second firing window.
    expect(watch.report!.bake.windows_observed).toBeGreaterThanOrEqual(4);
  });
}, 240_000);

test('an alert name Prometheus has no rule for is an input error with a did-you-mean', async () => {
  const stack = await scenario.stackAfterEvents();
  const run = await evaluate({
    policy: alertPolicy('CanaryHighErrRate'),
    url: stack.prometheus.url,
    mode: 'lookback',
    timeoutMs: 30_000,
  });
  withRuns({ typo: run }, () => {
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toMatch(/CanaryHighErrRate/);
    expect(run.stderr).toMatch(/CanaryHighErrorRate/);
  });
}, 60_000);
