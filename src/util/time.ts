/**
 * The one reader of user-given times (CLI flags, action inputs, a recording's `start`): ISO-8601 or unix
 * seconds. Date.parse alone is lenient where a gate must not be: it reads "2026-02-30" as 2 March and
 * "Nov 20 2026" in the runner's zone, so the calendar fields are checked first.
 */
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type TimeParse = { ok: true; seconds: number } | { ok: false; why: string };

export function parseUserTime(text: string): TimeParse {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return { ok: true, seconds: Number(t) };
  const m = ISO_RE.exec(t);
  if (!m) return { ok: false, why: 'is not a time' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, why: `has month ${m[2]}, which does not exist` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return { ok: false, why: `is not a date: ${MONTHS[month - 1]} ${year} has ${days} days` };
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return {
      ok: false,
      why: `has a time of day ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} that does not exist`,
    };
  const ms = Date.parse(t.replace(' ', 'T'));
  return Number.isNaN(ms) ? { ok: false, why: 'is not a time' } : { ok: true, seconds: ms / 1000 };
}

export const TIME_FIX = 'give ISO-8601 (2026-11-20T10:00:00Z) or unix seconds (1795000000)';
