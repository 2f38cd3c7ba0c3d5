/**
 * Bounds on what one bake may ask for, checked by `validate` before any query: a bake of 999999999d would
 * otherwise pass, then exhaust memory reading a file or a server.
 * - windows per bake: 11,000, Prometheus' own limit on the points one query_range answers per series;
 * - points per bake: windows × queries (each metric read by the stage, its baseline query counted too),
 *   counted for one series per query; it bounds the memory a bake needs (about 100 bytes a point judged).
 */
import type { BuildContext } from './build-context.js';
import { formatDuration } from './duration.js';
import { metricsOf } from './stage-metrics.js';
import type { MetricSpec, StageSpec } from './types.js';

export const MAX_WINDOWS_PER_BAKE = 11_000;
export const MAX_POINTS_PER_BAKE = 2_000_000;

const n = (value: number) => value.toLocaleString('en-US');

/** Why a bake has too many windows, or null. `what` names it, e.g. "bake 999d in stages.canary_5". */
export function bakeWindowsProblem(
  what: string,
  bakeSeconds: number,
  windowSeconds: number,
): { message: string; fix: string } | null {
  const windows = Math.floor(bakeSeconds / windowSeconds);
  if (windows <= MAX_WINDOWS_PER_BAKE) return null;
  return {
    message: `${what} is ${n(windows)} windows of ${formatDuration(windowSeconds)}, over the limit of ${n(MAX_WINDOWS_PER_BAKE)} windows per bake`,
    fix: `use a bake of at most ${formatDuration(MAX_WINDOWS_PER_BAKE * windowSeconds)}, or a longer window`,
  };
}

/** Points each stage's bake would read; a stage over MAX_POINTS_PER_BAKE is an issue at its bake. */
export function checkBakePoints(
  b: BuildContext,
  stages: Record<string, StageSpec>,
  metrics: Record<string, MetricSpec>,
): void {
  const w = b.windowSecondsValue;
  if (!w) return;
  for (const stage of Object.values(stages)) {
    const windows = Math.floor(stage.bakeSeconds / w);
    if (windows > MAX_WINDOWS_PER_BAKE) continue; // reported as too many windows already
    const read = metricsOf({ metrics }, stage);
    const queries = read.reduce((sum, m) => sum + 1 + (m.baseline ? 1 : 0), 0);
    const points = windows * queries;
    if (points <= MAX_POINTS_PER_BAKE) continue;
    const maxWindows = Math.floor(MAX_POINTS_PER_BAKE / queries);
    b.report(
      b.pos.value(['stages', stage.name, 'bake']),
      `stage ${stage.name} reads ${n(points)} points (${n(windows)} windows × ${n(queries)} queries), over the limit of ${n(MAX_POINTS_PER_BAKE)} per bake`,
      `use a bake of at most ${formatDuration(maxWindows * w)}, a longer window, or fewer metrics in this stage`,
    );
  }
}
