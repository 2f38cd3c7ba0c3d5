/**
 * Files the user names (policy, recorded bake, CA certificate): read them, or fail with one line naming
 * where the path came from (`--config x`, ``input `config` (x)``) and the fix. The file is stat'ed first:
 * a FIFO or a device would block or never end, and a file over `maxBytes` would not fit the memory bound.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { constants } from 'node:fs';
import { InputError } from './errors.js';

/** Default cap: far above any policy or certificate, far below what could exhaust memory. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Where the path came from, e.g. `--metrics-file m.json`. */
  place: string;
  fix: string;
  /** What to say when the file does not exist; default `cannot be read (ENOENT)`. */
  notFound?: string;
  /** Larger files are an input error naming the size and the cap. Default DEFAULT_MAX_FILE_BYTES. */
  maxBytes?: number;
}

export function readUserFile(path: string, options: ReadOptions): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise block before it can be stat'ed.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(options.place, unreadable(code, error, options.notFound), options.fix);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(options.place, 'is a directory, not a file', options.fix);
    if (!stat.isFile())
      throw new InputError(
        options.place,
        `is not a regular file (a ${stat.isFIFO() ? 'named pipe' : stat.isSocket() ? 'socket' : 'device'}, which may never end)`,
        `${options.fix}; to pass generated content, write it to a file first`,
      );
    const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (stat.size > max)
      throw new InputError(
        options.place,
        `is ${formatBytes(stat.size)}, over the ${formatBytes(max)} limit for this file`,
        `${options.fix} of at most ${formatBytes(max)}`,
      );
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(options.place, unreadable(code, error, options.notFound), options.fix);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Number((bytes / 1024).toFixed(1))} KiB`;
}

/** Why a file cannot be read, in words where the code alone is cryptic. */
function unreadable(code: string | undefined, error: unknown, notFound: string | undefined): string {
  if (code === 'ENOENT' && notFound) return notFound;
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? (error as Error).message.split('\n')[0]})`;
}
