/**
 * The first window at which a bake's verdict is final (evaluate.ts). Finality only grows with the prefix,
 * so every order of probing finds the same window; the order only sets how many prefixes are judged. A
 * bake that ends early is most often a hold under fail-fast: rollback, final at the first window where the
 * longest rollback trigger no longer fits in the windows left: that window and the one before it are
 * probed first, two judgements where bisection takes about log2 of the windows (a backtest judges
 * hundreds of bakes). Any other bake bisects what is left.
 */
import type { Policy, StageSpec } from '../policy/types.js';
import type { BakeData } from './types.js';

/** The first of windows 1..observed whose prefix is final, given that all `observed` windows are. */
export function firstFinalWindow(
  observed: number,
  likely: number | undefined,
  isFinal: (windows: number) => boolean,
): number {
  let lo = 1;
  let hi = observed;
  if (likely !== undefined && likely > lo && likely < hi) {
    if (!isFinal(likely)) lo = likely + 1;
    else if (!isFinal(likely - 1)) return likely;
    else hi = likely - 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isFinal(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/**
 * Under fail-fast: rollback, a held bake is final once no rollback trigger can fire in the windows left: with
 * no run in progress, from window N − k + 1 of the longest trigger's k on. Undefined when nothing says.
 */
export function likelyFinalWindow(
  policy: Policy,
  stage: StageSpec,
  windowsExpected: number,
): number | undefined {
  if ((stage.failFast ?? policy.failFast ?? 'rollback') !== 'rollback') return undefined;
  const rollbacks = stage.triggers.filter((t) => t.action === 'rollback');
  if (rollbacks.length === 0) return undefined;
  return windowsExpected - Math.max(...rollbacks.map((t) => t.forWindows)) + 1;
}

/** Finality of each prefix judged once, however many times it is asked. */
export class Finality {
  private readonly known = new Map<number, boolean>();

  constructor(private readonly judge: (windows: number) => boolean) {}

  readonly isFinal = (windows: number): boolean => {
    let final = this.known.get(windows);
    if (final === undefined) this.known.set(windows, (final = this.judge(windows)));
    return final;
  };

  /** Finality learnt from judging the prefix described. */
  know(windows: number, final: boolean): void {
    this.known.set(windows, final);
  }
}

/**
 * A complete bake already final at its likely window, judged described there at once (the verdict it
 * returns when the window before is not final), and without judging all its windows first: only a
 * judge's evidence goes on past the first final window (evaluate.ts), so only a stage without judges or
 * score. Undefined when this does not apply or the likely window is not final.
 */
export function finalBeforeEnd<V extends { final: boolean; decision: string }>(
  policy: Policy,
  stage: StageSpec,
  data: BakeData,
  observed: number,
  /** likelyFinalWindow of the bake. */
  likely: number | undefined,
  finality: Finality,
  described: (windows: number) => V,
): V | undefined {
  if (likely === undefined || likely <= 1 || likely >= observed || observed !== data.windowsExpected) return;
  if (stage.score || Object.values(policy.metrics).some((m) => m.judge)) return;
  const verdict = described(likely);
  finality.know(likely, verdict.final);
  if (!verdict.final) return;
  // One window earlier the longest rollback trigger still fits in the windows left, so only a rollback
  // makes that prefix final (outlook.ts); a rollback there would be one here (effects persist).
  const longest = data.windowsExpected - likely + 1;
  const stillFits = stage.triggers.some(
    (t) => t.action === 'rollback' && !t.dryRun && t.forWindows === longest,
  );
  if (stillFits && verdict.decision !== 'rollback') return verdict;
  if (!finality.isFinal(likely - 1)) return verdict;
  return described(firstFinalWindow(likely - 1, undefined, finality.isFinal));
}
