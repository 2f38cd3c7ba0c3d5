/** Cancellation for the bake loops: a sleep or a read that a SIGTERM must not wait for, and the verdict it leaves. */
import type { Verdict } from '../engine/types.js';
import { cancelledReason } from '../util/cancel.js';

/** Resolves when `work` settles or `signal` aborts, whichever comes first; a rejection after abort is dropped. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | void> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => {});
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The verdict of a bake stopped by a signal: `inconclusive`, with "cancelled at window k/N" first among its
 * reasons, except that a rollback already seen stays a rollback (dropping one is the worst thing a gate
 * can do). Gate failures seen so far stay listed.
 */
export function cancelledVerdict(
  verdict: Verdict,
  windowsObserved: number,
  windowsExpected: number,
): Verdict {
  return {
    ...verdict,
    decision: verdict.decision === 'rollback' ? 'rollback' : 'inconclusive',
    inconclusiveReasons: [cancelledReason(windowsObserved, windowsExpected), ...verdict.inconclusiveReasons],
    final: true,
  };
}
