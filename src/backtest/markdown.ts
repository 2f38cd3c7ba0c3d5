/**
 * The backtest as Markdown: the job summary and the PR comment of the action's `mode: backtest`. Lists are
 * cut to fit a PR comment (65,536 characters); the JSON report keeps everything.
 */
import { cell, code } from '../report/format.js';
import type { BacktestReport } from './types.js';
import { bakeSpanText, CHECK_COLUMNS, checkCells, DECISIONS, notPromoted, spanLine } from './view.js';

export interface BacktestMarkdownOptions {
  /** Hidden marker the PR comment is found by. */
  marker?: string;
  /** Upper bound on the length (a PR comment holds 65,536 characters). */
  maxChars?: number;
  runUrl?: string | null;
}

const SQUARE = { promote: '🟩', hold: '🟨', rollback: '🟥', inconclusive: '⬜' } as const;
const TIMELINE_LIMIT = 400;

export function renderBacktestMarkdown(r: BacktestReport, opts: BacktestMarkdownOptions = {}): string {
  // Shorter lists until it fits: the counts, checks and comparison always stay.
  for (const limit of [50, 20, 5, 0]) {
    const text = render(r, opts, limit);
    if (opts.maxChars === undefined || text.length <= opts.maxChars) return text;
  }
  return render(r, opts, 0).slice(0, opts.maxChars);
}

function render(r: BacktestReport, opts: BacktestMarkdownOptions, listLimit: number): string {
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(`### 🔁 canary-gate backtest — ${code(r.stage)}`, '', spanLine(r), '');
  out.push(`| ${DECISIONS.join(' | ')} |`, `|${DECISIONS.map(() => '---:').join('|')}|`);
  out.push(`| ${DECISIONS.map((d) => `${SQUARE[d]} ${r.summary[d]}`).join(' | ')} |`, '');
  if (r.bakes.length <= TIMELINE_LIMIT) out.push(r.bakes.map((b) => SQUARE[b.decision]).join(''), '');
  if (r.compare) {
    out.push(`**Compared with ${code(r.compare.policy)}:** ${r.compare.sentence}.`, '');
    const changed = r.summary.changed ?? [];
    if (changed.length && listLimit > 0) {
      out.push('| Bake | Before | After | Why |', '|---|---|---|---|');
      for (const b of changed.slice(0, listLimit))
        out.push(
          `| ${bakeSpanText(b)} | ${b.compare_decision} | ${b.decision} | ${cell(b.why.slice(0, 2).join('; '))} |`,
        );
      if (changed.length > listLimit) out.push(`| … ${changed.length - listLimit} more | | | |`);
      out.push('');
    }
  }
  if (r.summary.checks.length) {
    // Counts and the limit align right.
    out.push(`| ${CHECK_COLUMNS.join(' | ')} |`, '|---|---:|---|---:|---|');
    for (const c of r.summary.checks) out.push(`| ${checkCells(c, r.summary.bakes).map(cell).join(' | ')} |`);
    out.push('');
  }
  const held = notPromoted(r);
  if (held.length && listLimit > 0) {
    out.push(
      `<details><summary>${held.length} bake${held.length === 1 ? '' : 's'} that did not promote</summary>`,
      '',
    );
    for (const b of held.slice(0, listLimit))
      out.push(`- ${bakeSpanText(b)} **${b.decision}**: ${cell(b.reasons[0] ?? '')}`);
    if (held.length > listLimit) out.push(`- … ${held.length - listLimit} more in the JSON report`);
    out.push('', '</details>', '');
  }
  for (const w of r.warnings.slice(0, 10)) out.push(`> ⚠️ ${cell(w)}`);
  if (opts.runUrl) out.push('', `[Run](${opts.runUrl})`);
  return out.join('\n').trimEnd() + '\n';
}
