/** A gate must hold in every observed window, for every series. */
import type { CheckSpec } from '../policy/types.js';
import { NO_REASON, type Judged, type JudgeContext } from './judged.js';
import { judgeMissing } from './missing.js';
import { gateViolationReason } from './reasons.js';
import type { Sample } from './samples.js';
import { margin, worstSample } from './severity.js';
import { checkResult, toWorst } from './result.js';
import type { CheckStatus } from './types.js';

export function judgeGate(ctx: JudgeContext, check: CheckSpec, series: Sample[][]): Judged {
  const { missing, judged, effects } = judgeMissing(ctx, series, false);
  const violations = judged.filter((s) => !s.holds);
  const missingCounts = ctx.missingData === 'fail' && missing.length > 0;
  // Furthest past the limit among violations; among passing windows, the closest to it.
  const badness = (s: Sample) => -margin(check.condition.op, s.value as number, s.limit as number);
  // The worst value is report text too: a prefix judged only for its finality goes without.
  const worst = ctx.describe ? worstSample(violations.length > 0 ? violations : judged, badness) : undefined;

  const reasons: string[] = [];
  if (violations.length > 0) {
    reasons.push(
      ctx.describe
        ? gateViolationReason(ctx.metric, check.condition, violations, worst, ctx.observed, ctx.clock)
        : NO_REASON,
    );
  }
  const allEffects = [
    ...reasons.map((reason) => ({ kind: 'hold' as const, reason, gateFailure: true })),
    ...effects,
  ];
  reasons.push(...effects.map((e) => e.reason));

  let status: CheckStatus = 'pass';
  if (violations.length > 0 || missingCounts) status = 'fail';
  else if (judged.length === 0 || (ctx.missingData === 'inconclusive' && missing.length > 0))
    status = 'no_data';

  const violatingWindows = [...violations, ...(missingCounts ? missing : [])].map((s) => s.window);
  // A gate failed only by missing windows names the first of them as its worst (value null).
  const worstValue = violations.length === 0 && missingCounts ? toWorst(missing[0]) : toWorst(worst);
  return { result: checkResult(check, status, violatingWindows, worstValue, reasons), effects: allEffects };
}
