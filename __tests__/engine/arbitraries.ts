/** fast-check generators for engine properties: bake data near the runbook limits, and permutations. */
import fc from 'fast-check';
import type { BakeData, Verdict } from '../../src/engine/types.js';
import type { MissingData } from '../../src/policy/types.js';
import { bake } from './build.js';

/** Values around each runbook-000 limit, weighted towards clean so every decision shows up. */
const NEAR: Record<string, number[]> = {
  p95_latency_ms: [240, 260, 299, 300, 301, 400, 401, 520],
  error_rate: [0.001, 0.002, 0.01, 0.011, 0.02, 0.021],
  invalid_output_rate: [0, 0, 0, 0, 1e-6],
  fallback_rate: [0.04, 0.06, 0.08, 0.09, 0.1, 0.2, 0.21, 0.4],
  breaker_open_rate: [0.0, 0.01, 0.3, 0.31, 0.6],
};
const CLEAN_MAX: Record<string, number> = {
  p95_latency_ms: 300,
  error_rate: 0.01,
  invalid_output_rate: 0,
  fallback_rate: 0.08,
  breaker_open_rate: 0.3,
};

export function valueArb(metric: string, withMissing: boolean): fc.Arbitrary<number | null> {
  const near = NEAR[metric] ?? [0, 1, 10, 100];
  const clean = CLEAN_MAX[metric] ?? 1;
  const arbs: fc.WeightedArbitrary<number | null>[] = [
    { arbitrary: fc.double({ min: 0, max: clean, noNaN: true }), weight: 12 },
    { arbitrary: fc.constantFrom(...near), weight: 3 },
  ];
  if (withMissing) arbs.push({ arbitrary: fc.constant(null), weight: 1 });
  return fc.oneof(...arbs);
}

/** Bake data for `windows` windows of the given metrics, sometimes only partly observed. */
export function bakeArb(metrics: string[], windows: number, withMissing = true): fc.Arbitrary<BakeData> {
  const rows = Object.fromEntries(
    metrics.map((m) => [m, fc.array(valueArb(m, withMissing), { minLength: windows, maxLength: windows })]),
  );
  const observed = fc.oneof(
    { arbitrary: fc.constant(windows), weight: 4 },
    { arbitrary: fc.integer({ min: 0, max: windows }), weight: 1 },
  );
  return fc
    .record({ rows: fc.record(rows), observed })
    .map(({ rows: values, observed: obs }) => bake(values, { expected: windows, observed: obs }));
}

export const missingDataArb: fc.Arbitrary<MissingData> = fc.constantFrom('fail', 'inconclusive', 'ignore');

export function permutation<T>(items: T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
}

/** A verdict with every list in a fixed order and positions dropped: what must not depend on listing order or file layout. */
export function canonical(v: Verdict) {
  const sorted = (xs: string[]) => [...xs].sort();
  const checks = v.checks.map(({ policyLine: _l, policyColumn: _c, ...rest }) => JSON.stringify(rest)).sort();
  return {
    decision: v.decision,
    gatePassed: v.gatePassed,
    rollbackTriggered: v.rollbackTriggered,
    final: v.final,
    rollbackReasons: sorted(v.rollbackReasons),
    gateFailReasons: sorted(v.gateFailReasons),
    inconclusiveReasons: sorted(v.inconclusiveReasons),
    warnings: sorted(v.warnings),
    checks,
  };
}
