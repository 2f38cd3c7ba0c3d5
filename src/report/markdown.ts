/**
 * The report as GitHub-flavoured markdown: the job summary, the PR comment and the CLI's
 * `--format markdown` are this one rendering. Long bakes are downsampled, and when the text would
 * still exceed the target's size cap the optional parts are dropped in order (charts, queries)
 * until it fits.
 */
import {
  cell,
  code,
  decisionIcon,
  formatDuration,
  formatNumber,
  formatWithUnit,
  statusIcon,
  windowRuns,
  windowSpan,
  windowTick,
} from './format.js';
import { xyChartBlock } from './mermaid.js';
import { badIsHigh, baselineFor, checkSeries, checksByMetric, downsample, limitValues } from './series.js';
import { sparkline } from './sparkline.js';
import type { Report, ReportCheck } from './types.js';

/** GitHub's caps: 1 MiB per step summary, 65,536 characters per comment. Kept with some margin. */
export const SUMMARY_MAX_BYTES = 1_000_000;
export const COMMENT_MAX_CHARS = 65_000;

export interface MarkdownOptions {
  /** Hidden first line that lets the PR comment be found again (`<!-- canary-gate:stage=NAME -->`). */
  marker?: string;
  /** Where the full report lives: an uploaded artifact, or a local path. */
  artifact?: { name: string; url?: string | null } | null;
  reportPath?: string | null;
  /** Link to the workflow run (comments link back to it). */
  runUrl?: string | null;
  /** Annotations that did not fit GitHub's per-step cap, listed instead. */
  overflowAnnotations?: string[];
  /** Size cap in UTF-8 bytes; defaults to the job summary cap. */
  maxBytes?: number;
}

interface Detail {
  chartPoints: number;
  maxCharts: number;
  queries: boolean;
  sparkWidth: number;
  maxReasons: number;
}

const LEVELS: Detail[] = [
  { chartPoints: 60, maxCharts: 20, queries: true, sparkWidth: 24, maxReasons: 30 },
  { chartPoints: 30, maxCharts: 6, queries: true, sparkWidth: 16, maxReasons: 15 },
  { chartPoints: 24, maxCharts: 3, queries: false, sparkWidth: 12, maxReasons: 10 },
  { chartPoints: 0, maxCharts: 0, queries: false, sparkWidth: 8, maxReasons: 5 },
];

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  for (const level of LEVELS) {
    const text = render(report, opts, level);
    if (Buffer.byteLength(text, 'utf8') <= max) return text;
  }
  // Still too big (thousands of checks): cut at a line boundary and say where the rest is.
  const text = render(report, opts, LEVELS[LEVELS.length - 1]);
  const note = '\n\n_… cut to fit GitHub’s size limit; the full report is in report.json._\n';
  let cut = text.slice(0, Math.max(0, max - Buffer.byteLength(note) - 4 * 1024));
  while (Buffer.byteLength(cut, 'utf8') > max - Buffer.byteLength(note)) cut = cut.slice(0, cut.length * 0.9);
  return cut.slice(0, cut.lastIndexOf('\n')) + note;
}

function render(report: Report, opts: MarkdownOptions, level: Detail): string {
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(headline(report), '', bakeLine(report));
  if (report.dry_run) out.push('', '> [!NOTE]', '> Dry run: this verdict does not fail the job.');
  out.push(...reasonList('Rollback reasons', report.rollback_reasons, level.maxReasons));
  out.push(...reasonList('Gate failures', report.gate_fail_reasons, level.maxReasons));
  out.push(...reasonList('Inconclusive', report.inconclusive_reasons, level.maxReasons));
  out.push(...reasonList('Warnings', report.warnings, level.maxReasons));
  out.push('', ...checkTable(report, level));
  if (level.maxCharts > 0) out.push(...charts(report, level));
  if (opts.overflowAnnotations?.length) {
    out.push('', `**More findings** (beyond GitHub's annotation limit):`);
    out.push(...capped(opts.overflowAnnotations, level.maxReasons).map((a) => `- ${a}`));
  }
  if (level.queries) out.push('', ...queries(report));
  out.push('', ...footer(report, opts));
  return out.join('\n') + '\n';
}

function headline(report: Report): string {
  const traffic = report.traffic === null ? '' : ` (${report.traffic}% traffic)`;
  return `### ${decisionIcon(report.decision)} canary-gate: ${report.decision.toUpperCase()} — stage ${code(report.stage)}${traffic}`;
}

function bakeLine(report: Report): string {
  const b = report.bake;
  const span =
    b.since && b.until
      ? `${shortTime(b.since)} → ${shortTime(b.until, b.since)}`
      : `${formatDuration(b.windows_expected * report.window_seconds)}`;
  const source =
    report.source.kind === 'file'
      ? `file ${code(report.source.file ?? '')}`
      : `Prometheus ${code(report.source.url ?? '')}`;
  return (
    `**Bake** ${span} · ${b.windows_observed}/${b.windows_expected} windows of ${formatDuration(report.window_seconds)}` +
    ` · ${report.mode} · ${source}` +
    (report.smoke_returncode === null ? '' : ` · smoke exit ${report.smoke_returncode}`)
  );
}

/** `2026-11-20 10:00 UTC`, or only the time when it is the same day as `ref`. */
function shortTime(iso: string, ref?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = d.toISOString();
  if (ref && ref.slice(0, 10) === text.slice(0, 10)) return `${text.slice(11, 16)} UTC`;
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${ref ? ' UTC' : ''}`;
}

function capped(items: string[], max: number): string[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), `… and ${items.length - max} more (see report.json)`];
}

function reasonList(title: string, items: string[], max: number): string[] {
  if (items.length === 0) return [];
  return ['', `**${title}**`, ...capped(items, max).map((r) => `- ${r.replace(/\r?\n/g, ' ')}`)];
}

function checkTable(report: Report, level: Detail): string[] {
  if (report.checks.length === 0) return ['_No checks ran._'];
  const rows = [
    '| | Check | Metric | Condition | Worst | Violating windows | Trend |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const check of report.checks) {
    const metric = report.metrics[check.metric];
    const series = checkSeries(metric, check);
    const kind = check.kind === 'gate' ? 'gate' : check.action;
    const forText =
      check.kind === 'rollback' && check.for_seconds > report.window_seconds
        ? ` for ${formatDuration(check.for_seconds)}`
        : '';
    rows.push(
      '| ' +
        [
          statusIcon(check.status, check.action),
          kind,
          code(check.metric),
          code(check.condition) + forText,
          cell(worstText(report, check, metric?.unit ?? null)),
          cell(violations(report, check)),
          series ? sparkline(series.values, level.sparkWidth, badIsHigh(check)) : '',
        ].join(' | ') +
        ' |',
    );
  }
  return rows;
}

function worstText(report: Report, check: ReportCheck, unit: string | null): string {
  if (check.status === 'no_data' || check.status === 'skipped')
    return check.note ?? check.status.replace('_', ' ');
  if (!check.worst) return '—';
  const labels = Object.entries(check.worst.labels);
  const where = windowSpan(report, check.worst.window);
  const series = labels.length ? ` {${labels.map(([k, v]) => `${k}="${v}"`).join(',')}}` : '';
  const limit = check.worst.limit === null ? '' : ` vs ${formatNumber(check.worst.limit)}`;
  return `${formatWithUnit(check.worst.value, unit)}${limit} (${where})${series}`;
}

function violations(report: Report, check: ReportCheck): string {
  const n = check.violating_windows.length;
  if (n === 0) return check.status === 'pass' ? 'none' : '—';
  return `${n} of ${report.bake.windows_observed}: ${windowRuns(check.violating_windows)}`;
}

function charts(report: Report, level: Detail): string[] {
  const out: string[] = [];
  const failing = [...checksByMetric(report)].filter(([, checks]) => checks.some((c) => c.status === 'fail'));
  for (const [name, checks] of failing.slice(0, level.maxCharts)) {
    const metric = report.metrics[name];
    const check = checks.find((c) => c.status === 'fail')!;
    const series = checkSeries(metric, check);
    if (!series) continue;
    const high = badIsHigh(check);
    const windows = series.values.length;
    const baseline = baselineFor(metric, series);
    const limit = limitValues(check.condition, baseline, windows);
    const points = downsample(series.values, level.chartPoints, high);
    // The limit is downsampled the other way round: the tightest limit of a bucket.
    const limitPoints = downsample(limit, level.chartPoints, !high).values;
    const xLabels = points.starts.map((k) => windowTick(report, k));
    const per =
      points.bucket > 1 ? `, worst of each ${formatDuration(points.bucket * report.window_seconds)}` : '';
    out.push(
      '',
      `**${name}** — ${metric.unit ? metric.unit + ', ' : ''}limit ${check.condition} (${check.kind === 'gate' ? 'gate' : check.action}${per})`,
      '',
      xyChartBlock({
        title: `${name} ${check.condition}`,
        xLabels,
        yLabel: metric.unit ?? name,
        lines: [points.values, limitPoints],
      }),
    );
  }
  if (failing.length > level.maxCharts && level.maxCharts > 0)
    out.push('', `_Charts of ${failing.length - level.maxCharts} more failing metrics are in report.html._`);
  return out;
}

function queries(report: Report): string[] {
  const out = ['<details><summary>Queries</summary>', ''];
  for (const [name, metric] of Object.entries(report.metrics)) {
    if (!metric.query && !metric.baseline_query) continue;
    out.push(`**${name}**`, '', '```promql', metric.query ?? '', '```');
    if (metric.baseline_query) out.push('baseline:', '', '```promql', metric.baseline_query, '```');
    out.push('');
  }
  out.push('</details>');
  return out;
}

function footer(report: Report, opts: MarkdownOptions): string[] {
  const out: string[] = [];
  if (opts.artifact?.url)
    out.push(
      `📦 Full report: [artifact ${code(opts.artifact.name)}](${opts.artifact.url}) — report.html, report.json, summary.md`,
    );
  else if (opts.artifact)
    out.push(`📦 Full report: artifact ${code(opts.artifact.name)} (report.html, report.json, summary.md)`);
  else if (opts.reportPath) out.push(`📄 Full report: ${code(opts.reportPath)}`);
  const p = report.provenance;
  const bits = [
    `policy ${code(p.policy_path)} sha256 ${p.policy_sha256.slice(0, 12)}`,
    `generated ${report.generated_at}`,
  ];
  if (opts.runUrl) bits.push(`[workflow run](${opts.runUrl})`);
  out.push(`<sub>${bits.join(' · ')}</sub>`);
  return out;
}
