/**
 * evaluateStage finds the first final window by bisection (src/engine/evaluate.ts), which is sound only if
 * finality is monotone in the prefix length k: a verdict final over windows [0, k) stays final over every
 * longer prefix. Checked here over random bakes, both fail-fast settings and every missing-data policy, with
 * a linear scan as the reference: the verdict over all windows is the one over the first final prefix; and
 * judging a prefix without reason text (as the bisection does) yields the same effects and statuses.
 * Fixed seed, so a failure reproduces.
 */
import fc from 'fast-check';
import { judgeCheck } from '../../src/engine/check.js';
import { evaluateStage } from '../../src/engine/evaluate.js';
import type { Effect } from '../../src/engine/judged.js';
import type { BakeData } from '../../src/engine/types.js';
import { bakeArb, missingDataArb } from './arbitraries.js';
import { tsfmPolicy } from './build.js';

const METRICS = ['p95_latency_ms', 'error_rate', 'invalid_output_rate', 'fallback_rate', 'breaker_open_rate'];

const kindOf = ({ reason: _, ...rest }: Effect) => rest;
const prefix = (data: BakeData, k: number): BakeData => ({ ...data, windowsObserved: k });

test('finality is monotone in the prefix length, and the verdict is the one at the first final prefix', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(['canary_5', 6] as const, ['canary_25', 12] as const).chain(([stage, n]) =>
        fc.record({
          stage: fc.constant(stage),
          data: bakeArb(METRICS, n, true),
          missing: missingDataArb,
          failFast: fc.constantFrom('rollback' as const, 'hold' as const),
        }),
      ),
      ({ stage, data, missing, failFast }) => {
        const policy = { ...tsfmPolicy(missing), failFast };
        const spec = policy.stages[stage];
        const n = data.windowsExpected;
        const verdicts = Array.from({ length: n + 1 }, (_, k) =>
          evaluateStage(policy, spec, prefix(data, k)),
        );
        // verdicts[k].final is whether k windows make a final verdict: evaluateStage bisects only below a final k.
        for (let k = 0; k < n; k++) {
          if (!verdicts[k].final) continue;
          expect(verdicts[k + 1].final).toBe(true);
          // Once final, a longer prefix keeps the verdict and the window it was reached at.
          expect(verdicts[k + 1]).toEqual(verdicts[k]);
        }
        const first = verdicts.findIndex((v) => v.final);
        expect(first).toBeGreaterThanOrEqual(0); // the complete bake is always final
        expect(verdicts[first].windowsJudged).toBe(first);
        expect(verdicts[n]).toEqual(verdicts[first]);
        // The bisection judges prefixes without reason text: the same effects and statuses, only no words.
        for (let k = 0; k <= n; k++)
          for (const check of [...spec.gates, ...spec.triggers]) {
            const described = judgeCheck(policy, prefix(data, k), k, check);
            const bare = judgeCheck(policy, prefix(data, k), k, check, { describe: false });
            expect(bare.effects.map(kindOf)).toEqual(described.effects.map(kindOf));
            expect(bare.result.status).toBe(described.result.status);
            expect(bare.result.streak).toEqual(described.result.streak);
            expect(bare.result.violatingWindows).toEqual(described.result.violatingWindows);
          }
      },
    ),
    { seed: 20261202, numRuns: 150 },
  );
});
