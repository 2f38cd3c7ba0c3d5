/**
 * Bake scenarios for the real-server tests: each one a 30-minute bake (six 5-minute windows) of a canary
 * beside a stable track, in its own 2-hour slot starting 2026-11-20T10:00Z so that no scenario sees
 * another's series (alerts cannot be told apart by label). Samples every 15 s, 7 s past the window grid.
 */
import { type RawSample } from './openmetrics.js';

export const SCENARIO_START = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;
export const SLOT_SECONDS = 2 * 3600;
export const BAKE_SECONDS = 30 * 60;
export const WINDOW_SECONDS = 300;
const SCRAPE_SECONDS = 15;
const SCRAPE_OFFSET = 7;
/** Data starts this long before the bake (room for `baseline: before` and one window of range). */
const LEAD_SECONDS = 40 * 60;
const TAIL_SECONDS = 35 * 60;
const BUCKETS = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 1, Infinity];

/** How a scenario's canary behaves, as functions of seconds since the start of the bake. */
interface Shape {
  canaryLatency?: (t: number) => number;
  canaryErrors?: (t: number) => number;
  canaryScraped?: (t: number) => boolean;
  queueDepth?: (t: number) => number;
  alertFiring?: (t: number) => boolean;
  goldenMismatches?: (t: number) => number;
}

export const SHAPES = {
  healthy: {},
  latency_regression: { canaryLatency: (t) => (t >= 15 * 60 ? 0.45 : 0.22) },
  error_spike: { canaryErrors: (t) => (t >= 11 * 60 && t < 13 * 60 ? 0.2 : 0.002) },
  flapping: { queueDepth: (t) => (Math.floor(t / WINDOW_SECONDS) % 2 === 1 ? 150 : 50) },
  gap: { canaryScraped: (t) => t < 10 * 60 || t >= 22 * 60 },
  alert_12m: { alertFiring: (t) => t >= 6 * 60 && t < 18 * 60 },
  golden_mismatch: { goldenMismatches: (t) => (t >= 17 * 60 ? 1 : 0) },
} satisfies Record<string, Shape>;

export type ScenarioName = keyof typeof SHAPES;
export const SCENARIOS = Object.keys(SHAPES) as ScenarioName[];

/** Unix seconds of the start of the scenario's bake. */
export function scenarioSince(name: ScenarioName): number {
  return SCENARIO_START + SCENARIOS.indexOf(name) * SLOT_SECONDS;
}

export function generateScenario(name: ScenarioName): RawSample[] {
  const shape: Shape = SHAPES[name];
  const since = scenarioSince(name);
  const out: RawSample[] = [];
  const counters = new Map<string, number>();
  const bump = (key: string, by: number) => {
    const v = (counters.get(key) ?? 0) + by;
    counters.set(key, v);
    return v;
  };
  const tracks = [
    { track: 'canary', rps: 10 },
    { track: 'stable', rps: 100 },
  ];
  for (let t = -LEAD_SECONDS + SCRAPE_OFFSET; t < TAIL_SECONDS; t += SCRAPE_SECONDS) {
    const ms = (since + t) * 1000;
    for (const { track, rps } of tracks) {
      const canary = track === 'canary';
      const latency = canary && shape.canaryLatency ? shape.canaryLatency(t) : 0.22;
      const errors = canary && shape.canaryErrors ? shape.canaryErrors(t) : 0.002;
      const n = rps * SCRAPE_SECONDS;
      const ok = bump(`${track}/200`, n * (1 - errors));
      const failed = bump(`${track}/500`, n * errors);
      const bucketValues = BUCKETS.map((le) => bump(`${track}/le${le}`, latency <= le ? n : 0));
      if (canary && shape.canaryScraped && !shape.canaryScraped(t)) continue;
      out.push({ name: 'http_requests_total', labels: { track, code: '200' }, t: ms, v: ok });
      out.push({ name: 'http_requests_total', labels: { track, code: '500' }, t: ms, v: failed });
      BUCKETS.forEach((le, i) =>
        out.push({
          name: 'http_request_duration_seconds_bucket',
          labels: { track, le: le === Infinity ? '+Inf' : String(le) },
          t: ms,
          v: bucketValues[i],
        }),
      );
    }
    out.push({
      name: 'queue_depth',
      labels: { track: 'canary' },
      t: ms,
      v: shape.queueDepth ? shape.queueDepth(t) : 50,
    });
    out.push({
      name: 'nova_golden_mismatch_total',
      labels: {},
      t: ms,
      v: shape.goldenMismatches ? shape.goldenMismatches(t) : 0,
    });
    if (shape.alertFiring?.(t)) {
      out.push({
        name: 'ALERTS',
        labels: { alertname: 'ConsistencyLow', alertstate: 'firing', severity: 'page' },
        t: ms,
        v: 1,
      });
    }
  }
  return out;
}

export function generateAllScenarios(): RawSample[] {
  return SCENARIOS.flatMap(generateScenario);
}

/** The policy every scenario is judged with (runbooks 000 and 002 shapes). */
export const SCENARIO_POLICY = `version: 1
window: 5m
missing-data: fail
on-source-error: fail
settle: 30s
metrics:
  p95_latency_ms:
    query: >-
      1000 * histogram_quantile(0.95, sum by (le)
      (rate(http_request_duration_seconds_bucket{track="canary"}[{{window}}])))
    baseline: >-
      1000 * histogram_quantile(0.95, sum by (le)
      (rate(http_request_duration_seconds_bucket{track="stable"}[{{window}}])))
    unit: ms
  error_rate:
    query: >-
      sum(rate(http_requests_total{track="canary",code=~"5.."}[{{window}}]))
      / sum(rate(http_requests_total{track="canary"}[{{window}}]))
    baseline: before
  queue_depth:
    query: avg_over_time(queue_depth{track="canary"}[{{window}}])
  consistency_low:
    alert: ConsistencyLow
  golden_mismatch:
    query: sum(increase(nova_golden_mismatch_total[{{window}}]))
stages:
  canary:
    traffic: 5
    bake: 30m
    gates:
      p95_latency_ms: ["<= 300", "<= baseline * 1.2"]
      error_rate: ["<= 0.01", "<= baseline * 2"]
rollback:
  - metric: p95_latency_ms
    when: "> 400"
    for: 10m
  - metric: error_rate
    when: "> 0.05"
  - metric: queue_depth
    when: "> 100"
    for: 10m
  - metric: queue_depth
    when: "> 100"
    action: notify
  - metric: consistency_low
    when: "> 0"
    for: 10m
  - metric: golden_mismatch
    when: "> 0"
`;
