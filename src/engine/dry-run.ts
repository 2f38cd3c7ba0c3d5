/**
 * Per-check `dry-run: true` (Argo Rollouts' `dryRun` for one metric): the check is judged and shown as
 * usual, but its effects on the decision become warnings ("dry-run: would have held: …"), so a new check
 * can be tried on real bakes before it can hold or roll back a release. A dry-run judge cannot end a
 * bake early either.
 */
import type { Effect, Judged } from './judged.js';

const WOULD: Record<'rollback' | 'hold' | 'inconclusive', string> = {
  rollback: 'rolled back',
  hold: 'held',
  inconclusive: 'made the verdict inconclusive',
};

export function applyDryRun(judged: Judged): Judged {
  if (!judged.result.dryRun) return judged;
  const effects: Effect[] = [];
  let wouldHave: 'rollback' | 'hold' | 'inconclusive' | undefined;
  for (const effect of judged.effects) {
    if (effect.kind === 'warning') effects.push(effect);
    else if (effect.kind !== 'promote-early') {
      // The strongest effect names what the check would have done (rollback > hold > inconclusive).
      if (!wouldHave || order(effect.kind) < order(wouldHave)) wouldHave = effect.kind;
      effects.push({
        kind: 'warning',
        reason: `dry-run: would have ${WOULD[effect.kind]}: ${effect.reason}`,
      });
    }
  }
  return { result: { ...judged.result, ...(wouldHave ? { wouldHave } : {}) }, effects };
}

function order(kind: 'rollback' | 'hold' | 'inconclusive'): number {
  return { rollback: 0, hold: 1, inconclusive: 2 }[kind];
}
