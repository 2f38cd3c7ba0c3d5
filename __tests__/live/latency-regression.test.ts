/**
 * Latency regression (issue 9's first case): the canary's p95 jumps from ~100 ms to ~400 ms at the start
 * of window 2 of 6. The gate `<= 300` fails at once (hold); the trigger `> 250 for 30s` needs three
 * windows, so it fires at window 4. A watch must keep reading after the hold and end `rollback`, as the
 * lookback of the same bake does; on VictoriaMetrics (default latency offset, settle 3 s) as on Prometheus.
 */
import { EXIT, nextSince, outcome, watchThenLookback, withRuns, type BakeRuns } from './helpers/bake.js';
import { stopClis } from './helpers/cli.js';
import { BAKE_SECONDS, LATENCY_GATES, LATENCY_ROLLBACK, WINDOW_SECONDS, policy } from './helpers/policy.js';
import { startStack, waitForSeries, type Stack } from './helpers/stack.js';

const SERVICE = 'regression';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
const REGRESSION_WINDOW = 2;
let stack: Stack | undefined;
/** The scenario's scheduled changes; a test fails with their error if one failed. */
let events: Promise<void> = Promise.resolve();
let prometheus: Promise<BakeRuns>;
let victoria: Promise<BakeRuns>;

beforeAll(async () => {
  stack = await startStack({ service: SERVICE, victoria: true });
  stack.startLoad(BAKE_SECONDS + 30);
  const series = `http_requests_total{service="${SERVICE}",track="canary"}`;
  await waitForSeries(stack.prometheus.url, series);
  // VictoriaMetrics scrapes the same targets from the same moment; its latency offset hides them for 30 s,
  // which is what the gate must cope with, so it is not waited for here.
  const since = nextSince();
  const canary = stack.canary;
  events = stack.at(since + REGRESSION_WINDOW * WINDOW_SECONDS, () =>
    canary.control({ latencyMs: 390, jitterMs: 5 }),
  );
  events.catch(() => undefined);
  prometheus = watchThenLookback(stack.prometheus.url, POLICY, since);
  victoria = watchThenLookback(stack.victoria!.url, POLICY, since);
  prometheus.catch(() => undefined);
  victoria.catch(() => undefined);
}, 120_000);

afterAll(async () => {
  await stopClis();
  await stack?.dispose();
}, 60_000);

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
  await events;
  expectRollback(await prometheus);
}, 240_000);

test('VictoriaMetrics (latency offset 30 s, settle 3 s): the same verdict as Prometheus', async () => {
  await events;
  expectRollback(await victoria);
}, 240_000);
