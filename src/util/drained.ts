/** Waiting for a stream to take what was written to it. */
import type { Writable } from 'node:stream';

/** Resolves when `stream` has no writes queued (at once if it has none), or when it fails or closes. */
export function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
