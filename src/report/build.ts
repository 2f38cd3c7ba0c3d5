/** Builds report.json (DESIGN §5) from a verdict and the data it judged. */
import type { BakeData, Series, Verdict } from '../engine/types.js';
import { dashboardLink } from '../policy/links.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { pairSeries } from '../engine/pairing.js';
import { windowLabels } from '../engine/windows.js';
import { reportJudgement } from './judgement.js';
import type { Provenance, Report, ReportSeries } from './types.js';
import { dict } from '../util/dict.js';
import { capList, REPORT_MAX_WARNINGS } from './cap.js';

export interface ReportInput {
  policy: Policy;
  stage: StageSpec;
  verdict: Verdict;
  data: BakeData;
  mode: 'watch' | 'lookback';
  dryRun: boolean;
  source: Report['source'];
  /** The queries as sent (templated), per metric. */
  queries: Record<string, { query: string | null; baselineQuery: string | null }>;
  smokeReturnCode?: number | null;
  provenance: Provenance;
  now: Date;
  /** Extra warnings gathered outside the engine (source warnings, smoke, webhook). */
  warnings?: string[];
  /** Reasons added outside the engine (a failed smoke command is a rollback reason). */
  extraRollbackReasons?: string[];
}

export function buildReport(input: ReportInput): Report {
  const { policy, stage, verdict, data } = input;
  const labels = windowLabels(data, data.windowsExpected);
  const since = data.since;
  const iso = (seconds: number | undefined) =>
    seconds === undefined ? null : new Date(seconds * 1000).toISOString();

  const metrics: Report['metrics'] = dict();
  const metricsDelta: Report['metrics_delta'] = dict();
  for (const [name, metric] of Object.entries(data.metrics)) {
    const spec = policy.metrics[name];
    const query = input.queries[name];
    metrics[name] = {
      query: query?.query ?? spec?.query ?? null,
      baseline_query: query?.baselineQuery ?? null,
      unit: spec?.unit ?? null,
      values: metric.series.map(toReportSeries),
      baseline_values: (metric.baseline ?? []).map(toReportSeries),
      warnings: metric.warnings ?? [],
      source_error: metric.sourceError ?? null,
    };
    if (metric.baseline?.length) metricsDelta[name] = delta(metric.series, metric.baseline, spec?.pairOn);
  }

  const rollbackReasons = [...(input.extraRollbackReasons ?? []), ...verdict.rollbackReasons];
  const rollbackTriggered =
    verdict.rollbackTriggered || rollbackReasons.length > verdict.rollbackReasons.length;
  return {
    schema_version: 1,
    decision: rollbackTriggered ? 'rollback' : verdict.decision,
    gate_passed: verdict.gatePassed,
    rollback_triggered: rollbackTriggered,
    rollback_reasons: rollbackReasons,
    gate_fail_reasons: verdict.gateFailReasons,
    inconclusive_reasons: verdict.inconclusiveReasons,
    warnings: capList(
      [...new Set([...verdict.warnings, ...(input.warnings ?? [])])],
      REPORT_MAX_WARNINGS,
      'more warnings',
    ),
    stage: stage.name,
    traffic: stage.traffic ?? null,
    mode: input.mode,
    dry_run: input.dryRun,
    window_seconds: data.windowSeconds,
    bake: {
      since: iso(since),
      until: since === undefined ? null : iso(since + data.windowsExpected * data.windowSeconds),
      windows_expected: data.windowsExpected,
      windows_observed: data.windowsObserved,
      decided_at_window: verdict.windowsJudged,
      ended_early: verdict.endedEarly,
      window_labels: labels,
    },
    checks: verdict.checks.map((check) => {
      const judgement = reportJudgement(policy, check, labels);
      return {
        kind: check.kind,
        metric: check.metric,
        condition: check.condition,
        for_seconds: check.forSeconds,
        action: check.action,
        status: check.status,
        violating_windows: check.violatingWindows,
        worst: check.worst && { ...check.worst, window_label: labels[check.worst.window] ?? '' },
        policy_line: check.policyLine,
        reasons: check.reasons,
        ...(check.note ? { note: check.note } : {}),
        ...(check.status === 'pending' && check.streak ? { pending_run: { ...check.streak } } : {}),
        ...(check.dryRun ? { dry_run: true } : {}),
        ...(check.wouldHave ? { would_have: check.wouldHave } : {}),
        ...(judgement ? { judgement } : {}),
      };
    }),
    metrics,
    metrics_delta: metricsDelta,
    smoke_returncode: input.smokeReturnCode ?? null,
    source: input.source,
    provenance: input.provenance,
    generated_at: input.now.toISOString(),
    ...dashboard(
      policy,
      stage.name,
      iso(since),
      since === undefined ? null : iso(since + data.windowsExpected * data.windowSeconds),
    ),
  };
}

function dashboard(policy: Policy, stage: string, since: string | null, until: string | null) {
  const link = dashboardLink(policy.links?.dashboard, { since, until }, stage);
  return link ? { links: { dashboard: link } } : {};
}

function toReportSeries(series: Series): ReportSeries {
  return { labels: series.labels, values: series.values };
}

/** Canary minus baseline per window, each canary series against its partner (engine/pairing.ts). */
function delta(canary: Series[], baseline: Series[], pairOn: string[] | undefined): ReportSeries[] {
  return pairSeries(canary, baseline, { on: pairOn, mode: 'each' }).map(
    ({ canary: [series], baseline: [base] }) => ({
      labels: series.labels,
      values: series.values.map((value, k) => {
        const b = base?.values[k];
        return value === null || b === null || b === undefined ? null : roundNoise(value - b);
      }),
    }),
  );
}

/** Removes float noise from a subtraction (0.30000000000000004 → 0.3) without losing real precision. */
function roundNoise(value: number): number {
  return Number(value.toPrecision(12));
}
