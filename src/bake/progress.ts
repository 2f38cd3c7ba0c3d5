/**
 * The one line watch mode prints per read:
 * `window 3/6, 15m left: p95_latency_ms 250 <= 300, error_rate 0.002 <= 0.01, rollback if p95_latency_ms > 400 for 10m: 250 — inconclusive so far`.
 */
import type { CheckResult, Verdict } from '../engine/types.js';
import { formatNumber } from '../engine/format.js';
import { formatDuration } from '../policy/duration.js';

export function progressLine(
  observed: number,
  expected: number,
  leftSeconds: number,
  verdict: Verdict,
  /** Metrics whose last read failed; they are asked again at the next read. */
  retrying: string[] = [],
): string {
  const left = observed >= expected ? 'bake over' : `${formatDuration(Math.ceil(leftSeconds))} left`;
  const lagging = retrying.length > 0 ? ` (read failed, asked again next read: ${retrying.join(', ')})` : '';
  const checks = verdict.checks.map(describeCheck).join(', ');
  return `window ${observed}/${expected}, ${left}${lagging}: ${checks || 'no checks'} — ${stateOf(verdict)}`;
}

/**
 * `rollback (final, decided at window 5/12)`, or while the watch goes on after promotion was ruled out:
 * `hold so far; promotion ruled out (…); still watching for rollback: p95 > 250 for 30s (1 of 3 windows so far)`.
 */
function stateOf(v: Verdict): string {
  if (v.final) {
    const at = v.endedEarly ? `, decided at window ${v.windowsJudged}` : '';
    const open =
      v.rollbackStillPossible.length > 0
        ? `; fail-fast: hold stopped the watch while a rollback could still fire: ${v.rollbackStillPossible.join('; ')}`
        : '';
    return `${v.decision} (final${at})${open}`;
  }
  if (v.promotionRuledOut === null) return `${v.decision} so far`;
  return (
    `${v.decision} so far; promotion ruled out (${v.promotionRuledOut}); ` +
    `still watching for rollback: ${v.rollbackStillPossible.join('; ')}`
  );
}

function describeCheck(c: CheckResult): string {
  const worst = c.worst;
  const value = worst ? formatNumber(worst.value) : 'no data';
  const op = c.condition.trim().split(/\s+/)[0];
  const limit =
    worst && worst.limit !== null && /baseline/.test(c.condition)
      ? `${op} ${formatNumber(worst.limit)}`
      : c.condition;
  const flag = c.status === 'fail' ? ' FAIL' : c.status === 'skipped' ? ' skipped' : '';
  if (c.kind === 'gate') return `${c.metric} ${value} ${limit}${flag}`;
  const forText = c.forSeconds > 0 ? ` for ${formatDuration(c.forSeconds)}` : '';
  const run =
    c.status !== 'fail' && c.streak && c.streak.needed > 1 && c.streak.windows > 0
      ? ` (${c.streak.windows} of ${c.streak.needed} windows)`
      : '';
  return `${c.action} if ${c.metric} ${limit}${forText}: ${value}${c.status === 'fail' ? ' FIRED' : run}`;
}
