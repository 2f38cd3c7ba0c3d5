/** Small text helpers shared by the markdown and HTML renderers. */
import type { Report, ReportCheck } from './types.js';
import type { CheckStatus } from '../engine/types.js';

/** A value as people read it: 4 significant digits, no exponent for everyday magnitudes. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

export function formatWithUnit(value: number | null | undefined, unit: string | null | undefined): string {
  const text = formatNumber(value);
  return unit && text !== '—' ? `${text} ${unit}` : text;
}

/** `5m`, `1h30m`, `24h`: a duration in seconds written the way the policy writes it. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '0s';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}

/** Start of window k as epoch seconds, when the bake's start is known. */
export function windowStart(report: Report, k: number): number | null {
  const since = report.bake.since ? Date.parse(report.bake.since) : NaN;
  return Number.isNaN(since) ? null : since / 1000 + k * report.window_seconds;
}

/** `10:05` (UTC) when the start is known, `+5m` otherwise. */
export function windowTick(report: Report, k: number): string {
  const start = windowStart(report, k);
  // formatDuration(0) is `0s`; the first tick reads `+0m`, like the first window's span `+0m–+5m`.
  if (start === null) return k === 0 ? '+0m' : `+${formatDuration(k * report.window_seconds)}`;
  return clockTime(report, start);
}

/** `10:05`, or `19:22:10` when windows are shorter than a minute (else every tick of a minute reads the same). */
function clockTime(report: Report, seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(11, report.window_seconds < 60 ? 19 : 16);
}

/** `10:05–10:10` or `+5m–+10m`: the span window k covers. */
export function windowSpan(report: Report, k: number): string {
  const start = windowStart(report, k);
  if (start === null) {
    const from = k * report.window_seconds;
    const to = from + report.window_seconds;
    return `+${from ? formatDuration(from) : '0m'}–+${formatDuration(to)}`;
  }
  const end = start + report.window_seconds;
  return `${clockTime(report, start)}–${clockTime(report, end)}`;
}

/** Window indexes as runs: `2–4, 7` (1-based, as people count windows). */
export function windowRuns(indexes: number[], limit = 6): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const k of sorted) {
    const last = runs[runs.length - 1];
    if (last && k === last[1] + 1) last[1] = k;
    else runs.push([k, k]);
  }
  const shown = runs.slice(0, limit).map(([a, b]) => (a === b ? `#${a + 1}` : `#${a + 1}–#${b + 1}`));
  if (runs.length > limit) shown.push(`+${runs.length - limit} more`);
  return shown.join(', ');
}

/**
 * The "Violating windows" cell. A trigger's windows are where it fired; with `for` longer than one window
 * that is the end of a run of bad windows, so say "fired at" rather than let `1 of 6: #4` read as "one bad
 * window" beside a reason naming two.
 */
export function violationText(report: Report, check: ReportCheck, limit = 6): string {
  const n = check.violating_windows.length;
  if (n === 0) return check.status === 'pass' ? 'none' : '—';
  const runs = windowRuns(check.violating_windows, limit);
  // Judged checks (score, statistical judges) list the windows that failed, like gates.
  if (check.kind === 'rollback' && !check.judgement && check.for_seconds > report.window_seconds)
    return `fired at ${runs} (after ${formatDuration(check.for_seconds)} in a row)`;
  return `${n} of ${report.bake.windows_observed}: ${runs}`;
}

/** `2026-11-20 10:00 → 10:30 UTC` (the date once when both ends share it), or the length when the start is unknown. */
export function bakeSpan(report: Report): string {
  const b = report.bake;
  if (!b.since || !b.until) return formatDuration(b.windows_expected * report.window_seconds);
  return `${shortTime(b.since)} → ${shortTime(b.until, b.since)}`;
}

/** `2026-11-20 10:00 UTC`, or only the time when it is the same day as `ref`. */
function shortTime(iso: string, ref?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = d.toISOString();
  if (ref && ref.slice(0, 10) === text.slice(0, 10)) return `${text.slice(11, 16)} UTC`;
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${ref ? ' UTC' : ''}`;
}

export function statusIcon(status: CheckStatus, action: string): string {
  if (status === 'pass') return '✅';
  if (status === 'fail') return action === 'notify' ? '⚠️' : '❌';
  if (status === 'no_data') return '❔';
  return '⏭️';
}

export function decisionIcon(decision: Report['decision']): string {
  return { promote: '✅', hold: '⛔', rollback: '⏪', inconclusive: '❔' }[decision];
}

/** Escape text for a markdown table cell: pipes and newlines would break the row. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Code span that survives backticks inside the text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What kind of check a row is: `gate`, a trigger's action, or `judge` for a statistical judge. */
export function checkKind(check: ReportCheck): string {
  if (check.judgement) return 'judge';
  return check.kind === 'gate' ? 'gate' : check.action;
}
