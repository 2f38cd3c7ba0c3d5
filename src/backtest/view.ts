/** Wording shared by the backtest's text, Markdown and HTML renderers. */
import { formatDuration, formatNumber } from '../report/format.js';
import type { BacktestBake, BacktestCheck, BacktestReport } from './types.js';

export const DECISIONS = ['promote', 'hold', 'rollback', 'inconclusive'] as const;

export function headline(r: BacktestReport): string {
  return `stage ${r.stage}: ${spanLine(r)}`;
}

/** What was replayed, under the title of the Markdown and HTML reports (which name the stage in it). */
export function spanLine(r: BacktestReport): string {
  const track = r.track === 'baseline' ? ' on the baseline (stable) track' : '';
  return `${r.summary.bakes} bake${r.summary.bakes === 1 ? '' : 's'} of ${formatDuration(r.bake_seconds)} every ${formatDuration(r.every_seconds)}, ${shortTime(r.from)} → ${shortTime(r.until)}${track}`;
}

export function countsLine(r: BacktestReport): string {
  return DECISIONS.map((d) => `${d} ${r.summary[d]}`).join(' · ');
}

export function checkLabel(c: BacktestCheck): string {
  const kind = c.kind === 'gate' ? 'gate' : c.action;
  return `${kind} ${c.metric} ${c.condition}`;
}

/** The per-check table of the Markdown and HTML reports: its columns, and one check's cells (plain text). */
export const CHECK_COLUMNS = ['Check', 'Bakes failed', 'Worst value per bake', 'Limit', 'Headroom'] as const;

export function checkCells(c: BacktestCheck, bakes: number): string[] {
  return [checkLabel(c), `${c.bakes_failed}/${bakes}`, worstLine(c), limitText(c), headroomText(c)];
}

/** "p50 240 · p95 290 · p99 310 · max 330" (for a low-is-bad check, max is the lowest). */
export function worstLine(c: BacktestCheck): string {
  const w = c.worst;
  const max = c.bad_direction === 'high' ? 'max' : 'min';
  return `p50 ${formatNumber(w.p50)} · p95 ${formatNumber(w.p95)} · p99 ${formatNumber(w.p99)} · ${max} ${formatNumber(w.max)}`;
}

export function headroomText(c: BacktestCheck): string {
  if (c.headroom.min === null) return '—';
  const min = formatNumber(c.headroom.min);
  return c.headroom.min < 0 ? `${min} (past the limit)` : `${min} (closest bake)`;
}

export function limitText(c: BacktestCheck): string {
  return c.limit === null
    ? c.condition.includes('baseline')
      ? 'baseline-relative'
      : '—'
    : formatNumber(c.limit);
}

export function bakeSpanText(b: Pick<BacktestBake, 'since' | 'until'>): string {
  const since = shortTime(b.since);
  const until = shortTime(b.until);
  // Same day: write the date once.
  return since.slice(0, 10) === until.slice(0, 10) ? `${since}–${until.slice(11)}` : `${since} – ${until}`;
}

/** ISO to the minute, UTC: 2026-11-20 10:05Z. */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
}

/** Bakes that did not promote, newest last. */
export function notPromoted(r: BacktestReport): BacktestBake[] {
  return r.bakes.filter((b) => b.decision !== 'promote');
}
