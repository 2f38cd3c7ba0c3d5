/**
 * Durations as policies write them: `30s`, `5m`, `1h`, `24h`, `1d`, `1h30m` — units in descending order,
 * each at most once, whole numbers only. Returned in seconds.
 */

export const DURATION_PATTERN = '^(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$';
const DURATION_RE = new RegExp(DURATION_PATTERN);
const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string; fix: string };

export function parseDuration(text: string): DurationResult {
  const trimmed = text.trim();
  const bad = (why: string): DurationResult => ({
    ok: false,
    message: `invalid duration "${text}"${why ? `: ${why}` : ''}`,
    fix: suggestDuration(trimmed),
  });
  if (trimmed === '' || !DURATION_RE.test(trimmed)) return bad('');
  let seconds = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhms])/g))
    seconds += Number(amount) * UNIT_SECONDS[unit];
  // A duration past ~285 million years is a typo; beyond safe integers, every multiple check would lie.
  if (!Number.isSafeInteger(seconds))
    return {
      ok: false,
      message: `invalid duration "${text}": too long`,
      fix: 'give a duration such as 30m, 24h or 7d',
    };
  if (seconds <= 0)
    return {
      ok: false,
      message: `invalid duration "${text}": must be longer than zero`,
      fix: 'give a positive duration, e.g. 30s, 5m, 1h',
    };
  return { ok: true, seconds };
}

/** Seconds back to the shortest policy spelling (`5400` → `1h30m`), for messages and fixes. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '0s';
  let rest = seconds;
  let out = '';
  for (const unit of ['d', 'h', 'm', 's']) {
    const size = UNIT_SECONDS[unit];
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}

function suggestDuration(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, '');
  if (lower !== text && lower !== '' && DURATION_RE.test(lower))
    return `write it as ${lower} (units are lower case, no spaces)`;
  const long = /^(\d+)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)$/i.exec(text);
  if (long) return `write it as ${long[1]}${long[2][0].toLowerCase()}`;
  if (/^\d+$/.test(text)) return `add a unit, e.g. ${text}s or ${text}m`;
  if (/^\d+\.\d+/.test(text)) return 'use whole numbers of units, e.g. 1h30m instead of 1.5h';
  if (/^\d+ms$/.test(text)) return 'use whole seconds or more, e.g. 30s';
  return 'write a whole number with a unit s, m, h or d, e.g. 30s, 5m, 1h30m, 1d';
}
