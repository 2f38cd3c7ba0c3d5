/**
 * Judging one gate or trigger: a metric the source could not read is skipped (and, per `on-source-error`,
 * makes the verdict inconclusive or only warns); otherwise its samples go to the gate or trigger judge.
 */
import type { CheckSpec, Policy } from '../policy/types.js';
import { judgeGate } from './gate.js';
import type { Judged, JudgeContext } from './judged.js';
import { checkResult } from './result.js';
import { sampleMetric } from './samples.js';
import { judgeTrigger } from './trigger.js';
import type { BakeData } from './types.js';
import type { WindowClock } from './windows.js';

export function judgeCheck(policy: Policy, data: BakeData, observed: number, check: CheckSpec): Judged {
  const metricData = data.metrics[check.metric];
  if (metricData?.sourceError !== undefined) return skipped(policy, check, metricData.sourceError);
  const clock: WindowClock = { windowSeconds: data.windowSeconds, since: data.since };
  const ctx: JudgeContext = {
    metric: check.metric,
    missingData: policy.metrics[check.metric]?.missingData ?? policy.missingData,
    observed,
    clock,
  };
  // A metric absent from the data is judged like a query that returned nothing.
  const series = sampleMetric(check.condition, metricData, observed);
  return check.kind === 'gate' ? judgeGate(ctx, check, series) : judgeTrigger(ctx, check, series);
}

function skipped(policy: Policy, check: CheckSpec, cause: string): Judged {
  const note = `source error: ${cause}`;
  const result = checkResult(check, 'skipped', [], null, [], note);
  if (policy.onSourceError === 'fail' && check.action !== 'notify') {
    const reason = `${check.metric}: ${note} (on-source-error: fail)`;
    return { result, effects: [{ kind: 'inconclusive', reason, final: true }] };
  }
  const reason = `${check.metric}: checks skipped, ${note} (on-source-error: ${policy.onSourceError})`;
  return { result, effects: [{ kind: 'warning', reason }] };
}
