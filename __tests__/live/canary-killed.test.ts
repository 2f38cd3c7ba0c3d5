/**
 * Canary killed (SIGKILL) at the start of window 2: its series stop, Prometheus records `up == 0`.
 * - Latency and error gates only, `missing-data: inconclusive`: inconclusive (exit 3), watch and lookback.
 * - Plus a gate on the canary's `up`: hold (exit 1).
 * - Plus a rollback trigger on `up`: rollback (exit 2). (README: catching a canary that stops reporting.)
 */
import { EXIT, outcome, withRuns } from './helpers/bake.js';
import { evaluate, type CliRun } from './helpers/cli.js';
import {
  BAKE_SECONDS,
  LATENCY_GATES,
  LATENCY_ROLLBACK,
  SETTLE_SECONDS,
  WINDOW_SECONDS,
  gates,
  policy,
  trigger,
} from './helpers/policy.js';
import { liveScenario } from './helpers/scenario.js';
import { at, type Stack } from './helpers/stack.js';

const SERVICE = 'killed';
const UP = `  canary_up:
    query: min_over_time(up{job="${SERVICE}",track="canary"}[{{window}}])
`;
const ONLY_LATENCY = policy({
  service: SERVICE,
  missingData: 'inconclusive',
  gates: LATENCY_GATES,
  rollback: LATENCY_ROLLBACK,
});
/** The latency policy plus a gate on the canary's `up`, with the given triggers. */
const upPolicy = (rollback: string) =>
  policy({
    service: SERVICE,
    missingData: 'inconclusive',
    metrics: UP,
    gates: LATENCY_GATES + gates({ canary_up: '>= 1' }),
    rollback,
  });
const UP_GATE = upPolicy(LATENCY_ROLLBACK);
const UP_ROLLBACK = upPolicy(LATENCY_ROLLBACK + trigger('canary_up', '< 1', '20s'));

/** Both policies with a gate watched side by side, then all three judged in lookback. */
async function judgeKilledBake(s: Stack, since: number): Promise<Record<string, CliRun>> {
  const url = s.prometheus.url;
  const until = since + BAKE_SECONDS;
  const [watchLatency, watchUp] = await Promise.all([
    evaluate({ policy: ONLY_LATENCY, url, mode: 'watch', since }),
    evaluate({ policy: UP_GATE, url, mode: 'watch', since }),
  ]);
  await at(until + SETTLE_SECONDS);
  const [lookbackLatency, lookbackUp, lookbackUpRollback] = await Promise.all([
    evaluate({ policy: ONLY_LATENCY, url, mode: 'lookback', until }),
    evaluate({ policy: UP_GATE, url, mode: 'lookback', until }),
    evaluate({ policy: UP_ROLLBACK, url, mode: 'lookback', until }),
  ]);
  return { watchLatency, watchUp, lookbackLatency, lookbackUp, lookbackUpRollback };
}

const scenario = liveScenario({ service: SERVICE }, (s, since) => ({
  events: [
    s.at(since + 2 * WINDOW_SECONDS, async () => {
      await s.stopLoad('canary');
      await s.canary.kill();
    }),
  ],
  runs: { all: judgeKilledBake(s, since) },
}));

test('latency and error gates only: inconclusive in watch and lookback', async () => {
  const { watchLatency: watch, lookbackLatency: lookback } = await scenario.run('all');
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.inconclusive, decision: 'inconclusive' });
      expect(run.report!.metrics.p95_latency_ms.values[0].values.slice(0, 2).every((v) => v !== null)).toBe(
        true,
      );
    }
  });
}, 240_000);

test("a gate on the canary's up: hold in watch and lookback", async () => {
  const { watchUp: watch, lookbackUp: lookback } = await scenario.run('all');
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.hold, decision: 'hold' });
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/canary_up >= 1/);
      expect(run.report!.metrics.canary_up.values[0].values.slice(0, 2)).toEqual([1, 1]);
    }
  });
}, 240_000);

test("a rollback trigger on the canary's up: rollback", async () => {
  const { lookbackUpRollback: run } = await scenario.run('all');
  withRuns({ lookback: run }, () => {
    expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
    expect(run.report?.rollback_reasons.join('\n')).toMatch(
      /^canary_up < 1 for \d+ consecutive windows \(20s\)/m,
    );
  });
}, 240_000);
