import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { PolicyIssue } from '../../src/policy/types.js';

/** Load `text` and return its issues; fails the test when it loads. */
export function issuesOf(text: string, path = 'policy.yml'): PolicyIssue[] {
  try {
    loadPolicy(text, path);
  } catch (error) {
    if (error instanceof PolicyError) return error.issues;
    throw error;
  }
  throw new Error('expected the policy to be rejected, but it loaded');
}

export const METRICS = `metrics:
  p95_latency_ms:
    query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[{{window}}])))
    baseline: before
  error_rate:
    query: sum(rate(http_requests_total{code=~"5.."}[{{window}}])) / sum(rate(http_requests_total[{{window}}]))
`;

/** A valid policy with `stages` (and optionally `rollback`) supplied by the test. */
export function withStages(stages: string, rollback = ''): string {
  return `version: 1\nwindow: 5m\n${METRICS}stages:\n${stages}${rollback}`;
}
