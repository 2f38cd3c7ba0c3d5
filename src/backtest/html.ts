/**
 * The backtest as one self-contained page (inline CSS and SVG, no script, a CSP that forbids any fetch): a
 * timeline of bakes coloured by decision and, per check, the distribution of its worst value per bake
 * against its limit.
 */
import { escapeHtml as h, formatNumber } from '../report/format.js';
import { histogramSvg, timelineSvg } from './svg.js';
import type { BacktestCheck, BacktestReport } from './types.js';
import {
  bakeSpanText,
  CHECK_COLUMNS,
  checkCells,
  checkLabel,
  DECISIONS,
  notPromoted,
  spanLine,
} from './view.js';

const CSS = `
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#24292f;margin:0 auto;max-width:960px;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa} code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px} .muted{color:#57606a}
figure{margin:12px 0 20px} figcaption{font-weight:600;margin-bottom:4px} td.num{white-space:nowrap;text-align:right}
.legend span{display:inline-block;margin-right:14px} .sw{display:inline-block;width:10px;height:10px;margin-right:4px}
`;

export const DECISION_COLOURS = {
  promote: '#2da44e',
  hold: '#d4a72c',
  rollback: '#cf222e',
  inconclusive: '#8c959f',
} as const;

const LIST_LIMIT = 200;

export function renderBacktestHtml(r: BacktestReport): string {
  const body: string[] = [
    `<h1>Backtest — stage <code>${h(r.stage)}</code></h1>`,
    `<p class="muted">${h(spanLine(r))} · policy <code>${h(r.policy)}</code> · source ${h(r.source.kind)} <code>${h(r.source.url ?? r.source.file ?? '')}</code></p>`,
    `<p class="legend">${DECISIONS.map((d) => `<span><i class="sw" style="background:${DECISION_COLOURS[d]}"></i>${d} ${r.summary[d]}</span>`).join('')}</p>`,
    '<h2>Timeline</h2>',
    `<figure id="timeline">${timelineSvg(r.bakes, DECISION_COLOURS)}</figure>`,
  ];
  if (r.compare) {
    body.push(
      `<h2>Compared with <code>${h(r.compare.policy)}</code></h2>`,
      `<p>${h(r.compare.sentence)}.</p>`,
    );
    const changed = r.summary.changed ?? [];
    if (changed.length) {
      const rows = changed
        .slice(0, LIST_LIMIT)
        .map(
          (b) =>
            `<tr><td class="num">${h(bakeSpanText(b))}</td><td>${h(b.compare_decision)}</td><td>${h(b.decision)}</td><td>${b.why.map((w) => h(w)).join('<br>')}</td></tr>`,
        );
      body.push(
        `<table id="changed"><thead><tr><th>Bake</th><th>Other policy</th><th>This policy</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      );
    }
  }
  body.push('<h2>Checks</h2>', checksTable(r));
  for (const c of r.summary.checks) body.push(checkFigure(c));
  const held = notPromoted(r);
  if (held.length) {
    const items = held
      .slice(0, LIST_LIMIT)
      .map(
        (b) =>
          `<li><code>${h(bakeSpanText(b))}</code> <strong>${h(b.decision)}</strong>: ${h(b.reasons[0] ?? '')}</li>`,
      );
    const more =
      held.length > LIST_LIMIT ? `<li>… ${held.length - LIST_LIMIT} more in the JSON report</li>` : '';
    body.push(`<h2>Bakes that did not promote (${held.length})</h2><ul>${items.join('')}${more}</ul>`);
  }
  if (r.warnings.length)
    body.push(`<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul>`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>canary-gate backtest — ${h(r.stage)}</title><style>${CSS}</style></head>`,
    `<body>${body.join('\n')}</body></html>`,
    '',
  ].join('\n');
}

function checksTable(r: BacktestReport): string {
  const rows = r.summary.checks.map((c) => {
    const [label, failed, worst, limit, headroom] = checkCells(c, r.summary.bakes).map(h);
    return `<tr><td><code>${label}</code></td><td class="num">${failed}</td><td>${worst}</td><td class="num">${limit}</td><td>${headroom}</td></tr>`;
  });
  const head = CHECK_COLUMNS.map((t) => `<th>${t}</th>`).join('');
  return `<table id="checks"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A fixed limit: the worst values against it. A baseline-relative one: the headroom against 0. */
function checkFigure(c: BacktestCheck): string {
  const fixed = c.limit !== null;
  const values = (fixed ? c.worst_values : c.headroom_values).filter((v): v is number => v !== null);
  if (values.length === 0) return '';
  const marker = fixed
    ? { at: c.limit as number, label: `limit ${formatNumber(c.limit)}` }
    : { at: 0, label: 'limit' };
  const caption = fixed
    ? `${checkLabel(c)}: worst value per bake`
    : `${checkLabel(c)}: headroom per bake (below 0: past the limit)`;
  return `<figure class="check" data-metric="${h(c.metric)}"><figcaption>${h(caption)}</figcaption>${histogramSvg(values, marker, `${checkLabel(c)}`)}</figure>`;
}
