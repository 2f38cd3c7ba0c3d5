/**
 * The report as GitHub-flavoured markdown: the job summary, the PR comment and the CLI's
 * `--format markdown` are this one rendering. Long bakes are downsampled, and when the text would
 * still exceed the target's size cap the optional parts shrink in order (charts, queries, rows of the
 * judgements' per-window tables) until it fits; the "Why" line of up to five judges stays at every level.
 */
import { bakeSpan, cell, code, decisionIcon, formatDuration, statusIcon, windowSpan } from './format.js';
import {
  clip,
  evidence,
  formatEffect,
  judgedChecks,
  judgedSubject,
  judgementLine,
  pickWindows,
  STATUS_TEXT,
} from './judgement-view.js';
import { checkTables } from './check-table.js';
import { failingCharts } from './markdown-charts.js';
import { nextStep } from './next-step.js';
import type { Report } from './types.js';
import { markdownText } from './escape.js';

/** GitHub's caps: 1 MiB per step summary, 65,536 characters per comment. Kept with some margin. */
export const SUMMARY_MAX_BYTES = 1_000_000;
export const COMMENT_MAX_CHARS = 65_000;

export interface MarkdownOptions {
  /** Hidden first line that lets the PR comment be found again (`<!-- canary-gate:stage=NAME -->`). */
  marker?: string;
  /** Where the full report lives: the uploaded artifact (a runner's temp path is never shown to readers). */
  artifact?: { name: string; url?: string | null } | null;
  /** Accepted for callers that know it; not rendered (a temp path means nothing to a reader). */
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
  /** Judged checks explained ("Why: …"), failing first. */
  maxJudgements: number;
  /** Rows of each judgement's per-window table (0: the "Why" line only). */
  judgementRows: number;
  /** Characters of an explanation in a table cell, and in the "Why" line. */
  cellChars: number;
  whyChars: number;
}

const LEVELS: Detail[] = [
  {
    chartPoints: 60,
    maxCharts: 20,
    queries: true,
    sparkWidth: 24,
    maxReasons: 30,
    maxJudgements: 20,
    judgementRows: 40,
    cellChars: 320,
    whyChars: 600,
  },
  {
    chartPoints: 30,
    maxCharts: 6,
    queries: true,
    sparkWidth: 16,
    maxReasons: 15,
    maxJudgements: 10,
    judgementRows: 24,
    cellChars: 200,
    whyChars: 600,
  },
  {
    chartPoints: 24,
    maxCharts: 3,
    queries: false,
    sparkWidth: 12,
    maxReasons: 10,
    maxJudgements: 6,
    judgementRows: 12,
    cellChars: 140,
    whyChars: 400,
  },
  {
    chartPoints: 0,
    maxCharts: 0,
    queries: false,
    sparkWidth: 8,
    maxReasons: 5,
    maxJudgements: 5,
    judgementRows: 0,
    cellChars: 0,
    whyChars: 300,
  },
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
  out.push(headline(report), '', `**${nextStep(report)}**`, '', bakeLine(report));
  if (report.links?.dashboard) out.push('', `📈 [Dashboard over this bake](${report.links.dashboard})`);
  if (report.dry_run) out.push('', '> [!NOTE]', '> Dry run: this verdict does not fail the job.');
  out.push(...reasonList('Rollback reasons', report.rollback_reasons, level.maxReasons));
  out.push(...reasonList('Gate failures', report.gate_fail_reasons, level.maxReasons));
  out.push(...reasonList('Inconclusive', report.inconclusive_reasons, level.maxReasons));
  out.push(...reasonList('Warnings', report.warnings, level.maxReasons));
  out.push('', ...checkTables(report, level.sparkWidth));
  out.push(...judgements(report, level));
  if (level.maxCharts > 0) out.push(...failingCharts(report, level.maxCharts, level.chartPoints));
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
  const source =
    report.source.kind === 'file'
      ? `file ${code(report.source.file ?? '')}`
      : `Prometheus ${code(report.source.url ?? '')}`;
  return (
    `**Bake** ${bakeSpan(report)} · ${b.windows_observed}/${b.windows_expected} windows of ${formatDuration(report.window_seconds)}` +
    ` · ${report.mode} · ${source}` +
    (report.smoke_returncode === null ? '' : ` · smoke exit ${report.smoke_returncode}`)
  );
}

function capped(items: string[], max: number): string[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), `… and ${items.length - max} more (see report.json)`];
}

function reasonList(title: string, items: string[], max: number): string[] {
  if (items.length === 0) return [];
  return ['', `**${title}**`, ...capped(items, max).map((r) => `- ${markdownText(r)}`)];
}

/**
 * "Why: <judge> on <metric>" per judged check: the deciding window's explanation, then a collapsed
 * per-window table (effect, interval or e-value, explanation), cut to a few rows on long bakes.
 */
function judgements(report: Report, level: Detail): string[] {
  const judged = judgedChecks(report.checks);
  const ordered = [
    ...judged.filter((c) => c.status === 'fail'),
    ...judged.filter((c) => c.status !== 'fail'),
  ];
  const out: string[] = [];
  for (const check of ordered.slice(0, level.maxJudgements)) {
    const j = check.judgement;
    const icon = j.decision === 'none' ? '' : `${statusIcon(check.status, check.action)} `;
    const why = judgementLine(j, (k) => `${windowSpan(report, k)} (window #${k + 1})`);
    out.push(
      '',
      `**Why: ${j.judge} on ${code(judgedSubject(check))}** — ${icon}${clip(oneLine(why), level.whyChars)}`,
    );
    if (level.judgementRows === 0 || j.windows.length === 0) continue;
    const shown = pickWindows(j, level.judgementRows);
    const n = j.windows.length;
    const title =
      shown.length === n
        ? `Per window (${n})`
        : `Per window: ${shown.length} of ${n} (the decision, first, last and status changes; all in report.json)`;
    out.push('', `<details><summary>${title}</summary>`, '');
    out.push('| Window | Status | Effect | Interval / e-value | Why |', '|---|---|---|---|---|');
    let previous = -1;
    for (const i of shown) {
      if (i > previous + 1) out.push(`| ⋯ | | | | _${i - previous - 1} window(s) not shown_ |`);
      previous = i;
      const w = j.windows[i];
      const name = `#${w.window + 1} ${windowSpan(report, w.window)}`;
      out.push(
        '| ' +
          [
            w.window === j.decided_at ? `**${name}**` : name,
            STATUS_TEXT[w.status],
            formatEffect(w.effect, j.effect_scale),
            cell(evidence(w, j)),
            cell(clip(w.explanation, level.cellChars)),
          ].join(' | ') +
          ' |',
      );
    }
    if (previous < n - 1) out.push(`| ⋯ | | | | _${n - 1 - previous} window(s) not shown_ |`);
    out.push('', '</details>');
  }
  if (ordered.length > level.maxJudgements)
    out.push(
      '',
      `_${ordered.length - level.maxJudgements} more judgements are in report.json and report.html._`,
    );
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
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
  const p = report.provenance;
  const bits = [
    `policy ${code(p.policy_path)} sha256 ${p.policy_sha256.slice(0, 12)}`,
    `generated ${report.generated_at}`,
  ];
  if (opts.runUrl) bits.push(`[workflow run](${opts.runUrl})`);
  out.push(`<sub>${bits.join(' · ')}</sub>`);
  return out;
}
