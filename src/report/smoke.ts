/**
 * Runbook 002: "Smoke test fails (exit != 0) → rollback". The smoke command runs before the bake; its
 * result goes into the report as `smoke_returncode` and, when it failed, as a rollback reason.
 */
export interface SmokeResult {
  /** Exit code; null when the command could not start or was killed. */
  returncode: number | null;
  timedOut: boolean;
  /** Signal name when the command was killed. */
  signal?: string | null;
  error?: string;
}

export function smokeFailed(result: SmokeResult): boolean {
  return result.timedOut || result.returncode !== 0;
}

/** The code the report shows: a timeout is 124 and a command that could not start 127, as in a shell. */
export function smokeReturnCode(result: SmokeResult): number {
  if (result.timedOut) return 124;
  if (result.returncode !== null) return result.returncode;
  return result.signal ? 128 + 9 : 127;
}

export function smokeReason(result: SmokeResult, timeoutSeconds: number): string {
  if (result.timedOut) return `smoke-command timed out after ${timeoutSeconds}s (exit 124)`;
  if (result.returncode === null)
    return `smoke-command did not finish: ${result.error ?? `killed by ${result.signal ?? 'a signal'}`}`;
  return `smoke-command exited with code ${result.returncode}`;
}
