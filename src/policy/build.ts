/**
 * From the parsed YAML (already shape-checked by zod where possible) to a Policy: durations in seconds,
 * conditions parsed, `extends` resolved, names cross-checked, templates and PromQL checked. Every problem
 * is collected rather than thrown, and parts that failed the shape check are skipped so one mistake does
 * not cascade into many.
 */
import { dict } from '../util/dict.js';
import type { BuildContext } from './build-context.js';
import { parseCondition } from './condition.js';
import { formatDuration, parseDuration } from './duration.js';
import type { PositionIndex, YamlPath } from './positions.js';
import { checkPromqlTemplate, isPrometheusIdentifier } from './promql.js';
import { buildJudge, checkJudgeReferences } from './judge.js';
import { buildLinks } from './links.js';
import { isMap, str, type Raw } from './raw.js';
import { DEFAULT_MAX_RESPONSE_BYTES, parseSize } from './size.js';
import { KEYS } from './schema.js';
import { StageResolver } from './stages.js';
import { didYouMean, nearest } from './suggest.js';
import { BUILTIN_PLACEHOLDERS, unknownPlaceholders } from './template.js';
import type {
  BaselineSpec,
  CheckSpec,
  FailFast,
  MetricSpec,
  MissingData,
  Policy,
  PolicyIssue,
  SourceErrorPolicy,
  SourcePos,
  TriggerAction,
} from './types.js';
import { formatPath } from './zod-issues.js';
import { checkBakePoints } from './limits.js';

const MISSING_DATA = ['fail', 'inconclusive', 'ignore'];
const ACTIONS = ['rollback', 'pause', 'notify'];

export class PolicyBuilder implements BuildContext {
  readonly issues: PolicyIssue[] = [];
  private windowSeconds: number | undefined;
  private windowText = '';
  private metrics: Record<string, MetricSpec> = dict();
  private metricNames: string[] = [];
  /** The same names as a Set: every gate and trigger looks its metric up. */
  private metricNameSet = new Set<string>();

  constructor(
    private readonly raw: Raw,
    private readonly positions: PositionIndex,
    private readonly file: string,
  ) {}

  private issue(pos: SourcePos, message: string, fix: string): void {
    this.issues.push({ file: this.file, line: pos.line, column: pos.column, message, fix });
  }

  /** Seconds of the duration at `path`, or undefined (its shape error is reported by zod). */
  duration(path: YamlPath, value: unknown, allowZero = false): number | undefined {
    const text = str(value);
    if (text === undefined) return undefined;
    if (allowZero && /^\s*0+[dhms]?\s*$/.test(text)) return 0;
    const parsed = parseDuration(text);
    if (parsed.ok) return parsed.seconds;
    this.issue(this.positions.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
    return undefined;
  }

  /** Bytes of the size at `path` (default when absent), or undefined after reporting the problem. */
  private size(path: YamlPath, value: unknown): number | undefined {
    if (value === undefined || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
    const parsed = parseSize(String(value));
    if (parsed.ok) return parsed.bytes;
    this.issue(this.positions.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
    return undefined;
  }

  build(): Policy {
    const raw = this.raw;
    const window = this.duration(['window'], raw.window);
    this.windowSeconds = window;
    this.windowText = window === undefined ? '' : (str(raw.window)?.trim() ?? '');
    const settle = raw.settle === undefined ? 30 : this.duration(['settle'], raw.settle, true);
    const prometheus = isMap(raw.prometheus) ? raw.prometheus : {};
    const timeout =
      prometheus.timeout === undefined ? 30 : this.duration(['prometheus', 'timeout'], prometheus.timeout);
    if (str(prometheus.url) !== undefined) this.url(['prometheus', 'url'], str(prometheus.url)!);
    const maxResponseBytes = this.size(['prometheus', 'max-response-size'], prometheus['max-response-size']);
    const vars: Record<string, string> = dict();
    if (isMap(raw.vars))
      for (const [k, v] of Object.entries(raw.vars))
        if (['string', 'number', 'boolean'].includes(typeof v)) vars[k] = String(v);
    const missingData = (
      MISSING_DATA.includes(raw['missing-data'] as string) ? raw['missing-data'] : 'fail'
    ) as MissingData;

    const rawMetrics = isMap(raw.metrics) ? raw.metrics : {};
    this.metricNames = Object.keys(rawMetrics);
    this.metricNameSet = new Set(this.metricNames);
    const rawStages = isMap(raw.stages) ? raw.stages : {};
    const firstStage = Object.keys(rawStages)[0] ?? 'stage';
    const firstTraffic = isMap(rawStages[firstStage]) ? rawStages[firstStage].traffic : undefined;
    for (const [name, value] of Object.entries(rawMetrics)) {
      const spec = this.metric(name, value, missingData, {
        stage: firstStage,
        traffic: typeof firstTraffic === 'number' ? firstTraffic : 5,
        vars,
      });
      if (spec) this.metrics[name] = spec;
    }
    checkJudgeReferences(this, this.metrics);
    if (isMap(raw.stages) && Object.keys(raw.stages).length === 0) {
      this.issue(
        this.positions.value(['stages']),
        'stages is empty: the policy has nothing to judge',
        'add a stage, e.g. stages: { canary_5: { bake: 30m, gates: { ... } } }',
      );
    }

    const globalTriggers = this.triggers(['rollback'], raw.rollback);
    const links = buildLinks(this, raw.links);
    const failFast: FailFast = raw['fail-fast'] === 'hold' ? 'hold' : 'rollback';
    const stages = new StageResolver(this, rawStages).resolveAll(globalTriggers, failFast);
    checkBakePoints(this, stages, this.metrics);

    return {
      version: 1,
      path: this.file,
      windowSeconds: window ?? 0,
      windowText: this.windowText,
      missingData,
      onSourceError: (raw['on-source-error'] === 'warn' ? 'warn' : 'fail') as SourceErrorPolicy,
      settleSeconds: settle ?? 30,
      failFast,
      prometheus: {
        url: str(prometheus.url),
        headers: isMap(prometheus.headers)
          ? (Object.fromEntries(Object.entries(prometheus.headers).map(([k, v]) => [k, String(v)])) as Record<
              string,
              string
            >)
          : {},
        timeoutSeconds: timeout ?? 30,
        maxResponseBytes: maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      },
      vars,
      metrics: this.metrics,
      stages,
      ...(links ? { links } : {}),
    };
  }

  private metric(
    name: string,
    value: unknown,
    defaultMissing: MissingData,
    sample: { stage: string; traffic: number; vars: Record<string, string> },
  ): MetricSpec | undefined {
    const path = ['metrics', name];
    const pos = this.positions.key(path);
    if (!isMap(value)) return undefined; // reported by zod
    const query = str(value.query);
    const alert = str(value.alert);
    const baselineText = str(value.baseline);
    if (query !== undefined && alert !== undefined) {
      this.issue(
        pos,
        `metric "${name}" has both query and alert`,
        'keep one: query (a PromQL expression) or alert (an alert name)',
      );
    } else if (
      value.query === undefined &&
      value.alert === undefined &&
      Object.keys(value).every((k) => KEYS.metric.includes(k))
    ) {
      // With an unknown key present (a misspelt `query`), that key's message is the useful one.
      this.issue(
        pos,
        `metric "${name}" has neither query nor alert`,
        'add query: <PromQL> or alert: <AlertName>',
      );
    }
    const ctx = { window: this.windowText || '5m', ...sample };
    if (query !== undefined) this.template([...path, 'query'], query, ctx);
    if (alert !== undefined && !isPrometheusIdentifier(alert.trim())) {
      this.issue(
        this.positions.value([...path, 'alert']),
        `alert name "${alert}" of metric "${name}" is not a valid Prometheus alert name`,
        'use letters, digits, _ and :, not starting with a digit, e.g. HighErrorRate',
      );
    }
    let baseline: BaselineSpec | undefined;
    if (baselineText !== undefined) {
      if (alert !== undefined && query === undefined) {
        this.issue(
          this.positions.key([...path, 'baseline']),
          `alert metric "${name}" cannot have a baseline`,
          'remove baseline: or use a query metric',
        );
      }
      if (baselineText.trim() === 'before') baseline = { kind: 'before' };
      else {
        baseline = { kind: 'query', query: baselineText };
        this.template([...path, 'baseline'], baselineText, ctx);
      }
    }
    const pairOn = Array.isArray(value['pair-on']) ? value['pair-on'].map(String) : undefined;
    if (pairOn && !baseline)
      this.issue(
        this.positions.key([...path, 'pair-on']),
        `metric "${name}" has pair-on but no baseline`,
        'add baseline: or remove pair-on',
      );
    const md = value['missing-data'];
    const judge = buildJudge(this, [...path, 'judge'], value.judge, this.windowSeconds);
    return {
      name,
      ...(query !== undefined ? { query } : {}),
      ...(alert !== undefined ? { alert: alert.trim() } : {}),
      ...(baseline ? { baseline } : {}),
      ...(pairOn ? { pairOn } : {}),
      ...(str(value.unit) !== undefined ? { unit: str(value.unit) } : {}),
      missingData: (MISSING_DATA.includes(md as string) ? md : defaultMissing) as MissingData,
      pos,
      ...(query !== undefined ? { queryPos: this.positions.value([...path, 'query']) } : {}),
      ...(baseline?.kind === 'query' ? { baselinePos: this.positions.value([...path, 'baseline']) } : {}),
      ...(judge
        ? {
            judge: isMap(value.judge) && value.judge['dry-run'] === true ? { ...judge, dryRun: true } : judge,
          }
        : {}),
    };
  }

  private url(path: YamlPath, text: string): void {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(text).protocol);
    } catch {
      ok = false;
    }
    if (!ok)
      this.issue(
        this.positions.value(path),
        `${formatPath(path)} "${text}" is not an http(s) URL`,
        'write e.g. url: http://prometheus:9090',
      );
  }

  /** Placeholders must be known; the rendered text must parse as PromQL. */
  private template(
    path: YamlPath,
    template: string,
    ctx: { window: string; stage: string; traffic: number; vars: Record<string, string> },
  ): void {
    const unknown = unknownPlaceholders(template);
    for (const p of unknown) {
      this.issue(
        this.positions.inScalar(path, p.start),
        `unknown placeholder {{${p.name}}} in ${formatPath(path)}`,
        placeholderFix(p.name),
      );
    }
    if (unknown.length > 0) return;
    const error = checkPromqlTemplate(template, ctx);
    if (error)
      this.issue(
        this.positions.inScalar(path, error.offset),
        `${formatPath(path)}: PromQL ${error.kind === 'type' ? 'type' : 'syntax'} error: ${error.message}`,
        error.fix,
      );
  }

  /** Parse a list of triggers; every problem reported, valid triggers returned. */
  triggers(path: YamlPath, value: unknown): CheckSpec[] {
    if (!Array.isArray(value)) return [];
    const out: CheckSpec[] = [];
    value.forEach((item, i) => {
      const at = [...path, i];
      if (!isMap(item)) return;
      const metric = str(item.metric);
      const metricOk = metric !== undefined && this.knownMetric([...at, 'metric'], metric);
      const when = str(item.when);
      const condition =
        when !== undefined ? this.condition([...at, 'when'], when, metric, metricOk) : undefined;
      let forSeconds = this.windowSeconds;
      if (item.for !== undefined) {
        const seconds = this.duration([...at, 'for'], item.for);
        forSeconds = seconds;
        if (seconds !== undefined && this.windowSeconds)
          this.multipleOfWindow([...at, 'for'], 'for', seconds);
      }
      const action = (ACTIONS.includes(item.action as string) ? item.action : 'rollback') as TriggerAction;
      if (metric === undefined || !metricOk || !condition || forSeconds === undefined || !this.windowSeconds)
        return;
      out.push({
        kind: 'rollback',
        metric,
        condition,
        forSeconds,
        forWindows: Math.max(1, Math.round(forSeconds / this.windowSeconds)),
        action,
        pos: this.positions.value([...at, 'when']),
        ...(item['dry-run'] === true ? { dryRun: true } : {}),
      });
    });
    return out;
  }

  /** Gates of one stage (its own, before inheritance), by metric; an empty list means "no gate". */
  gates(path: YamlPath, value: unknown): Map<string, CheckSpec[]> {
    const out = new Map<string, CheckSpec[]>();
    if (!isMap(value)) return out;
    for (const [metric, conditions] of Object.entries(value)) {
      const metricOk = this.knownMetric([...path, metric], metric, true);
      const list =
        typeof conditions === 'string' ? [conditions] : Array.isArray(conditions) ? conditions : [];
      const checks: CheckSpec[] = [];
      list.forEach((entry, i) => {
        const base = typeof conditions === 'string' ? [...path, metric] : [...path, metric, i];
        // `{ condition: "<= 0.01", dry-run: true }` is a gate with options; a string is the condition alone.
        const text = isMap(entry) ? entry.condition : entry;
        const at = isMap(entry) ? [...base, 'condition'] : base;
        if (typeof text !== 'string') return;
        const dryRun = isMap(entry) && entry['dry-run'] === true;
        const condition = this.condition(at, text, metric, metricOk);
        if (condition && metricOk && this.windowSeconds) {
          checks.push({
            kind: 'gate',
            metric,
            condition,
            forSeconds: this.windowSeconds,
            forWindows: 1,
            action: 'gate',
            pos: this.positions.value(at),
            ...(dryRun ? { dryRun: true } : {}),
          });
        }
      });
      out.set(metric, checks);
    }
    return out;
  }

  private knownMetric(path: YamlPath, metric: string, isKey = false): boolean {
    if (this.metricNameSet.has(metric)) return true;
    if (!isMap(this.raw.metrics)) return false; // `metrics:` itself is missing or broken: that is the error to show
    const pos = isKey ? this.positions.key(path) : this.positions.value(path);
    this.issue(
      pos,
      `unknown metric "${metric}" in ${formatPath(isKey ? path.slice(0, -1) : path)}`,
      didYouMean(metric, this.metricNames, 'metric'),
    );
    return false;
  }

  private condition(path: YamlPath, text: string, metric: string | undefined, metricOk: boolean) {
    const parsed = parseCondition(text);
    if (!parsed.ok) {
      this.issue(this.positions.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
      return undefined;
    }
    if (parsed.condition.rhs.kind === 'baseline' && metric !== undefined && metricOk) {
      const spec = this.metrics[metric];
      if (spec && !spec.baseline) {
        this.issue(
          this.positions.value(path),
          `condition "${parsed.condition.text}" uses baseline but metric "${metric}" has no baseline`,
          `add baseline: <PromQL> or baseline: before to metric "${metric}", or compare with a number`,
        );
        return undefined;
      }
    }
    return parsed.condition;
  }

  /** `bake` must be a positive multiple of the window, `for` any multiple of it. */
  multipleOfWindow(path: YamlPath, what: string, seconds: number): boolean {
    const w = this.windowSeconds;
    if (!w || seconds % w === 0) return true;
    const lower = Math.floor(seconds / w) * w;
    const upper = lower + w;
    const options = [lower, upper].filter((s) => s > 0).map(formatDuration);
    this.issue(
      this.positions.value(path),
      `${what} ${formatDuration(seconds)} in ${formatPath(path.slice(0, -1))} is not a multiple of window ${this.windowText}`,
      `use ${options.join(' or ')}`,
    );
    return false;
  }

  /** The policy's window in seconds, once parsed (undefined while it is broken). */
  get windowSecondsValue(): number | undefined {
    return this.windowSeconds;
  }

  get pos(): PositionIndex {
    return this.positions;
  }

  report(pos: SourcePos, message: string, fix: string): void {
    this.issue(pos, message, fix);
  }
}

function placeholderFix(name: string): string {
  const builtin = nearest(name, BUILTIN_PLACEHOLDERS);
  if (builtin)
    return `did you mean {{${builtin}}}? placeholders are {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}}`;
  const bare = name.startsWith('var.') ? name.slice(4) : name;
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(bare))
    return `did you mean {{vars.${bare}}}? placeholders are {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}}`;
  return 'use {{window}}, {{stage}}, {{traffic}} or {{vars.NAME}}';
}
