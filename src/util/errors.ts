/**
 * A problem with something the user gave us (a flag, a metrics file, an action input): reported as one
 * line naming the place and the fix, and mapped to exit code 64 by the CLI.
 */
export class InputError extends Error {
  constructor(
    readonly place: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${place}: ${problem} (fix: ${fix})`);
    this.name = 'InputError';
  }
}
