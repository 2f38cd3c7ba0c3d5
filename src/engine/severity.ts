/**
 * Which sample is the worst: the one furthest past the limit in the bad direction, or for a check that
 * passed, the one closest to it. Gates state what is good and triggers what is bad, so a gate's badness is
 * how far its condition fails and a trigger's is how far its condition holds.
 */
import type { Comparator } from '../policy/types.js';
import type { Sample } from './samples.js';

/** How far `value OP limit` holds: positive when it holds, larger the more it does. */
export function margin(op: Comparator, value: number, limit: number): number {
  switch (op) {
    case '<':
    case '<=':
      return limit - value;
    case '>':
    case '>=':
      return value - limit;
    case '==':
      return -Math.abs(value - limit);
    case '!=':
      return Math.abs(value - limit);
  }
}

/**
 * The worst judged sample by `badness`; ties go to the earliest window, then the first series, so the choice
 * does not depend on anything but the data.
 */
export function worstSample(samples: Sample[], badness: (s: Sample) => number): Sample | undefined {
  let worst: Sample | undefined;
  let worstBadness = -Infinity;
  for (const s of samples) {
    if (s.missing !== null) continue;
    const b = badness(s);
    if (worst === undefined || b > worstBadness || (b === worstBadness && s.window < worst.window)) {
      worst = s;
      worstBadness = b;
    }
  }
  return worst;
}
