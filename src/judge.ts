/**
 * One stage judged end to end, shared by the CLI and the action: read the bake (recorded file or
 * Prometheus, lookback or watch), judge it, and build the report. Entries only add their own I/O.
 */
import { runBake } from './bake/run.js';
import type { Clock } from './bake/clock.js';
import { evaluateStage } from './engine/evaluate.js';
import type { Policy, StageSpec } from './policy/types.js';
import { checkVars } from './policy/vars.js';
import { PolicyError } from './policy/errors.js';
import { buildReport } from './report/build.js';
import type { Provenance, Report } from './report/types.js';
import { loadMetricsFile } from './sources/file.js';
import { planQueries } from './sources/prometheus-queries.js';
import { PrometheusSource, type PrometheusSourceOptions } from './sources/prometheus.js';
import { InputError } from './util/errors.js';

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
  smokeReturnCode?: number | null;
  extraRollbackReasons?: string[];
  warnings?: string[];
}

export async function judgeStage(req: JudgeRequest): Promise<Report> {
  const { policy, stage } = req;
  // Vars can come from flags and inputs, so a template naming an unknown var is only known now.
  const varIssues = checkVars(policy, req.vars);
  if (varIssues.length) throw new PolicyError(varIssues);
  const common = {
    policy,
    stage,
    mode: req.mode,
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
      'source',
      'no metrics source given',
      'pass --prometheus-url (or the prometheus-url input), set prometheus.url in the policy, or use --metrics-file',
    );
  }
  const source = new PrometheusSource({
    timeoutMs: policy.prometheus.timeoutSeconds * 1000,
    ...req.prometheus,
    headers: { ...policy.prometheus.headers, ...(req.prometheus?.headers ?? {}) },
    url,
  });
  try {
    const result = await runBake({
      policy,
      stage,
      mode: req.mode,
      source,
      since: req.since,
      // Lookback given only a start judges the bake that starts there.
      until:
        req.until ??
        (req.mode === 'lookback' && req.since !== undefined ? req.since + stage.bakeSeconds : undefined),
      vars: req.vars,
      clock: req.clock,
      log: req.log,
    });
    return buildReport({
      ...common,
      verdict: result.verdict,
      data: result.data,
      source: { kind: 'prometheus', url: source.displayUrl },
      queries: result.queries,
      warnings: [...result.warnings, ...(req.warnings ?? [])],
      now: new Date(req.clock?.now() ?? Date.now()),
    });
  } finally {
    source.close();
  }
}

/** The queries a Prometheus run would send, shown in the report even for a recorded bake. */
function templatedQueries(policy: Policy, stage: StageSpec, vars: Record<string, string>) {
  const queries: Record<string, { query: string | null; baselineQuery: string | null }> = {};
  for (const metric of Object.values(policy.metrics)) {
    const plan = planQueries({ policy, stage, metric, vars, bakeSeconds: stage.bakeSeconds });
    queries[metric.name] = {
      query: plan.query,
      baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query,
    };
  }
  return queries;
}
