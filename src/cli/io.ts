/** What every CLI command shares: its exit codes and the streams it writes to. */
export const EXIT = { promote: 0, hold: 1, rollback: 2, inconclusive: 3, usage: 64, internal: 70 } as const;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Cancellation (SIGTERM/SIGINT in cli.ts): a bake stops and its partial verdict is printed, exit 3. */
  signal?: AbortSignal;
}
