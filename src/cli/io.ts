/** What every CLI command shares: its exit codes, the streams it writes to, and the redactor on them. */
import type { Redactor } from '../util/redact.js';

export const EXIT = { promote: 0, hold: 1, rollback: 2, inconclusive: 3, usage: 64, internal: 70 } as const;

export interface CliIo {
  stdout(text: string): void;
  /**
   * Resolves once stdout has taken what was written. A pipe takes writes asynchronously: a report of
   * hundreds of MB written at once would be queued in memory behind a slower reader. Absent: no wait.
   */
  stdoutDrained?(): Promise<void>;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Cancellation (SIGTERM/SIGINT in cli.ts): a bake stops and its partial verdict is printed, exit 3. */
  signal?: AbortSignal;
  /** Set by runCli: stdout and stderr already pass through it; files a command writes must too. */
  redactor?: Redactor;
}
