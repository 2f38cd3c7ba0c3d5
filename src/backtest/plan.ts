/**
 * Which bakes a backtest judges: one starting at every `from + i·every` whose bake ends by `to`. Each bake is
 * then judged in lookback at its `until`, exactly as a gate run at that moment would.
 */
import { formatDuration } from '../policy/duration.js';
import { InputError } from '../util/errors.js';

/** More bakes than this is a typo in `--every` (1m over a year), not a question anyone asked. */
export const MAX_BAKES = 20_000;

export interface BakeTime {
  /** Unix seconds: start of window 0 and end of the last window. */
  since: number;
  until: number;
}

export interface BakePlan {
  from: number;
  to: number;
  everySeconds: number;
  bakeSeconds: number;
  windowSeconds: number;
  bakes: BakeTime[];
}

export interface PlanNames {
  from: string;
  to: string;
  every: string;
}

export function planBakes(
  req: { from: number; to: number; everySeconds?: number; bakeSeconds: number; windowSeconds: number },
  names: PlanNames,
): BakePlan {
  const { from, to, bakeSeconds, windowSeconds } = req;
  const everySeconds = req.everySeconds ?? bakeSeconds;
  if (!(everySeconds > 0) || everySeconds % windowSeconds !== 0) {
    throw new InputError(
      names.every,
      `${formatDuration(everySeconds)} is not a whole number of ${formatDuration(windowSeconds)} windows`,
      `give a multiple of the policy's window, e.g. ${formatDuration(bakeSeconds)} (the bake, the default)`,
    );
  }
  if (to - from < bakeSeconds) {
    throw new InputError(
      `${names.from}/${names.to}`,
      `span ${to > from ? formatDuration(to - from) : 'nothing'} but one bake takes ${formatDuration(bakeSeconds)}`,
      `give a span of at least one bake, e.g. ${names.from} 7 days before ${names.to}`,
    );
  }
  const count = Math.floor((to - from - bakeSeconds) / everySeconds) + 1;
  if (count > MAX_BAKES) {
    throw new InputError(
      names.every,
      `${formatDuration(everySeconds)} gives ${count} bakes between ${names.from} and ${names.to} (at most ${MAX_BAKES})`,
      'give a longer interval or a shorter span',
    );
  }
  const bakes = Array.from({ length: count }, (_, i) => {
    const since = from + i * everySeconds;
    return { since, until: since + bakeSeconds };
  });
  return { from, to, everySeconds, bakeSeconds, windowSeconds, bakes };
}
