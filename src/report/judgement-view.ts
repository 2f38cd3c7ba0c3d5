/**
 * How a statistical judgement reads in the renderers (text, markdown, HTML): the line that says why it
 * decided, the evidence of a window in a few characters, and which windows a short table keeps.
 */
import { formatNumber } from './format.js';
import type { ReportCheck, ReportJudgement, ReportJudgementWindow } from './types.js';

type Judged = ReportCheck & { judgement: ReportJudgement };

export function judgedChecks(checks: ReportCheck[]): Judged[] {
  return checks.filter((c): c is Judged => c.judgement !== undefined);
}

/** `errors` or `p95_ms{pod="a"}`: the metric and the series that spoke for it. */
export function judgedSubject(check: Judged): string {
  const labels = Object.entries(check.judgement.labels ?? {});
  return labels.length ? `${check.metric}{${labels.map(([k, v]) => `${k}="${v}"`).join(',')}}` : check.metric;
}

export const DECISION_WORDS: Record<ReportJudgement['decision'], string> = {
  rollback: 'rollback',
  hold: 'hold',
  'promote-early': 'promote early',
  none: 'no decision',
};

export function decidingWindow(j: ReportJudgement): ReportJudgementWindow | undefined {
  return j.decided_at === null ? undefined : j.windows.find((w) => w.window === j.decided_at);
}

/**
 * `rollback in <where>: <the deciding window's explanation>`, or the judge's own summary when it did not
 * decide. `where` names the deciding window the way the renderer names windows.
 */
export function judgementLine(j: ReportJudgement, where: (window: number) => string): string {
  const w = decidingWindow(j);
  if (!w) return j.summary;
  return `${DECISION_WORDS[j.decision]} in ${where(w.window)}: ${w.explanation}`;
}

/** +12.3% (relative) or +3.2 (absolute); — when unknown, ±∞ when not finite. */
export function formatEffect(
  value: number | null | undefined,
  scale: ReportJudgement['effect_scale'],
): string {
  if (value === undefined) return '—';
  if (value === null) return '∞';
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '—' : value > 0 ? '+∞' : '−∞';
  if (scale === 'relative') return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  return `${value > 0 ? '+' : ''}${formatNumber(value)}`;
}

const STATISTIC_NAMES: Partial<Record<ReportJudgement['judge'], string>> = {
  'mann-whitney': 'U',
  spike: 'z',
  score: 'score',
};

/** The window's evidence: its interval, else its e-value, else its test statistic. */
export function evidence(w: ReportJudgementWindow, j: ReportJudgement): string {
  if (w.interval) {
    const [lo, hi] = w.interval;
    const side = (v: number | null, inf: string) => (v === null ? inf : formatEffect(v, j.effect_scale));
    return `[${side(lo, '−∞')}, ${side(hi, '+∞')}]`;
  }
  if (w.e_value !== undefined) return `e = ${w.e_value === null ? '∞' : formatEvalue(w.e_value)}`;
  if (w.statistic !== undefined) {
    const name = STATISTIC_NAMES[j.judge] ?? 'stat';
    return `${name} = ${w.statistic === null ? '∞' : formatNumber(w.statistic)}`;
  }
  return '—';
}

function formatEvalue(e: number): string {
  if (e >= 1e4) return e.toExponential(1);
  return e >= 100 ? e.toFixed(0) : String(Number(e.toPrecision(3)));
}

export const STATUS_TEXT: Record<ReportJudgementWindow['status'], string> = {
  fail: '❌ fail',
  pass: '✅ pass',
  continue: '⏳ continue',
};

/** Cut a long text at `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Positions (into `j.windows`) a table of at most `max` rows keeps, in order: the deciding window and
 * the one before it, the first and last windows, every change of status, then windows spread evenly.
 */
export function pickWindows(j: ReportJudgement, max: number): number[] {
  const n = j.windows.length;
  if (n <= max) return j.windows.map((_, i) => i);
  const keep = new Set<number>();
  const add = (i: number) => {
    if (i >= 0 && i < n && keep.size < max) keep.add(i);
  };
  const decided = j.windows.findIndex((w) => w.window === j.decided_at);
  if (decided >= 0) {
    add(decided);
    add(decided - 1);
  }
  add(0);
  add(n - 1);
  for (let i = 1; i < n; i++) if (j.windows[i].status !== j.windows[i - 1].status) add(i);
  // Evenly spread, finer each pass until the table is full (a pass may land on windows already kept).
  for (let parts = max - keep.size + 1; keep.size < max; parts *= 2)
    for (let s = 1; s < parts; s++) add(Math.round((s * (n - 1)) / parts));
  return [...keep].sort((a, b) => a - b);
}

/** A judge's worst, for a check table: its deciding (else last) window's effect and evidence. */
export function judgedWorst(j: ReportJudgement, span: (window: number) => string): string {
  const decided = decidingWindow(j);
  const w = decided ?? j.windows[j.windows.length - 1];
  if (!w) return '—';
  const effect = w.effect === undefined ? '' : `${formatEffect(w.effect, j.effect_scale)} `;
  return `${effect}${evidence(w, j)} (${decided ? '' : 'last window '}${span(w.window)})`;
}
