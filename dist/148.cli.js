export const id = 148;
export const ids = [148];
export const modules = {

/***/ 3148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DECISION_COLOURS: () => (/* binding */ DECISION_COLOURS),
  renderBacktestHtml: () => (/* binding */ renderBacktestHtml)
});

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/backtest/view.ts
var view = __webpack_require__(7938);
;// CONCATENATED MODULE: ./src/backtest/svg.ts
/** Inline SVG for the backtest page: the bake timeline and a histogram per check. Pure string building. */


const W = 860;
/** One bar per bake, in time order, coloured by its decision; each names its span and reason on hover. */
function timelineSvg(bakes, colours) {
    const height = 48;
    const left = 8;
    const width = W - 2 * left;
    const bar = width / Math.max(1, bakes.length);
    const rects = bakes.map((b, i) => {
        const x = (left + i * bar).toFixed(2);
        const changed = b.compare_decision !== undefined && b.compare_decision !== b.decision;
        const title = `${(0,view/* bakeSpanText */.JJ)(b)}: ${b.decision}${b.compare_decision !== undefined ? ` (other policy: ${b.compare_decision})` : ''}${b.reasons[0] ? ` — ${b.reasons[0]}` : ''}`;
        return (`<rect class="bake" data-decision="${b.decision}" x="${x}" y="8" width="${Math.max(0.5, bar - (bar > 3 ? 1 : 0)).toFixed(2)}" height="28" fill="${colours[b.decision]}"><title>${(0,format/* escapeHtml */.ZD)(title)}</title></rect>` +
            (changed
                ? `<rect class="changed" x="${x}" y="38" width="${Math.max(0.5, bar - 1).toFixed(2)}" height="4" fill="#0969da"/>`
                : ''));
    });
    const first = bakes[0]?.since.slice(0, 16).replace('T', ' ') ?? '';
    const last = bakes[bakes.length - 1]?.until.slice(0, 16).replace('T', ' ') ?? '';
    return (`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height + 16}" width="100%" role="img" aria-label="bakes by decision">` +
        rects.join('') +
        `<text x="${left}" y="${height + 12}" font-size="11" fill="#57606a">${(0,format/* escapeHtml */.ZD)(first)}Z</text>` +
        `<text x="${W - left}" y="${height + 12}" font-size="11" fill="#57606a" text-anchor="end">${(0,format/* escapeHtml */.ZD)(last)}Z</text></svg>`);
}
/** Bakes per bin of their value, with a vertical line at the limit. */
function histogramSvg(values, marker, title) {
    const height = 180;
    const m = { top: 16, right: 16, bottom: 32, left: 48 };
    let lo = Math.min(marker.at, ...values);
    let hi = Math.max(marker.at, ...values);
    if (lo === hi) {
        lo -= Math.abs(lo) * 0.1 || 1;
        hi += Math.abs(hi) * 0.1 || 1;
    }
    const bins = 30;
    const counts = new Array(bins).fill(0);
    for (const v of values)
        counts[Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins))]++;
    const top = Math.max(...counts);
    const plotW = W - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const x = (v) => m.left + ((v - lo) / (hi - lo)) * plotW;
    const bw = plotW / bins;
    const bars = counts.map((n, i) => {
        if (n === 0)
            return '';
        const bh = (n / top) * plotH;
        const from = lo + ((hi - lo) * i) / bins;
        const to = lo + ((hi - lo) * (i + 1)) / bins;
        return `<rect x="${(m.left + i * bw).toFixed(2)}" y="${(m.top + plotH - bh).toFixed(2)}" width="${Math.max(0.5, bw - 1).toFixed(2)}" height="${bh.toFixed(2)}" fill="#54aeff"><title>${n} bake${n === 1 ? '' : 's'} in ${(0,format/* formatNumber */.ZV)(from)} – ${(0,format/* formatNumber */.ZV)(to)}</title></rect>`;
    });
    const lx = x(marker.at).toFixed(2);
    // A limit at either edge keeps its label inside the picture.
    const anchor = x(marker.at) > W - 80 ? 'end' : x(marker.at) < m.left + 40 ? 'start' : 'middle';
    return (`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${(0,format/* escapeHtml */.ZD)(title)}">` +
        `<line x1="${m.left}" y1="${m.top + plotH}" x2="${W - m.right}" y2="${m.top + plotH}" stroke="#8c959f"/>` +
        bars.join('') +
        `<line class="limit" x1="${lx}" y1="${m.top - 6}" x2="${lx}" y2="${m.top + plotH}" stroke="#cf222e" stroke-width="2" stroke-dasharray="5 3"/>` +
        `<text x="${lx}" y="${m.top - 6}" font-size="11" fill="#cf222e" text-anchor="${anchor}">${(0,format/* escapeHtml */.ZD)(marker.label)}</text>` +
        `<text x="${m.left}" y="${height - 10}" font-size="11" fill="#57606a">${(0,format/* escapeHtml */.ZD)((0,format/* formatNumber */.ZV)(lo))}</text>` +
        `<text x="${W - m.right}" y="${height - 10}" font-size="11" fill="#57606a" text-anchor="end">${(0,format/* escapeHtml */.ZD)((0,format/* formatNumber */.ZV)(hi))}</text>` +
        `<text x="${m.left - 6}" y="${m.top + 4}" font-size="11" fill="#57606a" text-anchor="end">${top}</text></svg>`);
}

;// CONCATENATED MODULE: ./src/backtest/html.ts
/**
 * The backtest as one self-contained page (inline CSS and SVG, no script, a CSP that forbids any fetch): a
 * timeline of bakes coloured by decision and, per check, the distribution of its worst value per bake
 * against its limit.
 */



const CSS = `
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#24292f;margin:0 auto;max-width:960px;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa} code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px} .muted{color:#57606a}
figure{margin:12px 0 20px} figcaption{font-weight:600;margin-bottom:4px} td.num{white-space:nowrap;text-align:right}
.legend span{display:inline-block;margin-right:14px} .sw{display:inline-block;width:10px;height:10px;margin-right:4px}
`;
const DECISION_COLOURS = {
    promote: '#2da44e',
    hold: '#d4a72c',
    rollback: '#cf222e',
    inconclusive: '#8c959f',
};
const LIST_LIMIT = 200;
function renderBacktestHtml(r) {
    const body = [
        `<h1>Backtest — stage <code>${(0,format/* escapeHtml */.ZD)(r.stage)}</code></h1>`,
        `<p class="muted">${(0,format/* escapeHtml */.ZD)((0,view/* spanLine */.fI)(r))} · policy <code>${(0,format/* escapeHtml */.ZD)(r.policy)}</code> · source ${(0,format/* escapeHtml */.ZD)(r.source.kind)} <code>${(0,format/* escapeHtml */.ZD)(r.source.url ?? r.source.file ?? '')}</code></p>`,
        `<p class="legend">${view/* DECISIONS */.Yv.map((d) => `<span><i class="sw" style="background:${DECISION_COLOURS[d]}"></i>${d} ${r.summary[d]}</span>`).join('')}</p>`,
        '<h2>Timeline</h2>',
        `<figure id="timeline">${timelineSvg(r.bakes, DECISION_COLOURS)}</figure>`,
    ];
    if (r.compare) {
        body.push(`<h2>Compared with <code>${(0,format/* escapeHtml */.ZD)(r.compare.policy)}</code></h2>`, `<p>${(0,format/* escapeHtml */.ZD)(r.compare.sentence)}.</p>`);
        const changed = r.summary.changed ?? [];
        if (changed.length) {
            const rows = changed
                .slice(0, LIST_LIMIT)
                .map((b) => `<tr><td class="num">${(0,format/* escapeHtml */.ZD)((0,view/* bakeSpanText */.JJ)(b))}</td><td>${(0,format/* escapeHtml */.ZD)(b.compare_decision)}</td><td>${(0,format/* escapeHtml */.ZD)(b.decision)}</td><td>${b.why.map((w) => (0,format/* escapeHtml */.ZD)(w)).join('<br>')}</td></tr>`);
            body.push(`<table id="changed"><thead><tr><th>Bake</th><th>Other policy</th><th>This policy</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        }
    }
    body.push('<h2>Checks</h2>', checksTable(r));
    for (const c of r.summary.checks)
        body.push(checkFigure(c));
    const held = (0,view/* notPromoted */.ub)(r);
    if (held.length) {
        const items = held
            .slice(0, LIST_LIMIT)
            .map((b) => `<li><code>${(0,format/* escapeHtml */.ZD)((0,view/* bakeSpanText */.JJ)(b))}</code> <strong>${(0,format/* escapeHtml */.ZD)(b.decision)}</strong>: ${(0,format/* escapeHtml */.ZD)(b.reasons[0] ?? '')}</li>`);
        const more = held.length > LIST_LIMIT ? `<li>… ${held.length - LIST_LIMIT} more in the JSON report</li>` : '';
        body.push(`<h2>Bakes that did not promote (${held.length})</h2><ul>${items.join('')}${more}</ul>`);
    }
    if (r.warnings.length)
        body.push(`<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${(0,format/* escapeHtml */.ZD)(w)}</li>`).join('')}</ul>`);
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>canary-gate backtest — ${(0,format/* escapeHtml */.ZD)(r.stage)}</title><style>${CSS}</style></head>`,
        `<body>${body.join('\n')}</body></html>`,
        '',
    ].join('\n');
}
function checksTable(r) {
    const rows = r.summary.checks.map((c) => {
        const [label, failed, worst, limit, headroom] = (0,view/* checkCells */.Qn)(c, r.summary.bakes).map(format/* escapeHtml */.ZD);
        return `<tr><td><code>${label}</code></td><td class="num">${failed}</td><td>${worst}</td><td class="num">${limit}</td><td>${headroom}</td></tr>`;
    });
    const head = view/* CHECK_COLUMNS */.He.map((t) => `<th>${t}</th>`).join('');
    return `<table id="checks"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
/** A fixed limit: the worst values against it. A baseline-relative one: the headroom against 0. */
function checkFigure(c) {
    const fixed = c.limit !== null;
    const values = (fixed ? c.worst_values : c.headroom_values).filter((v) => v !== null);
    if (values.length === 0)
        return '';
    const marker = fixed
        ? { at: c.limit, label: `limit ${(0,format/* formatNumber */.ZV)(c.limit)}` }
        : { at: 0, label: 'limit' };
    const caption = fixed
        ? `${(0,view/* checkLabel */.v8)(c)}: worst value per bake`
        : `${(0,view/* checkLabel */.v8)(c)}: headroom per bake (below 0: past the limit)`;
    return `<figure class="check" data-metric="${(0,format/* escapeHtml */.ZD)(c.metric)}"><figcaption>${(0,format/* escapeHtml */.ZD)(caption)}</figcaption>${histogramSvg(values, marker, `${(0,view/* checkLabel */.v8)(c)}`)}</figure>`;
}


/***/ }),

/***/ 7938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ CHECK_COLUMNS),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   JJ: () => (/* binding */ bakeSpanText),
/* harmony export */   PW: () => (/* binding */ limitText),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Qn: () => (/* binding */ checkCells),
/* harmony export */   Yv: () => (/* binding */ DECISIONS),
/* harmony export */   Zr: () => (/* binding */ headroomText),
/* harmony export */   fI: () => (/* binding */ spanLine),
/* harmony export */   ix: () => (/* binding */ worstLine),
/* harmony export */   ub: () => (/* binding */ notPromoted),
/* harmony export */   v8: () => (/* binding */ checkLabel)
/* harmony export */ });
/* unused harmony export shortTime */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** Wording shared by the backtest's text, Markdown and HTML renderers. */

const DECISIONS = ['promote', 'hold', 'rollback', 'inconclusive'];
function headline(r) {
    return `stage ${r.stage}: ${spanLine(r)}`;
}
/** What was replayed, under the title of the Markdown and HTML reports (which name the stage in it). */
function spanLine(r) {
    const track = r.track === 'baseline' ? ' on the baseline (stable) track' : '';
    return `${r.summary.bakes} bake${r.summary.bakes === 1 ? '' : 's'} of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.bake_seconds)} every ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.every_seconds)}, ${shortTime(r.from)} → ${shortTime(r.until)}${track}`;
}
function countsLine(r) {
    return DECISIONS.map((d) => `${d} ${r.summary[d]}`).join(' · ');
}
function checkLabel(c) {
    const kind = c.kind === 'gate' ? 'gate' : c.action;
    return `${kind} ${c.metric} ${c.condition}`;
}
/** The per-check table of the Markdown and HTML reports: its columns, and one check's cells (plain text). */
const CHECK_COLUMNS = ['Check', 'Bakes failed', 'Worst value per bake', 'Limit', 'Headroom'];
function checkCells(c, bakes) {
    return [checkLabel(c), `${c.bakes_failed}/${bakes}`, worstLine(c), limitText(c), headroomText(c)];
}
/** "p50 240 · p95 290 · p99 310 · max 330" (for a low-is-bad check, max is the lowest). */
function worstLine(c) {
    const w = c.worst;
    const max = c.bad_direction === 'high' ? 'max' : 'min';
    return `p50 ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(w.p50)} · p95 ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(w.p95)} · p99 ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(w.p99)} · ${max} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(w.max)}`;
}
function headroomText(c) {
    if (c.headroom.min === null)
        return '—';
    const min = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.headroom.min);
    return c.headroom.min < 0 ? `${min} (past the limit)` : `${min} (closest bake)`;
}
function limitText(c) {
    return c.limit === null
        ? c.condition.includes('baseline')
            ? 'baseline-relative'
            : '—'
        : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.limit);
}
function bakeSpanText(b) {
    const since = shortTime(b.since);
    const until = shortTime(b.until);
    // Same day: write the date once.
    return since.slice(0, 10) === until.slice(0, 10) ? `${since}–${until.slice(11)}` : `${since} – ${until}`;
}
/** ISO to the minute, UTC: 2026-11-20 10:05Z. */
function shortTime(iso) {
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
}
/** Bakes that did not promote, newest last. */
function notPromoted(r) {
    return r.bakes.filter((b) => b.decision !== 'promote');
}


/***/ })

};
