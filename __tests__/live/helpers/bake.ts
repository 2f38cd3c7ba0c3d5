/** A live bake judged twice, as the DESIGN §2 invariant asks: watched as it happens, then looked back on. */
import { describeRun, evaluate, type CliRun } from './cli.js';
import { at, type Stack } from './stack.js';
import { BAKE_SECONDS, SETTLE_SECONDS } from './policy.js';

/** Start of window 0: the next whole second plus one, so the first window is whole. */
export function nextSince(): number {
  return Math.ceil(Date.now() / 1000) + 1;
}

export interface BakeRuns {
  since: number;
  until: number;
  watch: CliRun;
  lookback: CliRun;
}

/**
 * Watches the bake starting at `since` on `url`, then (once the whole bake has closed and settled, so
 * both judge the same windows even when the watch ended early) judges it in lookback.
 */
export async function watchThenLookback(
  url: string,
  policy: string,
  since: number,
  onLine?: (line: string) => void,
): Promise<BakeRuns> {
  const until = since + BAKE_SECONDS;
  const watch = await evaluate({ policy, url, mode: 'watch', since, onLine });
  await at(until + SETTLE_SECONDS);
  const lookback = await evaluate({ policy, url, mode: 'lookback', until });
  return { since, until, watch, lookback };
}

/** The same bake watched then looked back on, on Prometheus and on VictoriaMetrics side by side. */
export function watchThenLookbackOnEach(
  stack: Stack,
  policy: string,
  since: number,
): { prometheus: Promise<BakeRuns>; victoria: Promise<BakeRuns> } {
  if (!stack.victoria) throw new Error('the stack has no VictoriaMetrics: start it with victoria: true');
  return {
    prometheus: watchThenLookback(stack.prometheus.url, policy, since),
    victoria: watchThenLookback(stack.victoria.url, policy, since),
  };
}

/** Exit codes of DESIGN §4. */
export const EXIT = { promote: 0, hold: 1, rollback: 2, inconclusive: 3, input: 64 } as const;

/** Runs `check`; when an expectation fails, adds each run's exit code, decision and stderr tail. */
export function withRuns(runs: Record<string, CliRun>, check: () => void): void {
  try {
    check();
  } catch (err) {
    const details = Object.entries(runs)
      .map(([name, run]) => `--- ${name}: ${describeRun(run)}`)
      .join('\n');
    throw new Error(`${(err as Error).message}\n${details}`);
  }
}

/** The exit code and decision of a run, for one readable toEqual. */
export function outcome(run: CliRun): { code: number | null; decision: string | undefined } {
  return { code: run.code, decision: run.report?.decision };
}
