/**
 * Three days of a canary and its stable track, one sample a minute (30 s past the minute), with known bad
 * spells, for backfilling a real Prometheus. Every window's value is computed here from the generated
 * samples, and so is every bake's decision, independently of the code under test.
 */
import type { RawSample } from '../helpers/openmetrics.js';

export const FROM = Date.UTC(2026, 9, 5, 0, 0, 0) / 1000;
export const DAYS = 3;
export const WINDOW = 300;
export const BAKE = 1800;
export const WINDOWS = (DAYS * 86400) / WINDOW;
/** Samples start this long before FROM: room for `baseline: before` of the first bake. */
const LEAD = 3600;

/** Spells by window index (window w is [FROM + w·5m, FROM + (w+1)·5m)). */
const LATENCY_SPELLS: Record<number, number> = { 20: 320, 100: 340, 101: 340, 200: 450, 201: 450, 300: 450 };
const ERROR_SPELLS: Record<number, number> = { 400: 0.03, 500: 0.08, 600: 0.008 };
const STABLE_SPELLS: Record<number, number> = { 50: 310, 640: 305 };
/** Windows with no canary latency sample at all. */
const GAPS = new Set([700]);

let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

export interface History {
  samples: RawSample[];
  /** Per window from FROM - LEAD: the value each query gives (max_over_time over the window), null = none. */
  latency: Map<number, number | null>;
  stable: Map<number, number | null>;
  errors: Map<number, number | null>;
}

export function generateHistory(): History {
  const samples: RawSample[] = [];
  const latency = new Map<number, number | null>();
  const stable = new Map<number, number | null>();
  const errors = new Map<number, number | null>();
  const keepMax = (map: Map<number, number | null>, w: number, v: number) =>
    map.set(w, Math.max(map.get(w) ?? -Infinity, v));
  for (let t = FROM - LEAD + 30; t < FROM + DAYS * 86400; t += 60) {
    const w = Math.floor((t - FROM) / WINDOW);
    const ms = t * 1000;
    const canaryLatency = LATENCY_SPELLS[w] ?? Math.round(200 + 50 * random());
    const stableLatency = STABLE_SPELLS[w] ?? Math.round(190 + 50 * random());
    const errorRatio = ERROR_SPELLS[w] ?? 0.001;
    if (!GAPS.has(w)) {
      samples.push({ name: 'latency_p95_ms', labels: { track: 'canary' }, t: ms, v: canaryLatency });
      keepMax(latency, w, canaryLatency);
    } else latency.set(w, null);
    samples.push({ name: 'latency_p95_ms', labels: { track: 'stable' }, t: ms, v: stableLatency });
    keepMax(stable, w, stableLatency);
    samples.push({ name: 'error_ratio', labels: { track: 'canary' }, t: ms, v: errorRatio });
    keepMax(errors, w, errorRatio);
  }
  return { samples, latency, stable, errors };
}

export const POLICY = (p95Gate: number) => `version: 1
window: 5m
missing-data: fail
metrics:
  p95_latency_ms:
    query: max_over_time(latency_p95_ms{track="canary"}[{{window}}])
    baseline: max_over_time(latency_p95_ms{track="stable"}[{{window}}])
  error_rate:
    query: max_over_time(error_ratio{track="canary"}[{{window}}])
    baseline: before
stages:
  canary:
    bake: 30m
    gates:
      p95_latency_ms: "<= ${p95Gate}"
      error_rate: ["<= 0.01", "<= baseline * 5"]
rollback:
  - metric: p95_latency_ms
    when: "> 400"
    for: 10m
  - metric: error_rate
    when: "> 0.05"
`;

export type Decision = 'promote' | 'hold' | 'rollback' | 'inconclusive';

/**
 * The decision for the bake starting at window `first`, from the generated numbers: rollback if p95 > 400
 * in 2 windows in a row or errors > 0.05 in one; hold if a gate fails or a window has no sample
 * (missing-data: fail); else promote. `track: baseline` judges the stable latency (against itself for the
 * relative limit; errors have no per-window baseline query and keep their own).
 */
export function expectedDecision(
  h: History,
  first: number,
  p95Gate: number,
  track: 'canary' | 'baseline' = 'canary',
): Decision {
  const lat = Array.from(
    { length: 6 },
    (_, k) => (track === 'canary' ? h.latency : h.stable).get(first + k) ?? null,
  );
  const err = Array.from({ length: 6 }, (_, k) => h.errors.get(first + k) ?? null);
  const before = Array.from({ length: 6 }, (_, k) => h.errors.get(first - 6 + k)).filter(
    (v): v is number => v !== null && v !== undefined,
  );
  const baseline = before.reduce((a, b) => a + b, 0) / before.length;
  const hit = (v: number | null, limit: number) => v !== null && v > limit;
  const rollback =
    lat.some((v, k) => k > 0 && hit(v, 400) && hit(lat[k - 1], 400)) || err.some((v) => hit(v, 0.05));
  if (rollback) return 'rollback';
  const hold =
    lat.some((v) => v === null || v > p95Gate) || err.some((v) => v === null || v > 0.01 || v > baseline * 5);
  return hold ? 'hold' : 'promote';
}
