/**
 * `--compare OTHER.yml`: the same bakes judged by another policy. Names the bakes whose decision changed,
 * why (the reasons one policy gave and the other did not), and says in one line what the change from OTHER
 * to this policy would have done: "raising the p95_latency_ms gate to <= 320 would have promoted 3 of 72
 * bakes that held".
 */
import type { Decision } from '../engine/types.js';
import { formatDuration } from '../policy/duration.js';
import type { CheckSpec, Policy, StageSpec } from '../policy/types.js';
import type { BacktestBake, ChangedBake, DecisionCounts } from './types.js';

export function changedBakes(bakes: BacktestBake[], compareReasons: string[][]): ChangedBake[] {
  const out: ChangedBake[] = [];
  bakes.forEach((b, i) => {
    if (b.compare_decision === undefined || b.compare_decision === b.decision) return;
    const other = compareReasons[i] ?? [];
    const why = [
      ...b.reasons.filter((r) => !other.includes(r)).map((r) => `this policy: ${r}`),
      ...other.filter((r) => !b.reasons.includes(r)).map((r) => `other policy: ${r}`),
    ];
    if (why.length === 0) why.push('the same reasons weigh differently under the two policies');
    out.push({
      since: b.since,
      until: b.until,
      decision: b.decision,
      compare_decision: b.compare_decision,
      why,
    });
  });
  return out;
}

const VERB: Record<Decision, string> = {
  promote: 'promoted',
  hold: 'held',
  rollback: 'rolled back',
  inconclusive: 'left inconclusive',
};

/** One line: what moving from `other` to `policy` would have done to the bakes `other` judged. */
export function compareSentence(
  policy: { policy: Policy; stage: StageSpec },
  other: { policy: Policy; stage: StageSpec },
  bakes: BacktestBake[],
  otherCounts: DecisionCounts,
): string {
  const change = describeChange(other, policy);
  const flips = new Map<string, number>();
  for (const b of bakes) {
    if (b.compare_decision === undefined || b.compare_decision === b.decision) continue;
    const key = `${b.compare_decision}>${b.decision}`;
    flips.set(key, (flips.get(key) ?? 0) + 1);
  }
  if (flips.size === 0) return `${change} would have changed no decision in ${bakes.length} bakes`;
  const parts = [...flips.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n], i) => {
      const [from, to] = key.split('>') as [Decision, Decision];
      const total = otherCounts[from];
      return `${VERB[to]} ${n} of ${total}${i === 0 ? ' bakes' : ''} that ${from === 'promote' ? 'promoted' : VERB[from].replace('left ', 'were ')}`;
    });
  return `${change} would have ${joinAnd(parts)}`;
}

/** The policy change in words, e.g. "raising the p95_latency_ms gate to <= 320". */
export function describeChange(
  from: { policy: Policy; stage: StageSpec },
  to: { policy: Policy; stage: StageSpec },
): string {
  const parts: string[] = [];
  if (from.policy.windowSeconds !== to.policy.windowSeconds)
    parts.push(`changing the window from ${from.policy.windowText} to ${to.policy.windowText}`);
  if (from.stage.bakeSeconds !== to.stage.bakeSeconds)
    parts.push(
      `changing the bake from ${formatDuration(from.stage.bakeSeconds)} to ${formatDuration(to.stage.bakeSeconds)}`,
    );
  if (from.policy.missingData !== to.policy.missingData)
    parts.push(`changing missing-data from ${from.policy.missingData} to ${to.policy.missingData}`);
  const before = checksByKey(from.stage);
  const after = checksByKey(to.stage);
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) parts.push(`adding the ${label(a)} ${a.condition.text}`);
    else if (b.condition.text !== a.condition.text || b.forSeconds !== a.forSeconds) parts.push(moved(b, a));
  }
  for (const [key, b] of before)
    if (!after.has(key)) parts.push(`dropping the ${label(b)} ${b.condition.text}`);
  for (const name of Object.keys(to.policy.metrics)) {
    const a = to.policy.metrics[name];
    const b = from.policy.metrics[name];
    if (
      b &&
      (a.query !== b.query ||
        a.alert !== b.alert ||
        JSON.stringify(a.baseline) !== JSON.stringify(b.baseline))
    )
      parts.push(`changing the ${name} query`);
  }
  if (parts.length === 0) return 'the other policy';
  if (parts.length > 2)
    return `${parts.slice(0, 2).join(', ')} and ${parts.length - 2} more change${parts.length > 3 ? 's' : ''}`;
  return joinAnd(parts);
}

function checksByKey(stage: StageSpec): Map<string, CheckSpec> {
  const out = new Map<string, CheckSpec>();
  const seen = new Map<string, number>();
  for (const c of [...stage.gates, ...stage.triggers]) {
    // Checks pair by what they guard and which way; the n-th such check with the n-th.
    const base = `${c.kind}|${c.metric}|${c.action}|${direction(c)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(`${base}|${n}`, c);
  }
  return out;
}

function direction(c: CheckSpec): string {
  const relative = c.condition.rhs.kind === 'baseline' ? 'relative' : 'fixed';
  return `${c.condition.op.replace('=', '')}|${relative}`;
}

function label(c: CheckSpec): string {
  return c.kind === 'gate' ? `${c.metric} gate` : `${c.metric} ${c.action} trigger`;
}

function moved(b: CheckSpec, a: CheckSpec): string {
  const from = fixedLimit(b);
  const to = fixedLimit(a);
  if (b.condition.text === a.condition.text)
    return `changing the ${label(a)}'s for from ${formatDuration(b.forSeconds)} to ${formatDuration(a.forSeconds)}`;
  if (from !== null && to !== null && b.condition.op === a.condition.op)
    return `${to > from ? 'raising' : 'lowering'} the ${label(a)} to ${a.condition.text}`;
  return `changing the ${label(a)} from ${b.condition.text} to ${a.condition.text}`;
}

function fixedLimit(c: CheckSpec): number | null {
  return c.condition.rhs.kind === 'number' ? c.condition.rhs.value : null;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
