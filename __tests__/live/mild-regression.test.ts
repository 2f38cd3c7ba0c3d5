/**
 * Mild regression: from window 2 the canary's p95 sits at ~250 ms, over the gate (`<= 200`) but under
 * the rollback trigger (`> 400 for 30s`). The decision is `hold` in watch and lookback; the watch reads
 * every window (the trigger could still fire until the last one) and the hold's reasons do not call the
 * bake incomplete.
 */
import { EXIT, nextSince, outcome, watchThenLookback, withRuns, type BakeRuns } from './helpers/bake.js';
import { stopClis } from './helpers/cli.js';
import { BAKE_SECONDS, WINDOW_SECONDS, policy } from './helpers/policy.js';
import { startScenario, type Stack } from './helpers/stack.js';

const SERVICE = 'mild';
const POLICY = policy({
  service: SERVICE,
  gates: `      p95_latency_ms: "<= 200"
      error_rate: "<= 0.01"
`,
  rollback: `  - metric: p95_latency_ms
    when: "> 400"
    for: 30s
`,
});
let stack: Stack | undefined;
/** The scenario's scheduled changes; a test fails with their error if one failed. */
let events: Promise<void> = Promise.resolve();
let runs: Promise<BakeRuns>;

beforeAll(async () => {
  stack = await startScenario({ service: SERVICE }, BAKE_SECONDS + 30);
  const since = nextSince();
  const canary = stack.canary;
  events = stack.at(since + 2 * WINDOW_SECONDS, () => canary.control({ latencyMs: 230, jitterMs: 10 }));
  events.catch(() => undefined);
  runs = watchThenLookback(stack.prometheus.url, POLICY, since);
  runs.catch(() => undefined);
}, 60_000);

afterAll(async () => {
  await stopClis();
  await stack?.dispose();
}, 60_000);

test('watch and lookback hold; the watch reads the whole bake', async () => {
  await events;
  const { watch, lookback } = await runs;
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.hold, decision: 'hold' });
      expect(run.report?.rollback_triggered).toBe(false);
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/p95_latency_ms <= 200/);
      expect(run.report?.bake.windows_observed).toBe(6);
      const reasons = [
        ...run.report!.gate_fail_reasons,
        ...run.report!.rollback_reasons,
        ...(run.report!.inconclusive_reasons ?? []),
      ];
      expect(reasons.join('\n')).not.toMatch(/incomplete/);
      const p95 = run.report!.metrics.p95_latency_ms.values[0].values;
      expect(p95.slice(3).every((v) => v !== null && v > 200 && v < 400)).toBe(true);
    }
  });
}, 240_000);
