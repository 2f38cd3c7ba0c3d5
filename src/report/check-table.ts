/**
 * The checks as the reader needs them: failing ones first, each with the canary's worst value, the
 * baseline's value in that same window and the delta between them (where the metric has a baseline);
 * passing checks folded under a <details>. A dry-run check says what it would have done.
 */
import {
  cell,
  checkKind,
  code,
  formatDuration,
  formatNumber,
  formatWithUnit,
  statusIcon,
  violationText,
  windowSpan,
} from './format.js';
import { markdownText } from './escape.js';
import { judgedWorst } from './judgement-view.js';
import { prometheusGraphUrl } from './links.js';
import { badIsHigh, baselineFor, checkSeries } from './series.js';
import { sparkline } from './sparkline.js';
import type { Report, ReportCheck } from './types.js';

const HEADER = [
  '| | Check | Metric | Condition | Canary (worst) | Baseline | Δ | Violating windows | Trend |',
  '|---|---|---|---|---|---|---|---|---|',
];

const WOULD = {
  rollback: 'would have rolled back',
  hold: 'would have held',
  inconclusive: 'would have been inconclusive',
};

/** Failing, missing and skipped checks (and dry-run checks that would have acted): shown open. */
export function needsAttention(check: ReportCheck): boolean {
  return check.status !== 'pass';
}

export function checkTables(report: Report, sparkWidth: number): string[] {
  if (report.checks.length === 0) return ['_No checks ran._'];
  const open = report.checks.filter(needsAttention);
  const folded = report.checks.filter((c) => !needsAttention(c));
  const out: string[] = [];
  if (open.length) out.push(...HEADER, ...open.map((c) => row(report, c, sparkWidth)));
  if (folded.length) {
    const title = open.length ? `${folded.length} passing check(s)` : `All ${folded.length} checks passed`;
    if (open.length) out.push('');
    out.push(`<details><summary>${title}</summary>`, '', ...HEADER);
    out.push(...folded.map((c) => row(report, c, sparkWidth)), '', '</details>');
  }
  return out;
}

function row(report: Report, check: ReportCheck, sparkWidth: number): string {
  const metric = report.metrics[check.metric];
  const series = checkSeries(metric, check);
  const forText =
    check.kind === 'rollback' && check.for_seconds > report.window_seconds
      ? ` for ${formatDuration(check.for_seconds)}`
      : '';
  const link = prometheusGraphUrl(report, check.metric);
  const name = link ? `[${code(check.metric)}](${link})` : code(check.metric);
  const { canary, baseline, delta } = values(report, check);
  return (
    '| ' +
    [
      statusCell(check),
      checkKind(check),
      name,
      code(check.condition) + forText + limitText(check),
      cell(canary),
      cell(baseline),
      cell(delta),
      cell(violationText(report, check)),
      series ? sparkline(series.values, sparkWidth, badIsHigh(check)) : '',
    ].join(' | ') +
    ' |'
  );
}

function statusCell(check: ReportCheck): string {
  if (!check.dry_run) return statusIcon(check.status, check.action);
  return check.would_have ? `🧪 dry-run: ${WOULD[check.would_have]}` : '🧪 dry-run';
}

/** The limit a baseline condition resolved to in the worst window (`≤ 120`), beside the condition. */
function limitText(check: ReportCheck): string {
  if (!check.worst || check.worst.limit === null || !/baseline/.test(check.condition)) return '';
  const op = check.condition.trim().split(/\s+/)[0].replace('<=', '≤').replace('>=', '≥');
  return ` → ${op} ${formatNumber(check.worst.limit)}`;
}

function values(report: Report, check: ReportCheck): { canary: string; baseline: string; delta: string } {
  const none = { baseline: '—', delta: '—' };
  if (check.status === 'no_data' || check.status === 'skipped')
    return { canary: check.note ? markdownText(check.note) : check.status.replace('_', ' '), ...none };
  if (check.judgement) return { canary: judgedWorst(check.judgement, (k) => windowSpan(report, k)), ...none };
  if (!check.worst || check.worst.value === null) return { canary: '—', ...none };
  const metric = report.metrics[check.metric];
  const unit = metric?.unit ?? null;
  const k = check.worst.window;
  const labels = Object.entries(check.worst.labels);
  // Label values come from the server: escaped, as every server text in the summary.
  const series = labels.length
    ? ` ${markdownText(`{${labels.map(([n, v]) => `${n}="${v}"`).join(',')}}`)}`
    : '';
  const canary = `${formatWithUnit(check.worst.value, unit)} (${windowSpan(report, k)})${series}`;
  const base = baselineFor(metric, checkSeries(metric, check))?.[k];
  if (base === undefined || base === null) return { canary, ...none };
  const diff = check.worst.value - base;
  const relative =
    base !== 0 ? ` (${diff >= 0 ? '+' : ''}${formatNumber((diff / Math.abs(base)) * 100)}%)` : '';
  return {
    canary,
    baseline: formatWithUnit(base, unit),
    delta: `${diff >= 0 ? '+' : ''}${formatWithUnit(diff, unit)}${relative}`,
  };
}
