/**
 * The PromQL sent for a metric: its templated query, the alert form of `alert:` metrics, and the baseline
 * query (`baseline: <query>` templated the same way, or `baseline: before` as a mean over the span before
 * `since`).
 */
import type { MetricSpec, Policy, StageSpec } from '../policy/types.js';
import { renderTemplate } from '../policy/template.js';

export interface QueryContext {
  policy: Policy;
  stage: StageSpec;
  metric: MetricSpec;
  vars: Record<string, string>;
  /** Length of the bake in seconds (`baseline: before` averages over this long). */
  bakeSeconds: number;
}

export type BaselinePlan =
  | { kind: 'none' }
  /** Evaluated per window, like the metric. */
  | { kind: 'range'; query: string }
  /** Evaluated once, at `since`; its value applies to every window. */
  | { kind: 'instant'; query: string };

export interface QueryPlan {
  query: string;
  baseline: BaselinePlan;
}

export function planQueries(ctx: QueryContext): QueryPlan {
  const { policy, stage, metric } = ctx;
  const render = (template: string) =>
    renderTemplate(template, {
      window: policy.windowText,
      stage: stage.name,
      traffic: stage.traffic,
      vars: ctx.vars,
    });
  const query =
    metric.alert !== undefined ? alertQuery(metric.alert, policy.windowText) : render(metric.query ?? '');
  const spec = metric.baseline;
  let baseline: BaselinePlan = { kind: 'none' };
  if (spec?.kind === 'query') baseline = { kind: 'range', query: render(spec.query) };
  else if (spec?.kind === 'before') {
    baseline = { kind: 'instant', query: meanBeforeQuery(query, ctx.bakeSeconds, policy.windowSeconds) };
  }
  return { query, baseline };
}

/**
 * 1 when the alert was firing at any time in the window, else 0. `or vector(0)` makes an alert that never
 * fired a 0 rather than a missing sample.
 */
export function alertQuery(alertName: string, windowText: string): string {
  return `max(max_over_time(ALERTS{alertname=${JSON.stringify(alertName)},alertstate="firing"}[${windowText}])) or vector(0)`;
}

/**
 * The metric's own query averaged over the bake-long span that ends at the evaluation time: a subquery at
 * the window's step, so each point is the value of one window of that span (when `since` is aligned to the
 * step, exactly the windows before the bake).
 */
export function meanBeforeQuery(query: string, bakeSeconds: number, windowSeconds: number): string {
  return `avg_over_time((${query})[${promDuration(bakeSeconds)}:${promDuration(windowSeconds)}])`;
}

/** One-unit PromQL duration (`30m`, `90s`) that every Prometheus-compatible server reads. */
export function promDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
