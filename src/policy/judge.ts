/**
 * `judge:` on a metric and `score:` on a stage (docs/judges.md): the raw YAML, already shape-checked by
 * zod, turned into loaded specs with every default applied and durations counted in windows. Rules that
 * span metrics (a judge's baseline, its requests metric) are checked once every metric is built.
 */
import { dict } from '../util/dict.js';
import type { BuildContext } from './build-context.js';
import type { YamlPath } from './positions.js';
import { isMap, str } from './raw.js';
import { didYouMean } from './suggest.js';
import type { JudgeDirection, MetricJudgeSpec, MetricSpec, StageScoreSpec } from './types.js';
import { formatPath } from './zod-issues.js';

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

function oneOf<T extends string>(v: unknown, options: readonly T[], fallback: T): T {
  return options.includes(v as T) ? (v as T) : fallback;
}

/** A duration key counted in windows (`fallback` when absent); non-multiples of the window are reported. */
function windowsOf(
  b: BuildContext,
  path: YamlPath,
  value: unknown,
  windowSeconds: number | undefined,
  fallback: number,
): number {
  if (value === undefined || !windowSeconds) return fallback;
  const seconds = b.duration(path, value);
  if (seconds === undefined || !b.multipleOfWindow(path, String(path[path.length - 1]), seconds))
    return fallback;
  return Math.max(1, seconds / windowSeconds);
}

export function buildJudge(
  b: BuildContext,
  path: YamlPath,
  value: unknown,
  windowSeconds: number | undefined,
): MetricJudgeSpec | undefined {
  if (!isMap(value)) return undefined; // reported by zod
  const pos = b.pos.key(path);
  const action = oneOf(value.action, ['rollback', 'pause'] as const, 'rollback');
  const direction = oneOf<JudgeDirection>(value.direction, ['increase', 'decrease', 'either'], 'increase');
  const effect = oneOf(value.effect, ['relative', 'absolute'] as const, 'relative');
  const allowedEffect = num(value['allowed-effect'], 0.1);
  if (effect === 'relative' && direction !== 'increase' && allowedEffect >= 1) {
    b.report(
      b.pos.value([...path, 'allowed-effect']),
      `${formatPath([...path, 'allowed-effect'])} ${allowedEffect}: a relative decrease of 100% or more can never be seen`,
      'use an allowed-effect below 1, or effect: absolute',
    );
  }
  const forWindows = () => windowsOf(b, [...path, 'for'], value.for, windowSeconds, 1);
  switch (value.type) {
    case 'mann-whitney':
      return {
        type: 'mann-whitney',
        confidence: num(value.confidence, 0.98),
        direction,
        allowedEffect,
        effect,
        scope: oneOf(value.scope, ['cumulative', 'window'] as const, 'cumulative'),
        forWindows: forWindows(),
        action,
        pos,
      };
    case 'sequential': {
      const kind = oneOf(value.kind, ['counts', 'values'] as const, 'counts');
      const requests = str(value.requests)?.trim();
      if (kind === 'counts' && requests === undefined) {
        b.report(
          pos,
          `${formatPath(path)}: a sequential judge of kind counts needs requests:`,
          "add requests: <name of a metric whose query and baseline count each track's requests per window>",
        );
      }
      return {
        type: 'sequential',
        kind,
        alpha: num(value.alpha, 0.05),
        allowedEffect,
        direction,
        effect,
        promoteEarly: value['promote-early'] === true,
        concentration: num(value.concentration, 20),
        priorScale: num(value['prior-scale'], 1),
        overdispersion: value.overdispersion !== false,
        ...(requests !== undefined ? { requests } : {}),
        action,
        pos,
      };
    }
    case 'spike':
      return {
        type: 'spike',
        sigmas: num(value.sigmas, 3),
        trailing: windowsOf(b, [...path, 'trailing'], value.trailing, windowSeconds, 12),
        minHistory: windowsOf(b, [...path, 'min-history'], value['min-history'], windowSeconds, 5),
        minDelta: num(value['min-delta'], 0),
        direction,
        forWindows: forWindows(),
        action,
        pos,
      };
    default:
      return undefined; // `threshold` (today's gates and triggers), or a type zod reported
  }
}

/** Judges comparing with the stable track need its per-window query; `requests` must name such a metric. */
export function checkJudgeReferences(b: BuildContext, metrics: Record<string, MetricSpec>): void {
  const names = Object.keys(metrics);
  for (const m of Object.values(metrics)) {
    const j = m.judge;
    if (!j || j.type === 'spike') continue;
    if (m.baseline?.kind !== 'query') {
      b.report(
        j.pos,
        `metrics.${m.name}.judge: a ${j.type} judge compares with the stable track in every window, but metric "${m.name}" has ${
          m.baseline ? 'baseline: before (one value for the whole bake)' : 'no baseline'
        }`,
        `add baseline: <PromQL for the same measure on the stable track> to metric "${m.name}"`,
      );
    }
    if (j.type !== 'sequential' || j.requests === undefined) continue;
    const at = ['metrics', m.name, 'judge', 'requests'];
    const r = metrics[j.requests];
    if (!r) {
      b.report(
        b.pos.value(at),
        `unknown metric "${j.requests}" in ${formatPath(at)}`,
        didYouMean(j.requests, names, 'metric'),
      );
    } else if (r.baseline?.kind !== 'query') {
      b.report(
        b.pos.value(at),
        `${formatPath(at)}: metric "${j.requests}" needs a baseline query counting the stable track's requests per window`,
        `add baseline: <PromQL counting the stable track's requests per {{window}}> to metric "${j.requests}"`,
      );
    }
  }
}

export function buildScore(
  b: BuildContext,
  path: YamlPath,
  value: unknown,
  windowSeconds: number | undefined,
): StageScoreSpec | undefined {
  if (!isMap(value) || typeof value.min !== 'number') return undefined; // reported by zod
  const weights: Record<string, number> = dict();
  if (isMap(value.weights))
    for (const [k, v] of Object.entries(value.weights)) if (typeof v === 'number' && v >= 0) weights[k] = v;
  return {
    min: value.min,
    forWindows: windowsOf(b, [...path, 'for'], value.for, windowSeconds, 1),
    weights,
    action: oneOf(value.action, ['rollback', 'pause'] as const, 'rollback'),
    pos: b.pos.key(path),
    ...(value['dry-run'] === true ? { dryRun: true } : {}),
  };
}

/** Score weights must name gates the stage has (after `extends`). */
export function checkScoreWeights(
  b: BuildContext,
  stage: string,
  score: StageScoreSpec,
  gates: string[],
): void {
  for (const key of Object.keys(score.weights)) {
    if (gates.includes(key)) continue;
    b.report(
      b.pos.key(['stages', stage, 'score', 'weights', key]),
      `stages.${stage}.score.weights: "${key}" is not a gate of stage "${stage}"`,
      didYouMean(key, gates, 'gate'),
    );
  }
}
