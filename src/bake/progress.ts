/**
 * The one line watch mode prints per read:
 * `window 3/6, 15m left: p95_latency_ms 250 <= 300, error_rate 0.002 <= 0.01, rollback if p95_latency_ms > 400 for 10m: 250 — promote so far`.
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
  const state = verdict.final ? `${verdict.decision} (final)` : `${verdict.decision} so far`;
  return `window ${observed}/${expected}, ${left}${lagging}: ${checks || 'no checks'} — ${state}`;
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
  return `${c.action} if ${c.metric} ${limit}${forText}: ${value}${c.status === 'fail' ? ' FIRED' : ''}`;
}
