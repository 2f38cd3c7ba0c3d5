export const id = 176;
export const ids = [176];
export const modules = {

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderBacktestText: () => (/* binding */ renderBacktestText)
/* harmony export */ });
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7938);

const LIST_LIMIT = 20;
function renderBacktestText(r) {
    const out = [`canary-gate backtest: ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(r)}`, `  ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .countsLine */ .J7)(r)}`];
    if (r.summary.checks.length)
        out.push('', 'Checks (bakes failed, worst value per bake, headroom to the limit):');
    for (const c of r.summary.checks) {
        out.push(`  ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .checkLabel */ .v8)(c)}: failed ${c.bakes_failed}/${r.summary.bakes}${c.bakes_no_data ? `, no data ${c.bakes_no_data}` : ''}`, `    worst ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .worstLine */ .ix)(c)}; limit ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .limitText */ .PW)(c)}; headroom ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .headroomText */ .Zr)(c)}`);
    }
    if (r.compare) {
        const changed = r.summary.changed ?? [];
        out.push('', `Compared with ${r.compare.policy}: ${r.compare.sentence}`);
        for (const b of changed.slice(0, LIST_LIMIT)) {
            out.push(`  ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .bakeSpanText */ .JJ)(b)}  ${b.compare_decision} → ${b.decision}`);
            for (const why of b.why.slice(0, 3))
                out.push(`    ${why}`);
        }
        if (changed.length > LIST_LIMIT)
            out.push(`  … ${changed.length - LIST_LIMIT} more changed bakes in the JSON report`);
    }
    const held = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .notPromoted */ .ub)(r);
    if (held.length) {
        out.push('', `Bakes that did not promote (${held.length}):`);
        for (const b of held.slice(0, LIST_LIMIT))
            out.push(`  ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .bakeSpanText */ .JJ)(b)}  ${b.decision.toUpperCase()}: ${b.reasons[0] ?? ''}`);
        if (held.length > LIST_LIMIT)
            out.push(`  … ${held.length - LIST_LIMIT} more in the JSON report`);
    }
    for (const w of r.warnings)
        out.push(`warning: ${w}`);
    return out.join('\n') + '\n';
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
