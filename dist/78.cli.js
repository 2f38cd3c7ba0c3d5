export const id = 78;
export const ids = [78];
export const modules = {

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderBacktestMarkdown: () => (/* binding */ renderBacktestMarkdown)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7938);
/**
 * The backtest as Markdown: the job summary and the PR comment of the action's `mode: backtest`. Lists are
 * cut to fit a PR comment (65,536 characters); the JSON report keeps everything.
 */


const SQUARE = { promote: '🟩', hold: '🟨', rollback: '🟥', inconclusive: '⬜' };
const TIMELINE_LIMIT = 400;
function renderBacktestMarkdown(r, opts = {}) {
    // Shorter lists until it fits: the counts, checks and comparison always stay.
    for (const limit of [50, 20, 5, 0]) {
        const text = render(r, opts, limit);
        if (opts.maxChars === undefined || text.length <= opts.maxChars)
            return text;
    }
    return render(r, opts, 0).slice(0, opts.maxChars);
}
function render(r, opts, listLimit) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`### 🔁 canary-gate backtest — ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.stage)}`, '', (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .spanLine */ .fI)(r), '');
    out.push(`| ${_view_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISIONS */ .Yv.join(' | ')} |`, `|${_view_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISIONS */ .Yv.map(() => '---:').join('|')}|`);
    out.push(`| ${_view_js__WEBPACK_IMPORTED_MODULE_1__/* .DECISIONS */ .Yv.map((d) => `${SQUARE[d]} ${r.summary[d]}`).join(' | ')} |`, '');
    if (r.bakes.length <= TIMELINE_LIMIT)
        out.push(r.bakes.map((b) => SQUARE[b.decision]).join(''), '');
    if (r.compare) {
        out.push(`**Compared with ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.compare.policy)}:** ${r.compare.sentence}.`, '');
        const changed = r.summary.changed ?? [];
        if (changed.length && listLimit > 0) {
            out.push('| Bake | Before | After | Why |', '|---|---|---|---|');
            for (const b of changed.slice(0, listLimit))
                out.push(`| ${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .bakeSpanText */ .JJ)(b)} | ${b.compare_decision} | ${b.decision} | ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(b.why.slice(0, 2).join('; '))} |`);
            if (changed.length > listLimit)
                out.push(`| … ${changed.length - listLimit} more | | | |`);
            out.push('');
        }
    }
    if (r.summary.checks.length) {
        // Counts and the limit align right.
        out.push(`| ${_view_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_COLUMNS */ .He.join(' | ')} |`, '|---|---:|---|---:|---|');
        for (const c of r.summary.checks)
            out.push(`| ${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCells */ .Qn)(c, r.summary.bakes).map(_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn).join(' | ')} |`);
        out.push('');
    }
    const held = (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .notPromoted */ .ub)(r);
    if (held.length && listLimit > 0) {
        out.push(`<details><summary>${held.length} bake${held.length === 1 ? '' : 's'} that did not promote</summary>`, '');
        for (const b of held.slice(0, listLimit))
            out.push(`- ${(0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .bakeSpanText */ .JJ)(b)} **${b.decision}**: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(b.reasons[0] ?? '')}`);
        if (held.length > listLimit)
            out.push(`- … ${held.length - listLimit} more in the JSON report`);
        out.push('', '</details>', '');
    }
    for (const w of r.warnings.slice(0, 10))
        out.push(`> ⚠️ ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(w)}`);
    if (opts.runUrl)
        out.push('', `[Run](${opts.runUrl})`);
    return out.join('\n').trimEnd() + '\n';
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
