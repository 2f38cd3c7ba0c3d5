/**
 * One stage judged end to end, shared by the CLI and the action: read the bake (recorded file or
 * Prometheus, lookback or watch), judge it, and build the report. Entries only add their own I/O.
 * The Prometheus path (HTTP client, preflight, bake loop) is imported only when a bake is read from
 * Prometheus: judging a recording must not pay for loading it (cold start, bench/cold-start.ts).
 */
import { cancelledVerdict } from './bake/abort.js';
import { metricsOf } from './policy/stage-metrics.js';
import { cancelledReason } from './util/cancel.js';
import type { Clock } from './bake/clock.js';
import { evaluateStage } from './engine/evaluate.js';
import type { Policy, StageSpec } from './policy/types.js';
import { checkVars } from './policy/vars.js';
import { PolicyError } from './policy/errors.js';
import { buildReport } from './report/build.js';
import type { Provenance, Report } from './report/types.js';
import { loadMetricsFile } from './sources/file.js';
import { planQueries } from './sources/prometheus-queries.js';
import type { PrometheusSourceOptions } from './sources/prometheus.js';
import type { ExchangeRecord } from './sources/prometheus-attempt.js';
import type { InputNames } from './input-warnings.js';
import { InputError } from './util/errors.js';
import { didYouMean } from './util/suggest.js';
import { formatDuration } from './policy/duration.js';
import { bakeWindowsProblem } from './policy/limits.js';
import type { BakeData } from './engine/types.js';
import { dict } from './util/dict.js';

export interface JudgeRequest {
  policy: Policy;
  /** The stage to judge, with any bake override already applied. */
  stage: StageSpec;
  /** Policy vars merged with the ones given on the command line or as inputs. */
  vars: Record<string, string>;
  mode: 'watch' | 'lookback';
  /** Unix seconds. */
  since?: number;
  until?: number;
  /** A recorded bake instead of Prometheus. */
  metricsFile?: { path: string; text: string };
  /** Prometheus connection; `url` falls back to the policy's `prometheus.url`. */
  prometheus?: Omit<PrometheusSourceOptions, 'url'> & { url?: string };
  dryRun: boolean;
  provenance: Provenance;
  clock?: Clock;
  log?: (line: string) => void;
  /** Lines shown only when asked for (the action's step debug log): one per Prometheus HTTP exchange. */
  debug?: (line: string) => void;
  /** Warnings worth more than a log line (the action makes them annotations). Default: log. */
  warn?: (line: string) => void;
  smokeReturnCode?: number | null;
  extraRollbackReasons?: string[];
  warnings?: string[];
  /** Cancellation: the bake stops and the report judges what was read, as `inconclusive` (DESIGN §2 Bounds). */
  signal?: AbortSignal;
}

/** The stage to judge, with a bake override applied; unknown names and odd bakes are input errors. */
export function selectStage(
  policy: Policy,
  name: string,
  bakeSeconds: number | undefined,
  names: Pick<InputNames, 'stage' | 'bake'>,
): StageSpec {
  const stage = policy.stages[name];
  if (!stage) {
    const known = Object.keys(policy.stages);
    throw new InputError(
      names.stage,
      `"${name}" is not a stage of ${policy.path}${didYouMean(name, known)}`,
      `use one of: ${known.join(', ')}`,
    );
  }
  if (bakeSeconds === undefined) return stage;
  if (bakeSeconds <= 0 || bakeSeconds % policy.windowSeconds !== 0) {
    throw new InputError(
      names.bake,
      `${formatDuration(bakeSeconds)} is not a whole number of ${policy.windowText} windows`,
      `use a multiple of ${policy.windowText}`,
    );
  }
  const tooLong = bakeWindowsProblem(formatDuration(bakeSeconds), bakeSeconds, policy.windowSeconds);
  if (tooLong) throw new InputError(names.bake, tooLong.message, tooLong.fix);
  return { ...stage, bakeSeconds };
}

export async function judgeStage(req: JudgeRequest): Promise<Report> {
  const { policy, stage } = req;
  // Vars can come from flags and inputs, so a template naming an unknown var is only known now.
  const varIssues = checkVars(policy, req.vars);
  if (varIssues.length) throw new PolicyError(varIssues);
  const common = {
    policy,
    stage,
    // A recorded bake is judged at once, whatever mode was asked for: the report says so.
    mode: req.metricsFile ? ('lookback' as const) : req.mode,
    dryRun: req.dryRun,
    provenance: req.provenance,
    smokeReturnCode: req.smokeReturnCode,
    extraRollbackReasons: req.extraRollbackReasons,
  };
  if (req.metricsFile) {
    // A recorded bake is complete as recorded: watch and lookback judge it the same way, at once.
    const data = loadMetricsFile(req.metricsFile.text, req.metricsFile.path, policy, stage);
    return buildReport({
      ...common,
      verdict: evaluateStage(policy, stage, data),
      data,
      source: { kind: 'file', file: req.metricsFile.path },
      queries: templatedQueries(policy, stage, req.vars),
      warnings: req.warnings,
      now: new Date(req.clock?.now() ?? Date.now()),
    });
  }

  const url = req.prometheus?.url ?? policy.prometheus.url;
  if (!url) {
    throw new InputError(
      'prometheus-url',
      `is not given and ${policy.path} has no prometheus.url`,
      'set the prometheus-url input (--prometheus-url), prometheus.url in the policy, or metrics-file for a recorded bake',
    );
  }
  const [{ PrometheusSource }, { preflight }, { runBake }, { exchangeLine }] = await Promise.all([
    import('./sources/prometheus.js'),
    import('./sources/preflight.js'),
    import('./bake/run.js'),
    import('./sources/prometheus-attempt.js'),
  ]);
  const debug = req.debug;
  const source = new PrometheusSource({
    timeoutMs: policy.prometheus.timeoutSeconds * 1000,
    maxResponseBytes: policy.prometheus.maxResponseBytes,
    ...(debug ? { onExchange: (record: ExchangeRecord) => debug(exchangeLine(record)) } : {}),
    ...req.prometheus,
    headers: { ...policy.prometheus.headers, ...(req.prometheus?.headers ?? {}) },
    url,
  });
  try {
    if (req.mode === 'watch' && req.extraRollbackReasons?.length) {
      // A rollback reason already holds (a failed smoke command): watching the bake cannot change that.
      (req.warn ?? req.log)?.(
        `${req.extraRollbackReasons[0]}: the watch is skipped and the stage rolls back`,
      );
      const data = emptyBake(policy, stage, req.since ?? Math.floor((req.clock?.now() ?? Date.now()) / 1000));
      return buildReport({
        ...common,
        verdict: evaluateStage(policy, stage, data),
        data,
        source: { kind: 'prometheus', url: source.displayUrl },
        queries: templatedQueries(policy, stage, req.vars),
        warnings: req.warnings,
        now: new Date(req.clock?.now() ?? Date.now()),
      });
    }
    // Misconfiguration ends the run now, not at the first window; after this every failure is a source error.
    const now = (req.clock?.now() ?? Date.now()) / 1000;
    const n = Math.floor(stage.bakeSeconds / policy.windowSeconds);
    const until =
      req.until ??
      (req.mode === 'lookback' && req.since !== undefined ? req.since + stage.bakeSeconds : undefined);
    const since =
      req.mode === 'lookback'
        ? (until ?? Math.floor(now)) - n * policy.windowSeconds
        : (req.since ?? Math.floor(now));
    const checked = await preflight(source, {
      policy,
      stage,
      metrics: metricsOf(policy, stage),
      vars: req.vars,
      span: { since, windowSeconds: policy.windowSeconds, windowsExpected: n },
      now,
    });
    for (const w of checked.warnings) (req.warn ?? req.log)?.(w);
    source.markPreflightPassed();
    const result = await runBake({
      policy,
      stage,
      mode: req.mode,
      source,
      since: req.since,
      // Lookback given only a start judges the bake that starts there.
      until,
      vars: req.vars,
      clock: req.clock,
      log: req.log,
      signal: req.signal,
    });
    const cancelled = result.cancelledAtWindow;
    if (cancelled !== undefined) req.log?.(cancelledReason(cancelled, result.data.windowsExpected));
    return buildReport({
      ...common,
      verdict:
        cancelled === undefined
          ? result.verdict
          : cancelledVerdict(result.verdict, cancelled, result.data.windowsExpected),
      data: result.data,
      source: { kind: 'prometheus', url: source.displayUrl },
      queries: result.queries,
      warnings: [...checked.warnings, ...result.warnings, ...(req.warnings ?? [])],
      now: new Date(req.clock?.now() ?? Date.now()),
    });
  } finally {
    source.close();
  }
}

function emptyBake(policy: Policy, stage: StageSpec, since: number): BakeData {
  const windows = stage.bakeSeconds / policy.windowSeconds;
  return {
    windowSeconds: policy.windowSeconds,
    windowsExpected: windows,
    windowsObserved: 0,
    since,
    metrics: {},
  };
}

/** The queries a Prometheus run would send, shown in the report even for a recorded bake. */
function templatedQueries(policy: Policy, stage: StageSpec, vars: Record<string, string>) {
  const queries: Record<string, { query: string | null; baselineQuery: string | null }> = dict();
  for (const metric of Object.values(policy.metrics)) {
    const plan = planQueries({ policy, stage, metric, vars, bakeSeconds: stage.bakeSeconds });
    queries[metric.name] = {
      query: plan.query,
      baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query,
    };
  }
  return queries;
}
