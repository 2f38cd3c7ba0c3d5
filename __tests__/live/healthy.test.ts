/**
 * Healthy canary: stable and canary serve the same latency and no errors for the whole bake. Watch and
 * lookback promote, on Prometheus and on VictoriaMetrics (default 30 s latency offset, `settle: 3s`),
 * both scraping the same two processes.
 */
import { EXIT, nextSince, outcome, watchThenLookback, withRuns, type BakeRuns } from './helpers/bake.js';
import { stopClis } from './helpers/cli.js';
import { BAKE_SECONDS, LATENCY_GATES, LATENCY_ROLLBACK, policy } from './helpers/policy.js';
import { startStack, waitForSeries, type Stack } from './helpers/stack.js';

const SERVICE = 'healthy';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
let stack: Stack | undefined;
let prometheus: Promise<BakeRuns>;
let victoria: Promise<BakeRuns>;

beforeAll(async () => {
  stack = await startStack({ service: SERVICE, victoria: true });
  stack.startLoad(BAKE_SECONDS + 30);
  const series = `http_requests_total{service="${SERVICE}",track="canary"}`;
  await waitForSeries(stack.prometheus.url, series);
  // VictoriaMetrics scrapes the same targets from the same moment; its latency offset hides them for 30 s,
  // which is what the gate must cope with, so it is not waited for here.
  // Both backends judge the same bake of the same processes, side by side.
  const since = nextSince();
  prometheus = watchThenLookback(stack.prometheus.url, POLICY, since);
  victoria = watchThenLookback(stack.victoria!.url, POLICY, since);
  // Marked handled here; each test awaits (and reports) its own.
  prometheus.catch(() => undefined);
  victoria.catch(() => undefined);
}, 120_000);

afterAll(async () => {
  await stopClis();
  await stack?.dispose();
}, 60_000);

function expectPromote(runs: BakeRuns) {
  withRuns({ watch: runs.watch, lookback: runs.lookback }, () => {
    for (const run of [runs.watch, runs.lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.promote, decision: 'promote' });
      expect(run.report?.bake.windows_observed).toBe(6);
      expect(run.report?.checks.map((c) => c.status)).toEqual(run.report?.checks.map(() => 'pass'));
    }
  });
}

test('Prometheus: watch and lookback promote', async () => {
  expectPromote(await prometheus);
}, 240_000);

test('VictoriaMetrics (latency offset 30 s, settle 3 s): the same verdict as Prometheus', async () => {
  expectPromote(await victoria);
}, 240_000);
