/**
 * Canary killed (SIGKILL) at the start of window 2: its series stop, Prometheus records `up == 0`.
 * - Latency and error gates only, `missing-data: inconclusive`: inconclusive (exit 3), watch and lookback.
 * - Plus a gate on the canary's `up`: hold (exit 1).
 * - Plus a rollback trigger on `up`: rollback (exit 2). (README: catching a canary that stops reporting.)
 */
import { EXIT, nextSince, outcome, withRuns } from './helpers/bake.js';
import { evaluate, stopClis, type CliRun } from './helpers/cli.js';
import {
  BAKE_SECONDS,
  LATENCY_GATES,
  LATENCY_ROLLBACK,
  SETTLE_SECONDS,
  WINDOW_SECONDS,
  policy,
} from './helpers/policy.js';
import { at, startScenario, type Stack } from './helpers/stack.js';

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
const UP_GATE = policy({
  service: SERVICE,
  missingData: 'inconclusive',
  metrics: UP,
  gates: `${LATENCY_GATES}      canary_up: ">= 1"\n`,
  rollback: LATENCY_ROLLBACK,
});
const UP_ROLLBACK = policy({
  service: SERVICE,
  missingData: 'inconclusive',
  metrics: UP,
  gates: `${LATENCY_GATES}      canary_up: ">= 1"\n`,
  rollback: `${LATENCY_ROLLBACK}  - metric: canary_up\n    when: "< 1"\n    for: 20s\n`,
});

let stack: Stack | undefined;
/** The scenario's scheduled changes; a test fails with their error if one failed. */
let events: Promise<void> = Promise.resolve();
let runs: Promise<Record<string, CliRun>>;

beforeAll(async () => {
  stack = await startScenario({ service: SERVICE }, BAKE_SECONDS + 30);
  const s = stack;
  const since = nextSince();
  const until = since + BAKE_SECONDS;
  events = s.at(since + 2 * WINDOW_SECONDS, async () => {
    await s.stopLoad('canary');
    await s.canary.kill();
  });
  events.catch(() => undefined);
  const url = s.prometheus.url;
  runs = (async () => {
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
  })();
  runs.catch(() => undefined);
}, 60_000);

afterAll(async () => {
  await stopClis();
  await stack?.dispose();
}, 60_000);

test('latency and error gates only: inconclusive in watch and lookback', async () => {
  await events;
  const all = await runs;
  const { watchLatency: watch, lookbackLatency: lookback } = all;
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
  await events;
  const { watchUp: watch, lookbackUp: lookback } = await runs;
  withRuns({ watch, lookback }, () => {
    for (const run of [watch, lookback]) {
      expect(outcome(run)).toEqual({ code: EXIT.hold, decision: 'hold' });
      expect(run.report?.gate_fail_reasons.join('\n')).toMatch(/canary_up >= 1/);
      expect(run.report!.metrics.canary_up.values[0].values.slice(0, 2)).toEqual([1, 1]);
    }
  });
}, 240_000);

test("a rollback trigger on the canary's up: rollback", async () => {
  await events;
  const { lookbackUpRollback: run } = await runs;
  withRuns({ lookback: run }, () => {
    expect(outcome(run)).toEqual({ code: EXIT.rollback, decision: 'rollback' });
    expect(run.report?.rollback_reasons.join('\n')).toMatch(
      /^canary_up < 1 for \d+ consecutive windows \(20s\)/m,
    );
  });
}, 240_000);
