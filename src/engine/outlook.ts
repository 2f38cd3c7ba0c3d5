/**
 * What the windows left can still bring: which rollback triggers and rollback judges could still fire.
 * A watch whose promotion is already ruled out (a gate failed, a pause fired, missing data made it
 * inconclusive) keeps reading while this list is not empty, so it never drops a rollback a later window
 * would have fired (DESIGN §2 "Modes"). The test over-approximates: it may keep a watch going that ends
 * without a rollback, never the reverse.
 */
import { formatDuration } from '../policy/duration.js';
import { NO_REASON, type Judged } from './judged.js';
import type { CheckResult } from './types.js';

/**
 * A trigger with `for` k windows can still fire when its run in progress plus the windows left reach k;
 * a judge (or score) with a rollback action can while it has not decided and windows are left. A check
 * skipped for a source error may recover at a later read, so only the windows left count for it.
 */
export function couldStillFire(c: CheckResult, left: number): boolean {
  if (c.action !== 'rollback' || c.status === 'fail' || left <= 0) return false;
  if (c.judgement) return c.judgement.contribution === 'none';
  const needed = c.streak?.needed ?? 1;
  const run = c.status === 'skipped' ? 0 : (c.streak?.windows ?? 0);
  return run + left >= needed;
}

/** `p95_latency_ms > 250 for 30s (1 of 3 windows so far)`, or a judge's condition as the report shows it. */
export function describeOpenCheck(c: CheckResult): string {
  if (c.judgement) return `${c.metric} ${c.condition}`;
  const forText =
    c.forSeconds > 0 && (c.streak?.needed ?? 1) > 1 ? ` for ${formatDuration(c.forSeconds)}` : '';
  const run =
    c.streak && c.streak.needed > 1 ? ` (${c.streak.windows} of ${c.streak.needed} windows so far)` : '';
  return `${c.metric} ${c.condition}${forText}${run}`;
}

/** Without `describe` (a prefix judged only for its finality), each open check is NO_REASON. */
export function rollbackStillPossible(judged: Judged[], left: number, describe = true): string[] {
  return judged
    .map((j) => j.result)
    .filter((c) => couldStillFire(c, left))
    .map(describe ? describeOpenCheck : () => NO_REASON);
}

/**
 * Triggers with a run in progress when the bake was decided before its end are `pending`, not `pass`:
 * `k of n windows` says how far they had come.
 */
export function markPending(checks: CheckResult[], left: number): CheckResult[] {
  if (left <= 0) return checks;
  return checks.map((c) => {
    const s = c.streak;
    if (c.kind !== 'rollback' || c.judgement || c.status !== 'pass' || !s || s.windows === 0) return c;
    if (s.windows + left < s.needed) return c;
    return {
      ...c,
      status: 'pending',
      note: `pending: condition held in the last ${s.windows} of ${s.needed} windows needed when the bake was decided`,
    };
  });
}
