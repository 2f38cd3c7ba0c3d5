/** The metrics one stage reads: what a bake fetches and what the bake limits count. */
import type { MetricSpec, StageSpec } from './types.js';

/** The metrics the stage's gates, triggers and judges read, in policy order. */
export function metricsOf(policy: { metrics: Record<string, MetricSpec> }, stage: StageSpec): MetricSpec[] {
  const used = new Set([...stage.gates, ...stage.triggers].map((c) => c.metric));
  // A metric's `judge:` (docs/judges.md) applies in every stage; a counts judge also reads its requests metric.
  for (const m of Object.values(policy.metrics)) {
    if (!m.judge) continue;
    used.add(m.name);
    if (m.judge.type === 'sequential' && m.judge.requests !== undefined) used.add(m.judge.requests);
  }
  return Object.values(policy.metrics).filter((m) => used.has(m.name));
}
