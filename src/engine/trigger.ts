/**
 * A trigger fires when its condition holds in `forWindows` consecutive windows of one series. A missing
 * window is never a hit and breaks the run, whatever the missing-data policy.
 */
import { formatDuration } from '../policy/duration.js';
import type { CheckSpec } from '../policy/types.js';
import { NO_REASON, type Effect, type Judged, type JudgeContext } from './judged.js';
import { judgeMissing } from './missing.js';
import { triggerReason } from './reasons.js';
import type { Sample } from './samples.js';
import { margin, worstSample } from './severity.js';
import { checkResult, toWorst } from './result.js';
import type { CheckStatus } from './types.js';

export interface Runs {
  /** Windows where a run of at least forWindows hits ends (the trigger fires there). */
  firing: number[];
  /** Every sample inside such a run. */
  inRuns: Sample[];
}

/** Hits in a row at the last judged window of a series: how far a run still in progress has come. */
export function trailingRun(samples: Sample[]): number {
  let run = 0;
  for (let i = samples.length - 1; i >= 0 && samples[i].holds; i--) run++;
  return run;
}

export function findRuns(samples: Sample[], forWindows: number): Runs {
  const firing: number[] = [];
  const inRuns: Sample[] = [];
  let run = 0;
  // Runs that fire overlap: each sample is taken once, in window order (`added` is the last one taken).
  let added = -1;
  for (let i = 0; i < samples.length; i++) {
    run = samples[i].holds ? run + 1 : 0;
    if (run < forWindows) continue;
    firing.push(samples[i].window);
    for (let j = Math.max(added + 1, i - forWindows + 1); j <= i; j++) inRuns.push(samples[j]);
    added = i;
  }
  return { firing, inRuns };
}

export function judgeTrigger(ctx: JudgeContext, check: CheckSpec, series: Sample[][]): Judged {
  const warnOnly = check.action === 'notify';
  const { missing, judged, effects: missingEffects } = judgeMissing(ctx, series, warnOnly);
  const runs = series.map((samples) => findRuns(samples, check.forWindows));
  const firing = runs.flatMap((r) => r.firing);
  const inRuns = runs.flatMap((r) => r.inRuns);
  const fired = firing.length > 0;
  // Furthest into the firing range among the firing runs; otherwise the closest any window came to firing.
  const badness = (s: Sample) => margin(check.condition.op, s.value as number, s.limit as number);
  // The worst value is report text too: a prefix judged only for its finality goes without.
  const worst = ctx.describe ? worstSample(fired ? inRuns : judged, badness) : undefined;

  const effects: Effect[] = [];
  if (fired) {
    const reason = ctx.describe
      ? triggerReason(
          ctx.metric,
          check.condition,
          check.forWindows,
          formatDuration(check.forSeconds),
          inRuns,
          worst,
          ctx.observed,
          ctx.clock,
        )
      : NO_REASON;
    const kind = check.action === 'rollback' ? 'rollback' : check.action === 'pause' ? 'hold' : 'warning';
    effects.push(kind === 'hold' ? { kind, reason, gateFailure: false } : { kind, reason });
  }
  effects.push(...missingEffects);

  let status: CheckStatus = 'pass';
  if (fired) status = 'fail';
  else if (judged.length === 0 || (missing.length > 0 && ctx.missingData !== 'ignore')) status = 'no_data';

  const reasons = effects.map((e) => e.reason);
  const result = checkResult(check, status, firing, toWorst(worst), reasons);
  // The run in progress decides whether the trigger can still fire in the windows left (./outlook.ts).
  result.streak = { windows: Math.max(0, ...series.map(trailingRun)), needed: check.forWindows };
  return { result, effects };
}
