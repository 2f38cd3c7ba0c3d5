/**
 * The live scenarios' policies: the runbook-000 shape (p95 latency against a threshold and the stable
 * track, error ratio) on 10 s windows, so a bake takes a minute instead of an hour. Each scenario adds
 * its gates and triggers as YAML text.
 */

export const WINDOW_SECONDS = 10;
export const BAKE_SECONDS = 60;
export const SETTLE_SECONDS = 3;

export interface PolicyParts {
  service: string;
  /** `missing-data`, default fail. */
  missingData?: 'fail' | 'inconclusive' | 'ignore';
  /** Extra entries under `metrics:` (YAML, indented two spaces). */
  metrics?: string;
  /** The stage's `gates:` entries (YAML, indented six spaces). */
  gates: string;
  /** Top-level `rollback:` list items (YAML, indented two spaces). */
  rollback?: string;
}

export function policy(parts: PolicyParts): string {
  return `version: 1
window: ${WINDOW_SECONDS}s
missing-data: ${parts.missingData ?? 'fail'}
on-source-error: fail
settle: ${SETTLE_SECONDS}s
vars: { service: ${parts.service} }
metrics:
  p95_latency_ms:
    query: >-
      1000 * histogram_quantile(0.95, sum by (le)
        (rate(http_request_duration_seconds_bucket{service="{{vars.service}}",track="canary"}[{{window}}])))
    baseline: >-
      1000 * histogram_quantile(0.95, sum by (le)
        (rate(http_request_duration_seconds_bucket{service="{{vars.service}}",track="stable"}[{{window}}])))
    unit: ms
  error_rate:
    query: >-
      sum(rate(http_requests_total{service="{{vars.service}}",track="canary",code=~"5.."}[{{window}}]))
      / sum(rate(http_requests_total{service="{{vars.service}}",track="canary"}[{{window}}]))
${parts.metrics ?? ''}stages:
  canary:
    traffic: 10
    bake: ${BAKE_SECONDS}s
    gates:
${parts.gates}${parts.rollback ? `rollback:\n${parts.rollback}` : ''}`;
}

/** `gates:` entries, by metric: one condition or a list of them. */
export function gates(byMetric: Record<string, string | string[]>): string {
  const yaml = (c: string | string[]) =>
    Array.isArray(c) ? `[${c.map((one) => `"${one}"`).join(', ')}]` : `"${c}"`;
  return Object.entries(byMetric)
    .map(([metric, conditions]) => `      ${metric}: ${yaml(conditions)}\n`)
    .join('');
}

/** One `rollback:` list item; `forText` absent means one window. */
export function trigger(metric: string, when: string, forText?: string): string {
  return `  - metric: ${metric}\n    when: "${when}"\n${forText ? `    for: ${forText}\n` : ''}`;
}

/** Gates and triggers of the issue's regression: p95 <= 300 and a rollback on > 250 for three windows. */
export const LATENCY_GATES = gates({
  p95_latency_ms: ['<= 300', '<= baseline * 2'],
  error_rate: '<= 0.01',
});
export const LATENCY_ROLLBACK = trigger('p95_latency_ms', '> 250', '30s') + trigger('error_rate', '> 0.05');
