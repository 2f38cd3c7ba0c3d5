/**
 * The engine's side of the judges: a stage's `judge:` metrics and `score:` turned into checks and effects
 * like its gates and triggers, so the decision step folds them in unchanged. Pure.
 */
import type { MetricJudgeSpec, MetricSpec, Policy, StageScoreSpec, StageSpec } from '../../policy/types.js';
import { formatLabels, sameLabels } from '../format.js';
import type { Effect, Judged } from '../judged.js';
import type { BakeData, CheckResult, Labels, MetricData, Series } from '../types.js';
import { windowLabel, type WindowClock } from '../windows.js';
import { pct } from './format.js';
import { mannWhitneyJudge, type SamplesWindow } from './mann-whitney.js';
import { runAll } from './run.js';
import { scoreJudge, SCORE_DEFAULTS, type ScoreWindow } from './score.js';
import {
  sequentialCountsJudge,
  sequentialValuesJudge,
  type CountsWindow,
  type ValuesWindow,
} from './sequential.js';
import { spikeJudge, type SpikeWindow } from './spike.js';
import type { JudgeResult } from './types.js';

const finite = (v: number | null | undefined): v is number =>
  v !== null && v !== undefined && Number.isFinite(v);

/** Values of every series at window k (the samples of that window). */
function samplesAt(series: Series[] | undefined, k: number): number[] {
  return (series ?? []).map((s) => s.values[k]).filter(finite);
}

/** Sum over series at window k; null when no series has a value. */
function sumAt(series: Series[] | undefined, k: number): number | null {
  const xs = samplesAt(series, k);
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0);
}

function baselineFor(canary: Series, baseline: Series[] | undefined): Series | undefined {
  if (!baseline || baseline.length === 0) return undefined;
  if (baseline.length === 1) return baseline[0];
  return baseline.find((b) => sameLabels(b.labels, canary.labels));
}

/** `sequential (counts, α=0.05, allowed +10.0%)`: how the check reads in reports. */
export function describeJudge(j: MetricJudgeSpec): string {
  const allowed =
    j.type === 'spike' ? '' : `, allowed ${j.effect === 'relative' ? pct(j.allowedEffect) : j.allowedEffect}`;
  if (j.type === 'sequential') return `judge sequential (${j.kind}, ${j.direction}, α=${j.alpha}${allowed})`;
  if (j.type === 'mann-whitney')
    return `judge mann-whitney (${j.direction}, ${j.confidence * 100}%${allowed}, ${j.scope})`;
  return `judge spike (${j.direction}, ${j.sigmas}σ over ${j.trailing} windows)`;
}

interface Unit {
  labels: Labels;
  result: JudgeResult;
  /** Some window had data. */
  sawData: boolean;
}

function units(
  j: MetricJudgeSpec,
  md: MetricData | undefined,
  req: MetricData | undefined,
  observed: number,
  withBaseline: boolean,
): Unit[] {
  const ks = Array.from({ length: observed }, (_, k) => k);
  if (j.type === 'mann-whitney') {
    const inputs: SamplesWindow[] = ks.map((k) => ({
      canary: samplesAt(md?.series, k),
      baseline: samplesAt(md?.baseline, k),
    }));
    const result = runAll('mann-whitney', () => mannWhitneyJudge(j), inputs);
    return [{ labels: {}, result, sawData: inputs.some((w) => w.canary.length > 0) }];
  }
  if (j.type === 'sequential' && j.kind === 'counts') {
    const inputs: CountsWindow[] = ks.map((k) => ({
      canaryEvents: sumAt(md?.series, k),
      baselineEvents: sumAt(md?.baseline, k),
      canaryRequests: sumAt(req?.series, k),
      baselineRequests: sumAt(req?.baseline, k),
    }));
    const result = runAll('sequential', () => sequentialCountsJudge(j), inputs);
    return [{ labels: {}, result, sawData: inputs.some((w) => w.canaryEvents !== null) }];
  }
  const series = md && md.series.length > 0 ? md.series : [{ labels: {}, values: [] }];
  return series.map((s) => {
    const base = withBaseline ? baselineFor(s, md?.baseline) : undefined;
    const value = (k: number) => (finite(s.values[k]) ? s.values[k] : null);
    const reference = (k: number) => (base && finite(base.values[k]) ? base.values[k] : null);
    let result: JudgeResult;
    if (j.type === 'sequential') {
      const inputs: ValuesWindow[] = ks.map((k) => ({ canary: value(k), baseline: reference(k) }));
      result = runAll('sequential', () => sequentialValuesJudge(j), inputs);
    } else {
      const inputs: SpikeWindow[] = ks.map((k) =>
        base ? { value: value(k), reference: reference(k) } : { value: value(k) },
      );
      result = runAll('spike', () => spikeJudge(j), inputs);
    }
    return { labels: s.labels, result, sawData: ks.some((k) => value(k) !== null) };
  });
}

/** The judge of one metric over the observed windows, as a check with its effects. */
export function judgeMetric(
  policy: Policy,
  metric: MetricSpec,
  data: BakeData,
  observed: number,
): Judged | null {
  const j = metric.judge;
  if (!j) return null;
  const md = data.metrics[metric.name];
  const req = j.type === 'sequential' && j.requests ? data.metrics[j.requests] : undefined;
  const clock: WindowClock = { windowSeconds: data.windowSeconds, since: data.since };
  const base: CheckResult = {
    kind: j.action === 'pause' ? 'gate' : 'rollback',
    metric: metric.name,
    condition: describeJudge(j),
    forSeconds: data.windowSeconds,
    action: j.action,
    status: 'pass',
    violatingWindows: [],
    worst: null,
    policyLine: j.pos.line,
    policyColumn: j.pos.column,
    reasons: [],
  };
  const sourceError = md?.sourceError ?? req?.sourceError;
  if (sourceError !== undefined) {
    const note = `source error: ${sourceError}`;
    const result: CheckResult = { ...base, status: 'skipped', note };
    const effect: Effect =
      policy.onSourceError === 'fail'
        ? { kind: 'inconclusive', reason: `${metric.name}: ${note} (on-source-error: fail)`, final: true }
        : {
            kind: 'warning',
            reason: `${metric.name}: judge skipped, ${note} (on-source-error: ${policy.onSourceError})`,
          };
    return { result, effects: [effect] };
  }
  // A spike is measured against the stable track only when the policy gives one per window (a query).
  const withBaseline = j.type !== 'spike' || metric.baseline?.kind === 'query';
  const all = units(j, md, req, observed, withBaseline);
  // The series that decided first speaks for the metric; otherwise the first series.
  const decided = all
    .filter((u) => u.result.contribution === 'rollback' || u.result.contribution === 'hold')
    .sort((a, b) => (a.result.decidedAt ?? 0) - (b.result.decidedAt ?? 0))[0];
  const unit = decided ?? all[0];
  const r = unit.result;
  const series = formatLabels(unit.labels);
  const result: CheckResult = {
    ...base,
    violatingWindows: r.windows.filter((w) => w.status === 'fail').map((w) => w.window),
    judgement: { ...r, labels: unit.labels },
  };
  const effects: Effect[] = [];
  if (decided) {
    const w = r.windows[r.decidedAt!];
    const reason = `${metric.name}${series}: ${j.type} judge in ${windowLabel(clock, w.window)}: ${w.explanation}`;
    result.status = 'fail';
    result.reasons = [reason];
    result.worst = {
      value: w.effect ?? null,
      window: w.window,
      labels: unit.labels,
      limit: j.type === 'spike' ? j.sigmas : j.allowedEffect,
    };
    effects.push(
      r.contribution === 'rollback'
        ? { kind: 'rollback', reason }
        : { kind: 'hold', reason, gateFailure: false },
    );
  } else if (all.every((u) => u.result.contribution === 'promote-early')) {
    // Every series ruled out a regression: the last of them to do so speaks for the metric.
    const last = all.reduce((a, b) => ((b.result.decidedAt ?? 0) > (a.result.decidedAt ?? 0) ? b : a));
    const w = last.result.windows[last.result.decidedAt!];
    const reason = `${metric.name}${formatLabels(last.labels)}: ${j.type} judge in ${windowLabel(clock, w.window)}: ${w.explanation}`;
    result.reasons = [reason];
    effects.push({ kind: 'promote-early', reason });
  } else if (observed > 0 && !all.some((u) => u.sawData)) {
    result.status = 'no_data';
    effects.push({
      kind: 'inconclusive',
      reason: `${metric.name}: no data for the ${j.type} judge`,
      final: false,
    });
  }
  return { result, effects };
}

/** Every metric with a judge, in policy order. */
export function judgeMetrics(policy: Policy, data: BakeData, observed: number): Judged[] {
  return Object.values(policy.metrics)
    .map((m) => judgeMetric(policy, m, data, observed))
    .filter((j): j is Judged => j !== null);
}

/**
 * `score:` over the stage's judged gates: per window a gate holds unless the window is among its
 * violating windows; gates without data (skipped, no data) are left out of that window's score.
 */
export function judgeScore(
  score: StageScoreSpec | undefined,
  stage: StageSpec,
  judged: Judged[],
  data: BakeData,
  observed: number,
): Judged | null {
  if (!score) return null;
  const gates = judged.filter((j) => j.result.kind === 'gate' && !j.result.judgement);
  const inputs: ScoreWindow[] = Array.from({ length: observed }, (_, k) => {
    const w: ScoreWindow = {};
    for (const g of gates) {
      const known = g.result.status !== 'skipped' && g.result.status !== 'no_data';
      const held = known ? !g.result.violatingWindows.includes(k) : null;
      const prior = w[g.result.metric];
      w[g.result.metric] =
        prior === undefined ? held : prior === null ? held : held === null ? prior : prior && held;
    }
    return w;
  });
  const spec = { ...SCORE_DEFAULTS, ...score };
  const r = runAll('score', () => scoreJudge(spec), inputs);
  const clock: WindowClock = { windowSeconds: data.windowSeconds, since: data.since };
  const result: CheckResult = {
    kind: score.action === 'pause' ? 'gate' : 'rollback',
    metric: `score:${stage.name}`,
    condition: `score >= ${score.min}`,
    forSeconds: score.forWindows * data.windowSeconds,
    action: score.action,
    status: r.decidedAt === null ? 'pass' : 'fail',
    violatingWindows: r.windows.filter((w) => w.status === 'fail').map((w) => w.window),
    worst: null,
    policyLine: score.pos.line,
    policyColumn: score.pos.column,
    reasons: [],
    judgement: { ...r, labels: {} },
  };
  const effects: Effect[] = [];
  if (r.decidedAt !== null) {
    const w = r.windows[r.decidedAt];
    const reason = `stage ${stage.name} score in ${windowLabel(clock, w.window)}: ${w.explanation}`;
    result.reasons = [reason];
    result.worst = { value: w.statistic ?? null, window: w.window, labels: {}, limit: score.min };
    effects.push(
      r.contribution === 'rollback'
        ? { kind: 'rollback', reason }
        : { kind: 'hold', reason, gateFailure: false },
    );
  }
  return { result, effects };
}
