/**
 * Per check over all bakes: how many it failed, the distribution of its worst value, and the headroom to
 * its limit. Built one bake at a time so no verdict is kept.
 */
import type { CheckResult, Verdict } from '../engine/types.js';
import { margin } from '../engine/severity.js';
import type { Comparator } from '../policy/types.js';
import type { BacktestCheck, DecisionCounts, Quantiles } from './types.js';

interface CheckTally {
  check: Pick<CheckResult, 'kind' | 'metric' | 'condition' | 'action'>;
  op: Comparator | null;
  failed: number;
  noData: number;
  /** Per bake (by index): its worst value and headroom, null when it had none. */
  worst: (number | null)[];
  headroom: (number | null)[];
  limits: Set<number>;
}

export class CheckSummary {
  private readonly tallies = new Map<string, CheckTally>();
  private bakes = 0;

  add(verdict: Verdict): void {
    const bake = this.bakes++;
    for (const c of verdict.checks) {
      const key = `${c.kind}\u0000${c.metric}\u0000${c.condition}\u0000${c.action}`;
      let t = this.tallies.get(key);
      if (!t) {
        const op = (/^\s*(<=|>=|==|!=|<|>)/.exec(c.condition)?.[1] as Comparator | undefined) ?? null;
        t = { check: c, op, failed: 0, noData: 0, worst: [], headroom: [], limits: new Set() };
        this.tallies.set(key, t);
      }
      if (c.status === 'fail') t.failed++;
      if (c.status === 'no_data') t.noData++;
      const value = c.worst?.value;
      if (value === null || value === undefined) continue;
      setAt(t.worst, bake, value);
      const limit = c.worst?.limit;
      if (limit === null || limit === undefined || t.op === null) continue;
      t.limits.add(limit);
      // A gate states what is good, a trigger what is bad: headroom is how far from failing either way.
      const holds = margin(t.op, value, limit);
      setAt(t.headroom, bake, c.kind === 'gate' ? holds : -holds);
    }
  }

  result(): BacktestCheck[] {
    const perBake = (values: (number | null)[]) => {
      const out = values.slice(0, this.bakes);
      while (out.length < this.bakes) out.push(null);
      return out;
    };
    return [...this.tallies.values()].map((t) => {
      const highIsBad = badIsHigh(t.op, t.check.kind);
      const worstValues = perBake(t.worst);
      const headroomValues = perBake(t.headroom);
      const worst = quantiles(present(worstValues), highIsBad);
      const headroom = quantiles(present(headroomValues), false);
      return {
        kind: t.check.kind,
        metric: t.check.metric,
        condition: t.check.condition,
        action: t.check.action,
        bakes_failed: t.failed,
        bakes_no_data: t.noData,
        bakes_judged: present(worstValues).length,
        bad_direction: highIsBad ? 'high' : 'low',
        worst: { p50: worst.p50, p95: worst.p95, p99: worst.p99, max: worst.extreme },
        limit: t.limits.size === 1 ? [...t.limits][0] : null,
        headroom: { p50: headroom.p50, p95: headroom.p95, p99: headroom.p99, min: headroom.extreme },
        worst_values: worstValues,
        headroom_values: headroomValues,
      };
    });
  }
}

/** values[i] = value, bakes without one null: the array stays dense (no holes to look up). */
function setAt(values: (number | null)[], i: number, value: number): void {
  while (values.length < i) values.push(null);
  values[i] = value;
}

function present(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

/** `<= 300` gates and `> 400` triggers go bad upwards; `>= 0.9` gates and `< 0.5` triggers downwards. */
function badIsHigh(op: Comparator | null, kind: 'gate' | 'rollback'): boolean {
  const upperLimit = op === '<' || op === '<=' || op === '==' || op === null;
  return kind === 'gate' ? upperLimit : !(op === '<' || op === '<=');
}

/** Nearest-rank quantiles in the bad direction (`highIsBad` false: p95 is the 5th percentile). */
export function quantiles(values: number[], highIsBad: boolean): Quantiles & { extreme: number | null } {
  if (values.length === 0) return { p50: null, p95: null, p99: null, extreme: null };
  const sorted = Float64Array.from(values).sort();
  if (!highIsBad) sorted.reverse();
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), extreme: sorted[sorted.length - 1] };
}

export function countDecisions(decisions: string[]): DecisionCounts {
  const counts: DecisionCounts = { promote: 0, hold: 0, rollback: 0, inconclusive: 0 };
  for (const d of decisions) counts[d as keyof DecisionCounts]++;
  return counts;
}
