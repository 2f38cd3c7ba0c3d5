/**
 * Quiet checks (src/engine/quiet.ts) are judged from the sample columns without Sample objects: for any
 * samples, what judgeCheck returns equals what the general gate and trigger judges return on the same
 * samples, every field, in every describe mode.
 */
import fc from 'fast-check';
import { judgeCheck, checkSamples } from '../../src/engine/check.js';
import { judgeGate } from '../../src/engine/gate.js';
import { everyWindowIs, prefixSamples } from '../../src/engine/samples.js';
import { judgeTrigger } from '../../src/engine/trigger.js';
import type { BakeData, Series } from '../../src/engine/types.js';
import type { MissingData } from '../../src/policy/types.js';
import { gate, metric, policy, stage, trigger, WINDOW } from './build.js';

const CONDITIONS = [
  '<= 300',
  '< 300',
  '>= 100',
  '> 100',
  '== 200',
  '!= 200',
  '<= baseline * 1.1',
  '> baseline + 50',
];
const valueArb = fc.oneof(
  { arbitrary: fc.constantFrom(100, 200, 300, 299.5, 150), weight: 3 },
  { arbitrary: fc.double({ min: 100, max: 300, noNaN: true }), weight: 6 },
  { arbitrary: fc.constant(null), weight: 1 },
);
const seriesArb = (windows: number) =>
  fc.array(
    fc.record({
      pod: fc.constantFrom('a', 'b', 'c'),
      values: fc.array(valueArb, { minLength: windows, maxLength: windows }),
    }),
    { minLength: 0, maxLength: 3 },
  );

const caseArb = fc.integer({ min: 0, max: 6 }).chain((windows) =>
  fc.record({
    windows: fc.constant(windows),
    observed: fc.integer({ min: 0, max: windows }),
    canary: seriesArb(windows),
    baseline: fc.option(seriesArb(windows), { nil: undefined }),
    condition: fc.constantFrom(...CONDITIONS),
    kind: fc.constantFrom('gate', 'trigger'),
    forMinutes: fc.constantFrom(5, 10, 15),
    missingData: fc.constantFrom<MissingData>('fail', 'inconclusive', 'ignore'),
    describe: fc.boolean(),
  }),
);

const toSeries = (s: { pod: string; values: (number | null)[] }[]): Series[] =>
  s.map(({ pod, values }, i) => ({ labels: { pod: `${pod}${i}` }, values }));

test('a quiet check is judged exactly as the general judges judge it', () => {
  let quiet = 0;
  fc.assert(
    fc.property(caseArb, (c) => {
      const check =
        c.kind === 'gate' ? gate('m', c.condition) : trigger('m', c.condition, c.forMinutes, 'rollback');
      const p = policy([metric('m', c.missingData)], [stage('s', (c.windows * WINDOW) / 60, [check])]);
      const data: BakeData = {
        windowSeconds: WINDOW,
        windowsExpected: c.windows,
        windowsObserved: c.observed,
        since: 1_795_000_000,
        metrics: {
          m: { series: toSeries(c.canary), ...(c.baseline ? { baseline: toSeries(c.baseline) } : {}) },
        },
      };
      const samples = checkSamples(p, data, c.observed, check);
      const got = judgeCheck(p, data, c.observed, check, { describe: c.describe, samples });
      const ctx = {
        metric: 'm',
        missingData: c.missingData,
        observed: c.observed,
        clock: { windowSeconds: WINDOW, since: data.since },
        describe: c.describe,
      };
      if (everyWindowIs(samples, c.observed, c.kind === 'gate')) quiet++;
      const series = prefixSamples(samples, c.observed);
      // The cases the general judges see directly (noPartnerAtAll is judgeCheck's own, before either).
      if (got.result.reasons.some((r) => r.includes('no canary series has a baseline partner'))) return;
      const want = c.kind === 'gate' ? judgeGate(ctx, check, series) : judgeTrigger(ctx, check, series);
      expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    }),
    { seed: 6, numRuns: 3000 },
  );
  // The generator reaches the quiet case often, and the general one the rest of the time.
  expect(quiet).toBeGreaterThan(300);
});
