/** Files named by inputs (`config`, `metrics-file`): read them, or fail with one line naming the input and the fix. */
import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';

export function readInputFile(path: string, input: string, fix: string, cwd: string = process.cwd()): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`input \`${input}\` (${path})`, unreadable(code, error, cwd), fix);
  }
}

/** Why a file cannot be read, in words (not `ENOENT`), with the usual cause on a runner. */
function unreadable(code: string | undefined, error: unknown, cwd: string): string {
  if (code === 'ENOENT')
    return `does not exist in ${cwd} (is the repository checked out? actions/checkout must run before this step)`;
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? (error as Error).message.split('\n')[0]})`;
}
