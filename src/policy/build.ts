/**
 * From the parsed YAML (already shape-checked by zod where possible) to a Policy: durations in seconds,
 * conditions parsed, `extends` resolved, names cross-checked, templates and PromQL checked (metrics in
 * metric.ts, gates and triggers in checks.ts, stages in stages.ts). Every problem
 * is collected rather than thrown, and parts that failed the shape check are skipped so one mistake does
 * not cascade into many.
 */
import { dict } from '../util/dict.js';
import type { BuildContext } from './build-context.js';
import { CheckBuilder } from './checks.js';
import { formatDuration, parseDuration } from './duration.js';
import { checkJudgeReferences } from './judge.js';
import { checkBakePoints } from './limits.js';
import { buildLinks } from './links.js';
import { buildMetric, MISSING_DATA } from './metric.js';
import type { PositionIndex, YamlPath } from './positions.js';
import { isMap, str, type Raw } from './raw.js';
import { DEFAULT_MAX_RESPONSE_BYTES, parseSize } from './size.js';
import { StageResolver } from './stages.js';
import type {
  CheckSpec,
  FailFast,
  MetricSpec,
  MissingData,
  Policy,
  PolicyIssue,
  SourceErrorPolicy,
  SourcePos,
} from './types.js';
import { formatPath } from './zod-issues.js';

export class PolicyBuilder implements BuildContext {
  readonly issues: PolicyIssue[] = [];
  private windowSeconds: number | undefined;
  private windowText = '';
  private readonly metrics: Record<string, MetricSpec> = dict();
  /** Gates and triggers, checked against the metrics declared (their specs are filled in before use). */
  private readonly checks: CheckBuilder;

  constructor(
    private readonly raw: Raw,
    private readonly positions: PositionIndex,
    private readonly file: string,
  ) {
    this.checks = new CheckBuilder(this, {
      names: Object.keys(isMap(raw.metrics) ? raw.metrics : {}),
      specs: this.metrics,
      declared: isMap(raw.metrics),
    });
  }

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

  triggers(path: YamlPath, value: unknown): CheckSpec[] {
    return this.checks.triggers(path, value);
  }

  gates(path: YamlPath, value: unknown): Map<string, CheckSpec[]> {
    return this.checks.gates(path, value);
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
