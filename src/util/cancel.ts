/**
 * SIGTERM/SIGINT as an AbortSignal. A cancelled GitHub job (or `timeout-minutes`) sends SIGINT, then
 * SIGTERM, then kills the process a few seconds later: the first signal stops the bake so the verdict so
 * far still reaches the outputs, the summary and the report; a second one ends the process at once.
 */
export interface Cancellation {
  signal: AbortSignal;
  /** The name of the signal that cancelled the run, once one did. */
  readonly by: string | undefined;
  dispose(): void;
}

export function cancelOnSignals(onSecond: () => void = () => process.exit(130)): Cancellation {
  const controller = new AbortController();
  let by: string | undefined;
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return onSecond();
    by = name;
    controller.abort(new Error(`${name} received`));
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  for (const name of signals) process.on(name, handler);
  return {
    signal: controller.signal,
    get by() {
      return by;
    },
    dispose: () => {
      for (const name of signals) process.off(name, handler);
    },
  };
}

/** The reason a cancelled bake gives: which window it had reached. */
export function cancelledReason(windowsObserved: number, windowsExpected: number): string {
  return `cancelled at window ${windowsObserved}/${windowsExpected}: the bake was stopped (SIGTERM/SIGINT) before it ended`;
}
