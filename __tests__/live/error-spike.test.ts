/**
 * Error spike: the canary fails 30% of its requests during windows 2 and 3, then recovers. The trigger
 * `error_rate > 0.05` (one window) fires at window 2: the watch ends there with `rollback`, and the
 * lookback of the whole bake (recovered by its end) rolls back too.
 */
import { EXIT, nextSince, outcome, watchThenLookback, withRuns, type BakeRuns } from './helpers/bake.js';
import { stopClis } from './helpers/cli.js';
import { BAKE_SECONDS, LATENCY_GATES, LATENCY_ROLLBACK, WINDOW_SECONDS, policy } from './helpers/policy.js';
import { startScenario, type Stack } from './helpers/stack.js';

const SERVICE = 'errors';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
let stack: Stack | undefined;
/** The scenario's scheduled changes; a test fails with their error if one failed. */
let events: Promise<void> = Promise.resolve();
let runs: Promise<BakeRuns>;

beforeAll(async () => {
  stack = await startScenario({ service: SERVICE }, BAKE_SECONDS + 30);
  const since = nextSince();
  const canary = stack.canary;
  events = Promise.all([
    stack.at(since + 2 * WINDOW_SECONDS, () => canary.control({ errorRatio: 0.3 })),
    stack.at(since + 4 * WINDOW_SECONDS, () => canary.control({ errorRatio: 0 })),
  ]).then(() => undefined);
  events.catch(() => undefined);
  runs = watchThenLookback(stack.prometheus.url, POLICY, since);
  runs.catch(() => undefined);
}, 60_000);

afterAll(async () => {
  await stopClis();
  await stack?.dispose();
}, 60_000);

test('watch and lookback roll back on the spike', async () => {
  await events;
  const { watch, lookback } = await runs;
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
