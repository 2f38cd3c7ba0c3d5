/**
 * Files the user names (policy, recorded bake, CA certificate): read them, or fail with one line naming
 * where the path came from (`--config x`, ``input `config` (x)``) and the fix.
 */
import { readFileSync } from 'node:fs';
import { InputError } from './errors.js';

export interface ReadOptions {
  /** Where the path came from, e.g. `--metrics-file m.json`. */
  place: string;
  fix: string;
  /** What to say when the file does not exist; default `cannot be read (ENOENT)`. */
  notFound?: string;
}

export function readUserFile(path: string, options: ReadOptions): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(options.place, unreadable(code, error, options.notFound), options.fix);
  }
}

/** Why a file cannot be read, in words where the code alone is cryptic. */
function unreadable(code: string | undefined, error: unknown, notFound: string | undefined): string {
  if (code === 'ENOENT' && notFound) return notFound;
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? (error as Error).message.split('\n')[0]})`;
}
