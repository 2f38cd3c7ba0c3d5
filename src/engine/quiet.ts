/**
 * The common case of a check judged from its sample columns, without a Sample object per window (at 500
 * series × 20 checks those were hundreds of MB of short-lived objects): a gate whose condition holds in
 * every window of every series, or a trigger whose condition holds in none, no window missing. The
 * result is exactly what gate.ts / trigger.ts give for such samples: no violation, no run, no missing-data
 * effect, status pass, the worst being the sample closest to the limit. Anything else: null, and the
 * general judges take it.
 */
import type { CheckSpec } from '../policy/types.js';
import type { Judged, JudgeContext } from './judged.js';
import { checkResult, toWorst } from './result.js';
import { everyWindowIs, worstOfColumns, type SeriesSamples } from './samples.js';
import { margin } from './severity.js';

export function judgeQuiet(ctx: JudgeContext, check: CheckSpec, samples: SeriesSamples): Judged | null {
  const gate = check.kind === 'gate';
  if (!everyWindowIs(samples, ctx.observed, gate)) return null;
  const { op } = check.condition;
  // Badness as the judges define it: a gate's is how far its condition fails, a trigger's how far it holds.
  const badness = gate
    ? (value: number, limit: number) => -margin(op, value, limit)
    : (value: number, limit: number) => margin(op, value, limit);
  // The worst value is report text too: a prefix judged only for its finality goes without.
  const worst = ctx.describe ? worstOfColumns(samples, ctx.observed, badness) : undefined;
  const result = checkResult(check, 'pass', [], toWorst(worst), []);
  // No window holds: no run in progress (trigger.ts `trailingRun` is 0 for every series).
  if (!gate) result.streak = { windows: 0, needed: check.forWindows };
  return { result, effects: [] };
}
