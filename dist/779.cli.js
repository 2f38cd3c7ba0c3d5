export const id = 779;
export const ids = [779];
export const modules = {

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/judgement-view.ts
var judgement_view = __webpack_require__(8883);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text that came from outside (a server's warnings, error messages and label values, a smoke command's
 * output) placed into Markdown: it must show as the characters it is, never as HTML, a link, an image,
 * a code span or an @-mention. Only entities are used, so cell() can still escape pipes for tables and
 * a reason stays readable in the raw text. HTML goes through escapeHtml in format.ts.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '@': '&#64;',
    '[': '&#91;',
    ']': '&#93;',
    '`': '&#96;',
};
/** One line of plain text, safe in Markdown prose, a list item or a table cell. */
function markdownText(text) {
    return (text
        .replace(/\r?\n|\r/g, ' ')
        // `&` first, so the entities added below stay entities; only an `&` that starts one is escaped.
        .replace(/&(?=#?\w+;)|[@[\]`]/g, (ch) => ENTITIES[ch])
        // `<` opens HTML only before a letter, `/`, `!` or `?`; "<= 300" stays as written.
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;'));
}

;// CONCATENATED MODULE: ./src/report/links.ts
/**
 * Links from the summary to where a reader checks a number: each metric in Prometheus' graph page over the
 * bake (the `/graph?g0.expr=…` form the classic and the 3.x UI both open), built from the source URL the
 * report already shows (credentials removed).
 */

function prometheusGraphUrl(report, metric) {
    const base = report.source.kind === 'prometheus' ? report.source.url : undefined;
    const query = report.metrics[metric]?.query;
    if (!base || !query || !report.bake.until)
        return null;
    let url;
    try {
        url = new URL('graph', base.endsWith('/') ? base : `${base}/`);
    }
    catch {
        return null;
    }
    const end = new Date(report.bake.until).toISOString().replace('T', ' ').slice(0, 19);
    url.searchParams.set('g0.expr', query);
    url.searchParams.set('g0.tab', '0');
    url.searchParams.set('g0.range_input', (0,format/* formatDuration */.a3)(report.bake.windows_expected * report.window_seconds));
    url.searchParams.set('g0.end_input', end);
    url.searchParams.set('g0.step_input', String(report.window_seconds));
    return url.toString();
}

// EXTERNAL MODULE: ./src/policy/condition.ts
var policy_condition = __webpack_require__(747);
;// CONCATENATED MODULE: ./src/report/series.ts

/** High values are the bad ones for this check: gates `< / <=` and triggers `> / >=`. */
function badIsHigh(check) {
    // A statistical judge says its direction: `judge sequential (counts, decrease, …)`.
    if (check.condition.startsWith('judge '))
        return !/\bdecrease\b/.test(check.condition);
    const op = /^\s*(<=|>=|==|!=|<|>)/.exec(check.condition)?.[1] ?? '<=';
    if (op === '==' || op === '!=')
        return true;
    return check.kind === 'gate' ? op.startsWith('<') : op.startsWith('>');
}
/**
 * The limit of a condition in each window: a number, or the baseline expression applied to the
 * baseline value of that window (the policy's own parser and resolver, so it matches the engine).
 * Null where it cannot be resolved.
 */
function limitValues(condition, baseline, windows) {
    const parsed = (0,policy_condition/* parseCondition */.zB)(condition);
    return Array.from({ length: windows }, (_, k) => parsed.ok ? (0,policy_condition/* resolveLimit */.UA)(parsed.condition.rhs, baseline?.[k]) : null);
}
function sameLabels(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
/** The series a check is about: the one named by its worst value, else the first. */
function checkSeries(metric, check) {
    if (!metric || metric.values.length === 0)
        return undefined;
    const labels = check.worst?.labels;
    return (labels && metric.values.find((s) => sameLabels(s.labels, labels))) || metric.values[0];
}
/** The baseline series paired with a canary series: same labels, or the only baseline series. */
function baselineFor(metric, series) {
    if (!metric || metric.baseline_values.length === 0)
        return undefined;
    if (metric.baseline_values.length === 1)
        return metric.baseline_values[0].values;
    return series ? metric.baseline_values.find((b) => sameLabels(b.labels, series.labels))?.values : undefined;
}
/** At most `points` values; each keeps the worst (highest or lowest) value of its bucket. */
function downsample(values, points, highIsBad = true) {
    const bucket = Math.max(1, Math.ceil(values.length / Math.max(1, points)));
    const out = [];
    const starts = [];
    for (let i = 0; i < values.length; i += bucket) {
        let pick = null;
        for (const v of values.slice(i, i + bucket)) {
            if (v === null)
                continue;
            if (pick === null || (highIsBad ? v > pick : v < pick))
                pick = v;
        }
        out.push(pick);
        starts.push(i);
    }
    return { values: out, starts, bucket };
}
/** Checks of a report grouped by the metric they judge, in report order. */
function checksByMetric(report) {
    const out = new Map();
    for (const check of report.checks) {
        const list = out.get(check.metric) ?? [];
        list.push(check);
        out.set(check.metric, list);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts
/** Unicode sparklines (▁▂▃▄▅▆▇█) for table cells; a missing window is a middle dot. */

const BARS = '▁▂▃▄▅▆▇█';
function sparkline(values, width = 24, highIsBad = true) {
    const { values: points } = downsample(values, width, highIsBad);
    const present = points.filter((v) => v !== null);
    if (present.length === 0)
        return '';
    const min = Math.min(...present);
    const max = Math.max(...present);
    return points
        .map((v) => {
        if (v === null)
            return '·';
        if (max === min)
            return BARS[3];
        return BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/report/check-table.ts
/**
 * The checks as the reader needs them: failing ones first, each with the canary's worst value, the
 * baseline's value in that same window and the delta between them (where the metric has a baseline);
 * passing checks folded under a <details>. A dry-run check says what it would have done.
 */






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
function needsAttention(check) {
    return check.status !== 'pass';
}
function checkTables(report, sparkWidth) {
    if (report.checks.length === 0)
        return ['_No checks ran._'];
    const open = report.checks.filter(needsAttention);
    const folded = report.checks.filter((c) => !needsAttention(c));
    const out = [];
    if (open.length)
        out.push(...HEADER, ...open.map((c) => row(report, c, sparkWidth)));
    if (folded.length) {
        const title = open.length ? `${folded.length} passing check(s)` : `All ${folded.length} checks passed`;
        if (open.length)
            out.push('');
        out.push(`<details><summary>${title}</summary>`, '', ...HEADER);
        out.push(...folded.map((c) => row(report, c, sparkWidth)), '', '</details>');
    }
    return out;
}
function row(report, check, sparkWidth) {
    const metric = report.metrics[check.metric];
    const series = checkSeries(metric, check);
    const forText = check.kind === 'rollback' && check.for_seconds > report.window_seconds
        ? ` for ${(0,format/* formatDuration */.a3)(check.for_seconds)}`
        : '';
    const link = prometheusGraphUrl(report, check.metric);
    const name = link ? `[${(0,format/* code */.aY)(check.metric)}](${link})` : (0,format/* code */.aY)(check.metric);
    const { canary, baseline, delta } = values(report, check);
    return ('| ' +
        [
            statusCell(check),
            (0,format/* checkKind */.pK)(check),
            name,
            (0,format/* code */.aY)(check.condition) + forText + limitText(check),
            (0,format/* cell */.Hn)(canary),
            (0,format/* cell */.Hn)(baseline),
            (0,format/* cell */.Hn)(delta),
            (0,format/* cell */.Hn)((0,format/* violationText */.jU)(report, check)),
            series ? sparkline(series.values, sparkWidth, badIsHigh(check)) : '',
        ].join(' | ') +
        ' |');
}
function statusCell(check) {
    if (!check.dry_run)
        return (0,format/* statusIcon */.I8)(check.status, check.action);
    return check.would_have ? `🧪 dry-run: ${WOULD[check.would_have]}` : '🧪 dry-run';
}
/** The limit a baseline condition resolved to in the worst window (`≤ 120`), beside the condition. */
function limitText(check) {
    if (!check.worst || check.worst.limit === null || !/baseline/.test(check.condition))
        return '';
    const op = check.condition.trim().split(/\s+/)[0].replace('<=', '≤').replace('>=', '≥');
    return ` → ${op} ${(0,format/* formatNumber */.ZV)(check.worst.limit)}`;
}
function values(report, check) {
    const none = { baseline: '—', delta: '—' };
    if (check.status === 'no_data' || check.status === 'skipped')
        return { canary: check.note ? markdownText(check.note) : check.status.replace('_', ' '), ...none };
    if (check.judgement)
        return { canary: (0,judgement_view/* judgedWorst */.bm)(check.judgement, (k) => (0,format/* windowSpan */.Z8)(report, k)), ...none };
    if (!check.worst || check.worst.value === null)
        return { canary: '—', ...none };
    const metric = report.metrics[check.metric];
    const unit = metric?.unit ?? null;
    const k = check.worst.window;
    const labels = Object.entries(check.worst.labels);
    // Label values come from the server: escaped, as every server text in the summary.
    const series = labels.length
        ? ` ${markdownText(`{${labels.map(([n, v]) => `${n}="${v}"`).join(',')}}`)}`
        : '';
    const canary = `${(0,format/* formatWithUnit */.QD)(check.worst.value, unit)} (${(0,format/* windowSpan */.Z8)(report, k)})${series}`;
    const base = baselineFor(metric, checkSeries(metric, check))?.[k];
    if (base === undefined || base === null)
        return { canary, ...none };
    const diff = check.worst.value - base;
    const relative = base !== 0 ? ` (${diff >= 0 ? '+' : ''}${(0,format/* formatNumber */.ZV)((diff / Math.abs(base)) * 100)}%)` : '';
    return {
        canary,
        baseline: (0,format/* formatWithUnit */.QD)(base, unit),
        delta: `${diff >= 0 ? '+' : ''}${(0,format/* formatWithUnit */.QD)(diff, unit)}${relative}`,
    };
}

;// CONCATENATED MODULE: ./src/report/y-range.ts
/**
 * The y range a chart shows, for the summary's Mermaid charts and report.html's SVG alike: from 0 when
 * the data sit within half their maximum of it (a ratio near 0 reads as near 0), never an empty span,
 * padded by a share of the span so no line runs along an edge.
 */
function yRange(values, padShare) {
    let min = values.length ? Math.min(...values) : 0;
    let max = values.length ? Math.max(...values) : 1;
    if (min > 0 && min < max * 0.5)
        min = 0;
    if (max === min)
        max = min + (Math.abs(min) || 1);
    const pad = (max - min) * padShare;
    return { lo: min === 0 ? 0 : min - pad, hi: max + pad };
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts

/** Line colours: the metric dark and the limit red, distinct on GitHub's light and dark themes alike. */
const CHART_COLOURS = { metric: '#1f2328', limit: '#cf222e', baseline: '#8c959f' };
/** `<=` / `>=` / `!=` as ≤ ≥ ≠: Mermaid would print `&lt;=` in a title, and the signs read better. */
function readableCondition(text) {
    return text.replace(/<=/g, '≤').replace(/>=/g, '≥').replace(/!=/g, '≠');
}
/** Mermaid lines need a number at every point: a gap repeats the previous point (or the next one). */
function fillGaps(values) {
    const first = values.find((v) => v !== null) ?? 0;
    let last = first;
    return values.map((v) => (v === null ? last : (last = v)));
}
function quote(text) {
    return `"${text.replace(/["\\]/g, '').replace(/[\r\n]+/g, ' ')}"`;
}
/** Round for the chart only: 4 significant digits keeps the block small. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const n = Number(v.toPrecision(4));
    const text = String(n);
    // Mermaid's lexer reads plain decimals only: no exponent.
    return /e/i.test(text) ? n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}
function xyChartBlock(chart) {
    const lines = chart.lines.filter((l) => l.some((v) => v !== null)).map(fillGaps);
    const { lo: yMin, hi: yMax } = yRange(lines.flat(), 0.05);
    const palette = chart.palette ?? [CHART_COLOURS.metric, CHART_COLOURS.limit];
    // Mermaid's default palette draws the first line pale; an init directive sets ours (GitHub honours it).
    // Wide enough that the x labels do not run into each other (about 8 px per character, 700 px at least).
    const longest = Math.max(0, ...chart.xLabels.map((l) => l.length));
    const width = Math.min(1600, Math.max(700, Math.round(chart.xLabels.length * (longest + 2) * 8 + 120)));
    const init = {
        ...(width > 700 ? { xyChart: { width } } : {}),
        themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
    };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        // Mermaid escapes a bare `<` or `>` in a title to `&lt;`/`&gt;`: say it in words there.
        `  title ${quote(readableCondition(chart.title)
            .replace(/\s*<\s*/g, ' below ')
            .replace(/\s*>\s*/g, ' above '))}`,
        `  x-axis [${chart.xLabels.map(quote).join(', ')}]`,
        `  y-axis ${quote(chart.yLabel)} ${chartNumber(yMin)} --> ${chartNumber(yMax)}`,
        ...lines.map((l) => `  line [${l.map(chartNumber).join(', ')}]`),
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-charts.ts
/**
 * Mermaid charts of the failing metrics for the markdown report: the metric (dark) against its limit (red),
 * or for a judge against the baseline it compared with (grey), downsampled so a long bake stays small.
 */



function failingCharts(report, maxCharts, chartPoints) {
    const out = [];
    const failing = [...checksByMetric(report)].filter(([, checks]) => checks.some((c) => c.status === 'fail'));
    for (const [name, checks] of failing.slice(0, maxCharts)) {
        const metric = report.metrics[name];
        const check = checks.find((c) => c.status === 'fail');
        const series = checkSeries(metric, check);
        if (!series)
            continue;
        const high = badIsHigh(check);
        const windows = series.values.length;
        const baseline = baselineFor(metric, series);
        const points = downsample(series.values, chartPoints, high);
        // A judge has no limit line: its second line is the baseline it compared against (when it has one),
        // downsampled the same way. A limit is downsampled the other way round: the tightest of a bucket.
        const second = check.judgement
            ? downsample(baseline ?? [], chartPoints, high).values
            : downsample(limitValues(check.condition, baseline, windows), chartPoints, !high).values;
        const xLabels = points.starts.map((k) => (0,format/* windowTick */.ct)(report, k));
        const per = points.bucket > 1 ? `, worst of each ${(0,format/* formatDuration */.a3)(points.bucket * report.window_seconds)}` : '';
        const condition = readableCondition(check.condition);
        const what = check.judgement
            ? `${baseline ? 'canary (dark) and baseline (grey), ' : ''}${condition}`
            : `canary (dark) against the limit ${condition} (red)`;
        out.push('', `**${name}** — ${metric.unit ? metric.unit + ', ' : ''}${what} (${(0,format/* checkKind */.pK)(check)}${per})`, '', xyChartBlock({
            title: `${name} ${check.condition}`,
            xLabels,
            yLabel: metric.unit ?? name,
            lines: [points.values, second],
            palette: [CHART_COLOURS.metric, check.judgement ? CHART_COLOURS.baseline : CHART_COLOURS.limit],
        }));
    }
    if (failing.length > maxCharts && maxCharts > 0)
        out.push('', `_Charts of ${failing.length - maxCharts} more failing metrics are in report.html._`);
    return out;
}

;// CONCATENATED MODULE: ./src/report/next-step.ts
function nextStep(report) {
    const traffic = report.traffic === null ? 'the canary’s share' : `${report.traffic}%`;
    const what = {
        rollback: `the rollback job will shift traffic back to stable (\`rollback-triggered\` is true)`,
        hold: `traffic stays at ${traffic}: this gate fails, so the next stage does not start`,
        inconclusive: `traffic stays at ${traffic}: the next stage does not start until a complete bake is judged`,
        promote: `the next stage may start (jobs that \`needs:\` this gate run)`,
    }[report.decision];
    if (!report.dry_run)
        return `Next: ${what}.`;
    // dry-run never fails the job: say what a real gate would have done.
    return report.decision === 'promote'
        ? `Next: ${what}.`
        : `Next (dry run, the job passes): a real gate would mean ${what}.`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The report as GitHub-flavoured markdown: the job summary, the PR comment and the CLI's
 * `--format markdown` are this one rendering. Long bakes are downsampled, and when the text would
 * still exceed the target's size cap the optional parts shrink in order (charts, queries, rows of the
 * judgements' per-window tables) until it fits; the "Why" line of up to five judges stays at every level.
 */






/** GitHub's caps: 1 MiB per step summary, 65,536 characters per comment. Kept with some margin. */
const SUMMARY_MAX_BYTES = 1_000_000;
const COMMENT_MAX_CHARS = 65_000;
const LEVELS = [
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
function renderMarkdown(report, opts = {}) {
    const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
    for (const level of LEVELS) {
        const text = render(report, opts, level);
        if (Buffer.byteLength(text, 'utf8') <= max)
            return text;
    }
    // Still too big (thousands of checks): cut at a line boundary and say where the rest is.
    const text = render(report, opts, LEVELS[LEVELS.length - 1]);
    const note = '\n\n_… cut to fit GitHub’s size limit; the full report is in report.json._\n';
    let cut = text.slice(0, Math.max(0, max - Buffer.byteLength(note) - 4 * 1024));
    while (Buffer.byteLength(cut, 'utf8') > max - Buffer.byteLength(note))
        cut = cut.slice(0, cut.length * 0.9);
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
function render(report, opts, level) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(headline(report), '', `**${nextStep(report)}**`, '', bakeLine(report));
    if (report.links?.dashboard)
        out.push('', `📈 [Dashboard over this bake](${report.links.dashboard})`);
    if (report.dry_run)
        out.push('', '> [!NOTE]', '> Dry run: this verdict does not fail the job.');
    out.push(...reasonList('Rollback reasons', report.rollback_reasons, level.maxReasons));
    out.push(...reasonList('Gate failures', report.gate_fail_reasons, level.maxReasons));
    out.push(...reasonList('Inconclusive', report.inconclusive_reasons, level.maxReasons));
    out.push(...reasonList('Warnings', report.warnings, level.maxReasons));
    out.push('', ...checkTables(report, level.sparkWidth));
    out.push(...judgements(report, level));
    if (level.maxCharts > 0)
        out.push(...failingCharts(report, level.maxCharts, level.chartPoints));
    if (opts.overflowAnnotations?.length) {
        out.push('', `**More findings** (beyond GitHub's annotation limit):`);
        out.push(...capped(opts.overflowAnnotations, level.maxReasons).map((a) => `- ${a}`));
    }
    if (level.queries)
        out.push('', ...queries(report));
    out.push('', ...footer(report, opts));
    return out.join('\n') + '\n';
}
function headline(report) {
    const traffic = report.traffic === null ? '' : ` (${report.traffic}% traffic)`;
    const decided = (0,format/* decidedText */.uE)(report);
    return `### ${(0,format/* decisionIcon */.aX)(report.decision)} canary-gate: ${report.decision.toUpperCase()} — stage ${(0,format/* code */.aY)(report.stage)}${traffic}${decided ? ` — ${decided}` : ''}`;
}
function bakeLine(report) {
    const b = report.bake;
    const source = report.source.kind === 'file'
        ? `file ${(0,format/* code */.aY)(report.source.file ?? '')}`
        : `Prometheus ${(0,format/* code */.aY)(report.source.url ?? '')}`;
    return (`**Bake** ${(0,format/* bakeSpan */.mw)(report)} · ${b.windows_observed}/${b.windows_expected} windows of ${(0,format/* formatDuration */.a3)(report.window_seconds)}` +
        ` · ${report.mode} · ${source}` +
        (report.smoke_returncode === null ? '' : ` · smoke exit ${report.smoke_returncode}`));
}
function capped(items, max) {
    if (items.length <= max)
        return items;
    return [...items.slice(0, max), `… and ${items.length - max} more (see report.json)`];
}
function reasonList(title, items, max) {
    if (items.length === 0)
        return [];
    return ['', `**${title}**`, ...capped(items, max).map((r) => `- ${markdownText(r)}`)];
}
/**
 * "Why: <judge> on <metric>" per judged check: the deciding window's explanation, then a collapsed
 * per-window table (effect, interval or e-value, explanation), cut to a few rows on long bakes.
 */
function judgements(report, level) {
    const judged = (0,judgement_view/* judgedChecks */.Ji)(report.checks);
    const ordered = [
        ...judged.filter((c) => c.status === 'fail'),
        ...judged.filter((c) => c.status !== 'fail'),
    ];
    const out = [];
    for (const check of ordered.slice(0, level.maxJudgements)) {
        const j = check.judgement;
        const icon = j.decision === 'none' ? '' : `${(0,format/* statusIcon */.I8)(check.status, check.action)} `;
        const why = (0,judgement_view/* judgementLine */.Ac)(j, (k) => `${(0,format/* windowSpan */.Z8)(report, k)} (window #${k + 1})`);
        out.push('', `**Why: ${j.judge} on ${(0,format/* code */.aY)((0,judgement_view/* judgedSubject */.mA)(check))}** — ${icon}${(0,judgement_view/* clip */.$Q)(oneLine(why), level.whyChars)}`);
        if (level.judgementRows === 0 || j.windows.length === 0)
            continue;
        const shown = (0,judgement_view/* pickWindows */.fh)(j, level.judgementRows);
        const n = j.windows.length;
        const title = shown.length === n
            ? `Per window (${n})`
            : `Per window: ${shown.length} of ${n} (the decision, first, last and status changes; all in report.json)`;
        out.push('', `<details><summary>${title}</summary>`, '');
        out.push('| Window | Status | Effect | Interval / e-value | Why |', '|---|---|---|---|---|');
        let previous = -1;
        for (const i of shown) {
            if (i > previous + 1)
                out.push(`| ⋯ | | | | _${i - previous - 1} window(s) not shown_ |`);
            previous = i;
            const w = j.windows[i];
            const name = `#${w.window + 1} ${(0,format/* windowSpan */.Z8)(report, w.window)}`;
            out.push('| ' +
                [
                    w.window === j.decided_at ? `**${name}**` : name,
                    judgement_view/* STATUS_TEXT */.Zt[w.status],
                    (0,judgement_view/* formatEffect */.Ti)(w.effect, j.effect_scale),
                    (0,format/* cell */.Hn)((0,judgement_view/* evidence */.MX)(w, j)),
                    (0,format/* cell */.Hn)((0,judgement_view/* clip */.$Q)(w.explanation, level.cellChars)),
                ].join(' | ') +
                ' |');
        }
        if (previous < n - 1)
            out.push(`| ⋯ | | | | _${n - 1 - previous} window(s) not shown_ |`);
        out.push('', '</details>');
    }
    if (ordered.length > level.maxJudgements)
        out.push('', `_${ordered.length - level.maxJudgements} more judgements are in report.json and report.html._`);
    return out;
}
function oneLine(text) {
    return text.replace(/\r?\n/g, ' ');
}
function queries(report) {
    const out = ['<details><summary>Queries</summary>', ''];
    for (const [name, metric] of Object.entries(report.metrics)) {
        if (!metric.query && !metric.baseline_query)
            continue;
        out.push(`**${name}**`, '', '```promql', metric.query ?? '', '```');
        if (metric.baseline_query)
            out.push('baseline:', '', '```promql', metric.baseline_query, '```');
        out.push('');
    }
    out.push('</details>');
    return out;
}
function footer(report, opts) {
    const out = [];
    if (opts.artifact?.url)
        out.push(`📦 Full report: [artifact ${(0,format/* code */.aY)(opts.artifact.name)}](${opts.artifact.url}) — report.html, report.json, summary.md`);
    else if (opts.artifact)
        out.push(`📦 Full report: artifact ${(0,format/* code */.aY)(opts.artifact.name)} (report.html, report.json, summary.md)`);
    const p = report.provenance;
    const bits = [
        `policy ${(0,format/* code */.aY)(p.policy_path)} sha256 ${p.policy_sha256.slice(0, 12)}`,
        `generated ${report.generated_at}`,
    ];
    if (opts.runUrl)
        bits.push(`[workflow run](${opts.runUrl})`);
    out.push(`<sub>${bits.join(' · ')}</sub>`);
    return out;
}


/***/ })

};
