/**
 * Folding the checks' effects into the verdict. First match wins: rollback (a rollback trigger fired) →
 * hold (a gate failed or a pause trigger fired) → inconclusive (bake incomplete, missing data, source
 * errors under `fail`) → promote. Notify triggers only warn. Whether the verdict is final (the watch may
 * stop) follows `fail-fast` and what the windows left could still bring (./outlook.ts).
 */
import { formatDuration } from '../policy/duration.js';
import type { FailFast, Policy } from '../policy/types.js';
import type { Effect, Judged } from './judged.js';
import { markPending, rollbackStillPossible } from './outlook.js';
import type { BakeData, Decision, Verdict } from './types.js';

export function decide(
  policy: Policy,
  failFast: FailFast,
  data: BakeData,
  observed: number,
  judged: Judged[],
  /** False for a prefix judged only for its finality (evaluate.ts): checks and open triggers go unlisted. */
  describe = true,
): Verdict {
  const effects = judged.flatMap((j) => j.effects);
  const reasonsOf = (kind: Effect['kind']) =>
    unique(effects.filter((e) => e.kind === kind).map((e) => e.reason));
  const left = Math.max(0, data.windowsExpected - observed);
  const complete = left === 0;

  const rollbackReasons = reasonsOf('rollback');
  const gateFailReasons = reasonsOf('hold');
  // A judge with `promote-early: true` that ruled out a regression ends the bake early (docs/judges.md).
  const promoteEarlyReasons = reasonsOf('promote-early');
  const early = !complete && promoteEarlyReasons.length > 0;
  const unfixable = effects.filter((e) => e.kind === 'inconclusive' && e.final).map((e) => e.reason);
  // "Bake incomplete" is a reason only while it is what stands between the verdict and a promote.
  const onlyIncomplete =
    !complete &&
    !early &&
    rollbackReasons.length === 0 &&
    gateFailReasons.length === 0 &&
    unfixable.length === 0;
  const inconclusiveReasons = [
    ...(onlyIncomplete ? [incompleteReason(data, observed)] : []),
    ...reasonsOf('inconclusive'),
  ];
  const warnings = unique([
    ...reasonsOf('warning'),
    ...promoteEarlyReasons.map((r) => `promoted early: ${r}`),
    ...sourceWarnings(judged, data),
  ]);

  let decision: Decision = 'promote';
  if (rollbackReasons.length > 0) decision = 'rollback';
  else if (gateFailReasons.length > 0) decision = 'hold';
  else if (inconclusiveReasons.length > 0) decision = 'inconclusive';

  const ruledOut = decision === 'hold' ? gateFailReasons[0] : unfixable[0];
  const promotionRuledOut = decision === 'rollback' || ruledOut === undefined ? null : ruledOut;
  const open = complete || decision === 'rollback' ? [] : rollbackStillPossible(judged, left, describe);
  let final = complete || decision === 'rollback' || (early && decision === 'promote');
  // Promotion is out; the watch goes on only to catch a rollback that could still come (DESIGN §2).
  if (!final && promotionRuledOut !== null) final = failFast === 'hold' || open.length === 0;

  // Skipped under `on-source-error: warn` counts as passed: the runbooks continue then.
  const gatesOk = judged
    .filter((j) => j.result.kind === 'gate' && !j.result.dryRun)
    .every(
      (j) => j.result.status === 'pass' || (j.result.status === 'skipped' && policy.onSourceError === 'warn'),
    );
  const gateFailure = effects.some((e) => e.kind === 'hold' && e.gateFailure);
  const gatePassed = (complete || early) && gatesOk && !gateFailure;

  return {
    decision,
    gatePassed,
    rollbackTriggered: rollbackReasons.length > 0,
    rollbackReasons,
    gateFailReasons,
    inconclusiveReasons,
    warnings,
    checks: describe
      ? markPending(
          judged.map((j) => j.result),
          left,
        )
      : judged.map((j) => j.result),
    final,
    windowsJudged: observed,
    endedEarly: final && !complete,
    promotionRuledOut,
    rollbackStillPossible: open,
  };
}

function incompleteReason(data: BakeData, observed: number): string {
  const w = data.windowSeconds;
  const seen = observed === 0 ? '0m' : formatDuration(observed * w);
  return `bake incomplete: ${observed} of ${data.windowsExpected} windows observed (${seen} of ${formatDuration(data.windowsExpected * w)})`;
}

/** Prometheus `warnings` for the metrics this stage reads, once each. */
function sourceWarnings(judged: Judged[], data: BakeData): string[] {
  const metrics = unique(judged.map((j) => j.result.metric));
  return metrics.flatMap((m) => (data.metrics[m]?.warnings ?? []).map((w) => `${m}: ${w}`));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
