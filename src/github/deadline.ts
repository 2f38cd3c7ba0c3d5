/**
 * Bounds on what runs after the verdict (artifact upload, PR comment, webhook): each step has its own
 * deadline and all of them together at most `totalMs`. A step past its deadline is abandoned with a warning
 * and the run goes on: the decision is already in the outputs and the log, and a hung service must not turn
 * a promote into a job killed at `timeout-minutes`. Clients that take an AbortSignal get one; the artifact
 * client does not, so it is raced (src/index.ts ends the process, so an abandoned socket cannot hold it).
 */
import * as log from './log.js';

export const POST_VERDICT_LIMITS = {
  totalMs: 120_000,
  artifactMs: 60_000,
  commentMs: 30_000,
  webhookMs: 30_000,
} as const;

export class PostVerdictBudget {
  private readonly end: number;

  constructor(
    private readonly totalMs: number = POST_VERDICT_LIMITS.totalMs,
    private readonly now: () => number = Date.now,
  ) {
    this.end = now() + totalMs;
  }

  /** Runs `step` within min(`capMs`, what is left of the bound). An error of the step is rethrown. */
  async run(what: string, capMs: number, step: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const ms = Math.min(capMs, this.end - this.now());
    if (ms <= 0) {
      log.warning(
        `${what} skipped: the steps after the verdict used up their ${seconds(this.totalMs)} bound`,
      );
      return;
    }
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => {
        abort.abort(new Error(`no answer within ${seconds(ms)}`));
        resolve('late');
      }, ms);
    });
    try {
      const outcome = await Promise.race([step(abort.signal).then(() => 'done' as const), late]);
      if (outcome === 'late')
        log.warning(
          `${what} abandoned: no answer within ${seconds(ms)} (steps after the verdict are bounded to ${seconds(this.totalMs)} in all); the verdict stands`,
        );
    } finally {
      clearTimeout(timer);
    }
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}
