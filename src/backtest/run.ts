/**
 * The backtest: every bake of the plan judged in lookback by the bake loop a gate run uses, reading from
 * history loaded once per query (./history.ts). With a second policy, each bake is judged by both; the two
 * share loaded history wherever their queries are equal.
 */
import { metricsOf, runBake } from '../bake/run.js';
import type { Verdict } from '../engine/types.js';
import { formatDuration } from '../policy/duration.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { InputError } from '../util/errors.js';
import { changedBakes, compareSentence } from './compare.js';
import { HistorySource, type HistoryCache, type HistoryGrid, type HistoryLoader } from './history.js';
import type { BakePlan } from './plan.js';
import { CheckSummary, countDecisions } from './summary.js';
import { onTrack, type Track } from './track.js';
import type { BacktestBake, BacktestReport } from './types.js';

export interface JudgedPolicy {
  policy: Policy;
  stage: StageSpec;
  vars: Record<string, string>;
}

export interface BacktestRequest extends JudgedPolicy {
  plan: BakePlan;
  loader: HistoryLoader;
  track: Track;
  /** `--compare`: the other policy, judged on the bakes that end at the same times. */
  compare?: JudgedPolicy;
  source: BacktestReport['source'];
  warnings?: string[];
  /** Progress lines (stderr on the CLI): history loaded, bakes judged. */
  progress?: (line: string) => void;
  /** Wall clock in ms (report time). */
  now?: () => number;
}

export async function runBacktest(req: BacktestRequest): Promise<BacktestReport> {
  const { plan } = req;
  const progress = req.progress ?? (() => {});
  const now = req.now ?? Date.now;
  const cache: HistoryCache = new Map();
  const loader = withProgress(req.loader, progress);
  const mine = sideOf(req, loader, req, plan, cache);
  const other = req.compare ? sideOf(req.compare, loader, req, plan, cache) : undefined;

  const preflightWarnings: string[] = [];
  for (const side of other ? [mine, other] : [mine]) {
    const metrics = metricsOf(side.policy, side.stage);
    const prepared = await req.loader.prepare?.({ ...side, metrics, grid: side.grid, now: now() / 1000 });
    preflightWarnings.push(...(prepared ?? []));
  }
  const summary = new CheckSummary();
  const bakes: BacktestBake[] = [];
  const otherReasons: string[][] = [];
  const otherDecisions: string[] = [];
  const step = Math.max(1, Math.ceil(plan.bakes.length / 10));
  for (let i = 0; i < plan.bakes.length; i++) {
    const { until } = plan.bakes[i];
    const verdict = await judgeAt(mine, until, now);
    summary.add(verdict);
    const bake: BacktestBake = {
      since: iso(until - mine.stage.bakeSeconds),
      until: iso(until),
      decision: verdict.decision,
      reasons: reasonsOf(verdict),
    };
    if (other) {
      const theirs = await judgeAt(other, until, now);
      bake.compare_decision = theirs.decision;
      otherReasons.push(reasonsOf(theirs));
      otherDecisions.push(theirs.decision);
    }
    bakes.push(bake);
    if ((i + 1) % step === 0 || i + 1 === plan.bakes.length)
      progress(`backtest: ${i + 1}/${plan.bakes.length} bakes judged`);
  }

  const counts = countDecisions(bakes.map((b) => b.decision));
  const stats = req.loader.stats();
  const report: BacktestReport = {
    schema_version: 1,
    kind: 'backtest',
    stage: req.stage.name,
    policy: req.policy.path,
    track: req.track,
    from: iso(plan.from),
    until: iso(plan.to),
    every_seconds: plan.everySeconds,
    bake_seconds: req.stage.bakeSeconds,
    window_seconds: req.policy.windowSeconds,
    source: req.source,
    bakes,
    summary: { bakes: bakes.length, ...counts, checks: summary.result() },
    stats: { requests: stats.requests, samples: stats.samples },
    warnings: [
      ...new Set([
        ...(req.warnings ?? []),
        ...preflightWarnings,
        ...mine.warnings(),
        ...(other?.warnings() ?? []),
      ]),
    ],
    generated_at: new Date(now()).toISOString(),
  };
  if (req.compare) {
    const otherCounts = countDecisions(otherDecisions);
    report.summary.changed = changedBakes(bakes, otherReasons);
    report.compare = {
      policy: req.compare.policy.path,
      counts: otherCounts,
      sentence: compareSentence(req, req.compare, bakes, otherCounts),
    };
  }
  return report;
}

interface Side extends JudgedPolicy {
  source: HistorySource;
  grid: HistoryGrid;
  warnings(): string[];
  seen: Set<string>;
}

/** One policy's view of the history: its grid of windows over the span, on the track asked for. */
function sideOf(
  judged: JudgedPolicy,
  loader: HistoryLoader,
  req: BacktestRequest,
  plan: BakePlan,
  cache: HistoryCache,
): Side {
  const policy = onTrack(judged.policy, req.track);
  const { stage } = judged;
  const w = policy.windowSeconds;
  const name = judged === req ? '--every' : '--compare';
  if (plan.everySeconds % w !== 0 || stage.bakeSeconds % w !== 0) {
    throw new InputError(
      name,
      `bakes every ${formatDuration(plan.everySeconds)} do not fall on ${policy.path}'s ${policy.windowText} windows`,
      `give --every as a multiple of ${policy.windowText}`,
    );
  }
  const firstBake = plan.bakes[0].until - stage.bakeSeconds;
  const lastUntil = plan.bakes[plan.bakes.length - 1].until;
  const grid: HistoryGrid = {
    start: firstBake,
    windowSeconds: w,
    windows: (lastUntil - firstBake) / w,
    firstBake,
    everySeconds: plan.everySeconds,
    bakes: plan.bakes.length,
  };
  const source = new HistorySource(loader, grid, cache);
  const seen = new Set<string>();
  return { policy, stage, vars: judged.vars, source, grid, seen, warnings: () => [...seen] };
}

async function judgeAt(side: Side, until: number, now: () => number): Promise<Verdict> {
  const result = await runBake({
    policy: side.policy,
    stage: side.stage,
    mode: 'lookback',
    source: side.source,
    until,
    vars: side.vars,
    // The bake is judged as at its end: no wait, and `until` is never "in the future".
    clock: { now: () => Math.max(now(), until * 1000), sleep: async () => {} },
  });
  // Warnings repeat in every bake that reads the metric: keep each once.
  for (const w of result.warnings) side.seen.add(w);
  return result.verdict;
}

/** Says when each metric's history is in, so a long fetch shows it is moving. */
function withProgress(loader: HistoryLoader, progress: (line: string) => void): HistoryLoader {
  return {
    kind: loader.kind,
    displayUrl: loader.displayUrl,
    load: async (req) => {
      const history = await loader.load(req);
      const points = history.series.reduce((n, s) => n + s.values.length, 0);
      progress(
        `backtest: history of ${req.metric.name} loaded (${history.series.length} series, ${points} windows)`,
      );
      return history;
    },
    stats: () => loader.stats(),
    close: () => loader.close(),
  };
}

function reasonsOf(v: Verdict): string[] {
  return [...v.rollbackReasons, ...v.gateFailReasons, ...v.inconclusiveReasons];
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
