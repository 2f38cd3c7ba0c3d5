export const id = 897;
export const ids = [897];
export const modules = {

/***/ 8916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ readPolicyFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/dict.ts
var dict = __webpack_require__(1746);
// EXTERNAL MODULE: ./src/policy/condition.ts
var condition = __webpack_require__(747);
;// CONCATENATED MODULE: ./src/policy/raw.ts
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);

// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/policy/schema.ts + 1 modules
var schema = __webpack_require__(2964);
// EXTERNAL MODULE: ./src/policy/schema-scalars.ts
var schema_scalars = __webpack_require__(8779);
;// CONCATENATED MODULE: ./src/policy/zod-issues.ts





/** How to write a key correctly, for "missing" and "wrong type" fixes. */
const EXAMPLES = {
    version: 'version: 1',
    window: 'window: 5m',
    metrics: 'metrics: { error_rate: { query: "..." } }',
    stages: 'stages: { canary_5: { bake: 30m, gates: { error_rate: "<= 0.01" } } }',
    rollback: 'rollback: [{ metric: error_rate, when: "> 0.02" }]',
    metric: 'metric: error_rate',
    when: 'when: "> 0.02"',
    for: 'for: 10m',
    action: 'action: rollback',
    bake: 'bake: 30m',
    traffic: 'traffic: 5',
    extends: 'extends: canary_5',
    gates: 'gates: { error_rate: "<= 0.01" }',
    query: 'query: sum(rate(http_requests_total[{{window}}]))',
    alert: 'alert: HighErrorRate',
    baseline: 'baseline: before',
    unit: 'unit: ms',
    settle: 'settle: 30s',
    timeout: 'timeout: 30s',
    url: 'url: http://127.0.0.1:9090',
    headers: 'headers: { X-Scope-OrgID: team-a }',
    vars: 'vars: { service: checkout }',
    prometheus: 'prometheus: { url: http://127.0.0.1:9090 }',
};
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? part : `.${part}`;
    }
    return out || 'the policy';
}
/** Which kind of object lives at `path`, to list its valid keys. */
function keysAt(path) {
    const p = path.map(String);
    if (p.length === 0)
        return schema/* KEYS */.Rk.top;
    if (p.length === 1 && p[0] === 'prometheus')
        return schema/* KEYS */.Rk.prometheus;
    if (p.length === 2 && p[0] === 'metrics')
        return schema/* KEYS */.Rk.metric;
    if (p.length === 2 && p[0] === 'stages')
        return schema/* KEYS */.Rk.stage;
    if (p.length === 3 && p[0] === 'metrics' && p[2] === 'judge')
        return schema/* KEYS */.Rk.judge;
    if (p.length === 3 && p[0] === 'stages' && p[2] === 'score')
        return schema/* KEYS */.Rk.score;
    if ((p.length === 2 && p[0] === 'rollback') || (p.length === 4 && p[0] === 'stages' && p[2] === 'rollback'))
        return schema/* KEYS */.Rk.trigger;
    return [];
}
function typeName(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `${typeof value} ${String(value)}`;
}
/** A value outside an enum (or a judge `type` outside the union): the values, and the nearest one. */
function emitNotOneOf(emit, pos, where, key, values, given) {
    const guess = (0,suggest/* didYouMean */.au)(String(given), values, 'value');
    emit(pos, `${where} must be one of ${values.join(', ')}, got ${typeName(given)}`, guess.startsWith('did') ? guess : `write ${key}: ${values[0]}`);
}
const EXPECTED_NAME = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map',
    record: 'a map',
};
function lastKey(path) {
    for (let i = path.length - 1; i >= 0; i--)
        if (typeof path[i] === 'string')
            return path[i];
    return '';
}
function mapZodIssues(issues, positions, file) {
    const out = [];
    const emit = (pos, message, fix) => out.push({ file, line: pos.line, column: pos.column, message, fix });
    for (const issue of issues)
        mapOne(issue, issue.path, positions, emit);
    return out;
}
function mapOne(issue, path, positions, emit) {
    const where = formatPath(path);
    const key = lastKey(path);
    const input = issue.input;
    switch (issue.code) {
        case 'unrecognized_keys': {
            const valid = keysAt(path).filter((k) => k !== '$schema');
            for (const unknown of issue.keys) {
                const place = path.length === 0 ? 'at the top level' : `in ${where}`;
                const fix = (0,suggest/* didYouMean */.au)(unknown, valid, 'valid key');
                emit(positions.key([...path, unknown]), `unknown key "${unknown}" ${place}`, fix.startsWith('did') ? fix : `remove it; valid keys: ${valid.join(', ')}`);
            }
            return;
        }
        case 'invalid_type': {
            if (input === undefined) {
                const parent = formatPath(path.slice(0, -1));
                const place = path.length <= 1 ? 'at the top level' : `in ${parent}`;
                emit(positions.key(path.slice(0, -1)), `missing required key "${key}" ${place}`, `add ${EXAMPLES[key] ?? `${key}: ...`}`);
                return;
            }
            const expected = EXPECTED_NAME[issue.expected] ?? issue.expected;
            if (path.length === 2 && (path[0] === 'stages' || path[0] === 'metrics')) {
                const example = path[0] === 'stages' ? '{ bake: 30m, gates: { ... } }' : '{ query: <PromQL> }';
                emit(positions.value(path), `${where} must be ${expected}, got ${typeName(input)}`, `write ${key}: ${example}`);
                return;
            }
            emit(positions.value(path), `${where} must be ${expected}, got ${typeName(input)}`, `write ${EXAMPLES[key] ?? `${key}: ${expected}`}`);
            return;
        }
        case 'invalid_value': {
            const values = issue.values.map((v) => String(v));
            if (key === 'version') {
                emit(positions.value(path), `unsupported policy version ${JSON.stringify(input)}`, 'set version: 1 (the only version this canary-gate reads)');
                return;
            }
            emitNotOneOf(emit, positions.value(path), where, key, values, input);
            return;
        }
        case 'invalid_format': {
            const text = String(input);
            if (issue.message === schema_scalars/* FORMAT_TAG */.r5.duration) {
                const parsed = (0,duration/* parseDuration */.E9)(text);
                if (!parsed.ok)
                    emit(positions.value(path), `${where}: ${parsed.message}`, parsed.fix);
                return;
            }
            if (issue.message === schema_scalars/* FORMAT_TAG */.r5.condition) {
                const parsed = (0,condition/* parseCondition */.zB)(text);
                if (!parsed.ok)
                    emit(positions.value(path), `${where}: ${parsed.message}`, parsed.fix);
                return;
            }
            emit(positions.value(path), `${where}: invalid value ${JSON.stringify(text)}`, issue.message);
            return;
        }
        case 'invalid_key': {
            emit(positions.key(path), `invalid name ${JSON.stringify(String(input ?? key))} in ${formatPath(path.slice(0, -1))}`, 'names start with an ASCII letter or _ and contain only ASCII letters, digits, _, . and -');
            return;
        }
        case 'too_big':
        case 'too_small': {
            if (key === 'traffic') {
                emit(positions.value(path), `${where} must be between 0 and 100 (percent), got ${String(input)}`, 'write the percent of traffic, e.g. traffic: 25');
                return;
            }
            const bound = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
            emit(positions.value(path), `${where} must be ${bound}, got ${String(input)}`, `use a value ${bound}`);
            return;
        }
        case 'invalid_union': {
            // `judge:` is a union keyed by `type`: name the valid types.
            const options = issue.options;
            if (issue.note === 'No matching discriminator' && options) {
                const values = options.map(String);
                const given = typeof input === 'object' && input !== null ? input[key] : undefined;
                if (given === undefined) {
                    emit(positions.key(path.slice(0, -1)), `missing required key "${key}" in ${formatPath(path.slice(0, -1))}`, `add ${key}: one of ${values.join(', ')}`);
                    return;
                }
                emitNotOneOf(emit, positions.value(path), where, key, values, given);
                return;
            }
            // Conditions are the only union of shapes: report the branch that matches what was written.
            const branch = issue.errors.find((errs) => errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0));
            if (branch && (typeof input === 'string' || Array.isArray(input))) {
                for (const inner of branch)
                    mapOne(inner, [...path, ...inner.path], positions, emit);
                return;
            }
            emit(positions.value(path), `${where} must be a condition string or a list of them, got ${typeName(input)}`, `write e.g. ${key}: "<= 0.01" or ${key}: ["<= 300", "<= baseline * 1.2"]`);
            return;
        }
        default:
            emit(positions.value(path), `${where}: ${issue.message}`, 'see the policy reference in the README');
    }
}

;// CONCATENATED MODULE: ./src/policy/checks.ts




const ACTIONS = ['rollback', 'pause', 'notify'];
class CheckBuilder {
    ctx;
    metrics;
    /** The names as a Set: every gate and trigger looks its metric up. */
    nameSet;
    constructor(ctx, metrics) {
        this.ctx = ctx;
        this.metrics = metrics;
        this.nameSet = new Set(metrics.names);
    }
    /** Parse a list of triggers; every problem reported, valid triggers returned. */
    triggers(path, value) {
        if (!Array.isArray(value))
            return [];
        const windowSeconds = this.ctx.windowSecondsValue;
        const out = [];
        value.forEach((item, i) => {
            const at = [...path, i];
            if (!isMap(item))
                return;
            const metric = str(item.metric);
            const metricOk = metric !== undefined && this.knownMetric([...at, 'metric'], metric);
            const when = str(item.when);
            const condition = when !== undefined ? this.condition([...at, 'when'], when, metric, metricOk) : undefined;
            let forSeconds = windowSeconds;
            if (item.for !== undefined) {
                const seconds = this.ctx.duration([...at, 'for'], item.for);
                forSeconds = seconds;
                if (seconds !== undefined && windowSeconds)
                    this.ctx.multipleOfWindow([...at, 'for'], 'for', seconds);
            }
            const action = (ACTIONS.includes(item.action) ? item.action : 'rollback');
            if (metric === undefined || !metricOk || !condition || forSeconds === undefined || !windowSeconds)
                return;
            out.push({
                kind: 'rollback',
                metric,
                condition,
                forSeconds,
                forWindows: Math.max(1, Math.round(forSeconds / windowSeconds)),
                action,
                pos: this.ctx.pos.value([...at, 'when']),
                ...(item['dry-run'] === true ? { dryRun: true } : {}),
            });
        });
        return out;
    }
    /** Gates of one stage (its own, before inheritance), by metric; an empty list means "no gate". */
    gates(path, value) {
        const out = new Map();
        if (!isMap(value))
            return out;
        const windowSeconds = this.ctx.windowSecondsValue;
        for (const [metric, conditions] of Object.entries(value)) {
            const metricOk = this.knownMetric([...path, metric], metric, true);
            const list = typeof conditions === 'string' ? [conditions] : Array.isArray(conditions) ? conditions : [];
            const checks = [];
            list.forEach((entry, i) => {
                const base = typeof conditions === 'string' ? [...path, metric] : [...path, metric, i];
                // `{ condition: "<= 0.01", dry-run: true }` is a gate with options; a string is the condition alone.
                const text = isMap(entry) ? entry.condition : entry;
                const at = isMap(entry) ? [...base, 'condition'] : base;
                if (typeof text !== 'string')
                    return;
                const dryRun = isMap(entry) && entry['dry-run'] === true;
                const condition = this.condition(at, text, metric, metricOk);
                if (condition && metricOk && windowSeconds) {
                    checks.push({
                        kind: 'gate',
                        metric,
                        condition,
                        forSeconds: windowSeconds,
                        forWindows: 1,
                        action: 'gate',
                        pos: this.ctx.pos.value(at),
                        ...(dryRun ? { dryRun: true } : {}),
                    });
                }
            });
            out.set(metric, checks);
        }
        return out;
    }
    knownMetric(path, metric, isKey = false) {
        if (this.nameSet.has(metric))
            return true;
        if (!this.metrics.declared)
            return false;
        const pos = isKey ? this.ctx.pos.key(path) : this.ctx.pos.value(path);
        this.ctx.report(pos, `unknown metric "${metric}" in ${formatPath(isKey ? path.slice(0, -1) : path)}`, (0,suggest/* didYouMean */.au)(metric, this.metrics.names, 'metric'));
        return false;
    }
    condition(path, text, metric, metricOk) {
        const parsed = (0,condition/* parseCondition */.zB)(text);
        if (!parsed.ok) {
            this.ctx.report(this.ctx.pos.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
            return undefined;
        }
        if (parsed.condition.rhs.kind === 'baseline' && metric !== undefined && metricOk) {
            const spec = this.metrics.specs[metric];
            if (spec && !spec.baseline) {
                this.ctx.report(this.ctx.pos.value(path), `condition "${parsed.condition.text}" uses baseline but metric "${metric}" has no baseline`, `add baseline: <PromQL> or baseline: before to metric "${metric}", or compare with a number`);
                return undefined;
            }
        }
        return parsed.condition;
    }
}

;// CONCATENATED MODULE: ./src/policy/judge.ts
/**
 * `judge:` on a metric and `score:` on a stage (docs/judges.md): the raw YAML, already shape-checked by
 * zod, turned into loaded specs with every default applied and durations counted in windows. Rules that
 * span metrics (a judge's baseline, its requests metric) are checked once every metric is built.
 */




const num = (v, fallback) => typeof v === 'number' && Number.isFinite(v) ? v : fallback;
function oneOf(v, options, fallback) {
    return options.includes(v) ? v : fallback;
}
/** A duration key counted in windows (`fallback` when absent); non-multiples of the window are reported. */
function windowsOf(b, path, value, windowSeconds, fallback) {
    if (value === undefined || !windowSeconds)
        return fallback;
    const seconds = b.duration(path, value);
    if (seconds === undefined || !b.multipleOfWindow(path, String(path[path.length - 1]), seconds))
        return fallback;
    return Math.max(1, seconds / windowSeconds);
}
function buildJudge(b, path, value, windowSeconds) {
    if (!isMap(value))
        return undefined; // reported by zod
    const pos = b.pos.key(path);
    const action = oneOf(value.action, ['rollback', 'pause'], 'rollback');
    const direction = oneOf(value.direction, ['increase', 'decrease', 'either'], 'increase');
    const effect = oneOf(value.effect, ['relative', 'absolute'], 'relative');
    const allowedEffect = num(value['allowed-effect'], 0.1);
    if (effect === 'relative' && direction !== 'increase' && allowedEffect >= 1) {
        b.report(b.pos.value([...path, 'allowed-effect']), `${formatPath([...path, 'allowed-effect'])} ${allowedEffect}: a relative decrease of 100% or more can never be seen`, 'use an allowed-effect below 1, or effect: absolute');
    }
    const forWindows = () => windowsOf(b, [...path, 'for'], value.for, windowSeconds, 1);
    switch (value.type) {
        case 'mann-whitney':
            return {
                type: 'mann-whitney',
                confidence: num(value.confidence, 0.98),
                direction,
                allowedEffect,
                effect,
                scope: oneOf(value.scope, ['cumulative', 'window'], 'cumulative'),
                forWindows: forWindows(),
                action,
                pos,
            };
        case 'sequential': {
            const kind = oneOf(value.kind, ['counts', 'values'], 'counts');
            const requests = str(value.requests)?.trim();
            if (kind === 'counts' && requests === undefined) {
                b.report(pos, `${formatPath(path)}: a sequential judge of kind counts needs requests:`, "add requests: <name of a metric whose query and baseline count each track's requests per window>");
            }
            return {
                type: 'sequential',
                kind,
                alpha: num(value.alpha, 0.05),
                allowedEffect,
                direction,
                effect,
                promoteEarly: value['promote-early'] === true,
                concentration: num(value.concentration, 20),
                priorScale: num(value['prior-scale'], 1),
                overdispersion: value.overdispersion !== false,
                ...(requests !== undefined ? { requests } : {}),
                action,
                pos,
            };
        }
        case 'spike':
            return {
                type: 'spike',
                sigmas: num(value.sigmas, 3),
                cut: value.cut === 'literal' ? 'literal' : 'calibrated',
                trailing: windowsOf(b, [...path, 'trailing'], value.trailing, windowSeconds, 12),
                minHistory: windowsOf(b, [...path, 'min-history'], value['min-history'], windowSeconds, 5),
                minDelta: num(value['min-delta'], 0),
                direction,
                forWindows: forWindows(),
                action,
                pos,
            };
        default:
            return undefined; // `threshold` (today's gates and triggers), or a type zod reported
    }
}
/** Judges comparing with the stable track need its per-window query; `requests` must name such a metric. */
function checkJudgeReferences(b, metrics) {
    const names = Object.keys(metrics);
    for (const m of Object.values(metrics)) {
        const j = m.judge;
        if (!j || j.type === 'spike')
            continue;
        if (m.baseline?.kind !== 'query') {
            b.report(j.pos, `metrics.${m.name}.judge: a ${j.type} judge compares with the stable track in every window, but metric "${m.name}" has ${m.baseline ? 'baseline: before (one value for the whole bake)' : 'no baseline'}`, `add baseline: <PromQL for the same measure on the stable track> to metric "${m.name}"`);
        }
        if (j.type !== 'sequential' || j.requests === undefined)
            continue;
        const at = ['metrics', m.name, 'judge', 'requests'];
        const r = metrics[j.requests];
        if (!r) {
            b.report(b.pos.value(at), `unknown metric "${j.requests}" in ${formatPath(at)}`, (0,suggest/* didYouMean */.au)(j.requests, names, 'metric'));
        }
        else if (r.baseline?.kind !== 'query') {
            b.report(b.pos.value(at), `${formatPath(at)}: metric "${j.requests}" needs a baseline query counting the stable track's requests per window`, `add baseline: <PromQL counting the stable track's requests per {{window}}> to metric "${j.requests}"`);
        }
    }
}
function buildScore(b, path, value, windowSeconds) {
    if (!isMap(value) || typeof value.min !== 'number')
        return undefined; // reported by zod
    const weights = (0,dict/* dict */.j)();
    if (isMap(value.weights))
        for (const [k, v] of Object.entries(value.weights))
            if (typeof v === 'number' && v >= 0)
                weights[k] = v;
    return {
        min: value.min,
        forWindows: windowsOf(b, [...path, 'for'], value.for, windowSeconds, 1),
        weights,
        action: oneOf(value.action, ['rollback', 'pause'], 'rollback'),
        pos: b.pos.key(path),
        ...(value['dry-run'] === true ? { dryRun: true } : {}),
    };
}
/** Score weights must name gates the stage has (after `extends`). */
function checkScoreWeights(b, stage, score, gates) {
    for (const key of Object.keys(score.weights)) {
        if (gates.includes(key))
            continue;
        b.report(b.pos.key(['stages', stage, 'score', 'weights', key]), `stages.${stage}.score.weights: "${key}" is not a gate of stage "${stage}"`, (0,suggest/* didYouMean */.au)(key, gates, 'gate'));
    }
}

// EXTERNAL MODULE: ./src/policy/limits.ts
var limits = __webpack_require__(7872);
// EXTERNAL MODULE: ./src/policy/links.ts
var policy_links = __webpack_require__(955);
// EXTERNAL MODULE: ./node_modules/@prometheus-io/lezer-promql/dist/index.es.js + 2 modules
var index_es = __webpack_require__(2287);
// EXTERNAL MODULE: ./src/policy/template.ts
var policy_template = __webpack_require__(7886);
// EXTERNAL MODULE: ./node_modules/@prometheus-io/codemirror-promql/dist/cjs/parser/parser.js
var parser = __webpack_require__(1013);
// EXTERNAL MODULE: ./node_modules/@prometheus-io/codemirror-promql/dist/cjs/parser/type.js
var parser_type = __webpack_require__(1454);
;// CONCATENATED MODULE: ./src/policy/promql-types.ts
/**
 * PromQL type errors found before the bake with Prometheus' own checker (@prometheus-io/codemirror-promql's
 * Parser, the one the Prometheus UI lints with): a range vector where an instant vector or scalar is
 * needed, an instant vector given to a range-vector function, and a query whose result is not an instant
 * vector or scalar (a range query cannot return one).
 *
 * The Parser is taken from the package's CommonJS build (its ESM build has extensionless imports Node
 * cannot load) and given the lezer tree directly: it only reads the tree and slices the text, so a small
 * stand-in for CodeMirror's EditorState is enough, and no second copy of @codemirror/state is needed.
 */



/** The first type error in `query` (which parses), or null. */
function promqlTypeError(query, tree = index_es.parser.parse(query)) {
    const state = { field: () => ({ tree }), sliceDoc: (from = 0, to = query.length) => query.slice(from, to) };
    const checker = new parser.Parser(state);
    checker.analyze();
    const error = checker.getDiagnostics().find((d) => d.severity === 'error');
    if (error)
        return { offset: error.from, message: error.message, fix: fixFor(error.message), kind: 'type' };
    const top = tree.topNode.firstChild;
    const type = (0,parser_type.getType)(top);
    if (type === 'matrix' || type === 'string')
        return {
            offset: top?.from ?? 0,
            message: `the query returns a ${type === 'matrix' ? 'range vector' : 'string'}; a gate needs one instant vector or scalar per window`,
            fix: type === 'matrix'
                ? 'wrap the range selector in a function, e.g. max_over_time(...[{{window}}]) or rate(...[{{window}}])'
                : 'return a number: a vector selector, a function of one, or a scalar',
            kind: 'type',
        };
    return null;
}
function fixFor(message) {
    const fn = /expected type matrix in call to function "(\w+)", got (vector|scalar)/.exec(message);
    if (fn)
        return `${fn[1]}() takes a range vector: add a range selector to its argument, e.g. [{{window}}]`;
    if (/got matrix|only scalar and instant vector/.test(message))
        return 'turn the range vector into an instant vector first, e.g. rate(...[{{window}}]) or avg_over_time(...[{{window}}])';
    return 'correct the types in the PromQL expression';
}

;// CONCATENATED MODULE: ./src/policy/promql.ts



const IDENTIFIER_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Prometheus metric-name syntax, which alert names follow in practice (`ALERTS{alertname="..."}`). */
function isPrometheusIdentifier(name) {
    return IDENTIFIER_RE.test(name);
}
/** The first syntax error in `query`, or null when it parses. */
function promqlSyntaxError(query, tree = index_es.parser.parse(query)) {
    if (query.trim() === '')
        return { offset: 0, message: 'the query is empty', fix: 'write a PromQL expression' };
    const cursor = tree.cursor();
    do {
        if (cursor.type.isError) {
            const offset = cursor.from;
            return { offset, message: describeAt(query, offset), fix: promql_fixFor(query) };
        }
    } while (cursor.next());
    return null;
}
function describeAt(query, offset) {
    const rest = query.slice(offset).trimStart();
    if (rest === '')
        return 'unexpected end of query';
    const token = /^(\w+|\S)/.exec(rest)?.[0] ?? rest[0];
    return `unexpected "${token}" at character ${offset + 1} of the query`;
}
function promql_fixFor(query) {
    const count = (re) => (query.match(re) ?? []).length;
    if (count(/\(/g) !== count(/\)/g))
        return 'balance the parentheses';
    if (count(/\{/g) !== count(/\}/g))
        return 'balance the braces of the label matchers';
    if (count(/\[/g) !== count(/\]/g))
        return 'balance the brackets of the range selector';
    if ((query.match(/"/g) ?? []).length % 2 === 1)
        return 'close the string with "';
    return 'correct the PromQL at this position';
}
/**
 * Render a template with sample values (each var its default or `x`) and parse it. The error offset is
 * mapped back into the template so it can be placed in the policy file.
 */
function checkPromqlTemplate(template, ctx) {
    const vars = { ...ctx.vars };
    for (const name of (0,policy_template/* templateVarsUsed */.S8)(template))
        if (vars[name] === undefined)
            vars[name] = 'x';
    let rendered;
    try {
        rendered = (0,policy_template/* renderTemplateWithMap */.Xy)(template, { ...ctx, vars });
    }
    catch (e) {
        if (e instanceof policy_template/* TemplateError */.$w)
            return { offset: 0, message: e.message, fix: 'change the var value or the template' };
        throw e;
    }
    // One parse for both checks: on 20,000 metrics the parse is most of the time validate takes.
    const tree = index_es.parser.parse(rendered.text);
    const error = promqlSyntaxError(rendered.text, tree) ?? promqlTypeError(rendered.text, tree);
    if (!error)
        return null;
    return { ...error, offset: (0,policy_template/* sourceOffset */.V7)(rendered.segments, error.offset) };
}

;// CONCATENATED MODULE: ./src/policy/metric.ts







const MISSING_DATA = ['fail', 'inconclusive', 'ignore'];
function buildMetric(ctx, name, value, defaultMissing, 
/** What templates are rendered with to check them: the first stage's, the policy's window and vars. */
sample) {
    const path = ['metrics', name];
    const pos = ctx.pos.key(path);
    if (!isMap(value))
        return undefined; // reported by zod
    const query = str(value.query);
    const alert = str(value.alert);
    const baselineText = str(value.baseline);
    if (query !== undefined && alert !== undefined) {
        ctx.report(pos, `metric "${name}" has both query and alert`, 'keep one: query (a PromQL expression) or alert (an alert name)');
    }
    else if (value.query === undefined &&
        value.alert === undefined &&
        Object.keys(value).every((k) => schema/* KEYS */.Rk.metric.includes(k))) {
        // With an unknown key present (a misspelt `query`), that key's message is the useful one.
        ctx.report(pos, `metric "${name}" has neither query nor alert`, 'add query: <PromQL> or alert: <AlertName>');
    }
    if (query !== undefined)
        checkTemplate(ctx, [...path, 'query'], query, sample);
    if (alert !== undefined && !isPrometheusIdentifier(alert.trim())) {
        ctx.report(ctx.pos.value([...path, 'alert']), `alert name "${alert}" of metric "${name}" is not a valid Prometheus alert name`, 'use letters, digits, _ and :, not starting with a digit, e.g. HighErrorRate');
    }
    let baseline;
    if (baselineText !== undefined) {
        if (alert !== undefined && query === undefined) {
            ctx.report(ctx.pos.key([...path, 'baseline']), `alert metric "${name}" cannot have a baseline`, 'remove baseline: or use a query metric');
        }
        if (baselineText.trim() === 'before')
            baseline = { kind: 'before' };
        else {
            baseline = { kind: 'query', query: baselineText };
            checkTemplate(ctx, [...path, 'baseline'], baselineText, sample);
        }
    }
    const pairOn = Array.isArray(value['pair-on']) ? value['pair-on'].map(String) : undefined;
    if (pairOn && !baseline)
        ctx.report(ctx.pos.key([...path, 'pair-on']), `metric "${name}" has pair-on but no baseline`, 'add baseline: or remove pair-on');
    const md = value['missing-data'];
    const judge = buildJudge(ctx, [...path, 'judge'], value.judge, ctx.windowSecondsValue);
    return {
        name,
        ...(query !== undefined ? { query } : {}),
        ...(alert !== undefined ? { alert: alert.trim() } : {}),
        ...(baseline ? { baseline } : {}),
        ...(pairOn ? { pairOn } : {}),
        ...(str(value.unit) !== undefined ? { unit: str(value.unit) } : {}),
        missingData: (MISSING_DATA.includes(md) ? md : defaultMissing),
        pos,
        ...(query !== undefined ? { queryPos: ctx.pos.value([...path, 'query']) } : {}),
        ...(baseline?.kind === 'query' ? { baselinePos: ctx.pos.value([...path, 'baseline']) } : {}),
        ...(judge
            ? {
                judge: isMap(value.judge) && value.judge['dry-run'] === true ? { ...judge, dryRun: true } : judge,
            }
            : {}),
    };
}
/** Placeholders must be known; the rendered text must parse as PromQL. */
function checkTemplate(ctx, path, template, sample) {
    const unknown = (0,policy_template/* unknownPlaceholders */.hX)(template);
    for (const p of unknown) {
        ctx.report(ctx.pos.inScalar(path, p.start), `unknown placeholder {{${p.name}}} in ${formatPath(path)}`, placeholderFix(p.name));
    }
    if (unknown.length > 0)
        return;
    const error = checkPromqlTemplate(template, sample);
    if (error)
        ctx.report(ctx.pos.inScalar(path, error.offset), `${formatPath(path)}: PromQL ${error.kind === 'type' ? 'type' : 'syntax'} error: ${error.message}`, error.fix);
}
function placeholderFix(name) {
    const builtin = (0,suggest/* nearest */.pA)(name, policy_template/* BUILTIN_PLACEHOLDERS */.pp);
    if (builtin)
        return `did you mean {{${builtin}}}? placeholders are {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}}`;
    const bare = name.startsWith('var.') ? name.slice(4) : name;
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(bare))
        return `did you mean {{vars.${bare}}}? placeholders are {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}}`;
    return 'use {{window}}, {{stage}}, {{traffic}} or {{vars.NAME}}';
}

// EXTERNAL MODULE: ./src/policy/size.ts
var size = __webpack_require__(766);
;// CONCATENATED MODULE: ./src/policy/stages.ts
/**
 * `extends` between stages: parents resolved first, gates replaced by metric name, stage triggers
 * appended after the parent's, bake inherited when not given. Cycles are one error naming the cycle.
 */






/** Resolves `extends` chains: parents first, gates replaced by metric name, triggers appended. */
class StageResolver {
    b;
    rawStages;
    own = new Map();
    resolved = new Map();
    reportedCycles = new Set();
    constructor(b, rawStages) {
        this.b = b;
        this.rawStages = rawStages;
        const names = Object.keys(rawStages);
        for (const [name, value] of Object.entries(rawStages)) {
            if (!isMap(value))
                continue;
            const path = ['stages', name];
            let parent = str(value.extends)?.trim();
            if (parent !== undefined && !names.includes(parent)) {
                b.report(b.pos.value([...path, 'extends']), `stage "${name}" extends unknown stage "${parent}"`, (0,suggest/* didYouMean */.au)(parent, names.filter((n) => n !== name), 'stage'));
                parent = undefined;
            }
            if (parent === name) {
                b.report(b.pos.value([...path, 'extends']), `stage "${name}" extends itself`, 'remove extends or name another stage');
                parent = undefined;
            }
            let bakeSeconds;
            if (value.bake !== undefined) {
                bakeSeconds = b.duration([...path, 'bake'], value.bake);
                if (bakeSeconds !== undefined && !b.multipleOfWindow([...path, 'bake'], 'bake', bakeSeconds))
                    bakeSeconds = undefined;
                const tooLong = bakeSeconds !== undefined && b.windowSecondsValue
                    ? (0,limits/* bakeWindowsProblem */.CO)(`bake ${String(value.bake).trim()} in stages.${name}`, bakeSeconds, b.windowSecondsValue)
                    : null;
                if (tooLong) {
                    b.report(b.pos.value([...path, 'bake']), tooLong.message, tooLong.fix);
                    bakeSeconds = undefined;
                }
            }
            this.own.set(name, {
                name,
                parent,
                traffic: typeof value.traffic === 'number' ? value.traffic : undefined,
                bakeSeconds,
                gates: b.gates([...path, 'gates'], value.gates),
                triggers: b.triggers([...path, 'rollback'], value.rollback),
                score: buildScore(b, [...path, 'score'], value.score, b.windowSecondsValue),
                ...(value['fail-fast'] === 'hold' || value['fail-fast'] === 'rollback'
                    ? { failFast: value['fail-fast'] }
                    : {}),
            });
        }
    }
    resolveAll(globalTriggers, failFast) {
        const out = (0,dict/* dict */.j)();
        for (const [name, value] of Object.entries(this.rawStages)) {
            if (!isMap(value))
                continue;
            const r = this.resolve(name, []);
            if (!r)
                continue;
            const path = ['stages', name];
            const hasBakeText = value.bake !== undefined;
            const brokenExtends = value.extends !== undefined && this.own.get(name)?.parent === undefined;
            // A misspelt `bake` is reported as an unknown key; "no bake" would say the same thing twice.
            const unknownKeys = Object.keys(value).some((k) => !schema/* KEYS */.Rk.stage.includes(k));
            if (r.bakeSeconds === undefined &&
                !hasBakeText &&
                !brokenExtends &&
                !unknownKeys &&
                !this.hasBakeInChain(name)) {
                this.b.report(this.b.pos.key(path), `stage "${name}" has no bake`, `add bake: (a multiple of window), e.g. bake: 30m${value.extends === undefined ? '' : ', or extend a stage that has one'}`);
            }
            const own = this.own.get(name);
            const gateMetrics = [...r.gates.entries()].filter(([, c]) => c.length > 0).map(([m]) => m);
            if (own.score)
                checkScoreWeights(this.b, name, own.score, gateMetrics);
            out[name] = {
                name,
                ...(own.traffic !== undefined ? { traffic: own.traffic } : {}),
                bakeSeconds: r.bakeSeconds ?? 0,
                gates: [...r.gates.values()].flat(),
                triggers: [...globalTriggers, ...r.triggers],
                pos: this.b.pos.key(path),
                ...(r.score ? { score: r.score } : {}),
                failFast: r.failFast ?? failFast,
            };
        }
        return out;
    }
    hasBakeInChain(name) {
        const seen = new Set();
        for (let s = name; s !== undefined && !seen.has(s); s = this.own.get(s)?.parent) {
            seen.add(s);
            if (isMap(this.rawStages[s]) && this.rawStages[s].bake !== undefined)
                return true;
        }
        return false;
    }
    resolve(name, stack) {
        if (this.resolved.has(name))
            return this.resolved.get(name);
        const own = this.own.get(name);
        if (!own)
            return null;
        if (stack.includes(name)) {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const key = [...cycle.slice(0, -1)].sort().join(',');
            if (!this.reportedCycles.has(key)) {
                this.reportedCycles.add(key);
                this.b.report(this.b.pos.value(['stages', name, 'extends']), `extends cycle: ${cycle.join(' -> ')}`, `remove extends from one of the stages ${cycle
                    .slice(0, -1)
                    .map((s) => `"${s}"`)
                    .join(', ')}`);
            }
            return null;
        }
        let base = { gates: new Map(), triggers: [] };
        if (own.parent !== undefined) {
            const parent = this.resolve(own.parent, [...stack, name]);
            if (!parent) {
                this.resolved.set(name, null);
                return null;
            }
            base = parent;
        }
        const gates = new Map(base.gates);
        for (const [metric, checks] of own.gates)
            gates.set(metric, checks);
        const result = {
            bakeSeconds: own.bakeSeconds ?? base.bakeSeconds,
            gates,
            triggers: [...base.triggers, ...own.triggers],
            score: own.score ?? base.score,
            failFast: own.failFast ?? base.failFast,
        };
        this.resolved.set(name, result);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/policy/build.ts
/**
 * From the parsed YAML (already shape-checked by zod where possible) to a Policy: durations in seconds,
 * conditions parsed, `extends` resolved, names cross-checked, templates and PromQL checked (metrics in
 * metric.ts, gates and triggers in checks.ts, stages in stages.ts). Every problem
 * is collected rather than thrown, and parts that failed the shape check are skipped so one mistake does
 * not cascade into many.
 */











class PolicyBuilder {
    raw;
    positions;
    file;
    issues = [];
    windowSeconds;
    windowText = '';
    metrics = (0,dict/* dict */.j)();
    /** Gates and triggers, checked against the metrics declared (their specs are filled in before use). */
    checks;
    constructor(raw, positions, file) {
        this.raw = raw;
        this.positions = positions;
        this.file = file;
        this.checks = new CheckBuilder(this, {
            names: Object.keys(isMap(raw.metrics) ? raw.metrics : {}),
            specs: this.metrics,
            declared: isMap(raw.metrics),
        });
    }
    issue(pos, message, fix) {
        this.issues.push({ file: this.file, line: pos.line, column: pos.column, message, fix });
    }
    /** Seconds of the duration at `path`, or undefined (its shape error is reported by zod). */
    duration(path, value, allowZero = false) {
        const text = str(value);
        if (text === undefined)
            return undefined;
        if (allowZero && /^\s*0+[dhms]?\s*$/.test(text))
            return 0;
        const parsed = (0,duration/* parseDuration */.E9)(text);
        if (parsed.ok)
            return parsed.seconds;
        this.issue(this.positions.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
        return undefined;
    }
    /** Bytes of the size at `path` (default when absent), or undefined after reporting the problem. */
    size(path, value) {
        if (value === undefined || (typeof value !== 'string' && typeof value !== 'number'))
            return undefined;
        const parsed = (0,size/* parseSize */.D)(String(value));
        if (parsed.ok)
            return parsed.bytes;
        this.issue(this.positions.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
        return undefined;
    }
    build() {
        const raw = this.raw;
        const window = this.duration(['window'], raw.window);
        this.windowSeconds = window;
        this.windowText = window === undefined ? '' : (str(raw.window)?.trim() ?? '');
        const settle = raw.settle === undefined ? 30 : this.duration(['settle'], raw.settle, true);
        const prometheus = isMap(raw.prometheus) ? raw.prometheus : {};
        const timeout = prometheus.timeout === undefined ? 30 : this.duration(['prometheus', 'timeout'], prometheus.timeout);
        if (str(prometheus.url) !== undefined)
            this.url(['prometheus', 'url'], str(prometheus.url));
        const maxResponseBytes = this.size(['prometheus', 'max-response-size'], prometheus['max-response-size']);
        const vars = (0,dict/* dict */.j)();
        if (isMap(raw.vars))
            for (const [k, v] of Object.entries(raw.vars))
                if (['string', 'number', 'boolean'].includes(typeof v))
                    vars[k] = String(v);
        const missingData = (MISSING_DATA.includes(raw['missing-data']) ? raw['missing-data'] : 'fail');
        const rawMetrics = isMap(raw.metrics) ? raw.metrics : {};
        const rawStages = isMap(raw.stages) ? raw.stages : {};
        const firstStage = Object.keys(rawStages)[0] ?? 'stage';
        const firstTraffic = isMap(rawStages[firstStage]) ? rawStages[firstStage].traffic : undefined;
        for (const [name, value] of Object.entries(rawMetrics)) {
            const spec = buildMetric(this, name, value, missingData, {
                window: this.windowText || '5m',
                stage: firstStage,
                traffic: typeof firstTraffic === 'number' ? firstTraffic : 5,
                vars,
            });
            if (spec)
                this.metrics[name] = spec;
        }
        checkJudgeReferences(this, this.metrics);
        if (isMap(raw.stages) && Object.keys(raw.stages).length === 0) {
            this.issue(this.positions.value(['stages']), 'stages is empty: the policy has nothing to judge', 'add a stage, e.g. stages: { canary_5: { bake: 30m, gates: { ... } } }');
        }
        const globalTriggers = this.triggers(['rollback'], raw.rollback);
        const links = (0,policy_links/* buildLinks */.AV)(this, raw.links);
        const failFast = raw['fail-fast'] === 'hold' ? 'hold' : 'rollback';
        const stages = new StageResolver(this, rawStages).resolveAll(globalTriggers, failFast);
        (0,limits/* checkBakePoints */.$V)(this, stages, this.metrics);
        return {
            version: 1,
            path: this.file,
            windowSeconds: window ?? 0,
            windowText: this.windowText,
            missingData,
            onSourceError: (raw['on-source-error'] === 'warn' ? 'warn' : 'fail'),
            settleSeconds: settle ?? 30,
            failFast,
            prometheus: {
                url: str(prometheus.url),
                headers: isMap(prometheus.headers)
                    ? Object.fromEntries(Object.entries(prometheus.headers).map(([k, v]) => [k, String(v)]))
                    : {},
                timeoutSeconds: timeout ?? 30,
                maxResponseBytes: maxResponseBytes ?? size/* DEFAULT_MAX_RESPONSE_BYTES */.f,
            },
            vars,
            metrics: this.metrics,
            stages,
            ...(links ? { links } : {}),
        };
    }
    url(path, text) {
        let ok = false;
        try {
            ok = ['http:', 'https:'].includes(new URL(text).protocol);
        }
        catch {
            ok = false;
        }
        if (!ok)
            this.issue(this.positions.value(path), `${formatPath(path)} "${text}" is not an http(s) URL`, 'write e.g. url: http://prometheus:9090');
    }
    triggers(path, value) {
        return this.checks.triggers(path, value);
    }
    gates(path, value) {
        return this.checks.gates(path, value);
    }
    /** `bake` must be a positive multiple of the window, `for` any multiple of it. */
    multipleOfWindow(path, what, seconds) {
        const w = this.windowSeconds;
        if (!w || seconds % w === 0)
            return true;
        const lower = Math.floor(seconds / w) * w;
        const upper = lower + w;
        const options = [lower, upper].filter((s) => s > 0).map(duration/* formatDuration */.a3);
        this.issue(this.positions.value(path), `${what} ${(0,duration/* formatDuration */.a3)(seconds)} in ${formatPath(path.slice(0, -1))} is not a multiple of window ${this.windowText}`, `use ${options.join(' or ')}`);
        return false;
    }
    /** The policy's window in seconds, once parsed (undefined while it is broken). */
    get windowSecondsValue() {
        return this.windowSeconds;
    }
    get pos() {
        return this.positions;
    }
    report(pos, message, fix) {
        this.issue(pos, message, fix);
    }
}

;// CONCATENATED MODULE: ./src/policy/to-js.ts
/**
 * The parsed YAML document as plain values for the builder, safe against hostile input:
 * - every map becomes an object without a prototype, so keys like `__proto__`, `constructor` or
 *   `toString` are kept as data and never reach Object.prototype;
 * - an alias bomb (aliases of aliases expanding past a bound), a `<<` merge of something other than a
 *   map, and nesting deeper than a policy ever needs are policy issues at their place, not exceptions.
 */

/** Alias expansions allowed in one policy: generous for anchors reused per stage, far below a bomb. */
const MAX_ALIAS_COUNT = 100;
/** Levels of nesting allowed: a policy needs about 6 (stages.S.rollback[0].when); 64 leaves room. */
const MAX_DEPTH = 64;
function policyValue(doc, positions) {
    const deep = tooDeep(doc);
    if (deep)
        return fail(positions, deep, `the YAML nests deeper than ${MAX_DEPTH} levels`, FLATTEN);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true });
    }
    catch (error) {
        const message = error.message ?? String(error);
        if (/Excessive alias count/.test(message))
            return fail(positions, firstNode(doc, (node) => (0,dist/* isAlias */.Vj)(node)), `the YAML aliases expand more than ${MAX_ALIAS_COUNT} times (aliases of aliases grow exponentially)`, 'write the repeated values out, or use each anchor directly instead of nesting aliases');
        if (/Merge sources/.test(message))
            return fail(positions, badMerge(doc), '`<<` must merge a map or an alias of a map into this map', 'write <<: *anchor where the anchor is on a map, or remove the << key');
        if (error instanceof RangeError)
            return fail(positions, undefined, 'the YAML is nested too deeply to read', FLATTEN);
        return fail(positions, undefined, `the YAML cannot be read: ${message.split('\n')[0]}`, FLATTEN);
    }
    return { ok: true, value: withoutPrototypes(value) };
}
const FLATTEN = 'remove the extra nesting: a policy nests only stages.NAME.gates.METRIC deep';
function fail(positions, node, message, fix) {
    const at = node?.range ? positions.at(node.range[0]) : positions.start();
    return { ok: false, issue: { line: at.line, column: at.column, message, fix } };
}
/** Maps (from `mapAsMap`) → prototype-less objects, recursively; depth is already bounded. */
function withoutPrototypes(value) {
    if (value instanceof Map) {
        const out = Object.create(null);
        for (const [key, item] of value)
            out[String(key)] = withoutPrototypes(item);
        return out;
    }
    if (Array.isArray(value))
        return value.map(withoutPrototypes);
    return value;
}
/** The first collection nested deeper than MAX_DEPTH, or undefined. */
function tooDeep(doc) {
    const stack = [{ node: doc.contents, depth: 0 }];
    while (stack.length) {
        const { node, depth } = stack.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (depth >= MAX_DEPTH)
            return node;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item)) {
                stack.push({ node: item.key, depth: depth + 1 });
                stack.push({ node: item.value, depth: depth + 1 });
            }
            else
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return undefined;
}
function firstNode(doc, test) {
    let found;
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if (test(node)) {
            found = node;
            return dist/* visit */.YR.BREAK;
        }
    });
    return found;
}
/** The value of the first `<<` key that is not a map, an alias or a list of those. */
function badMerge(doc) {
    const mergeable = (n) => (0,dist/* isMap */.jh)(n) || (0,dist/* isAlias */.Vj)(n);
    let found;
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            // With `merge: true` the key's value is a symbol; its source text is what the user wrote.
            if (!(0,dist/* isScalar */.jn)(pair.key) || (pair.key.source ?? String(pair.key.value)) !== '<<')
                return;
            const v = pair.value;
            if (mergeable(v) || ((0,dist/* isSeq */.oP)(v) && v.items.every(mergeable)))
                return;
            found = v ?? pair.key;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}

;// CONCATENATED MODULE: ./src/policy/yaml-errors.ts

const DUPLICATE_KEY_FIX = 'remove or rename one of the two keys';
const FIXES = {
    DUPLICATE_KEY: DUPLICATE_KEY_FIX,
    BAD_INDENT: 'indent nested keys consistently with spaces',
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    MISSING_CHAR: 'add the missing closing character',
    MULTILINE_IMPLICIT_KEY: 'put the key and its colon on one line, or quote the value',
    BLOCK_AS_IMPLICIT_KEY: 'put the key and its colon on one line',
    UNEXPECTED_TOKEN: 'check indentation and quoting on this line',
    MULTIPLE_DOCS: 'keep one YAML document (remove the `---`)',
    BAD_SCALAR_START: 'quote the value, e.g. when: "> 400"',
};
function yamlIssue(error, text, lineCounter, file) {
    const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    const quote = /^Missing closing (["'])quote/.exec(firstLine);
    if (quote) {
        // yaml reports an unclosed quote where the file ends; the opening quote is where the mistake is.
        const offset = openingQuote(text, error.pos[0], quote[1]);
        const { line, col } = lineCounter.linePos(offset);
        return {
            file,
            line,
            column: col,
            message: `YAML syntax error: the string opened with ${quote[1]} is never closed`,
            fix: `add the closing ${quote[1]}`,
        };
    }
    const { line, col } = lineCounter.linePos(error.pos[0]);
    if (/Maximum call stack size exceeded/.test(firstLine)) {
        // yaml's parser recurses per level: a file nested this deep is an attack or a generator gone wrong.
        return { file, line, column: col, message: 'YAML nested too deeply to read', fix: FLATTEN };
    }
    const source = text.split('\n')[line - 1] ?? '';
    if (/:\s*>/.test(source)) {
        return {
            file,
            line,
            column: col,
            message: `YAML syntax error: ${firstLine}`,
            fix: 'quote the condition, e.g. when: "> 400" (a bare > starts a YAML block)',
        };
    }
    return {
        file,
        line,
        column: col,
        message: `YAML syntax error: ${firstLine}`,
        fix: FIXES[error.code] ?? 'fix the YAML syntax at this position',
    };
}
/** The last line before `end` with an odd number of `quote`s holds the unclosed one: its last such quote. */
function openingQuote(text, end, quote) {
    const lines = text.slice(0, end).split('\n');
    let lineStart = text.slice(0, end).length;
    for (let i = lines.length - 1; i >= 0; i--) {
        lineStart -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
        const count = lines[i].split(quote).length - 1;
        if (count % 2 === 1)
            return lineStart + lines[i].lastIndexOf(quote);
    }
    return end;
}

;// CONCATENATED MODULE: ./src/policy/duplicate-keys.ts
/**
 * Duplicate keys in a map, found in one pass with a Set per map. yaml's own `uniqueKeys` check compares
 * each new key with every earlier one, which made a policy of 20,000 metrics take seconds to load.
 */

/** Each key node that repeats an earlier key of the same map, in document order. */
function duplicateKeys(doc) {
    const found = [];
    const stack = [doc.contents];
    while (stack.length) {
        const node = stack.pop();
        if ((0,dist/* isSeq */.oP)(node))
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push(node.items[i]);
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Set();
        for (const item of node.items) {
            if (!(0,dist/* isPair */.tO)(item) || !(0,dist/* isScalar */.jn)(item.key))
                continue;
            // `<<` (a merge key, a symbol with `merge: true`) may repeat.
            if ((item.key.source ?? String(item.key.value)) === '<<')
                continue;
            const key = String(item.key.value);
            if (seen.has(key))
                found.push(item.key);
            seen.add(key);
        }
        for (let i = node.items.length - 1; i >= 0; i--) {
            const item = node.items[i];
            if ((0,dist/* isPair */.tO)(item))
                stack.push(item.value);
        }
    }
    return found.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
;// CONCATENATED MODULE: ./src/policy/positions.ts
/**
 * Source positions for the parsed YAML: where a path's key or value starts, and where an offset inside a
 * scalar's value sits in the file (block scalars are folded, so that is approximate per line).
 */

class PositionIndex {
    text;
    doc;
    lineCounter;
    constructor(text, doc, lineCounter) {
        this.text = text;
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    at(offset) {
        const { line, col } = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
        return { line, column: col };
    }
    node(path) {
        let node = this.doc.contents;
        for (const step of path) {
            if ((0,dist/* isMap */.jh)(node))
                node = this.pairsOf(node).get(String(step))?.value;
            else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number')
                node = node.items[step];
            else
                return undefined;
        }
        return node && typeof node === 'object' && 'range' in node ? node : undefined;
    }
    pair(path) {
        if (path.length === 0)
            return undefined;
        const parent = this.node(path.slice(0, -1));
        return (0,dist/* isMap */.jh)(parent) ? this.pairsOf(parent).get(String(path[path.length - 1])) : undefined;
    }
    /**
     * A map's pairs by key, built once per map: yaml's getIn scans a map's items for every lookup, which made
     * placing 20,000 metrics quadratic. The first pair of a key wins, as in getIn.
     */
    pairsOf(map) {
        let index = this.pairIndex.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items)
                if ((0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && !index.has(String(p.key.value)))
                    index.set(String(p.key.value), p);
            this.pairIndex.set(map, index);
        }
        return index;
    }
    pairIndex = new WeakMap();
    /** Position of the key naming `path` (for a list item: the item), else the nearest existing ancestor. */
    key(path) {
        for (let n = path.length; n >= 0; n--) {
            const sub = path.slice(0, n);
            const pair = this.pair(sub);
            const key = pair?.key;
            if (key?.range)
                return this.at(key.range[0]);
            const parent = this.node(sub.slice(0, -1));
            if ((0,dist/* isSeq */.oP)(parent)) {
                const item = this.node(sub);
                if (item?.range)
                    return this.at(item.range[0]);
            }
            if (n === 0)
                break;
        }
        return this.start();
    }
    /** Position of the value at `path`; falls back to its key, then the nearest existing ancestor. */
    value(path) {
        const node = this.node(path);
        if (node?.range)
            return this.at(node.range[0]);
        return this.key(path);
    }
    start() {
        const node = this.node([]);
        return node?.range ? this.at(node.range[0]) : { line: 1, column: 1 };
    }
    /** Position of character `offset` of a scalar's value (e.g. the token a PromQL parser stopped at). */
    inScalar(path, offset) {
        const node = this.node(path);
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return this.value(path);
        const [start, end] = node.range;
        const lines = this.contentLines(node, start, end);
        let consumed = 0;
        for (const line of lines) {
            if (offset <= consumed + line.length)
                return this.at(line.offset + (offset - consumed));
            consumed += line.length + 1; // the newline or folding space between lines
        }
        const last = lines[lines.length - 1];
        return last ? this.at(last.offset + last.length) : this.at(start);
    }
    /** Each source line of the scalar as (absolute offset of its content, content length). */
    contentLines(node, start, end) {
        const src = this.text.slice(start, end);
        const raw = src.split('\n');
        let lineStart = start;
        const out = [];
        const block = node.type === dist/* Scalar */.X5.BLOCK_FOLDED || node.type === dist/* Scalar */.X5.BLOCK_LITERAL;
        const quoted = node.type === dist/* Scalar */.X5.QUOTE_DOUBLE || node.type === dist/* Scalar */.X5.QUOTE_SINGLE;
        const indents = raw
            .slice(1)
            .filter((l) => l.trim() !== '')
            .map((l) => l.length - l.trimStart().length);
        const blockIndent = indents.length ? Math.min(...indents) : 0;
        raw.forEach((line, i) => {
            if (block && i === 0) {
                lineStart += line.length + 1;
                return; // the `>-` / `|` header line
            }
            let skip = block ? Math.min(blockIndent, line.length) : line.length - line.trimStart().length;
            if (i === 0 && quoted)
                skip = 1;
            if (!(block && line.trim() === '' && i === raw.length - 1))
                out.push({ offset: lineStart + skip, length: line.trimEnd().length - skip });
            lineStart += line.length + 1;
        });
        return out;
    }
}

;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * loadPolicy: policy text → Policy, or a PolicyError listing every problem with file:line:col and a fix.
 * Pure: the caller reads the file; `path` is only used in messages and kept on the Policy.
 */










function loadPolicy(text, path) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
    const issue = (line, column, message, fix) => ({
        file: path,
        line,
        column,
        message,
        fix,
    });
    if (doc.errors.length > 0) {
        // The tree after a syntax error is a guess; checking it would report noise, so stop here.
        // One error per line: the first one yaml finds on a line is the cause, the rest follow from it.
        const issues = doc.errors.map((e) => yamlIssue(e, text, lineCounter, path));
        throw new errors/* PolicyError */.pn(issues.filter((i, n) => issues.findIndex((j) => j.line === i.line) === n));
    }
    const positions = new PositionIndex(text, doc, lineCounter);
    const duplicates = duplicateKeys(doc);
    if (duplicates.length > 0) {
        throw new errors/* PolicyError */.pn(duplicates.map((key) => {
            const at = positions.at(key.range?.[0] ?? 0);
            return issue(at.line, at.column, 'YAML syntax error: Map keys must be unique', DUPLICATE_KEY_FIX);
        }));
    }
    const converted = policyValue(doc, positions);
    if (!converted.ok)
        throw new errors/* PolicyError */.pn([{ file: path, ...converted.issue }]);
    const raw = converted.value;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        const { line, column } = positions.start();
        throw new errors/* PolicyError */.pn([
            issue(line, column, 'the policy file must be a YAML map of keys (version, window, metrics, stages, ...)', 'start from the example in the README: version: 1, window: 5m, metrics: ..., stages: ...'),
        ]);
    }
    const shape = schema/* PolicyFileSchema */.ou.safeParse(raw, { reportInput: true });
    const issues = shape.success ? [] : mapZodIssues(shape.error.issues, positions, path);
    const builder = new PolicyBuilder(raw, positions, path);
    const policy = builder.build();
    issues.push(...builder.issues);
    if (issues.length > 0)
        throw new errors/* PolicyError */.pn(issues);
    return policy;
}

// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(5201);
;// CONCATENATED MODULE: ./src/cli/read-policy.ts
/** Reads and loads a policy file; a file that cannot be read is an input error naming the flag. */


function readPolicyFile(path) {
    const text = (0,read_file/* readUserFile */.E1)(path, {
        place: `--config ${path}`,
        fix: 'give the path of the policy file, e.g. .github/canary-gate.yml',
    });
    return { policy: loadPolicy(text, path), text };
}


/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ checksNothing),
/* harmony export */   n: () => (/* binding */ checksNothingWarning)
/* harmony export */ });
function checksNothing(policy, stage) {
    if (Object.values(policy.metrics).some((m) => m.judge))
        return false;
    return stage.gates.length === 0 && stage.triggers.length === 0 && !stage.score;
}
function checksNothingWarning(policy, stage) {
    return (`${policy.path}:${stage.pos.line}:${stage.pos.column}: stage "${stage.name}" checks nothing ` +
        '(no gates, rollback triggers or score), so it always promotes; add gates: or a rollback: trigger');
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ checkBakePoints),
/* harmony export */   CO: () => (/* binding */ bakeWindowsProblem)
/* harmony export */ });
/* unused harmony exports MAX_WINDOWS_PER_BAKE, MAX_POINTS_PER_BAKE */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5432);
/* harmony import */ var _stage_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72);


const MAX_WINDOWS_PER_BAKE = 11_000;
const MAX_POINTS_PER_BAKE = 2_000_000;
const n = (value) => value.toLocaleString('en-US');
/** Why a bake has too many windows, or null. `what` names it, e.g. "bake 999d in stages.canary_5". */
function bakeWindowsProblem(what, bakeSeconds, windowSeconds) {
    const windows = Math.floor(bakeSeconds / windowSeconds);
    if (windows <= MAX_WINDOWS_PER_BAKE)
        return null;
    return {
        message: `${what} is ${n(windows)} windows of ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(windowSeconds)}, over the limit of ${n(MAX_WINDOWS_PER_BAKE)} windows per bake`,
        fix: `use a bake of at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(MAX_WINDOWS_PER_BAKE * windowSeconds)}, or a longer window`,
    };
}
/** Points each stage's bake would read; a stage over MAX_POINTS_PER_BAKE is an issue at its bake. */
function checkBakePoints(b, stages, metrics) {
    const w = b.windowSecondsValue;
    if (!w)
        return;
    for (const stage of Object.values(stages)) {
        const windows = Math.floor(stage.bakeSeconds / w);
        if (windows > MAX_WINDOWS_PER_BAKE)
            continue; // reported as too many windows already
        const read = (0,_stage_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsOf */ .P)({ metrics }, stage);
        const queries = read.reduce((sum, m) => sum + 1 + (m.baseline ? 1 : 0), 0);
        const points = windows * queries;
        if (points <= MAX_POINTS_PER_BAKE)
            continue;
        const maxWindows = Math.floor(MAX_POINTS_PER_BAKE / queries);
        b.report(b.pos.value(['stages', stage.name, 'bake']), `stage ${stage.name} reads ${n(points)} points (${n(windows)} windows × ${n(queries)} queries), over the limit of ${n(MAX_POINTS_PER_BAKE)} per bake`, `use a bake of at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(maxWindows * w)}, a longer window, or fewer metrics in this stage`);
    }
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ buildLinks),
/* harmony export */   d3: () => (/* binding */ dashboardLink)
/* harmony export */ });
/* unused harmony export LINK_PLACEHOLDERS */
const LINK_PLACEHOLDERS = ['since', 'until', 'since_iso', 'until_iso', 'stage'];
function buildLinks(b, value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const dashboard = value.dashboard;
    if (typeof dashboard !== 'string')
        return undefined; // shape errors come from zod
    for (const m of dashboard.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (LINK_PLACEHOLDERS.includes(m[1]))
            continue;
        b.report(b.pos.value(['links', 'dashboard']), `links.dashboard: unknown placeholder {{${m[1]}}}`, `use ${LINK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
    }
    return { dashboard };
}
/** The dashboard link for one bake; null without a template or without known times. */
function dashboardLink(template, bake, stage) {
    if (!template || !bake.since || !bake.until)
        return null;
    const since = Date.parse(bake.since);
    const until = Date.parse(bake.until);
    if (Number.isNaN(since) || Number.isNaN(until))
        return null;
    const values = {
        since: String(since),
        until: String(until),
        since_iso: new Date(since).toISOString(),
        until_iso: new Date(until).toISOString(),
        stage,
    };
    return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name) => encodeURIComponent(values[name] ?? ''));
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize),
/* harmony export */   f: () => (/* binding */ DEFAULT_MAX_RESPONSE_BYTES)
/* harmony export */ });
/** Byte sizes as policies write them: `64MiB`, `512KiB`, `1GiB`, `10MB`, `1000000` (bytes). */
const UNIT_BYTES = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** Default cap on one Prometheus answer: far above what a gate's queries return, far below what hurts a runner. */
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B|B)?\s*$/i.exec(text);
    const bytes = m ? Math.floor(Number(m[1]) * UNIT_BYTES[(m[2] ?? 'b').toLowerCase()]) : NaN;
    if (!m || !Number.isSafeInteger(bytes) || bytes < 1024)
        return {
            ok: false,
            message: `invalid size "${text}"${m ? ': at least 1KiB' : ''}`,
            fix: 'give a size such as 64MiB, 256MiB or 1GiB',
        };
    return { ok: true, bytes };
}


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ metricsOf)
/* harmony export */ });
/** The metrics the stage's gates, triggers and judges read, in policy order. */
function metricsOf(policy, stage) {
    const used = new Set([...stage.gates, ...stage.triggers].map((c) => c.metric));
    // A metric's `judge:` (docs/judges.md) applies in every stage; a counts judge also reads its requests metric.
    for (const m of Object.values(policy.metrics)) {
        if (!m.judge)
            continue;
        used.add(m.name);
        if (m.judge.type === 'sequential' && m.judge.requests !== undefined)
            used.add(m.judge.requests);
    }
    return Object.values(policy.metrics).filter((m) => used.has(m.name));
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/** "Did you mean" for names: the closest candidate by edit distance, if it is close enough to be a typo. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = above;
        }
    }
    return prev[b.length];
}
function nearest(name, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = name.toLowerCase();
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // A typo changes a few characters; beyond that the suggestion would be noise.
    const limit = Math.max(2, Math.floor(name.length / 3));
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
/** `did you mean "x"?` or the list of valid names, for a fix text. */
function didYouMean(name, candidates, noun) {
    const guess = nearest(name, candidates);
    if (guess)
        return `did you mean "${guess}"?`;
    if (candidates.length === 0)
        return `define the ${noun} first`;
    const shown = candidates.slice(0, 8).join(', ');
    return `use one of the ${noun}s: ${shown}${candidates.length > 8 ? ', ...' : ''}`;
}


/***/ }),

/***/ 9672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syntaxTree: () => (/* binding */ syntaxTree)
/* harmony export */ });
/* harmony import */ var _lezer_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3854);
/**
 * What the bundles give @prometheus-io/codemirror-promql's Parser for `@codemirror/language` (tsconfig.json
 * `paths`, which ncc resolves with): the Parser takes only `syntaxTree(state)` from it, and promql-types.ts
 * hands it a state whose one field is the lezer tree. The real package would load @codemirror/view and the
 * rest of the editor at start-up (~50 ms of every cold start, bench/cold-start.ts) for that one function.
 * Same contract as the real `syntaxTree`: the state's language field's tree, or the empty tree.
 */

function syntaxTree(state) {
    return state.field(undefined, false)?.tree ?? _lezer_common__WEBPACK_IMPORTED_MODULE_0__/* .Tree */ .PH.empty;
}


/***/ }),

/***/ 7886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   S8: () => (/* binding */ templateVarsUsed),
/* harmony export */   V7: () => (/* binding */ sourceOffset),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   Xy: () => (/* binding */ renderTemplateWithMap),
/* harmony export */   hX: () => (/* binding */ unknownPlaceholders),
/* harmony export */   pp: () => (/* binding */ BUILTIN_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony exports findPlaceholders, escapeForLiteral */
/**
 * Query templates: `{{window}}`, `{{stage}}`, `{{traffic}}`, `{{vars.NAME}}`. A value that lands inside a
 * PromQL string literal is escaped for that literal, so a var such as `"} or vector(1) #` stays a label
 * value and cannot rewrite the query.
 */
/** Thrown at render time (run time) for a placeholder that has no value. */
class TemplateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TemplateError';
    }
}
const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/y;
const VAR_NAME_RE = /^vars\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const BUILTIN_PLACEHOLDERS = ['window', 'stage', 'traffic'];
/** Every `{{...}}` in the template with the literal it sits in, found by one scan that tracks PromQL quoting. */
function findPlaceholders(template) {
    const found = [];
    let quote = null;
    for (let i = 0; i < template.length; i++) {
        const ch = template[i];
        if (ch === '{' && template[i + 1] === '{') {
            PLACEHOLDER_RE.lastIndex = i;
            const m = PLACEHOLDER_RE.exec(template);
            if (m) {
                found.push({ start: i, end: i + m[0].length, name: m[1], quote });
                i += m[0].length - 1;
                continue;
            }
        }
        if (quote === null) {
            if (ch === '"' || ch === "'" || ch === '`')
                quote = ch;
            else if (ch === '#')
                i = skipComment(template, i);
        }
        else if (ch === '\\' && quote !== '`') {
            i++; // an escaped character never closes the literal
        }
        else if (ch === quote) {
            quote = null;
        }
    }
    return found;
}
function skipComment(text, i) {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
}
/** Var names used as `{{vars.NAME}}`, in order of first use. */
function templateVarsUsed(template) {
    const names = [];
    for (const p of findPlaceholders(template)) {
        const m = VAR_NAME_RE.exec(p.name);
        if (m && !names.includes(m[1]))
            names.push(m[1]);
    }
    return names;
}
/** Placeholders that are neither window/stage/traffic nor `vars.NAME`: always a policy error. */
function unknownPlaceholders(template) {
    return findPlaceholders(template).filter((p) => !BUILTIN_PLACEHOLDERS.includes(p.name) && !VAR_NAME_RE.test(p.name));
}
/** Escape a value for the body of a PromQL string literal quoted with `quote`. */
function escapeForLiteral(value, quote) {
    if (quote === '`') {
        // Raw strings have no escapes: a backtick in the value could only end the literal.
        if (value.includes('`'))
            throw new TemplateError(`value ${JSON.stringify(value)} contains a backtick and cannot be placed in a \`...\` string`);
        return value;
    }
    return value
        .replace(/\\/g, '\\\\')
        .replace(quote === '"' ? /"/g : /'/g, `\\${quote}`)
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
}
function renderTemplateWithMap(template, ctx) {
    let out = '';
    let cursor = 0;
    const segments = [];
    const push = (srcStart, srcEnd, piece, placeholder) => {
        segments.push({ srcStart, srcEnd, outStart: out.length, outEnd: out.length + piece.length, placeholder });
        out += piece;
    };
    for (const p of findPlaceholders(template)) {
        if (p.start > cursor)
            push(cursor, p.start, template.slice(cursor, p.start), false);
        const raw = placeholderValue(p.name, ctx);
        push(p.start, p.end, p.quote ? escapeForLiteral(raw, p.quote) : raw, true);
        cursor = p.end;
    }
    if (cursor < template.length)
        push(cursor, template.length, template.slice(cursor), false);
    return { text: out, segments };
}
function renderTemplate(template, ctx) {
    return renderTemplateWithMap(template, ctx).text;
}
/** Offset in the template that produced offset `outOffset` of the rendered text. */
function sourceOffset(segments, outOffset) {
    for (const s of segments) {
        if (outOffset < s.outEnd)
            return s.placeholder ? s.srcStart : s.srcStart + (outOffset - s.outStart);
    }
    const last = segments[segments.length - 1];
    return last ? last.srcEnd : 0;
}
function placeholderValue(name, ctx) {
    if (name === 'window')
        return ctx.window;
    if (name === 'stage')
        return ctx.stage;
    if (name === 'traffic') {
        if (ctx.traffic === undefined)
            throw new TemplateError(`{{traffic}} is used but stage "${ctx.stage}" has no traffic`);
        return String(ctx.traffic);
    }
    const m = VAR_NAME_RE.exec(name);
    if (m) {
        const value = ctx.vars[m[1]];
        if (value === undefined)
            throw new TemplateError(`{{vars.${m[1]}}} is used but var "${m[1]}" has no value`);
        return value;
    }
    throw new TemplateError(`unknown placeholder {{${name}}}`);
}


/***/ }),

/***/ 1746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ dict)
/* harmony export */ });
/**
 * A record keyed by user-chosen names (stages, metrics, vars, recorded-file keys) without a prototype:
 * `constructor`, `toString` or `__proto__` are then plain keys, and a lookup of a name that is not there
 * gives undefined, never an Object.prototype member.
 */
function dict() {
    return Object.create(null);
}


/***/ }),

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ readUserFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_FILE_BYTES, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Files the user names (policy, recorded bake, CA certificate): read them, or fail with one line naming
 * where the path came from (`--config x`, ``input `config` (x)``) and the fix. The file is stat'ed first:
 * a FIFO or a device would block or never end, and a file over `maxBytes` would not fit the memory bound.
 */



/** Default cap: far above any policy or certificate, far below what could exhaust memory. */
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
function readUserFile(path, options) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO without a writer would otherwise block before it can be stat'ed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(options.place, unreadable(code, error, options.notFound), options.fix);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (stat.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(options.place, 'is a directory, not a file', options.fix);
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(options.place, `is not a regular file (a ${stat.isFIFO() ? 'named pipe' : stat.isSocket() ? 'socket' : 'device'}, which may never end)`, `${options.fix}; to pass generated content, write it to a file first`);
        const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
        if (stat.size > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(options.place, `is ${formatBytes(stat.size)}, over the ${formatBytes(max)} limit for this file`, `${options.fix} of at most ${formatBytes(max)}`);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
            throw error;
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(options.place, unreadable(code, error, options.notFound), options.fix);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    const mib = bytes / (1024 * 1024);
    return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Number((bytes / 1024).toFixed(1))} KiB`;
}
/** Why a file cannot be read, in words where the code alone is cryptic. */
function unreadable(code, error, notFound) {
    if (code === 'ENOENT' && notFound)
        return notFound;
    if (code === 'EISDIR')
        return 'is a directory, not a file';
    if (code === 'EACCES')
        return 'cannot be read: permission denied';
    return `cannot be read (${code ?? error.message.split('\n')[0]})`;
}


/***/ })

};
