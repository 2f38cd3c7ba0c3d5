/**
 * `--track baseline`: judge the stable track against the stage's limits. Most history has no canary; the
 * stable track's history answers "how often would these limits have blocked the healthy service" (the
 * false-block rate of fixed thresholds). Each metric with a per-window `baseline:` query is judged on that
 * query; a metric without one keeps its own query (it is then read as the service's, e.g. a query with no
 * track selector). A limit relative to the baseline compares the stable track with itself and holds
 * whenever the stable track has data, which is what it would do on a canary identical to stable.
 */
import type { Policy } from '../policy/types.js';

export type Track = 'canary' | 'baseline';

export function onTrack(policy: Policy, track: Track): Policy {
  if (track === 'canary') return policy;
  const metrics = Object.fromEntries(
    Object.entries(policy.metrics).map(([name, m]) => [
      name,
      m.baseline?.kind === 'query' ? { ...m, query: m.baseline.query, alert: undefined } : m,
    ]),
  );
  return { ...policy, metrics };
}

/** Metrics judged on their own query under `--track baseline` (no per-window baseline query to use). */
export function ownQueryMetrics(policy: Policy, metricNames: string[]): string[] {
  return metricNames.filter((n) => policy.metrics[n]?.baseline?.kind !== 'query');
}
