/** CLI times: ISO-8601 or unix seconds. */
import { InputError } from '../util/errors.js';

export function parseTime(text: string, flag: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    throw new InputError(
      flag,
      `"${text}" is not a time`,
      'give ISO-8601 (2026-11-20T10:00:00Z) or unix seconds (1795000000)',
    );
  }
  return ms / 1000;
}
