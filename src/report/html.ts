/**
 * report.html: one self-contained page (inline CSS and SVG, no script, a CSP that forbids any fetch)
 * with the verdict, every check, and a chart of every metric over the bake with its limits and baseline.
 */
import {
  bakeSpan,
  checkKind,
  decisionIcon,
  escapeHtml as h,
  formatDuration,
  formatNumber,
  formatWithUnit,
  statusIcon,
  violationText,
  windowSpan,
  windowTick,
} from './format.js';
import {
  decidingWindow,
  evidence,
  formatEffect,
  judgedChecks,
  judgedWorst,
  judgedSubject,
  judgementLine,
  STATUS_TEXT,
} from './judgement-view.js';
import { baselineFor, checksByMetric, limitValues } from './series.js';
import { svgChart, type ChartLine } from './svg.js';
import type { Report, ReportCheck, ReportJudgement } from './types.js';
import { capList } from './cap.js';

const HTML_MAX_ITEMS = 100;

const CSS = `
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#24292f;margin:0 auto;max-width:960px;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa} code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap} .muted{color:#57606a}
figure.chart{margin:12px 0 20px} figcaption{font-weight:600;margin-bottom:4px}
section.judgement{margin:8px 0 20px} tr.decided td{background:#fff8c5} td.num{white-space:nowrap}
.decision-promote{color:#1a7f37} .decision-hold,.decision-rollback{color:#cf222e} .decision-inconclusive{color:#9a6700}
`;

export function renderHtml(report: Report): string {
  const b = report.bake;
  const body: string[] = [];
  body.push(
    `<h1 class="decision-${report.decision}">${decisionIcon(report.decision)} ${h(report.decision.toUpperCase())} — stage <code>${h(report.stage)}</code>${report.traffic === null ? '' : ` (${report.traffic}% traffic)`}</h1>`,
    `<p class="muted">Bake ${h(bakeSpan(report))} · ${b.windows_observed}/${b.windows_expected} windows of ${formatDuration(report.window_seconds)} · ${h(report.mode)}${report.dry_run ? ' · dry run' : ''} · source ${h(report.source.kind)} <code>${h(report.source.url ?? report.source.file ?? '')}</code>${report.smoke_returncode === null ? '' : ` · smoke exit ${report.smoke_returncode}`}</p>`,
  );
  for (const [title, items] of [
    ['Rollback reasons', report.rollback_reasons],
    ['Gate failures', report.gate_fail_reasons],
    ['Inconclusive', report.inconclusive_reasons],
    ['Warnings', report.warnings],
  ] as const) {
    if (items.length)
      body.push(
        `<h2>${title}</h2><ul>${capList([...items], HTML_MAX_ITEMS, 'more (see report.json)')
          .map((i) => `<li>${h(i)}</li>`)
          .join('')}</ul>`,
      );
  }
  body.push('<h2>Checks</h2>', checksTable(report));
  body.push('<h2>Metrics</h2>');
  const byMetric = checksByMetric(report);
  for (const [name, metric] of Object.entries(report.metrics)) {
    const checks = byMetric.get(name) ?? [];
    body.push(metricFigure(report, name, checks));
    for (const check of judgedChecks(checks)) body.push(judgementSection(report, check));
    if (metric.query)
      body.push(
        `<details><summary>Query</summary><pre>${h(metric.query)}</pre>${metric.baseline_query ? `<p>Baseline</p><pre>${h(metric.baseline_query)}</pre>` : ''}</details>`,
      );
  }
  // Judged checks of no metric (a stage's score) are explained after the metrics.
  for (const check of judgedChecks(report.checks).filter((c) => !report.metrics[c.metric]))
    body.push(judgementSection(report, check));
  const p = report.provenance;
  body.push(
    '<h2>Provenance</h2>',
    '<table>',
    row('Repository', p.repository),
    row('Commit', p.sha),
    row('Run', p.run_id ? `${p.run_id} attempt ${p.run_attempt ?? '1'}` : null),
    row('Workflow', p.workflow),
    row('Policy', `${p.policy_path} (sha256 ${p.policy_sha256})`),
    row('Generated', report.generated_at),
    '</table>',
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // No network at all: the page must open the same offline, from an artifact zip.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>canary-gate ${h(report.decision)} — ${h(report.stage)}</title>`,
    `<style>${CSS}</style></head><body>`,
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

function row(name: string, value: string | null): string {
  return `<tr><th>${h(name)}</th><td>${h(value ?? '—')}</td></tr>`;
}

function checksTable(report: Report): string {
  const rows = report.checks.map((c) => {
    const unit = report.metrics[c.metric]?.unit ?? null;
    const worst = c.judgement
      ? judgedWorst(c.judgement, (k) => windowSpan(report, k))
      : c.worst
        ? `${formatWithUnit(c.worst.value, unit)}${c.worst.limit === null ? '' : ` vs ${formatNumber(c.worst.limit)}`} (${windowSpan(report, c.worst.window)})`
        : (c.note ?? '—');
    return `<tr><td>${statusIcon(c.status, c.action)} ${h(c.status)}</td><td>${h(c.kind === 'gate' ? 'gate' : c.action)}</td><td><code>${h(c.metric)}</code></td><td><code>${h(c.condition)}</code>${c.kind === 'rollback' && c.for_seconds > report.window_seconds ? ` for ${formatDuration(c.for_seconds)}` : ''}</td><td>${h(worst)}</td><td>${h(violationText(report, c, 20))}</td><td>line ${c.policy_line}</td></tr>`;
  });
  return `<table><thead><tr><th>Status</th><th>Check</th><th>Metric</th><th>Condition</th><th>Worst</th><th>Violating windows</th><th>Policy</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function metricFigure(report: Report, name: string, checks: ReportCheck[]): string {
  const metric = report.metrics[name];
  const lines: ChartLine[] = [];
  for (const series of metric.values) {
    const labels = Object.entries(series.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    lines.push({ kind: 'canary', label: labels ? `${name}{${labels}}` : name, values: series.values });
  }
  for (const series of metric.baseline_values) {
    const labels = Object.entries(series.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    lines.push({
      kind: 'baseline',
      label: labels ? `baseline{${labels}}` : 'baseline',
      values: series.values,
    });
  }
  const windows = report.bake.windows_expected;
  const seen = new Set<string>();
  for (const check of checks) {
    // A statistical judge has no limit line: it compares with the baseline, drawn above.
    if (check.judgement || seen.has(check.condition)) continue;
    seen.add(check.condition);
    const baseline = baselineFor(metric, metric.values[0]);
    lines.push({
      kind: 'limit',
      trigger: check.kind !== 'gate',
      label: `${checkKind(check)} ${check.condition}`,
      values: limitValues(check.condition, baseline, windows),
    });
  }
  const shaded = checks.filter((c) => c.action !== 'notify').flatMap((c) => c.violating_windows);
  const svg = svgChart({ title: name, lines, shaded, tick: (k) => windowTick(report, k), unit: metric.unit });
  const status = checks.some((c) => c.status === 'fail') ? 'fail' : 'pass';
  const note = metric.source_error
    ? `<p class="decision-hold">Source error: ${h(metric.source_error)}</p>`
    : '';
  return `<figure class="chart" data-metric="${h(name)}" data-status="${status}"><figcaption>${h(name)}${metric.unit ? ` (${h(metric.unit)})` : ''}</figcaption>${svg}${note}</figure>`;
}

/** Windows above this many start collapsed. */
const OPEN_WINDOWS = 30;

/** Why a statistical judge decided: its deciding window's explanation and every window's evidence. */
function judgementSection(report: Report, check: ReportCheck & { judgement: ReportJudgement }): string {
  const j = check.judgement;
  const why = judgementLine(j, (k) => `${windowSpan(report, k)} (window ${k + 1})`);
  const deciding = decidingWindow(j);
  const rows = j.windows.map(
    (w) =>
      `<tr${w === deciding ? ' class="decided"' : ''}><td class="num">${w.window + 1} ${h(windowSpan(report, w.window))}</td><td>${h(STATUS_TEXT[w.status])}</td><td class="num">${h(formatEffect(w.effect, j.effect_scale))}</td><td class="num">${h(evidence(w, j))}</td><td>${h(w.explanation)}</td></tr>`,
  );
  const table = `<table><thead><tr><th>Window</th><th>Status</th><th>Effect</th><th>Interval / e-value</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const open = j.windows.length <= OPEN_WINDOWS ? ' open' : '';
  return (
    `<section class="judgement" data-metric="${h(check.metric)}" data-decision="${h(j.decision)}">` +
    `<p><strong>Why: ${h(j.judge)} on <code>${h(judgedSubject(check))}</code></strong> — ${h(why)}</p>` +
    `<details${open}><summary>Per window (${j.windows.length})</summary>${table}</details></section>`
  );
}
