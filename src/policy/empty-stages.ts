/**
 * A stage with no gate, trigger or score, in a policy without judges, promotes without looking at a metric.
 * Valid (generated and test policies have such stages), but almost always a mistake: the CLI warns.
 */
import type { Policy, StageSpec } from './types.js';

export function checksNothing(policy: Policy, stage: StageSpec): boolean {
  if (Object.values(policy.metrics).some((m) => m.judge)) return false;
  return stage.gates.length === 0 && stage.triggers.length === 0 && !stage.score;
}

export function checksNothingWarning(policy: Policy, stage: StageSpec): string {
  return (
    `${policy.path}:${stage.pos.line}:${stage.pos.column}: stage "${stage.name}" checks nothing ` +
    '(no gates, rollback triggers or score), so it always promotes; add gates: or a rollback: trigger'
  );
}
