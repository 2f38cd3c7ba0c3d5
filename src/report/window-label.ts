import { formatDuration } from '../policy/duration.js';

/** The name of window k: its start as ISO time when the bake's start is known, else an offset like `+10m`. */
export function windowLabel(k: number, since: number | undefined, windowSeconds: number): string {
  const offset = k * windowSeconds;
  if (since !== undefined) return new Date((since + offset) * 1000).toISOString().replace(':00.000Z', 'Z');
  return offset === 0 ? '+0m' : `+${formatDuration(offset)}`;
}
