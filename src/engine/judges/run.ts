/** Runs a window judge over all windows (lookback) and derives the judge's contribution. */
import type { JudgeResult, JudgeType, WindowJudge, WindowJudgement } from './types.js';

/** The contribution is the first window that carries a decision; later windows are still judged. */
export function resultOf(judge: JudgeType, windows: WindowJudgement[]): JudgeResult {
  const decided = windows.find((w) => w.decision);
  const last = windows[windows.length - 1];
  return {
    judge,
    windows,
    contribution: decided?.decision ?? 'none',
    decidedAt: decided ? decided.window : null,
    summary: decided
      ? `${decided.decision} at window #${decided.window + 1}: ${decided.explanation}`
      : last
        ? `no decision after ${windows.length} window(s): ${last.explanation}`
        : 'no windows observed',
  };
}

/** Lookback: every window at once. */
export function runAll<I>(judge: JudgeType, make: () => WindowJudge<I>, inputs: readonly I[]): JudgeResult {
  const j = make();
  return resultOf(
    judge,
    inputs.map((input) => j.push(input)),
  );
}

/** Watch: one window at a time, stopping at the first decision (as the bake loop does). */
export function runWatch<I>(judge: JudgeType, make: () => WindowJudge<I>, inputs: readonly I[]): JudgeResult {
  const j = make();
  const windows: WindowJudgement[] = [];
  for (const input of inputs) {
    const w = j.push(input);
    windows.push(w);
    if (w.decision) break;
  }
  return resultOf(judge, windows);
}
