/**
 * The engine's side of the judges: a stage's `judge:` metrics and `score:` turned into checks and effects
 * like its gates and triggers, so the decision step folds them in unchanged. Pure.
 */
import type { MetricJudgeSpec, MetricSpec, Policy } from '../../policy/types.js';
import { formatLabels } from '../format.js';
import { pairSeries } from '../pairing.js';
import type { Effect, Judged } from '../judged.js';
import type { BakeData, CheckResult, Labels, MetricData, Series } from '../types.js';
import { windowLabel, type WindowClock } from '../windows.js';
import { pct } from './format.js';
import { mannWhitneyJudge, type SamplesWindow } from './mann-whitney.js';
import { runAll } from './run.js';
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

/** `sequential (counts, α=0.05, allowed +10.0%)`: how the check reads in reports. */
export function describeJudge(j: MetricJudgeSpec): string {
  const allowed =
    j.type === 'spike' ? '' : `, allowed ${j.effect === 'relative' ? pct(j.allowedEffect) : j.allowedEffect}`;
  if (j.type === 'sequential') return `judge sequential (${j.kind}, ${j.direction}, α=${j.alpha}${allowed})`;
  if (j.type === 'mann-whitney')
    return `judge mann-whitney (${j.direction}, ${j.confidence * 100}%${allowed}, ${j.scope})`;
  return `judge spike (${j.direction}, ${j.sigmas}σ over ${j.trailing} windows)`;
}

/** α is the check's: with several series judged apart, each spends α/series (Bonferroni), so P(any false) ≤ α. */
function splitAlpha<T extends { alpha: number }>(j: T, series: number): T {
  return series > 1 ? { ...j, alpha: j.alpha / series } : j;
}

interface Unit {
  labels: Labels;
  result: JudgeResult;
  /** Some window had data. */
  sawData: boolean;
  /** The series found no baseline partner (pairing.ts): why. It has no data for the judge. */
  unpaired?: string;
}

function units(
  j: MetricJudgeSpec,
  md: MetricData | undefined,
  req: MetricData | undefined,
  observed: number,
  withBaseline: boolean,
  pairOn: string[] | undefined,
  windows: number,
): Unit[] {
  const ks = Array.from({ length: observed }, (_, k) => k);
  if (j.type === 'mann-whitney' || (j.type === 'sequential' && j.kind === 'counts')) {
    // These judges compare a track's series together: pooled, or per value of the pair-on labels.
    const groups = pairSeries(md?.series ?? [], md?.baseline, { on: pairOn, mode: 'pool' });
    const requests = pairSeries(req?.series ?? [], req?.baseline, { on: pairOn, mode: 'pool' });
    return groups.map((g) => {
      const unpaired = g.canary.length > 0 ? g.unpaired : undefined;
      if (j.type === 'mann-whitney') {
        const inputs: SamplesWindow[] = ks.map((k) => ({
          canary: samplesAt(g.canary, k),
          baseline: samplesAt(g.baseline, k),
        }));
        const result = runAll('mann-whitney', () => mannWhitneyJudge(j), inputs);
        const sawData = !unpaired && inputs.some((w) => w.canary.length > 0);
        return { labels: g.key, result, sawData, ...(unpaired ? { unpaired } : {}) };
      }
      const r = requests.find((x) => JSON.stringify(x.key) === JSON.stringify(g.key));
      const inputs: CountsWindow[] = ks.map((k) => ({
        canaryEvents: sumAt(g.canary, k),
        baselineEvents: sumAt(g.baseline, k),
        canaryRequests: sumAt(r?.canary, k),
        baselineRequests: sumAt(r?.baseline, k),
      }));
      const result = runAll('sequential', () => sequentialCountsJudge(splitAlpha(j, groups.length)), inputs);
      const sawData = !unpaired && inputs.some((w) => w.canaryEvents !== null);
      return { labels: g.key, result, sawData, ...(unpaired ? { unpaired } : {}) };
    });
  }
  const series = md && md.series.length > 0 ? md.series : [{ labels: {}, values: [] }];
  const groups = withBaseline
    ? pairSeries(series, md?.baseline, { on: pairOn, mode: 'each' })
    : series.map((s) => ({ key: {}, canary: [s], baseline: [], unpaired: undefined }));
  return groups.map((g) => {
    const s = g.canary[0];
    const base = g.baseline[0] as Series | undefined;
    // A series without data has nothing to pair: its missing values, not its partner, are the news.
    const unpaired = md && md.series.length > 0 ? g.unpaired : undefined;
    const value = (k: number) => (finite(s.values[k]) ? s.values[k] : null);
    const reference = (k: number) => (base && finite(base.values[k]) ? base.values[k] : null);
    let result: JudgeResult;
    if (j.type === 'sequential') {
      const inputs: ValuesWindow[] = ks.map((k) => ({ canary: value(k), baseline: reference(k) }));
      result = runAll(
        'sequential',
        () => sequentialValuesJudge({ ...splitAlpha(j, groups.length), windows }),
        inputs,
      );
    } else {
      const inputs: SpikeWindow[] = ks.map((k) =>
        base ? { value: value(k), reference: reference(k) } : { value: value(k) },
      );
      result = runAll('spike', () => spikeJudge(j), inputs);
    }
    const sawData = !unpaired && ks.some((k) => value(k) !== null);
    return { labels: s.labels, result, sawData, ...(unpaired ? { unpaired } : {}) };
  });
}

/** `{pod="c1"}: no baseline series with pod="c1" (…); …` for the series that found no partner, or ''. */
function unpairedReason(all: Unit[]): string {
  const unpaired = all.filter((u) => u.unpaired);
  const listed = unpaired.slice(0, 3).map((u) => `${formatLabels(u.labels) || '{}'}: ${u.unpaired}`);
  const more = unpaired.length > 3 ? `; … (+${unpaired.length - 3} more)` : '';
  return unpaired.length === 0 ? '' : `series without a baseline partner: ${listed.join('; ')}${more}`;
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
  const every = units(j, md, req, observed, withBaseline, metric.pairOn, data.windowsExpected);
  // A series without a baseline partner has no data for the judge: it neither decides nor promotes.
  const paired = every.filter((u) => !u.unpaired);
  const all = paired.length > 0 ? paired : every;
  const unpairedNote = unpairedReason(every);
  // The series that decided first speaks for the metric; otherwise the first series.
  const decided = paired
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
  } else if (paired.length === every.length && all.every((u) => u.result.contribution === 'promote-early')) {
    // Every series ruled out a regression: the last of them to do so speaks for the metric.
    const last = all.reduce((a, b) => ((b.result.decidedAt ?? 0) > (a.result.decidedAt ?? 0) ? b : a));
    const w = last.result.windows[last.result.decidedAt!];
    const reason = `${metric.name}${formatLabels(last.labels)}: ${j.type} judge in ${windowLabel(clock, w.window)}: ${w.explanation}`;
    result.reasons = [reason];
    effects.push({ kind: 'promote-early', reason });
  } else if (observed >= data.windowsExpected && blindUnit(paired)) {
    // The judge saw what looks like a regression but could not test it: inconclusive, never a pass.
    const u = blindUnit(paired)!;
    const last = u.result.windows[u.result.windows.length - 1];
    const reason = `${metric.name}${formatLabels(u.labels)}: ${j.type} judge cannot decide: ${last.undecidable}`;
    result.status = 'no_data';
    result.reasons = [reason];
    effects.push({ kind: 'inconclusive', reason, final: false });
  } else if (observed > 0 && !paired.some((u) => u.sawData)) {
    result.status = 'no_data';
    const reason = `${metric.name}: no data for the ${j.type} judge${unpairedNote ? `: ${unpairedNote}` : ''}`;
    result.reasons = [reason];
    effects.push({ kind: 'inconclusive', reason, final: false });
    return { result, effects };
  }
  if (unpairedNote && observed > 0) {
    effects.push({ kind: 'warning', reason: `${metric.name}: ${j.type} judge left out ${unpairedNote}` });
  }
  return { result, effects };
}

/** The first series whose judge ended blind (see WindowJudgement.undecidable), if any. */
function blindUnit<U extends { result: JudgeResult }>(units: U[]): U | undefined {
  return units.find((u) => u.result.windows[u.result.windows.length - 1]?.undecidable !== undefined);
}

/** Every metric with a judge, in policy order. */
export function judgeMetrics(policy: Policy, data: BakeData, observed: number): Judged[] {
  return Object.values(policy.metrics)
    .map((m) => judgeMetric(policy, m, data, observed))
    .filter((j): j is Judged => j !== null);
}
