/**
 * Judging one gate or trigger: a metric the source could not read is skipped (and, per `on-source-error`,
 * makes the verdict inconclusive or only warns); otherwise its samples go to the gate or trigger judge.
 */
import type { CheckSpec, Policy } from '../policy/types.js';
import { judgeGate } from './gate.js';
import { formatLabels } from './format.js';
import type { Effect, Judged, JudgeContext } from './judged.js';
import { checkResult } from './result.js';
import { prefixSamples, sampleMetric, type Sample, type SeriesSamples } from './samples.js';
import { judgeTrigger } from './trigger.js';
import { judgeQuiet } from './quiet.js';
import type { BakeData } from './types.js';
import type { WindowClock } from './windows.js';

/** How evaluate.ts judges a prefix of the bake: with or without reason text, from samples taken once. */
export interface CheckOptions {
  describe: boolean;
  /** The check's samples over at least `observed` windows (see prefixSamples). */
  samples?: SeriesSamples;
}

export function judgeCheck(
  policy: Policy,
  data: BakeData,
  observed: number,
  check: CheckSpec,
  options: CheckOptions = { describe: true },
): Judged {
  const metricData = data.metrics[check.metric];
  if (metricData?.sourceError !== undefined) return skipped(policy, check, metricData.sourceError);
  const clock: WindowClock = { windowSeconds: data.windowSeconds, since: data.since };
  const ctx: JudgeContext = {
    metric: check.metric,
    missingData: policy.metrics[check.metric]?.missingData ?? policy.missingData,
    observed,
    clock,
    describe: options.describe,
  };
  const samples = options.samples ?? checkSamples(policy, data, observed, check);
  // Before noPartnerAtAll: a series without a baseline partner has every window missing, never quiet.
  const quiet = judgeQuiet(ctx, check, samples);
  if (quiet) return quiet;
  const series = prefixSamples(samples, observed);
  const noPartner = noPartnerAtAll(ctx, check, series, (metricData?.series.length ?? 0) > 0);
  if (noPartner) return noPartner;
  return check.kind === 'gate' ? judgeGate(ctx, check, series) : judgeTrigger(ctx, check, series);
}

/** The check's samples over windows [0, observed). */
export function checkSamples(
  policy: Policy,
  data: BakeData,
  observed: number,
  check: CheckSpec,
): SeriesSamples {
  // A metric absent from the data is judged like a query that returned nothing.
  const pairOn = policy.metrics[check.metric]?.pairOn;
  return sampleMetric(check.condition, data.metrics[check.metric], observed, pairOn);
}

/** A check on the baseline none of whose canary series found a partner: inconclusive, never a pass. */
function noPartnerAtAll(
  ctx: JudgeContext,
  check: CheckSpec,
  series: Sample[][],
  hasSeries: boolean,
): Judged | null {
  if (!hasSeries || ctx.observed === 0 || !series.every((s) => s[0]?.unpaired !== undefined)) return null;
  const listed = series
    .slice(0, 3)
    .map((s) => `${formatLabels(s[0].labels) || '{}'}: ${s[0].unpaired}`)
    .join('; ');
  const more = series.length > 3 ? `; … (+${series.length - 3} more)` : '';
  const reason = `${check.metric} ${check.condition.text}: no canary series has a baseline partner: ${listed}${more}`;
  const result = checkResult(check, 'no_data', [], null, [reason]);
  const effect: Effect =
    check.action === 'notify' ? { kind: 'warning', reason } : { kind: 'inconclusive', reason, final: false };
  return { result, effects: [effect] };
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
