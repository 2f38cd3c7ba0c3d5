/**
 * A boundary that is valid at every window of a bake of known length, rather than forever.
 *
 * A watch looks at the same bake after each window and stops at the first crossing; the bake's window
 * count K is fixed by the policy (bake / window). A confidence sequence valid for an unbounded number
 * of looks (the t-mixture) pays for looks that never come, about a third of its width at 60 windows.
 * This group-sequential boundary (Wang & Tsiatis 1987, shape Δ) crosses with probability a over the K
 * looks: at look n the one-sided critical z is c·(n/K)^(Δ − 1/2), strict early and near the fixed-sample
 * value at the end. c comes from the simulated table (bench/judges/horizon-table.ts) for independent
 * normal windows; the judges turn z into t with their scale's degrees of freedom by matching the
 * per-look tail. Dependent windows look more alike from look to look, which only makes crossing rarer
 * at the same per-look level, so the independent table errs on the safe side.
 */
import { HORIZON_CONSTANTS } from './horizon-table.js';
import { HORIZON_ALPHAS, HORIZON_DELTA, HORIZON_WINDOWS, MIN_LOOK } from './horizon-grid.js';

/**
 * The one-sided critical z at look n of a bake of `windows` windows at level `alpha`, or null when the
 * table does not cover them (bake too long, level too small): the caller then uses the mixture. A bake
 * between grid lengths takes the next longer one's constant and a level between grid levels the next
 * smaller one's, so both round toward a wider interval.
 */
export function horizonCriticalZ(n: number, windows: number, alpha: number): number | null {
  if (n < MIN_LOOK || n > windows) return null;
  const row = HORIZON_WINDOWS.findIndex((k) => k >= windows);
  const column = HORIZON_ALPHAS.findIndex((a) => a <= alpha * (1 + 1e-12));
  if (row < 0 || column < 0) return null;
  return HORIZON_CONSTANTS[row][column] * (n / windows) ** (HORIZON_DELTA - 0.5);
}
