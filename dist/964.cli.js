export const id = 964;
export const ids = [964];
export const modules = {

/***/ 747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ usesBaseline),
/* harmony export */   UA: () => (/* binding */ resolveLimit),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   bO: () => (/* binding */ CONDITION_PATTERN),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* unused harmony export COMPARATORS */
const COMPARATORS = ['<', '<=', '>', '>=', '==', '!='];
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const NUMBER_RE = new RegExp(`^${NUMBER}$`);
const PERCENT_RE = new RegExp(`^(${NUMBER})\\s*%$`);
const BASELINE_RE = /^baseline(?:\s*([*+-])\s*(.+))?$/;
const CONDITION_RE = /^\s*([<>=!]+)\s*(.*?)\s*$/;
/** A loose pattern for the JSON Schema so editors flag the obvious mistakes; the parser gives the exact message. */
const CONDITION_PATTERN = `^\\s*(<=|>=|==|!=|<|>)\\s*(${NUMBER}\\s*%?|baseline(\\s*[*+-]\\s*${NUMBER})?)\\s*$`;
const OPERATOR_SUGGESTIONS = {
    '=<': '<=',
    '=>': '>=',
    '=': '==',
    '===': '==',
    '<>': '!=',
    '!==': '!=',
    '=!': '!=',
};
function parseCondition(text) {
    const fail = (message, fix) => ({ ok: false, message, fix });
    const match = CONDITION_RE.exec(text);
    if (!match || match[1] === '') {
        return fail(`condition "${text}" does not start with a comparison operator`, 'write OP VALUE, e.g. "<= 300" or "< baseline * 1.1"; OP is one of < <= > >= == !=');
    }
    const [, opText, rhsText] = match;
    if (!COMPARATORS.includes(opText)) {
        const suggestion = OPERATOR_SUGGESTIONS[opText];
        return fail(`unknown operator "${opText}" in condition "${text}"`, suggestion
            ? `did you mean "${suggestion}"? write "${suggestion} ${rhsText}"`
            : 'use one of < <= > >= == !=');
    }
    const op = opText;
    if (rhsText === '')
        return fail(`condition "${text}" has no value after "${op}"`, `write e.g. "${op} 300" or "${op} baseline"`);
    const rhs = parseRhs(rhsText);
    if ('message' in rhs)
        return fail(`condition "${text}": ${rhs.message}`, rhs.fix);
    return { ok: true, condition: { text: text.trim(), op, rhs } };
}
function parseRhs(text) {
    const rhs = parseRhsText(text);
    // 1e400 parses to Infinity: a limit nothing can reach (or pass) is a typo, not a threshold.
    if ('kind' in rhs && !Number.isFinite(rhs.kind === 'number' ? rhs.value : rhs.operand))
        return {
            message: `"${text}" is too large a number`,
            fix: 'write a finite number, e.g. 1e300 at most',
        };
    return rhs;
}
function parseRhsText(text) {
    if (NUMBER_RE.test(text))
        return { kind: 'number', value: Number(text) };
    const percent = PERCENT_RE.exec(text);
    if (percent)
        return { kind: 'number', value: Number(percent[1]) / 100 };
    const baseline = BASELINE_RE.exec(text);
    if (baseline) {
        const [, op, operand] = baseline;
        if (!op)
            return { kind: 'baseline', op: null, operand: 0 };
        const k = operand.trim();
        if (NUMBER_RE.test(k))
            return { kind: 'baseline', op: op, operand: Number(k) };
        const pct = PERCENT_RE.exec(k);
        if (pct && op === '*') {
            const factor = Number(pct[1]) / 100;
            return {
                message: `percent "${k}" is not allowed after baseline`,
                fix: `write "baseline * ${factor}" for ${k} of baseline`,
            };
        }
        return {
            message: `"${k}" is not a number`,
            fix: `write baseline ${op} K with K a plain number, e.g. "baseline ${op} 1.2"`,
        };
    }
    if (/%/.test(text))
        return {
            message: `"${text}" is not a valid percent`,
            fix: 'write a number followed by %, e.g. "<= 1.5%"',
        };
    if (/^base/i.test(text))
        return {
            message: `"${text}" is not a baseline expression`,
            fix: 'write baseline, baseline * K, baseline + K or baseline - K',
        };
    return {
        message: `"${text}" is neither a number nor a baseline expression`,
        fix: 'write a number (300, 0.01, 1e-3, 1%) or baseline, baseline * K, baseline + K, baseline - K',
    };
}
/** True when `value OP limit` holds. */
function compare(op, value, limit) {
    switch (op) {
        case '<':
            return value < limit;
        case '<=':
            return value <= limit;
        case '>':
            return value > limit;
        case '>=':
            return value >= limit;
        case '==':
            return value === limit;
        case '!=':
            return value !== limit;
    }
}
/** The number a value is compared against in one window; null when it needs a baseline the window lacks. */
function resolveLimit(rhs, baselineValue) {
    if (rhs.kind === 'number')
        return rhs.value;
    if (baselineValue === null || baselineValue === undefined || !Number.isFinite(baselineValue))
        return null;
    switch (rhs.op) {
        case null:
            return baselineValue;
        case '*':
            return baselineValue * rhs.operand;
        case '+':
            return baselineValue + rhs.operand;
        case '-':
            return baselineValue - rhs.operand;
    }
}
function usesBaseline(condition) {
    return condition.rhs.kind === 'baseline';
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as policies write them: `30s`, `5m`, `1h`, `24h`, `1d`, `1h30m` — units in descending order,
 * each at most once, whole numbers only. Returned in seconds.
 */
const DURATION_PATTERN = '^(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$';
const DURATION_RE = new RegExp(DURATION_PATTERN);
const UNIT_SECONDS = { d: 86400, h: 3600, m: 60, s: 1 };
function parseDuration(text) {
    const trimmed = text.trim();
    const bad = (why) => ({
        ok: false,
        message: `invalid duration "${text}"${why ? `: ${why}` : ''}`,
        fix: suggestDuration(trimmed),
    });
    if (trimmed === '' || !DURATION_RE.test(trimmed))
        return bad('');
    let seconds = 0;
    for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhms])/g))
        seconds += Number(amount) * UNIT_SECONDS[unit];
    // A duration past ~285 million years is a typo; beyond safe integers, every multiple check would lie.
    if (!Number.isSafeInteger(seconds))
        return {
            ok: false,
            message: `invalid duration "${text}": too long`,
            fix: 'give a duration such as 30m, 24h or 7d',
        };
    if (seconds <= 0)
        return {
            ok: false,
            message: `invalid duration "${text}": must be longer than zero`,
            fix: 'give a positive duration, e.g. 30s, 5m, 1h',
        };
    return { ok: true, seconds };
}
/** Seconds back to the shortest policy spelling (`5400` → `1h30m`), for messages and fixes. */
function formatDuration(seconds) {
    if (seconds <= 0)
        return '0s';
    let rest = seconds;
    let out = '';
    for (const unit of ['d', 'h', 'm', 's']) {
        const size = UNIT_SECONDS[unit];
        const n = Math.floor(rest / size);
        if (n > 0) {
            out += `${n}${unit}`;
            rest -= n * size;
        }
    }
    return out;
}
function suggestDuration(text) {
    const lower = text.toLowerCase().replace(/\s+/g, '');
    if (lower !== text && lower !== '' && DURATION_RE.test(lower))
        return `write it as ${lower} (units are lower case, no spaces)`;
    const long = /^(\d+)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)$/i.exec(text);
    if (long)
        return `write it as ${long[1]}${long[2][0].toLowerCase()}`;
    if (/^\d+$/.test(text))
        return `add a unit, e.g. ${text}s or ${text}m`;
    if (/^\d+\.\d+/.test(text))
        return 'use whole numbers of units, e.g. 1h30m instead of 1.5h';
    if (/^\d+ms$/.test(text))
        return 'use whole seconds or more, e.g. 30s';
    return 'write a whole number with a unit s, m, h or d, e.g. 30s, 5m, 1h30m, 1d';
}


/***/ }),

/***/ 8779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ DryRunSchema),
/* harmony export */   FQ: () => (/* binding */ VAR_NAME_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   X3: () => (/* binding */ ConditionSchema),
/* harmony export */   ag: () => (/* binding */ LABEL_NAME_PATTERN),
/* harmony export */   ek: () => (/* binding */ MissingDataSchema),
/* harmony export */   r5: () => (/* binding */ FORMAT_TAG),
/* harmony export */   uH: () => (/* binding */ DurationSchema),
/* harmony export */   wy: () => (/* binding */ TriggerActionSchema),
/* harmony export */   y: () => (/* binding */ FailFastSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(747);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5432);
/**
 * The policy's scalar shapes that several objects share: durations, conditions, enums and the names
 * keys must match. Strings that must match a grammar carry a regex whose message is a tag (`duration`,
 * `condition`): the issue mapper turns the tag into the grammar's own precise message.
 */



const FORMAT_TAG = { duration: 'duration', condition: 'condition' };
const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const LABEL_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
const VAR_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';
const DurationSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq), FORMAT_TAG.duration)
    .describe('A duration: whole numbers with units d, h, m, s in that order, e.g. 30s, 5m, 1h30m, 1d.');
const ConditionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(new RegExp(_condition_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITION_PATTERN */ .bO), FORMAT_TAG.condition)
    .describe('One comparison OP RHS: OP one of < <= > >= == !=; RHS a number (300, 0.01, 1e-3, 1%) or baseline, baseline * K, baseline + K, baseline - K.');
const MissingDataSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['fail', 'inconclusive', 'ignore'])
    .describe('A window without a sample: fail (a gate violation), inconclusive, or ignore (skip the window).');
const TriggerActionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['rollback', 'pause', 'notify']);
const FailFastSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['rollback', 'hold'])
    .describe('When a watch may stop before the bake ends. rollback (default): only on a rollback (or a judge promoting early); after a hold it keeps reading while a rollback could still fire. hold: also at the first hold.');
const DryRunSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
    .describe('Judge and show this check, but never let it change the decision (try a new check first).');


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rk: () => (/* binding */ KEYS),
  ou: () => (/* binding */ PolicyFileSchema)
});

// UNUSED EXPORTS: ConditionsSchema, GateObjectSchema, LinksSchema, MetricSchema, PrometheusSchema, StageSchema, TriggerSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/policy/schema-scalars.ts
var schema_scalars = __webpack_require__(8779);
;// CONCATENATED MODULE: ./src/policy/schema-judge.ts
/**
 * `judge:` on a metric and `score:` on a stage (docs/judges.md): the statistical checks' shapes, one
 * strict object per judge type.
 */


const JudgeDirectionSchema = schemas/* enum */.k5n(['increase', 'decrease', 'either'])
    .describe('Which way a change is bad (default increase).');
const JudgeActionSchema = schemas/* enum */.k5n(['rollback', 'pause'])
    .describe('What a failing judge does: rollback (default) or pause (the verdict holds).');
const AllowedEffectSchema = schemas/* number */.aig()
    .min(0)
    .describe('Largest tolerated regression: a fraction of the baseline (0.1 = 10%) unless effect: absolute.');
const EffectScaleSchema = schemas/* enum */.k5n(['relative', 'absolute'])
    .describe('relative (default): allowed-effect is a fraction of the baseline; absolute: metric units.');
/** `judge:` on a metric. */
const JudgeSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* strictObject */.rej({ type: schemas/* literal */.euz('threshold') }),
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz('mann-whitney'),
        confidence: schemas/* number */.aig()
            .gt(0)
            .lt(1)
            .describe('Confidence of the Hodges-Lehmann interval (default 0.98).')
            .optional(),
        direction: JudgeDirectionSchema.optional(),
        'allowed-effect': AllowedEffectSchema.optional(),
        effect: EffectScaleSchema.optional(),
        scope: schemas/* enum */.k5n(['cumulative', 'window'])
            .describe("cumulative (default): all windows so far; window: this window's samples only.")
            .optional(),
        for: schema_scalars/* DurationSchema */.uH.describe('Consecutive failing windows before deciding; default one window.').optional(),
        action: JudgeActionSchema.optional(),
        'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
    }),
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz('sequential'),
        kind: schemas/* enum */.k5n(['counts', 'values'])
            .describe('counts: events split by traffic share; values: per-window measures.'),
        requests: schemas/* string */.YjP()
            .describe("kind counts: the metric whose query and baseline count each track's requests per window.")
            .optional(),
        alpha: schemas/* number */.aig()
            .gt(0)
            .lt(1)
            .describe('False-rollback probability over the whole bake (default 0.05).')
            .optional(),
        'allowed-effect': AllowedEffectSchema.optional(),
        direction: JudgeDirectionSchema.optional(),
        effect: EffectScaleSchema.optional(),
        'promote-early': schemas/* boolean */.zMY()
            .describe('Promote once a regression beyond allowed-effect is ruled out.')
            .optional(),
        concentration: schemas/* number */.aig()
            .positive()
            .describe('kind counts: prior concentration (default 20).')
            .optional(),
        'prior-scale': schemas/* number */.aig()
            .positive()
            .describe('kind values: prior variance of the effect (default 1).')
            .optional(),
        overdispersion: schemas/* boolean */.zMY()
            .describe('kind counts: estimate overdispersion from the data and temper the evidence (default true).')
            .optional(),
        action: JudgeActionSchema.optional(),
        'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
    }),
    schemas/* strictObject */.rej({
        type: schemas/* literal */.euz('spike'),
        sigmas: schemas/* number */.aig()
            .positive()
            .describe('Standard deviations above the trailing mean (default 3).')
            .optional(),
        cut: schemas/* enum */.k5n(['calibrated', 'literal'])
            .describe("calibrated (default): sigmas names the Gaussian tail, widened for the estimated mean and σ; literal: the runbook's (value − mean)/sd > sigmas.")
            .optional(),
        trailing: schema_scalars/* DurationSchema */.uH.describe('History the mean and σ are taken over (default 12 windows).').optional(),
        'min-history': schema_scalars/* DurationSchema */.uH.describe('No judgement before this much history (default 5 windows).').optional(),
        'min-delta': schemas/* number */.aig()
            .min(0)
            .describe('The rise must also exceed this, in metric units (default 0).')
            .optional(),
        direction: JudgeDirectionSchema.optional(),
        for: schema_scalars/* DurationSchema */.uH.describe('Consecutive spiking windows before deciding; default one window.').optional(),
        action: JudgeActionSchema.optional(),
        'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
    }),
])
    .describe('A statistical judge of canary against baseline: threshold, mann-whitney, sequential or spike.');
/** `score:` on a stage (docs/judges.md). */
const ScoreSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig()
        .min(0)
        .max(1)
        .describe('Lowest acceptable weighted share of gates that held in a window.'),
    for: schema_scalars/* DurationSchema */.uH.describe('Consecutive windows under min before deciding; default one window.').optional(),
    weights: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().min(0))
        .describe('Weight per gate metric; others weigh 1.')
        .optional(),
    action: JudgeActionSchema.optional(),
    'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
})
    .describe("Weighted composite of the stage's gates per window.");

;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The raw policy file as zod sees it: shapes, types and enums only. Cross-field rules (multiples of the
 * window, extends, names that must exist, PromQL) live in build.ts where positions are at hand. Each
 * object is its own named strict schema so later keys (e.g. `judge:` on metrics, `score:` on stages)
 * are one line each. Shared scalars are in schema-scalars.ts, judges and scores in schema-judge.ts.
 */



const MetricSchema = schemas/* strictObject */.rej({
    query: schemas/* string */.YjP()
        .describe('PromQL template; {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}} are filled in.')
        .optional(),
    alert: schemas/* string */.YjP()
        .describe('Alert name: 1 if the alert fired at any time in the window, else 0.')
        .optional(),
    baseline: schemas/* string */.YjP()
        .describe('PromQL template for the same measure on the stable track, or `before` (this query over the span before the bake).')
        .optional(),
    unit: schemas/* string */.YjP().optional(),
    'missing-data': schema_scalars/* MissingDataSchema */.ek.optional(),
    'pair-on': schemas/* array */.YOg(schemas/* string */.YjP().regex(new RegExp(schema_scalars/* LABEL_NAME_PATTERN */.ag)))
        .min(1)
        .describe('Labels that pair canary series with baseline series, like PromQL on(...); default: the labels both sides carry whose values coincide somewhere.')
        .optional(),
    judge: JudgeSchema.optional(),
});
/** A gate written as an object, for keys beyond the condition (`dry-run`). */
const GateObjectSchema = schemas/* strictObject */.rej({
    condition: schema_scalars/* ConditionSchema */.X3,
    'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
});
const GateSchema = schemas/* union */.KCZ([schema_scalars/* ConditionSchema */.X3, GateObjectSchema]);
const ConditionsSchema = schemas/* union */.KCZ([GateSchema, schemas/* array */.YOg(GateSchema)]);
const TriggerSchema = schemas/* strictObject */.rej({
    metric: schemas/* string */.YjP().describe('Name of a metric under `metrics:`.'),
    when: schema_scalars/* ConditionSchema */.X3,
    for: schema_scalars/* DurationSchema */.uH.describe('How long the condition must hold, a multiple of `window`; default one window.').optional(),
    action: schema_scalars/* TriggerActionSchema */.wy.describe('rollback (default), pause (hold), or notify (warn only).').optional(),
    'dry-run': schema_scalars/* DryRunSchema */.CQ.optional(),
});
const StageSchema = schemas/* strictObject */.rej({
    extends: schemas/* string */.YjP()
        .describe('Inherit the gates and rollback triggers (and bake) of this stage.')
        .optional(),
    traffic: schemas/* number */.aig()
        .min(0)
        .max(100)
        .describe('Percent of traffic on the canary; shown in reports.')
        .optional(),
    bake: schema_scalars/* DurationSchema */.uH.describe('The clean window this stage needs, a multiple of `window`.').optional(),
    gates: schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(schema_scalars/* NAME_PATTERN */.Vh)), ConditionsSchema)
        .describe('Metric name → condition or list of conditions that must hold in every window. [] removes an inherited gate.')
        .optional(),
    rollback: schemas/* array */.YOg(TriggerSchema)
        .describe('Triggers added to the global `rollback:` list for this stage.')
        .optional(),
    score: ScoreSchema.optional(),
    'fail-fast': schema_scalars/* FailFastSchema */.y.optional(),
});
const LinksSchema = schemas/* strictObject */.rej({
    dashboard: schemas/* string */.YjP()
        .url()
        .describe('Dashboard URL template shown in the summary and comment; placeholders {{since}} and {{until}} (epoch ms, Grafana from/to), {{since_iso}}, {{until_iso}}, {{stage}}.')
        .optional(),
})
    .describe('Links shown in the job summary and PR comment.');
const PrometheusSchema = schemas/* strictObject */.rej({
    url: schemas/* string */.YjP().optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    timeout: schema_scalars/* DurationSchema */.uH.optional(),
    'max-response-size': schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
        .describe('Cap on one answer, as sent and decompressed, e.g. 64MiB (default), 256MiB, 1GiB.')
        .optional(),
});
const PolicyFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Policy file format version; must be 1.'),
    window: schema_scalars/* DurationSchema */.uH.describe('One evaluation window; every stage bake is cut into these.'),
    'missing-data': schema_scalars/* MissingDataSchema */.ek.optional(),
    'on-source-error': schemas/* enum */.k5n(['fail', 'warn'])
        .describe('fail: a failing source makes the verdict inconclusive; warn: skip its checks and warn.')
        .optional(),
    settle: schema_scalars/* DurationSchema */.uH.describe('Watch mode: wait this long after a window closes before reading it.').optional(),
    'fail-fast': schema_scalars/* FailFastSchema */.y.optional(),
    prometheus: PrometheusSchema.optional(),
    vars: schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(schema_scalars/* VAR_NAME_PATTERN */.FQ)), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
        .describe('Defaults for {{vars.NAME}}; action inputs and --var may add or override.')
        .optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(schema_scalars/* NAME_PATTERN */.Vh)), MetricSchema),
    stages: schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(schema_scalars/* NAME_PATTERN */.Vh)), StageSchema),
    rollback: schemas/* array */.YOg(TriggerSchema).describe('Triggers checked in every stage.').optional(),
    links: LinksSchema.optional(),
})
    .describe('canary-gate policy file');
/** Valid keys of each kind of object, for "unknown key" messages. */
const KEYS = {
    top: Object.keys(PolicyFileSchema.shape),
    metric: Object.keys(MetricSchema.shape),
    stage: Object.keys(StageSchema.shape),
    trigger: Object.keys(TriggerSchema.shape),
    gate: Object.keys(GateObjectSchema.shape),
    prometheus: Object.keys(PrometheusSchema.shape),
    links: Object.keys(LinksSchema.shape),
    judge: [...new Set(JudgeSchema.options.flatMap((o) => Object.keys(o.shape)))],
    score: Object.keys(ScoreSchema.shape),
};


/***/ })

};
