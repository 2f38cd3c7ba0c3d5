/** CLI times: ISO-8601 or unix seconds. */
import { InputError } from '../util/errors.js';
import { parseUserTime, TIME_FIX } from '../util/time.js';

export function parseTime(text: string, flag: string): number {
  const parsed = parseUserTime(text);
  if (!parsed.ok) throw new InputError(flag, `"${text}" ${parsed.why}`, TIME_FIX);
  return parsed.seconds;
}
