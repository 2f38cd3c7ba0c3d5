/**
 * One live scenario as a test file declares it: the stack it runs on, the changes it schedules against
 * window 0's start, and the CLI runs that judge it. beforeAll starts all of it (runs in the background,
 * so each test awaits its own and reports its own failure); afterAll stops every CLI and process.
 */
import { nextSince } from './bake.js';
import { stopClis } from './cli.js';
import { BAKE_SECONDS } from './policy.js';
import { startScenario, type Stack, type StackOptions } from './stack.js';

/** The runs' results by name. */
type Results = Record<string, unknown>;

export interface ScenarioScript<R extends Results> {
  /** The scheduled changes (stack.at(...)); a test fails with their error if one failed. */
  events?: Promise<void>[];
  /** The runs judging the bake, by name. */
  runs: { [K in keyof R]: Promise<R[K]> };
}

export interface LiveScenario<R extends Results> {
  /** The named run's result, once the scheduled changes have run. */
  run<K extends keyof R>(name: K): Promise<R[K]>;
  /** The stack, once the scheduled changes have run: for a further run of the test's own. */
  stackAfterEvents(): Promise<Stack>;
}

/**
 * Registers beforeAll/afterAll for the scenario: the stack up with load for the bake and some slack and
 * the canary's first samples in Prometheus, then `script` called with it and `since` (window 0's start).
 */
export function liveScenario<R extends Results>(
  options: StackOptions,
  script: (stack: Stack, since: number) => ScenarioScript<R>,
): LiveScenario<R> {
  let stack: Stack | undefined;
  let events: Promise<void> = Promise.resolve();
  let runs: ScenarioScript<R>['runs'] | undefined;

  beforeAll(
    async () => {
      stack = await startScenario(options, BAKE_SECONDS + 30);
      const scripted = script(stack, nextSince());
      events = Promise.all(scripted.events ?? []).then(() => undefined);
      runs = scripted.runs;
      // Marked handled here; each test awaits (and reports) its own.
      events.catch(() => undefined);
      for (const run of Object.values(runs)) run.catch(() => undefined);
    },
    // VictoriaMetrics is not waited for (its latency offset hides the first 30 s, which the gate must
    // cope with), but starting it beside Prometheus takes longer.
    options.victoria ? 120_000 : 60_000,
  );

  afterAll(async () => {
    await stopClis();
    await stack?.dispose();
  }, 60_000);

  const started = () => {
    if (!stack || !runs) throw new Error('the live scenario did not start (see beforeAll)');
    return { stack, runs };
  };
  return {
    run: async <K extends keyof R>(name: K): Promise<R[K]> => {
      await events;
      const run: Promise<R[K]> = started().runs[name];
      return run;
    },
    stackAfterEvents: async () => {
      await events;
      return started().stack;
    },
  };
}
