/** The plain-text verdict table the CLI prints by default. */
import type { Report, ReportCheck } from './types.js';
import { formatDuration } from '../policy/duration.js';
import { checkKind, violationText } from './format.js';
import { formatNumber } from '../engine/format.js';
import { formatEffect, judgedChecks, judgedSubject, judgementLine } from './judgement-view.js';
import { capList, TEXT_MAX_ITEMS } from './cap.js';

const DECISION_TEXT: Record<Report['decision'], string> = {
  promote: 'PROMOTE: every gate held over the bake',
  hold: 'HOLD: a gate was violated or a pause trigger fired',
  rollback: 'ROLLBACK: a rollback trigger fired',
  inconclusive: 'INCONCLUSIVE: the bake cannot be judged yet',
};

export function renderText(report: Report): string {
  const out: string[] = [];
  const traffic = report.traffic === null ? '' : ` (${report.traffic}% traffic)`;
  const bake = report.bake;
  out.push(`canary-gate ${DECISION_TEXT[report.decision]}`);
  out.push(
    `stage ${report.stage}${traffic}, bake ${formatDuration(bake.windows_expected * report.window_seconds)} = ` +
      `${bake.windows_expected} × ${formatDuration(report.window_seconds)} windows, ${bake.windows_observed} observed` +
      (bake.since ? `, ${bake.since.replace('.000Z', 'Z')} → ${bake.until?.replace('.000Z', 'Z')}` : ''),
  );
  const source =
    report.source.kind === 'file' ? `file ${report.source.file}` : `prometheus ${report.source.url}`;
  out.push(`source ${source}, mode ${report.mode}${report.dry_run ? ', dry run' : ''}`);
  out.push('');
  out.push(...table(report, report.checks));
  // Why each statistical judge decided (or not yet): one line each, the window named as in the table.
  const judged = judgedChecks(report.checks);
  if (judged.length) out.push('');
  for (const check of judged) {
    const line = judgementLine(check.judgement, (k) => bake.window_labels[k] ?? `window ${k + 1}`);
    out.push(`Judgement: ${judgedSubject(check)} (${check.judgement.judge}): ${line.replace(/\r?\n/g, ' ')}`);
  }
  const sections: [string, string[]][] = [
    ['Rollback reasons', report.rollback_reasons],
    ['Gate failures', report.gate_fail_reasons],
    ['Inconclusive because', report.inconclusive_reasons],
    ['Warnings', report.warnings],
  ];
  for (const [title, lines] of sections) {
    if (!lines.length) continue;
    out.push('', `${title}:`);
    for (const line of capList(lines, TEXT_MAX_ITEMS, 'more (see --report or --format json)'))
      out.push(`  - ${line.replace(/\r?\n/g, ' ')}`);
  }
  return out.join('\n') + '\n';
}

function table(report: Report, checks: ReportCheck[]): string[] {
  const header = ['CHECK', 'METRIC', 'CONDITION', 'FOR', 'WORST', 'AT', 'VIOLATIONS', 'STATUS'];
  const rows = checks.map((check) => [
    checkKind(check),
    check.metric,
    check.condition,
    check.kind === 'gate' ? 'each' : formatDuration(check.for_seconds),
    check.worst ? worstValue(check) : '-',
    check.worst?.window_label ?? '-',
    violationText(report, check),
    check.status.toUpperCase().replace('_', ' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** A judge's worst value is its effect (+128.6%), not a value of the metric. */
function worstValue(check: ReportCheck): string {
  const value = check.worst?.value ?? null;
  if (!check.judgement || check.judgement.judge === 'score') return formatNumber(value);
  return value === null ? '-' : formatEffect(value, check.judgement.effect_scale);
}
