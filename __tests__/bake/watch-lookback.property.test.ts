/**
 * The invariant of DESIGN §2 "Modes" (fail-fast: rollback, the default): a watch of a bake (memory source,
 * fake clock: each window read at its end + settle) and a lookback of the same bake reach the same decision,
 * reasons and check statuses, at the same window. Fixed seed, so a failure reproduces.
 */
import fc from 'fast-check';
import { runBake } from '../../src/bake/run.js';
import type { BakeData } from '../../src/engine/types.js';
import { bakeArb, missingDataArb } from '../engine/arbitraries.js';
import { tsfmPolicy } from '../engine/build.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { MemorySource } from './memory-source.js';

const METRICS = ['p95_latency_ms', 'error_rate', 'invalid_output_rate', 'fallback_rate', 'breaker_open_rate'];
const S = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;

function sourceOf(data: BakeData, now?: () => number): MemorySource {
  return new MemorySource((metric, k) => data.metrics[metric]?.series[0].values[k] ?? null, now);
}

const outcome = (r: Awaited<ReturnType<typeof runBake>>) => ({
  decision: r.verdict.decision,
  rollbackReasons: r.verdict.rollbackReasons,
  gateFailReasons: r.verdict.gateFailReasons,
  inconclusiveReasons: r.verdict.inconclusiveReasons,
  statuses: r.verdict.checks.map((c) => `${c.metric} ${c.condition}: ${c.status}`),
  decidedAtWindow: r.decidedAtWindow,
});

test('watch and lookback of the same random bake agree (fail-fast: rollback)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .constantFrom(['canary_5', 6] as const, ['canary_25', 12] as const)
        .chain(([stage, n]) =>
          fc.record({ stage: fc.constant(stage), data: bakeArb(METRICS, n, true), missing: missingDataArb }),
        ),
      async ({ stage, data, missing }) => {
        const policy = tsfmPolicy(missing);
        const clock = fakeClock(S * 1000);
        const watched = await runBake({
          policy,
          stage,
          mode: 'watch',
          since: S,
          source: sourceOf(data, clock.now),
          clock,
        });
        const n = data.windowsExpected;
        const looked = await runBake({
          policy,
          stage,
          mode: 'lookback',
          until: S + n * policy.windowSeconds,
          source: sourceOf(data),
          clock: fakeClock((S + 86400) * 1000),
        });
        expect(outcome(watched)).toEqual(outcome(looked));
      },
    ),
    { seed: 9, numRuns: 150 },
  );
});

test('a watch never ends without a rollback that the whole bake holds', async () => {
  // Judged over every window with no early end (the recorded bake read in full), the rollback triggers that
  // fire anywhere in the bake must also end the watch in rollback.
  await fc.assert(
    fc.asyncProperty(bakeArb(METRICS, 12, true), missingDataArb, async (data, missing) => {
      const policy = tsfmPolicy(missing);
      const clock = fakeClock(S * 1000);
      const watched = await runBake({
        policy,
        stage: 'canary_25',
        mode: 'watch',
        since: S,
        source: sourceOf(data, clock.now),
        clock,
      });
      const fires = policy.stages.canary_25.triggers.some((t) => {
        if (t.action !== 'rollback') return false;
        const values = data.metrics[t.metric]?.series[0].values ?? [];
        let run = 0;
        return values.some((v) => {
          const holds = v !== null && Number.isFinite(v) && compare(t.condition.op, v, t.condition.rhs);
          run = holds ? run + 1 : 0;
          return run >= t.forWindows;
        });
      });
      expect(watched.verdict.decision === 'rollback').toBe(fires);
    }),
    { seed: 11, numRuns: 150 },
  );
});

function compare(op: string, v: number, rhs: { kind: string; value?: number }): boolean {
  const limit = rhs.value as number;
  return op === '>'
    ? v > limit
    : op === '>='
      ? v >= limit
      : op === '<'
        ? v < limit
        : op === '<='
          ? v <= limit
          : op === '=='
            ? v === limit
            : v !== limit;
}
