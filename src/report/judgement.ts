/** A check's statistical judgement as report.json carries it (snake case, finite numbers or null). */
import type { CheckResult } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import type { ReportJudgement, ReportJudgementWindow } from './types.js';

/**
 * ±Infinity and NaN have no JSON form: null, and the explanation says what it was. Six significant
 * digits are plenty for evidence and keep a 24 h bake's judgement small.
 */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : null;
}

/** How the judge's effect reads: from the policy's `judge.effect`; spikes are in metric units. */
function effectScale(policy: Policy, check: CheckResult): ReportJudgement['effect_scale'] {
  const judge = policy.metrics[check.metric]?.judge;
  if (!judge || check.judgement?.judge === 'score') return undefined;
  return judge.type === 'spike' ? 'absolute' : judge.effect;
}

export function reportJudgement(
  policy: Policy,
  check: CheckResult,
  labels: string[],
): ReportJudgement | undefined {
  const j = check.judgement;
  if (!j) return undefined;
  const windows = j.windows.map((w): ReportJudgementWindow => ({
    window: w.window,
    label: labels[w.window] ?? '',
    status: w.status,
    ...(w.statistic === undefined ? {} : { statistic: finiteOrNull(w.statistic) }),
    ...(w.effect === undefined ? {} : { effect: finiteOrNull(w.effect) }),
    ...(w.interval ? { interval: [finiteOrNull(w.interval[0]), finiteOrNull(w.interval[1])] } : {}),
    ...(w.eValue === undefined ? {} : { e_value: finiteOrNull(w.eValue) }),
    explanation: w.explanation,
  }));
  const scale = effectScale(policy, check);
  return {
    judge: j.judge,
    decision: j.contribution,
    decided_at: j.decidedAt,
    decided_at_label: j.decidedAt === null ? null : (labels[j.decidedAt] ?? null),
    summary: j.summary,
    ...(Object.keys(j.labels).length ? { labels: j.labels } : {}),
    ...(scale ? { effect_scale: scale } : {}),
    windows,
  };
}
