/**
 * Healthy canary: stable and canary serve the same latency and no errors for the whole bake. Watch and
 * lookback promote, on Prometheus and on VictoriaMetrics (default 30 s latency offset, `settle: 3s`),
 * both scraping the same two processes.
 */
import { EXIT, outcome, watchThenLookbackOnEach, withRuns, type BakeRuns } from './helpers/bake.js';
import { LATENCY_GATES, LATENCY_ROLLBACK, policy } from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';

const SERVICE = 'healthy';
const POLICY = policy({ service: SERVICE, gates: LATENCY_GATES, rollback: LATENCY_ROLLBACK });
// Both backends judge the same bake of the same processes, side by side.
const scenario = liveScenario({ service: SERVICE, victoria: true }, (stack, since) => ({
  runs: watchThenLookbackOnEach(stack, POLICY, since),
}));

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
  expectPromote(await scenario.run('prometheus'));
}, 240_000);

test('VictoriaMetrics (latency offset 30 s, settle 3 s): the same verdict as Prometheus', async () => {
  expectPromote(await scenario.run('victoria'));
}, 240_000);
