export const id = 725;
export const ids = [725,467];
export const modules = {

/***/ 64725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBacktestMode: () => (/* binding */ runBacktestMode)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/vars.ts
var policy_vars = __webpack_require__(5250);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(37406);
;// CONCATENATED MODULE: ./src/backtest/compare-policy.ts
/** The other policy of a `--compare`: its stage of the same name, with its own vars under the given ones. */




function judgedCompare(policy, stageName, givenVars, place) {
    const stage = policy.stages[stageName];
    if (!stage) {
        const known = Object.keys(policy.stages);
        throw new util_errors/* InputError */.d(`${place} ${policy.path}`, `has no stage "${stageName}"${(0,suggest/* didYouMean */.a)(stageName, known)}`, `compare policies that both have the stage (it has: ${known.join(', ')})`);
    }
    const vars = { ...policy.vars, ...givenVars };
    const issues = (0,policy_vars/* checkVars */.Ll)(policy, vars);
    if (issues.length)
        throw new errors/* PolicyError */.pn(issues);
    return { policy, stage, vars };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/backtest/view.ts
/** Wording shared by the backtest's text, Markdown and HTML renderers. */

const DECISIONS = ['promote', 'hold', 'rollback', 'inconclusive'];
function headline(r) {
    return `stage ${r.stage}: ${spanLine(r)}`;
}
/** What was replayed, under the title of the Markdown and HTML reports (which name the stage in it). */
function spanLine(r) {
    const track = r.track === 'baseline' ? ' on the baseline (stable) track' : '';
    return `${r.summary.bakes} bake${r.summary.bakes === 1 ? '' : 's'} of ${(0,format/* formatDuration */.a3)(r.bake_seconds)} every ${(0,format/* formatDuration */.a3)(r.every_seconds)}, ${shortTime(r.from)} → ${shortTime(r.until)}${track}`;
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
    return `p50 ${(0,format/* formatNumber */.ZV)(w.p50)} · p95 ${(0,format/* formatNumber */.ZV)(w.p95)} · p99 ${(0,format/* formatNumber */.ZV)(w.p99)} · ${max} ${(0,format/* formatNumber */.ZV)(w.max)}`;
}
function headroomText(c) {
    if (c.headroom.min === null)
        return '—';
    const min = (0,format/* formatNumber */.ZV)(c.headroom.min);
    return c.headroom.min < 0 ? `${min} (past the limit)` : `${min} (closest bake)`;
}
function limitText(c) {
    return c.limit === null
        ? c.condition.includes('baseline')
            ? 'baseline-relative'
            : '—'
        : (0,format/* formatNumber */.ZV)(c.limit);
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
        const title = `${bakeSpanText(b)}: ${b.decision}${b.compare_decision !== undefined ? ` (other policy: ${b.compare_decision})` : ''}${b.reasons[0] ? ` — ${b.reasons[0]}` : ''}`;
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
        `<p class="muted">${(0,format/* escapeHtml */.ZD)(spanLine(r))} · policy <code>${(0,format/* escapeHtml */.ZD)(r.policy)}</code> · source ${(0,format/* escapeHtml */.ZD)(r.source.kind)} <code>${(0,format/* escapeHtml */.ZD)(r.source.url ?? r.source.file ?? '')}</code></p>`,
        `<p class="legend">${DECISIONS.map((d) => `<span><i class="sw" style="background:${DECISION_COLOURS[d]}"></i>${d} ${r.summary[d]}</span>`).join('')}</p>`,
        '<h2>Timeline</h2>',
        `<figure id="timeline">${timelineSvg(r.bakes, DECISION_COLOURS)}</figure>`,
    ];
    if (r.compare) {
        body.push(`<h2>Compared with <code>${(0,format/* escapeHtml */.ZD)(r.compare.policy)}</code></h2>`, `<p>${(0,format/* escapeHtml */.ZD)(r.compare.sentence)}.</p>`);
        const changed = r.summary.changed ?? [];
        if (changed.length) {
            const rows = changed
                .slice(0, LIST_LIMIT)
                .map((b) => `<tr><td class="num">${(0,format/* escapeHtml */.ZD)(bakeSpanText(b))}</td><td>${(0,format/* escapeHtml */.ZD)(b.compare_decision)}</td><td>${(0,format/* escapeHtml */.ZD)(b.decision)}</td><td>${b.why.map((w) => (0,format/* escapeHtml */.ZD)(w)).join('<br>')}</td></tr>`);
            body.push(`<table id="changed"><thead><tr><th>Bake</th><th>Other policy</th><th>This policy</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        }
    }
    body.push('<h2>Checks</h2>', checksTable(r));
    for (const c of r.summary.checks)
        body.push(checkFigure(c));
    const held = notPromoted(r);
    if (held.length) {
        const items = held
            .slice(0, LIST_LIMIT)
            .map((b) => `<li><code>${(0,format/* escapeHtml */.ZD)(bakeSpanText(b))}</code> <strong>${(0,format/* escapeHtml */.ZD)(b.decision)}</strong>: ${(0,format/* escapeHtml */.ZD)(b.reasons[0] ?? '')}</li>`);
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
        const [label, failed, worst, limit, headroom] = checkCells(c, r.summary.bakes).map(format/* escapeHtml */.ZD);
        return `<tr><td><code>${label}</code></td><td class="num">${failed}</td><td>${worst}</td><td class="num">${limit}</td><td>${headroom}</td></tr>`;
    });
    const head = CHECK_COLUMNS.map((t) => `<th>${t}</th>`).join('');
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
        ? `${checkLabel(c)}: worst value per bake`
        : `${checkLabel(c)}: headroom per bake (below 0: past the limit)`;
    return `<figure class="check" data-metric="${(0,format/* escapeHtml */.ZD)(c.metric)}"><figcaption>${(0,format/* escapeHtml */.ZD)(caption)}</figcaption>${histogramSvg(values, marker, `${checkLabel(c)}`)}</figure>`;
}

;// CONCATENATED MODULE: ./src/backtest/markdown.ts
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
    out.push(`### 🔁 canary-gate backtest — ${(0,format/* code */.aY)(r.stage)}`, '', spanLine(r), '');
    out.push(`| ${DECISIONS.join(' | ')} |`, `|${DECISIONS.map(() => '---:').join('|')}|`);
    out.push(`| ${DECISIONS.map((d) => `${SQUARE[d]} ${r.summary[d]}`).join(' | ')} |`, '');
    if (r.bakes.length <= TIMELINE_LIMIT)
        out.push(r.bakes.map((b) => SQUARE[b.decision]).join(''), '');
    if (r.compare) {
        out.push(`**Compared with ${(0,format/* code */.aY)(r.compare.policy)}:** ${r.compare.sentence}.`, '');
        const changed = r.summary.changed ?? [];
        if (changed.length && listLimit > 0) {
            out.push('| Bake | Before | After | Why |', '|---|---|---|---|');
            for (const b of changed.slice(0, listLimit))
                out.push(`| ${bakeSpanText(b)} | ${b.compare_decision} | ${b.decision} | ${(0,format/* cell */.Hn)(b.why.slice(0, 2).join('; '))} |`);
            if (changed.length > listLimit)
                out.push(`| … ${changed.length - listLimit} more | | | |`);
            out.push('');
        }
    }
    if (r.summary.checks.length) {
        // Counts and the limit align right.
        out.push(`| ${CHECK_COLUMNS.join(' | ')} |`, '|---|---:|---|---:|---|');
        for (const c of r.summary.checks)
            out.push(`| ${checkCells(c, r.summary.bakes).map(format/* cell */.Hn).join(' | ')} |`);
        out.push('');
    }
    const held = notPromoted(r);
    if (held.length && listLimit > 0) {
        out.push(`<details><summary>${held.length} bake${held.length === 1 ? '' : 's'} that did not promote</summary>`, '');
        for (const b of held.slice(0, listLimit))
            out.push(`- ${bakeSpanText(b)} **${b.decision}**: ${(0,format/* cell */.Hn)(b.reasons[0] ?? '')}`);
        if (held.length > listLimit)
            out.push(`- … ${held.length - listLimit} more in the JSON report`);
        out.push('', '</details>', '');
    }
    for (const w of r.warnings.slice(0, 10))
        out.push(`> ⚠️ ${(0,format/* cell */.Hn)(w)}`);
    if (opts.runUrl)
        out.push('', `[Run](${opts.runUrl})`);
    return out.join('\n').trimEnd() + '\n';
}

// EXTERNAL MODULE: ./src/sources/file.ts + 1 modules
var file = __webpack_require__(25169);
;// CONCATENATED MODULE: ./src/backtest/recording-history.ts


function readRecording(text, path, policy) {
    // Read as one bake as long as the recording, so nothing is cut.
    const data = (0,file/* loadMetricsFile */.m)(text, path, policy, null);
    if (data.since === undefined) {
        throw new util_errors/* InputError */.d(`--metrics-file ${path}`, 'has no "start": a backtest needs to know when each window was', 'add "start": "<ISO time of the first window>" to the recording');
    }
    return {
        path,
        start: data.since,
        windowSeconds: policy.windowSeconds,
        windows: data.windowsObserved,
        data,
    };
}
class RecordingHistory {
    recording;
    kind = 'file';
    served = 0;
    constructor(recording) {
        this.recording = recording;
    }
    async load(req) {
        const { grid } = req;
        const rec = this.recording;
        const offset = (grid.start - rec.start) / rec.windowSeconds;
        if (!Number.isInteger(offset) || grid.windowSeconds !== rec.windowSeconds) {
            throw new util_errors/* InputError */.d('--from', `${new Date(grid.start * 1000).toISOString()} is not on a window boundary of ${rec.path}`, `give a time a whole number of windows after its start (${new Date(rec.start * 1000).toISOString()})`);
        }
        const metric = rec.data.metrics[req.metric.name] ?? { series: [] };
        const history = { series: shift(metric.series, offset, grid.windows), warnings: [] };
        if (metric.baseline)
            history.baseline = shift(metric.baseline, offset, grid.windows);
        this.served += grid.windows * (1 + (metric.baseline ? 1 : 0));
        return history;
    }
    stats() {
        return { requests: 0, samples: this.served };
    }
    close() { }
}
/** The recording's windows [offset, offset + windows), null where the recording does not reach. */
function shift(series, offset, windows) {
    return series.map((s) => {
        // The usual case, a backtest over the whole recording, reads the parsed arrays as they are.
        if (offset === 0 && s.values.length === windows)
            return s;
        return {
            labels: s.labels,
            values: Array.from({ length: windows }, (_, j) => s.values[offset + j] ?? null),
        };
    });
}

;// CONCATENATED MODULE: ./src/backtest/open-history.ts


async function openHistory(req) {
    const { policy } = req;
    if (req.metricsFile) {
        const recording = readRecording(req.metricsFile.text, req.metricsFile.path, policy);
        return {
            loader: new RecordingHistory(recording),
            source: { kind: 'file', file: req.metricsFile.path },
            recorded: { from: recording.start, to: recording.start + recording.windows * recording.windowSeconds },
        };
    }
    const url = req.prometheus?.url ?? policy.prometheus.url;
    if (!url) {
        throw new util_errors/* InputError */.d(req.urlName, `is not given and ${policy.path} has no prometheus.url`, `give ${req.urlName}, prometheus.url in the policy, or a recording (metrics file) to replay`);
    }
    const [{ PrometheusSource }, { PrometheusHistory }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(542), __webpack_require__.e(313)]).then(__webpack_require__.bind(__webpack_require__, 3694)),
        __webpack_require__.e(/* import() */ 471).then(__webpack_require__.bind(__webpack_require__, 83471)),
    ]);
    const prometheus = new PrometheusSource({
        timeoutMs: policy.prometheus.timeoutSeconds * 1000,
        ...req.prometheus,
        headers: { ...policy.prometheus.headers, ...(req.prometheus?.headers ?? {}) },
        url,
    });
    return {
        loader: new PrometheusHistory(prometheus),
        source: { kind: 'prometheus', url: prometheus.displayUrl },
    };
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
;// CONCATENATED MODULE: ./src/backtest/plan.ts
/**
 * Which bakes a backtest judges: one starting at every `from + i·every` whose bake ends by `to`. Each bake is
 * then judged in lookback at its `until`, exactly as a gate run at that moment would.
 */


/** More bakes than this is a typo in `--every` (1m over a year), not a question anyone asked. */
const MAX_BAKES = 20_000;
function planBakes(req, names) {
    const { from, to, bakeSeconds, windowSeconds } = req;
    const everySeconds = req.everySeconds ?? bakeSeconds;
    if (!(everySeconds > 0) || everySeconds % windowSeconds !== 0) {
        throw new util_errors/* InputError */.d(names.every, `${(0,duration/* formatDuration */.a3)(everySeconds)} is not a whole number of ${(0,duration/* formatDuration */.a3)(windowSeconds)} windows`, `give a multiple of the policy's window, e.g. ${(0,duration/* formatDuration */.a3)(bakeSeconds)} (the bake, the default)`);
    }
    if (to - from < bakeSeconds) {
        throw new util_errors/* InputError */.d(`${names.from}/${names.to}`, `span ${to > from ? (0,duration/* formatDuration */.a3)(to - from) : 'nothing'} but one bake takes ${(0,duration/* formatDuration */.a3)(bakeSeconds)}`, `give a span of at least one bake, e.g. ${names.from} 7 days before ${names.to}`);
    }
    const count = Math.floor((to - from - bakeSeconds) / everySeconds) + 1;
    if (count > MAX_BAKES) {
        throw new util_errors/* InputError */.d(names.every, `${(0,duration/* formatDuration */.a3)(everySeconds)} gives ${count} bakes between ${names.from} and ${names.to} (at most ${MAX_BAKES})`, 'give a longer interval or a shorter span');
    }
    const bakes = Array.from({ length: count }, (_, i) => {
        const since = from + i * everySeconds;
        return { since, until: since + bakeSeconds };
    });
    return { from, to, everySeconds, bakeSeconds, windowSeconds, bakes };
}

// EXTERNAL MODULE: ./src/bake/run.ts + 7 modules
var run = __webpack_require__(95467);
;// CONCATENATED MODULE: ./src/backtest/compare.ts

function changedBakes(bakes, compareReasons) {
    const out = [];
    bakes.forEach((b, i) => {
        if (b.compare_decision === undefined || b.compare_decision === b.decision)
            return;
        const other = compareReasons[i] ?? [];
        const why = [
            ...b.reasons.filter((r) => !other.includes(r)).map((r) => `this policy: ${r}`),
            ...other.filter((r) => !b.reasons.includes(r)).map((r) => `other policy: ${r}`),
        ];
        if (why.length === 0)
            why.push('the same reasons weigh differently under the two policies');
        out.push({
            since: b.since,
            until: b.until,
            decision: b.decision,
            compare_decision: b.compare_decision,
            why,
        });
    });
    return out;
}
const VERB = {
    promote: 'promoted',
    hold: 'held',
    rollback: 'rolled back',
    inconclusive: 'left inconclusive',
};
/** One line: what moving from `other` to `policy` would have done to the bakes `other` judged. */
function compareSentence(policy, other, bakes, otherCounts) {
    const change = describeChange(other, policy);
    const flips = new Map();
    for (const b of bakes) {
        if (b.compare_decision === undefined || b.compare_decision === b.decision)
            continue;
        const key = `${b.compare_decision}>${b.decision}`;
        flips.set(key, (flips.get(key) ?? 0) + 1);
    }
    if (flips.size === 0)
        return `${change} would have changed no decision in ${bakes.length} bakes`;
    const parts = [...flips.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, n], i) => {
        const [from, to] = key.split('>');
        const total = otherCounts[from];
        return `${VERB[to]} ${n} of ${total}${i === 0 ? ' bakes' : ''} that ${from === 'promote' ? 'promoted' : VERB[from].replace('left ', 'were ')}`;
    });
    return `${change} would have ${joinAnd(parts)}`;
}
/** The policy change in words, e.g. "raising the p95_latency_ms gate to <= 320". */
function describeChange(from, to) {
    const parts = [];
    if (from.policy.windowSeconds !== to.policy.windowSeconds)
        parts.push(`changing the window from ${from.policy.windowText} to ${to.policy.windowText}`);
    if (from.stage.bakeSeconds !== to.stage.bakeSeconds)
        parts.push(`changing the bake from ${(0,duration/* formatDuration */.a3)(from.stage.bakeSeconds)} to ${(0,duration/* formatDuration */.a3)(to.stage.bakeSeconds)}`);
    if (from.policy.missingData !== to.policy.missingData)
        parts.push(`changing missing-data from ${from.policy.missingData} to ${to.policy.missingData}`);
    const before = checksByKey(from.stage);
    const after = checksByKey(to.stage);
    for (const [key, a] of after) {
        const b = before.get(key);
        if (!b)
            parts.push(`adding the ${label(a)} ${a.condition.text}`);
        else if (b.condition.text !== a.condition.text || b.forSeconds !== a.forSeconds)
            parts.push(moved(b, a));
    }
    for (const [key, b] of before)
        if (!after.has(key))
            parts.push(`dropping the ${label(b)} ${b.condition.text}`);
    for (const name of Object.keys(to.policy.metrics)) {
        const a = to.policy.metrics[name];
        const b = from.policy.metrics[name];
        if (b &&
            (a.query !== b.query ||
                a.alert !== b.alert ||
                JSON.stringify(a.baseline) !== JSON.stringify(b.baseline)))
            parts.push(`changing the ${name} query`);
    }
    if (parts.length === 0)
        return 'the other policy';
    if (parts.length > 2)
        return `${parts.slice(0, 2).join(', ')} and ${parts.length - 2} more change${parts.length > 3 ? 's' : ''}`;
    return joinAnd(parts);
}
function checksByKey(stage) {
    const out = new Map();
    const seen = new Map();
    for (const c of [...stage.gates, ...stage.triggers]) {
        // Checks pair by what they guard and which way; the n-th such check with the n-th.
        const base = `${c.kind}|${c.metric}|${c.action}|${direction(c)}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        out.set(`${base}|${n}`, c);
    }
    return out;
}
function direction(c) {
    const relative = c.condition.rhs.kind === 'baseline' ? 'relative' : 'fixed';
    return `${c.condition.op.replace('=', '')}|${relative}`;
}
function label(c) {
    return c.kind === 'gate' ? `${c.metric} gate` : `${c.metric} ${c.action} trigger`;
}
function moved(b, a) {
    const from = fixedLimit(b);
    const to = fixedLimit(a);
    if (b.condition.text === a.condition.text)
        return `changing the ${label(a)}'s for from ${(0,duration/* formatDuration */.a3)(b.forSeconds)} to ${(0,duration/* formatDuration */.a3)(a.forSeconds)}`;
    if (from !== null && to !== null && b.condition.op === a.condition.op)
        return `${to > from ? 'raising' : 'lowering'} the ${label(a)} to ${a.condition.text}`;
    return `changing the ${label(a)} from ${b.condition.text} to ${a.condition.text}`;
}
function fixedLimit(c) {
    return c.condition.rhs.kind === 'number' ? c.condition.rhs.value : null;
}
function joinAnd(parts) {
    return parts.length <= 1
        ? (parts[0] ?? '')
        : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

// EXTERNAL MODULE: ./src/sources/prometheus-queries.ts
var prometheus_queries = __webpack_require__(9737);
// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(77991);
;// CONCATENATED MODULE: ./src/backtest/history.ts


class HistorySource {
    loader;
    grid;
    cache;
    kind;
    displayUrl;
    constructor(loader, grid, cache = new Map()) {
        this.loader = loader;
        this.grid = grid;
        this.cache = cache;
        this.kind = loader.kind;
        this.displayUrl = loader.displayUrl;
    }
    // One source serves one policy's stage and vars: a metric's queries and history depend only on the metric,
    // so they are planned once, not at every bake (keyed by the spec itself, which the policy keeps).
    planned = new Map();
    loaded = new Map();
    queries(req) {
        let queries = this.planned.get(req.metric);
        if (!queries) {
            const plan = (0,prometheus_queries/* planQueries */.ku)({ ...req, bakeSeconds: req.span.windowsExpected * req.span.windowSeconds });
            queries = {
                query: plan.query,
                baselineQuery: plan.baseline.kind === 'none' ? null : plan.baseline.query,
            };
            this.planned.set(req.metric, queries);
        }
        return queries;
    }
    /** Starts (or joins) the load of one metric's history; `fetch` awaits it. */
    load(req) {
        let loading = this.loaded.get(req.metric);
        if (loading)
            return loading;
        const q = (0,prometheus_queries/* planQueries */.ku)({ ...req, bakeSeconds: req.stage.bakeSeconds });
        const key = JSON.stringify([req.metric.name, q, this.grid]);
        loading = this.cache.get(key);
        if (!loading) {
            loading = this.loader.load({ ...req, grid: this.grid });
            // A failure is kept and given to every bake that reads the metric, as a live run would see it.
            loading.catch(() => { });
            this.cache.set(key, loading);
        }
        this.loaded.set(req.metric, loading);
        return loading;
    }
    async fetch(req) {
        const history = await this.load(req);
        const { grid } = this;
        const offset = (req.span.since - grid.start) / grid.windowSeconds + req.first;
        const bake = (req.span.since - grid.firstBake) / grid.everySeconds;
        if (!Number.isInteger(offset) ||
            offset < 0 ||
            offset + req.count > grid.windows ||
            !Number.isInteger(bake)) {
            // The plan only asks for bakes on the grid: anything else is a bug, and judging it would be a lie.
            throw new types/* SourceUnavailableError */.m(`bake at ${new Date(req.span.since * 1000).toISOString()} is outside the loaded history`);
        }
        const out = {
            series: slice(history.series, offset, req.count),
            warnings: history.warnings,
        };
        if (history.baseline)
            out.baseline = slice(history.baseline, offset, req.count);
        else if (history.baselinePerBake) {
            out.baseline = history.baselinePerBake
                .filter((s) => s.values[bake] !== null && s.values[bake] !== undefined)
                .map((s) => ({ labels: s.labels, values: new Array(req.count).fill(s.values[bake]) }));
        }
        return out;
    }
    stats() {
        return this.loader.stats();
    }
    close() {
        // The loader is shared by the sources of a --compare: its owner closes it.
    }
}
/**
 * Windows [offset, offset + count) of every series. A series with no sample in them is left out, as a
 * query_range over just that bake would not return it.
 */
function slice(series, offset, count) {
    const out = [];
    for (const s of series) {
        const values = s.values.slice(offset, offset + count);
        if (values.some((v) => v !== null))
            out.push({ labels: s.labels, values });
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/severity.ts
var severity = __webpack_require__(64363);
;// CONCATENATED MODULE: ./src/backtest/summary.ts

class CheckSummary {
    tallies = new Map();
    bakes = 0;
    add(verdict) {
        const bake = this.bakes++;
        for (const c of verdict.checks) {
            const key = `${c.kind}\u0000${c.metric}\u0000${c.condition}\u0000${c.action}`;
            let t = this.tallies.get(key);
            if (!t) {
                const op = /^\s*(<=|>=|==|!=|<|>)/.exec(c.condition)?.[1] ?? null;
                t = { check: c, op, failed: 0, noData: 0, worst: [], headroom: [], limits: new Set() };
                this.tallies.set(key, t);
            }
            if (c.status === 'fail')
                t.failed++;
            if (c.status === 'no_data')
                t.noData++;
            const value = c.worst?.value;
            if (value === null || value === undefined)
                continue;
            setAt(t.worst, bake, value);
            const limit = c.worst?.limit;
            if (limit === null || limit === undefined || t.op === null)
                continue;
            t.limits.add(limit);
            // A gate states what is good, a trigger what is bad: headroom is how far from failing either way.
            const holds = (0,severity/* margin */.L)(t.op, value, limit);
            setAt(t.headroom, bake, c.kind === 'gate' ? holds : -holds);
        }
    }
    result() {
        const perBake = (values) => {
            const out = values.slice(0, this.bakes);
            while (out.length < this.bakes)
                out.push(null);
            return out;
        };
        return [...this.tallies.values()].map((t) => {
            const highIsBad = badIsHigh(t.op, t.check.kind);
            const worstValues = perBake(t.worst);
            const headroomValues = perBake(t.headroom);
            const worst = quantiles(present(worstValues), highIsBad);
            const headroom = quantiles(present(headroomValues), false);
            return {
                kind: t.check.kind,
                metric: t.check.metric,
                condition: t.check.condition,
                action: t.check.action,
                bakes_failed: t.failed,
                bakes_no_data: t.noData,
                bakes_judged: present(worstValues).length,
                bad_direction: highIsBad ? 'high' : 'low',
                worst: { p50: worst.p50, p95: worst.p95, p99: worst.p99, max: worst.extreme },
                limit: t.limits.size === 1 ? [...t.limits][0] : null,
                headroom: { p50: headroom.p50, p95: headroom.p95, p99: headroom.p99, min: headroom.extreme },
                worst_values: worstValues,
                headroom_values: headroomValues,
            };
        });
    }
}
/** values[i] = value, bakes without one null: the array stays dense (no holes to look up). */
function setAt(values, i, value) {
    while (values.length < i)
        values.push(null);
    values[i] = value;
}
function present(values) {
    return values.filter((v) => v !== null);
}
/** `<= 300` gates and `> 400` triggers go bad upwards; `>= 0.9` gates and `< 0.5` triggers downwards. */
function badIsHigh(op, kind) {
    const upperLimit = op === '<' || op === '<=' || op === '==' || op === null;
    return kind === 'gate' ? upperLimit : !(op === '<' || op === '<=');
}
/** Nearest-rank quantiles in the bad direction (`highIsBad` false: p95 is the 5th percentile). */
function quantiles(values, highIsBad) {
    if (values.length === 0)
        return { p50: null, p95: null, p99: null, extreme: null };
    const sorted = Float64Array.from(values).sort();
    if (!highIsBad)
        sorted.reverse();
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), extreme: sorted[sorted.length - 1] };
}
function countDecisions(decisions) {
    const counts = { promote: 0, hold: 0, rollback: 0, inconclusive: 0 };
    for (const d of decisions)
        counts[d]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/backtest/track.ts
function onTrack(policy, track) {
    if (track === 'canary')
        return policy;
    const metrics = Object.fromEntries(Object.entries(policy.metrics).map(([name, m]) => [
        name,
        m.baseline?.kind === 'query' ? { ...m, query: m.baseline.query, alert: undefined } : m,
    ]));
    return { ...policy, metrics };
}
/** Metrics judged on their own query under `--track baseline` (no per-window baseline query to use). */
function ownQueryMetrics(policy, metricNames) {
    return metricNames.filter((n) => policy.metrics[n]?.baseline?.kind !== 'query');
}

;// CONCATENATED MODULE: ./src/backtest/run.ts
/**
 * The backtest: every bake of the plan judged in lookback by the bake loop a gate run uses, reading from
 * history loaded once per query (./history.ts). With a second policy, each bake is judged by both; the two
 * share loaded history wherever their queries are equal.
 */







async function runBacktest(req) {
    const { plan } = req;
    const progress = req.progress ?? (() => { });
    const now = req.now ?? Date.now;
    const cache = new Map();
    const loader = withProgress(req.loader, progress);
    const mine = sideOf(req, loader, req, plan, cache);
    const other = req.compare ? sideOf(req.compare, loader, req, plan, cache) : undefined;
    const preflightWarnings = [];
    for (const side of other ? [mine, other] : [mine]) {
        const metrics = (0,run.metricsOf)(side.policy, side.stage);
        const prepared = await req.loader.prepare?.({ ...side, metrics, grid: side.grid, now: now() / 1000 });
        preflightWarnings.push(...(prepared ?? []));
    }
    const summary = new CheckSummary();
    const bakes = [];
    const otherReasons = [];
    const otherDecisions = [];
    const step = Math.max(1, Math.ceil(plan.bakes.length / 10));
    for (let i = 0; i < plan.bakes.length; i++) {
        const { until } = plan.bakes[i];
        const verdict = await judgeAt(mine, until, now);
        summary.add(verdict);
        const bake = {
            since: iso(until - mine.stage.bakeSeconds),
            until: iso(until),
            decision: verdict.decision,
            reasons: reasonsOf(verdict),
        };
        if (other) {
            const theirs = await judgeAt(other, until, now);
            bake.compare_decision = theirs.decision;
            otherReasons.push(reasonsOf(theirs));
            otherDecisions.push(theirs.decision);
        }
        bakes.push(bake);
        if ((i + 1) % step === 0 || i + 1 === plan.bakes.length)
            progress(`backtest: ${i + 1}/${plan.bakes.length} bakes judged`);
    }
    const counts = countDecisions(bakes.map((b) => b.decision));
    const stats = req.loader.stats();
    const report = {
        schema_version: 1,
        kind: 'backtest',
        stage: req.stage.name,
        policy: req.policy.path,
        track: req.track,
        from: iso(plan.from),
        until: iso(plan.to),
        every_seconds: plan.everySeconds,
        bake_seconds: req.stage.bakeSeconds,
        window_seconds: req.policy.windowSeconds,
        source: req.source,
        bakes,
        summary: { bakes: bakes.length, ...counts, checks: summary.result() },
        stats: { requests: stats.requests, samples: stats.samples },
        warnings: [
            ...new Set([
                ...(req.warnings ?? []),
                ...preflightWarnings,
                ...mine.warnings(),
                ...(other?.warnings() ?? []),
            ]),
        ],
        generated_at: new Date(now()).toISOString(),
    };
    if (req.compare) {
        const otherCounts = countDecisions(otherDecisions);
        report.summary.changed = changedBakes(bakes, otherReasons);
        report.compare = {
            policy: req.compare.policy.path,
            counts: otherCounts,
            sentence: compareSentence(req, req.compare, bakes, otherCounts),
        };
    }
    return report;
}
/** One policy's view of the history: its grid of windows over the span, on the track asked for. */
function sideOf(judged, loader, req, plan, cache) {
    const policy = onTrack(judged.policy, req.track);
    const { stage } = judged;
    const w = policy.windowSeconds;
    const name = judged === req ? '--every' : '--compare';
    if (plan.everySeconds % w !== 0 || stage.bakeSeconds % w !== 0) {
        throw new util_errors/* InputError */.d(name, `bakes every ${(0,duration/* formatDuration */.a3)(plan.everySeconds)} do not fall on ${policy.path}'s ${policy.windowText} windows`, `give --every as a multiple of ${policy.windowText}`);
    }
    const firstBake = plan.bakes[0].until - stage.bakeSeconds;
    const lastUntil = plan.bakes[plan.bakes.length - 1].until;
    const grid = {
        start: firstBake,
        windowSeconds: w,
        windows: (lastUntil - firstBake) / w,
        firstBake,
        everySeconds: plan.everySeconds,
        bakes: plan.bakes.length,
    };
    const source = new HistorySource(loader, grid, cache);
    const seen = new Set();
    return { policy, stage, vars: judged.vars, source, grid, seen, warnings: () => [...seen] };
}
async function judgeAt(side, until, now) {
    const result = await (0,run.runBake)({
        policy: side.policy,
        stage: side.stage,
        mode: 'lookback',
        source: side.source,
        until,
        vars: side.vars,
        // The bake is judged as at its end: no wait, and `until` is never "in the future".
        clock: { now: () => Math.max(now(), until * 1000), sleep: async () => { } },
    });
    // Warnings repeat in every bake that reads the metric: keep each once.
    for (const w of result.warnings)
        side.seen.add(w);
    return result.verdict;
}
/** Says when each metric's history is in, so a long fetch shows it is moving. */
function withProgress(loader, progress) {
    return {
        kind: loader.kind,
        displayUrl: loader.displayUrl,
        load: async (req) => {
            const history = await loader.load(req);
            const points = history.series.reduce((n, s) => n + s.values.length, 0);
            progress(`backtest: history of ${req.metric.name} loaded (${history.series.length} series, ${points} windows)`);
            return history;
        },
        stats: () => loader.stats(),
        close: () => loader.close(),
    };
}
function reasonsOf(v) {
    return [...v.rollbackReasons, ...v.gateFailReasons, ...v.inconclusiveReasons];
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString();
}

// EXTERNAL MODULE: ./src/github/artifact.ts
var github_artifact = __webpack_require__(49721);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
;// CONCATENATED MODULE: ./src/github/backtest-inputs.ts
/**
 * The inputs of the action's `mode: backtest` (DESIGN §8): how far back, how often, and the policy to compare
 * with. Read only in that mode, so a gate run never trips over them.
 */



function getBacktestInputs(read = (n) => core/* getInput */.V4(n)) {
    const fromText = read('backtest-from').trim() || '7d';
    const everyText = read('backtest-every').trim();
    const compare = read('backtest-compare').trim() || undefined;
    const out = { compare };
    if (/^\d{4}-\d{2}-\d{2}/.test(fromText)) {
        const ms = Date.parse(fromText);
        if (Number.isNaN(ms))
            throw bad('backtest-from', fromText, 'give a duration back from now (7d) or an ISO-8601 time');
        out.from = ms / 1000;
    }
    else {
        const span = (0,duration/* parseDuration */.E9)(fromText);
        if (!span.ok || span.seconds <= 0)
            throw bad('backtest-from', fromText, 'give a duration back from now, e.g. 7d or 36h, or an ISO-8601 time');
        out.spanSeconds = span.seconds;
    }
    if (everyText) {
        const every = (0,duration/* parseDuration */.E9)(everyText);
        if (!every.ok || every.seconds <= 0)
            throw bad('backtest-every', everyText, 'give a duration such as 30m or 1h');
        out.everySeconds = every.seconds;
    }
    return out;
}
function bad(input, value, fix) {
    return new util_errors/* InputError */.d(`input \`${input}\``, `${JSON.stringify(value)} is not valid`, fix);
}

// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/github/files.ts + 1 modules
var files = __webpack_require__(84143);
// EXTERNAL MODULE: ./src/github/inputs.ts + 2 modules
var github_inputs = __webpack_require__(27633);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
// EXTERNAL MODULE: ./src/github/outputs.ts
var outputs = __webpack_require__(88353);
// EXTERNAL MODULE: ./src/judge-stage.ts + 2 modules
var judge_stage = __webpack_require__(76525);
// EXTERNAL MODULE: ./src/policy/load.ts + 16 modules
var load = __webpack_require__(55214);
// EXTERNAL MODULE: ./src/report/markdown.ts + 6 modules
var report_markdown = __webpack_require__(29466);
;// CONCATENATED MODULE: ./src/backtest-action.ts
/**
 * The action's `mode: backtest` (DESIGN §8): the stage replayed over the last N days (or from
 * `backtest-from`), optionally against another policy (`backtest-compare`, e.g. the base branch's), written
 * to the job summary, the PR comment (one per stage, a marker of its own) and the report artifact. The
 * decisions it reports never fail the job; an input or policy error does (the caller reports it).
 */





















async function runBacktestMode(inputs, env, now = Date.now) {
    const clean = log/* redact */.E$;
    const report = log/* redactor */.$p.json(await backtest(inputs, now));
    const name = (0,github_artifact/* artifactName */.Cs)(inputs.artifactName, env);
    const dir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'canary-gate', name);
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null;
    const markdown = (extra = {}) => clean(renderBacktestMarkdown(report, { ...extra, runUrl }));
    // A backtest judges many bakes, not this one: the outputs say so and never read as a verdict.
    (0,outputs/* setOutputs */.n0)({
        decision: 'backtest',
        'gate-passed': false,
        'rollback-triggered': false,
        'rollback-reasons': [],
        'gate-fail-reasons': [],
        'report-path': '',
        'artifact-id': '',
        'artifact-url': '',
    });
    const attempt = async (what, step) => {
        try {
            await step();
        }
        catch (error) {
            log/* warning */.$e(clean(`${what} skipped after an unexpected error: ${error.message.split('\n')[0]}`));
        }
    };
    await attempt('report files', async () => {
        const files = (0,github_artifact/* writeReportFiles */.t4)(dir, JSON.stringify(report, null, 2) + '\n', markdown(), clean(renderBacktestHtml(report)));
        (0,outputs/* setOutputs */.n0)({ 'report-path': files.json });
        if (!inputs.uploadArtifact)
            return;
        const artifact = await (0,github_artifact/* uploadReport */.a3)(name, files, env);
        if (artifact)
            (0,outputs/* setOutputs */.n0)({ 'artifact-id': String(artifact.id), 'artifact-url': artifact.url ?? '' }, clean);
    });
    await attempt('job summary', async () => {
        await log/* writeSummary */.Sy(markdown());
    });
    await attempt('PR comment', async () => {
        const target = (0,comment/* commentTarget */.lt)(inputs.comment, (0,github_event/* readEvent */.j)(env), env);
        if (target.warn)
            log/* warning */.$e(target.warn);
        if (!target.target)
            return;
        const marker = (0,comment/* commentMarker */.Ql)(`${report.stage}:backtest`);
        const body = markdown({ marker, maxChars: report_markdown/* COMMENT_MAX_CHARS */.dq });
        const result = await (0,comment/* upsertComment */.lB)(inputs.githubToken, target.target, marker, body, env);
        if (result.action !== 'skipped')
            log/* info */.pq(`PR comment ${result.action}: ${result.url ?? result.id}`);
    });
    const s = report.summary;
    log/* info */.pq(clean(`canary-gate backtest of stage ${report.stage}: ${s.bakes} bakes, promote ${s.promote}, hold ${s.hold}, rollback ${s.rollback}, inconclusive ${s.inconclusive}` +
        (report.compare ? `; ${report.compare.sentence}` : '')));
}
async function backtest(inputs, now) {
    const bt = getBacktestInputs();
    const policy = (0,load/* loadPolicy */.tb)((0,files/* readInputFile */.j)(inputs.config, 'config', 'give the path of the policy file, e.g. .github/canary-gate.yml'), inputs.config);
    const stage = (0,judge_stage/* selectStage */.v)(policy, inputs.stage, inputs.bakeSeconds, github_inputs/* ACTION_INPUT_NAMES */.f);
    const vars = { ...policy.vars, ...inputs.vars };
    const issues = (0,policy_vars/* checkVars */.Ll)(policy, vars);
    if (issues.length)
        throw new errors/* PolicyError */.pn(issues);
    const compare = bt.compare
        ? judgedCompare((0,load/* loadPolicy */.tb)((0,files/* readInputFile */.j)(bt.compare, 'backtest-compare', 'give the path of the policy to compare with'), bt.compare), inputs.stage, inputs.vars, 'input `backtest-compare`')
        : undefined;
    const opened = await openHistory({
        policy,
        metricsFile: inputs.metricsFile
            ? {
                path: inputs.metricsFile,
                text: (0,files/* readInputFile */.j)(inputs.metricsFile, 'metrics-file', 'give the path of a recording (JSON)'),
            }
            : undefined,
        prometheus: inputs.metricsFile ? undefined : inputs.prometheus,
        urlName: 'input `prometheus-url`',
    });
    try {
        // Bakes end on the window grid, the last one at `until` (default now) or the recording's end.
        const w = policy.windowSeconds;
        // No window is read before its end + settle, as in a gate run.
        const end = inputs.until ?? opened.recorded?.to ?? now() / 1000 - policy.settleSeconds;
        const to = Math.floor(end / w) * w;
        const from = bt.from ?? (bt.spanSeconds !== undefined ? to - bt.spanSeconds : (opened.recorded?.from ?? to));
        const plan = planBakes({ from, to, everySeconds: bt.everySeconds, bakeSeconds: stage.bakeSeconds, windowSeconds: w }, { from: 'input `backtest-from`', to: 'input `until`', every: 'input `backtest-every`' });
        return await runBacktest({
            policy,
            stage,
            vars,
            plan,
            loader: opened.loader,
            track: 'canary',
            compare,
            source: opened.source,
            progress: log/* info */.pq,
            now,
        });
    }
    finally {
        opened.loader.close();
    }
}


/***/ }),

/***/ 95467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WATCH_LIMIT_SECONDS: () => (/* binding */ WATCH_LIMIT_SECONDS),
  metricsOf: () => (/* reexport */ stage_metrics/* metricsOf */.P),
  runBake: () => (/* binding */ runBake)
});

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/sources/backend-lag.ts
var backend_lag = __webpack_require__(14091);
;// CONCATENATED MODULE: ./src/bake/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

;// CONCATENATED MODULE: ./src/bake/errors.ts
/** A bake that cannot start as asked (unknown stage, watch longer than a runner job): a usage error, exit 64. */
class BakeUsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BakeUsageError';
    }
}

// EXTERNAL MODULE: ./src/engine/evaluate.ts + 36 modules
var evaluate = __webpack_require__(98889);
// EXTERNAL MODULE: ./src/bake/abort.ts
var abort = __webpack_require__(63651);
// EXTERNAL MODULE: ./src/engine/format.ts
var format = __webpack_require__(23755);
;// CONCATENATED MODULE: ./src/bake/progress.ts


function progressLine(observed, expected, leftSeconds, verdict, 
/** Metrics whose last read failed; they are asked again at the next read. */
retrying = []) {
    const left = observed >= expected ? 'bake over' : `${(0,duration/* formatDuration */.a3)(Math.ceil(leftSeconds))} left`;
    const lagging = retrying.length > 0 ? ` (read failed, asked again next read: ${retrying.join(', ')})` : '';
    const checks = verdict.checks.map(describeCheck).join(', ');
    return `window ${observed}/${expected}, ${left}${lagging}: ${checks || 'no checks'} — ${stateOf(verdict)}`;
}
/**
 * `rollback (final, decided at window 5/12)`, or while the watch goes on after promotion was ruled out:
 * `hold so far; promotion ruled out (…); still watching for rollback: p95 > 250 for 30s (1 of 3 windows so far)`.
 */
function stateOf(v) {
    if (v.final) {
        const at = v.endedEarly ? `, decided at window ${v.windowsJudged}` : '';
        const open = v.rollbackStillPossible.length > 0
            ? `; fail-fast: hold stopped the watch while a rollback could still fire: ${v.rollbackStillPossible.join('; ')}`
            : '';
        return `${v.decision} (final${at})${open}`;
    }
    if (v.promotionRuledOut === null)
        return `${v.decision} so far`;
    return (`${v.decision} so far; promotion ruled out (${v.promotionRuledOut}); ` +
        `still watching for rollback: ${v.rollbackStillPossible.join('; ')}`);
}
function describeCheck(c) {
    const worst = c.worst;
    const value = worst ? (0,format/* formatNumber */.ZV)(worst.value) : 'no data';
    const op = c.condition.trim().split(/\s+/)[0];
    const limit = worst && worst.limit !== null && /baseline/.test(c.condition)
        ? `${op} ${(0,format/* formatNumber */.ZV)(worst.limit)}`
        : c.condition;
    const flag = c.status === 'fail' ? ' FAIL' : c.status === 'skipped' ? ' skipped' : '';
    if (c.kind === 'gate')
        return `${c.metric} ${value} ${limit}${flag}`;
    const forText = c.forSeconds > 0 ? ` for ${(0,duration/* formatDuration */.a3)(c.forSeconds)}` : '';
    const run = c.status !== 'fail' && c.streak && c.streak.needed > 1 && c.streak.windows > 0
        ? ` (${c.streak.windows} of ${c.streak.needed} windows)`
        : '';
    return `${c.action} if ${c.metric} ${limit}${forText}: ${value}${c.status === 'fail' ? ' FIRED' : run}`;
}

// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(77991);
// EXTERNAL MODULE: ./src/sources/prometheus-answer.ts
var prometheus_answer = __webpack_require__(12811);
;// CONCATENATED MODULE: ./src/bake/accumulate.ts

class SeriesTable {
    length;
    rows = new Map();
    constructor(length) {
        this.length = length;
    }
    write(first, series) {
        for (const s of series) {
            const key = (0,prometheus_answer/* labelKey */.kJ)(s.labels);
            // A first read of the whole bake (a lookback) is the row as it is: copied into an array made of
            // nulls, every number would be boxed (24 bytes a value instead of 8; 115 MB at 500 series × 20).
            if (first === 0 && s.values.length === this.length && !this.rows.has(key)) {
                this.rows.set(key, { labels: s.labels, values: s.values });
                continue;
            }
            const row = this.row(key, s.labels);
            s.values.forEach((v, i) => {
                if (first + i < this.length)
                    row.values[first + i] = v;
            });
        }
    }
    list() {
        return [...this.rows.values()];
    }
    row(key, labels) {
        let row = this.rows.get(key);
        if (!row) {
            row = { labels, values: new Array(this.length).fill(null) };
            this.rows.set(key, row);
        }
        return row;
    }
}
class MetricAccumulator {
    canary;
    baseline;
    hasBaseline = false;
    /** Insertion-ordered and unique: a Set keeps de-duplication linear in the number of warnings. */
    warnings = new Set();
    constructor(windowsExpected) {
        this.canary = new SeriesTable(windowsExpected);
        this.baseline = new SeriesTable(windowsExpected);
    }
    add(first, read) {
        this.canary.write(first, read.series);
        if (read.baseline) {
            this.hasBaseline = true;
            this.baseline.write(first, read.baseline);
        }
        for (const w of read.warnings)
            this.warnings.add(w);
    }
    toMetricData(sourceError) {
        const data = { series: this.canary.list() };
        if (this.hasBaseline)
            data.baseline = this.baseline.list();
        if (sourceError)
            data.sourceError = sourceError;
        if (this.warnings.size > 0)
            data.warnings = [...this.warnings];
        return data;
    }
    allWarnings() {
        return [...this.warnings];
    }
}

;// CONCATENATED MODULE: ./src/bake/read.ts


function newStates(specs, windowsExpected) {
    return specs.map((spec) => ({
        spec,
        acc: new MetricAccumulator(windowsExpected),
        fetched: 0,
        settled: 0,
        failedReads: 0,
    }));
}
/**
 * Fetches windows [settled, closed) of every metric that is behind or has windows to read again, a few
 * metrics at a time. `reread` forces the newest `ctx.refresh` windows to be read again (the end of a bake).
 */
async function readNew(states, closed, ctx, reread = false) {
    if (reread)
        for (const s of states)
            s.settled = Math.min(s.settled, Math.max(0, closed - ctx.refresh));
    const behind = states.filter((s) => s.settled < closed);
    let next = 0;
    let rejected;
    const worker = async () => {
        while (next < behind.length && !rejected) {
            const s = behind[next++];
            const first = s.settled;
            try {
                const read = await ctx.source.fetch({
                    policy: ctx.policy,
                    stage: ctx.stage,
                    metric: s.spec,
                    vars: ctx.vars,
                    span: ctx.span,
                    first,
                    count: closed - first,
                });
                s.acc.add(first, read);
                s.fetched = Math.max(s.fetched, closed);
                s.settled = Math.max(first, closed - ctx.refresh);
                s.failedReads = 0;
                s.lastError = undefined;
                s.givenUp = undefined;
            }
            catch (err) {
                if (err instanceof types/* QueryRejectedError */.P)
                    rejected = err;
                else if (err instanceof types/* SourceUnavailableError */.m) {
                    s.failedReads++;
                    s.lastError = err.message;
                }
                else
                    throw err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(ctx.concurrency, behind.length)) }, worker));
    if (rejected)
        throw rejected;
}
/** Metrics whose failures are now final: at the last read, or after `maxFailedReads` in a row. */
function giveUp(states, last, maxFailedReads) {
    const given = [];
    for (const s of states) {
        if (s.lastError && !s.givenUp && (last || s.failedReads >= maxFailedReads)) {
            s.givenUp = s.lastError;
            given.push(s);
        }
    }
    return given;
}
/**
 * What the engine judges: windows [0, observed) are those every live metric has read; a metric given up on
 * carries its `sourceError` and does not hold the others back.
 */
function bakeData(states, span, closed) {
    const live = states.filter((s) => !s.givenUp);
    const observed = live.length > 0 ? Math.min(...live.map((s) => s.fetched)) : closed;
    const metrics = {};
    for (const s of states)
        metrics[s.spec.name] = s.acc.toMetricData(s.givenUp);
    return {
        windowSeconds: span.windowSeconds,
        windowsExpected: span.windowsExpected,
        windowsObserved: observed,
        since: span.since,
        metrics,
    };
}
/** Metrics asked again at the next read because their last read failed. */
function retrying(states) {
    return states.filter((s) => s.lastError && !s.givenUp).map((s) => s.spec.name);
}

;// CONCATENATED MODULE: ./src/bake/schedule.ts
/**
 * When windows may be read (DESIGN §2 "Reading"): window k of a bake is read no earlier than its end plus
 * `settle` plus the backend's lag, in watch and lookback alike. The bake waits in one place, `waitUntil`.
 */

/** Seconds after a window's end before it is read: settle plus the backend's lag. */
function readDelay(s) {
    return s.settleSeconds + s.lag.seconds;
}
/** Unix seconds when windows [0, count) may all be read. */
function readableAt(s, count) {
    return s.span.since + count * s.span.windowSeconds + readDelay(s);
}
/** Windows whose end + delay has passed at `nowSeconds`, at most the bake's. */
function readableBy(s, nowSeconds) {
    const { since, windowSeconds: w, windowsExpected: n } = s.span;
    return Math.max(0, Math.min(n, Math.floor((nowSeconds - readDelay(s) - since) / w)));
}
/**
 * Newest windows of each read that are read once more at the next: those the lag may still be filling.
 * A backend that could not tell its lag gets one window read again.
 */
function refreshWindows(s) {
    if (!s.lag.known)
        return 1;
    return s.lag.seconds > 0 ? Math.ceil(s.lag.seconds / s.span.windowSeconds) : 0;
}
/** `settle 3s + backend lag 30s (VictoriaMetrics -search.latencyOffset=30s)`. */
function describeDelay(s) {
    const settle = `settle ${(0,duration/* formatDuration */.a3)(s.settleSeconds)}`;
    if (s.lag.seconds === 0 && s.lag.known)
        return settle;
    return `${settle} + backend lag ${(0,duration/* formatDuration */.a3)(s.lag.seconds)} (${s.lag.how})`;
}
const NO_LAG = { seconds: 0, known: true, how: 'no lag' };
/** The backend's lag, or none when the source cannot tell (a recorded bake). */
async function learnLag(source) {
    return source.lag ? await source.lag() : NO_LAG;
}
/** The one place a bake waits: until unix second `at`. */
async function waitUntil(clock, at) {
    const wait = at * 1000 - clock.now();
    if (wait > 0)
        await clock.sleep(wait);
}

;// CONCATENATED MODULE: ./src/bake/loop.ts
/**
 * The two ways a bake is read. Lookback: once, all windows, when the last one may be read. Watch: from
 * `since`, each window when it may be read (./schedule.ts), asking only for what is new, until the verdict is
 * final (./../engine/outlook.ts says when: a rollback, a judge's early promote, or promotion ruled out with
 * no rollback left that could fire) or the last window is read.
 */






async function lookback(ctx) {
    const { span } = ctx.schedule;
    const n = span.windowsExpected;
    const readyAt = readableAt(ctx.schedule, n);
    const waitSeconds = readyAt - ctx.clock.now() / 1000;
    if (waitSeconds > 0) {
        ctx.log(`lookback: the last window ends at ${iso(span.since + n * span.windowSeconds)}; waiting ` +
            `${(0,duration/* formatDuration */.a3)(Math.ceil(waitSeconds))} until it may be read (${describeDelay(ctx.schedule)})`);
        await (0,abort/* untilAborted */.E)(waitUntil(ctx.clock, readyAt), ctx.signal);
    }
    if (!ctx.signal?.aborted)
        await (0,abort/* untilAborted */.E)(readNew(ctx.states, n, { ...ctx.read, refresh: 0 }), ctx.signal);
    if (ctx.signal?.aborted)
        return { ...judge(ctx, 0, false, 1, false), cancelled: true };
    return judge(ctx, n, true, 1, false);
}
async function watch(ctx) {
    const { span } = ctx.schedule;
    const n = span.windowsExpected;
    const nowSeconds = () => ctx.clock.now() / 1000;
    if (readDelay(ctx.schedule) > ctx.policy.settleSeconds)
        ctx.log(`watch: each window is read ${describeDelay(ctx.schedule)} after it ends`);
    let reads = 0;
    let closedAtLastRead = 0;
    for (;;) {
        await (0,abort/* untilAborted */.E)(waitUntil(ctx.clock, readableAt(ctx.schedule, closedAtLastRead + 1)), ctx.signal);
        const closed = readableBy(ctx.schedule, nowSeconds());
        const last = closed >= n;
        if (!ctx.signal?.aborted)
            await (0,abort/* untilAborted */.E)(readNew(ctx.states, closed, ctx.read), ctx.signal);
        // Cancelled: judge only the windows of completed reads; a read still in flight is dropped.
        if (ctx.signal?.aborted)
            return { ...judge(ctx, closedAtLastRead, false, reads, false), cancelled: true };
        reads++;
        closedAtLastRead = closed;
        let outcome = judge(ctx, closed, last, reads, true);
        if (last && ctx.read.refresh > 0 && !ctx.schedule.lag.known && outcome.verdict.decision !== 'rollback') {
            // A backend that could not tell its lag: the newest windows once more, one settle later.
            await waitUntil(ctx.clock, readableAt(ctx.schedule, n) + ctx.policy.settleSeconds);
            await readNew(ctx.states, n, ctx.read, true);
            reads++;
            outcome = judge(ctx, n, true, reads, true);
        }
        if (last || outcome.verdict.final)
            return outcome;
    }
}
/** Judges what was read; a watch logs it as a progress line. */
function judge(ctx, closed, last, reads, progress) {
    for (const s of giveUp(ctx.states, last, ctx.maxFailedReads))
        ctx.log(`${s.spec.name}: source error: ${s.lastError}`);
    const { span } = ctx.schedule;
    const data = bakeData(ctx.states, span, closed);
    const verdict = (0,evaluate/* evaluateStage */._)(ctx.policy, ctx.stage, data);
    if (progress) {
        const left = span.since + span.windowsExpected * span.windowSeconds - ctx.clock.now() / 1000;
        ctx.log(progressLine(data.windowsObserved, span.windowsExpected, left, verdict, retrying(ctx.states)));
    }
    return { verdict, data, reads };
}
function iso(unixSeconds) {
    return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./src/policy/stage-metrics.ts
var stage_metrics = __webpack_require__(20072);
// EXTERNAL MODULE: ./src/util/dict.ts
var dict = __webpack_require__(21746);
;// CONCATENATED MODULE: ./src/bake/run.ts









/** A GitHub-hosted runner ends a job after 6 hours; a watch must fit in one job. */
const WATCH_LIMIT_SECONDS = 6 * 3600;
/** Clock skew tolerated between this machine and the caller before `--until` counts as the future. */
const FUTURE_SLACK_SECONDS = 60;
async function runBake(opts) {
    const { policy, mode, source } = opts;
    const clock = opts.clock ?? systemClock;
    const log = opts.log ?? (() => { });
    const stage = typeof opts.stage === 'string' ? findStage(policy, opts.stage) : opts.stage;
    const w = policy.windowSeconds;
    const bakeSeconds = opts.bakeSeconds ?? stage.bakeSeconds;
    const n = Math.floor(bakeSeconds / w);
    if (n < 1) {
        throw new BakeUsageError(`stage ${stage.name}: bake ${(0,duration/* formatDuration */.a3)(bakeSeconds)} is shorter than one window (${policy.windowText}); give a bake of at least ${policy.windowText}`);
    }
    if (mode === 'watch' && n * w > WATCH_LIMIT_SECONDS) {
        throw new BakeUsageError(`stage ${stage.name}: a ${(0,duration/* formatDuration */.a3)(n * w)} bake cannot be watched within a GitHub-hosted runner's 6h job limit; ` +
            `put an environment wait timer of ${(0,duration/* formatDuration */.a3)(n * w)} before the job and judge it in lookback mode (mode: lookback, or --mode lookback; until = now)`);
    }
    const nowSeconds = () => clock.now() / 1000;
    if (mode === 'lookback' && opts.until !== undefined && opts.until > nowSeconds() + FUTURE_SLACK_SECONDS) {
        throw new BakeUsageError(`--until ${new Date(opts.until * 1000).toISOString()} is in the future: its windows hold no data yet; leave --until out (now) or use --mode watch`);
    }
    const since = mode === 'lookback'
        ? (opts.until ?? Math.floor(nowSeconds())) - n * w
        : (opts.since ?? Math.floor(nowSeconds()));
    const span = { since, windowSeconds: w, windowsExpected: n };
    const vars = { ...policy.vars, ...(opts.vars ?? {}) };
    const states = newStates((0,stage_metrics/* metricsOf */.P)(policy, stage), n);
    const queries = (0,dict/* dict */.j)();
    for (const s of states)
        queries[s.spec.name] = source.queries({ policy, stage, metric: s.spec, vars, span });
    // A lookback long past needs no lag: no backend hides samples that old. Only then are the probes skipped.
    const recent = mode === 'watch' || since + n * w > nowSeconds() - policy.settleSeconds - backend_lag/* LAG_HORIZON_SECONDS */.Hz;
    const lag = recent ? await learnLag(source) : NO_LAG;
    const schedule = { span, settleSeconds: policy.settleSeconds, lag };
    const ctx = {
        policy,
        stage,
        states,
        read: {
            source,
            policy,
            stage,
            vars,
            span,
            concurrency: opts.concurrency ?? 4,
            refresh: refreshWindows(schedule),
        },
        schedule,
        clock,
        log,
        maxFailedReads: opts.maxFailedReads ?? 3,
        signal: opts.signal,
    };
    const { verdict, data, reads, cancelled } = mode === 'watch' ? await watch(ctx) : await lookback(ctx);
    const warnings = states.flatMap((s) => s.acc.allWarnings().map((m) => `${s.spec.name}: ${m}`));
    const stats = source.stats();
    return {
        verdict,
        data,
        since,
        until: since + n * w,
        queries,
        warnings,
        requests: stats.requests,
        samples: stats.samples,
        reads,
        decidedAtWindow: verdict.windowsJudged,
        lag,
        ...(cancelled ? { cancelledAtWindow: data.windowsObserved } : {}),
    };
}
function findStage(policy, name) {
    const stage = policy.stages[name];
    if (!stage) {
        const known = Object.keys(policy.stages).join(', ');
        throw new BakeUsageError(`--stage ${name}: no such stage in ${policy.path}; stages are: ${known}`);
    }
    return stage;
}
/** Kept here for its callers; the rule lives in the policy module, where the bake limits count it too. */



/***/ }),

/***/ 77991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ QueryRejectedError),
/* harmony export */   m: () => (/* binding */ SourceUnavailableError)
/* harmony export */ });
/** The source could not answer (network, timeout, 5xx after retries). */
class SourceUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SourceUnavailableError';
    }
}
/** The source refused a query: names the metric, its policy line and the source's message. */
class QueryRejectedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'QueryRejectedError';
    }
}


/***/ })

};
