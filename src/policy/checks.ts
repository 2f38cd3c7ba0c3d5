/**
 * Gates and rollback triggers: each names a metric and carries a condition. Both are parsed here, against
 * the metrics the policy declares, so an unknown metric or a baseline condition on a metric without a
 * baseline is one issue at the place it is written.
 */
import type { BuildContext } from './build-context.js';
import { parseCondition } from './condition.js';
import type { YamlPath } from './positions.js';
import { isMap, str } from './raw.js';
import { didYouMean } from './suggest.js';
import type { CheckSpec, MetricSpec, TriggerAction } from './types.js';
import { formatPath } from './zod-issues.js';

const ACTIONS = ['rollback', 'pause', 'notify'];

/** What the checks need of the builder: places, durations and the window. */
export type CheckContext = Omit<BuildContext, 'triggers' | 'gates'>;

/** The metrics a check may name: every declared name, and the specs of those that built. */
export interface MetricCatalog {
  readonly names: readonly string[];
  /** Filled as metrics are built; checks are parsed after that. */
  readonly specs: Readonly<Record<string, MetricSpec>>;
  /** False when `metrics:` itself is missing or broken: that is the error to show, not every reference. */
  readonly declared: boolean;
}

export class CheckBuilder {
  /** The names as a Set: every gate and trigger looks its metric up. */
  private readonly nameSet: Set<string>;

  constructor(
    private readonly ctx: CheckContext,
    private readonly metrics: MetricCatalog,
  ) {
    this.nameSet = new Set(metrics.names);
  }

  /** Parse a list of triggers; every problem reported, valid triggers returned. */
  triggers(path: YamlPath, value: unknown): CheckSpec[] {
    if (!Array.isArray(value)) return [];
    const windowSeconds = this.ctx.windowSecondsValue;
    const out: CheckSpec[] = [];
    value.forEach((item, i) => {
      const at = [...path, i];
      if (!isMap(item)) return;
      const metric = str(item.metric);
      const metricOk = metric !== undefined && this.knownMetric([...at, 'metric'], metric);
      const when = str(item.when);
      const condition =
        when !== undefined ? this.condition([...at, 'when'], when, metric, metricOk) : undefined;
      let forSeconds = windowSeconds;
      if (item.for !== undefined) {
        const seconds = this.ctx.duration([...at, 'for'], item.for);
        forSeconds = seconds;
        if (seconds !== undefined && windowSeconds) this.ctx.multipleOfWindow([...at, 'for'], 'for', seconds);
      }
      const action = (ACTIONS.includes(item.action as string) ? item.action : 'rollback') as TriggerAction;
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
  gates(path: YamlPath, value: unknown): Map<string, CheckSpec[]> {
    const out = new Map<string, CheckSpec[]>();
    if (!isMap(value)) return out;
    const windowSeconds = this.ctx.windowSecondsValue;
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

  private knownMetric(path: YamlPath, metric: string, isKey = false): boolean {
    if (this.nameSet.has(metric)) return true;
    if (!this.metrics.declared) return false;
    const pos = isKey ? this.ctx.pos.key(path) : this.ctx.pos.value(path);
    this.ctx.report(
      pos,
      `unknown metric "${metric}" in ${formatPath(isKey ? path.slice(0, -1) : path)}`,
      didYouMean(metric, this.metrics.names, 'metric'),
    );
    return false;
  }

  private condition(path: YamlPath, text: string, metric: string | undefined, metricOk: boolean) {
    const parsed = parseCondition(text);
    if (!parsed.ok) {
      this.ctx.report(this.ctx.pos.value(path), `${formatPath(path)}: ${parsed.message}`, parsed.fix);
      return undefined;
    }
    if (parsed.condition.rhs.kind === 'baseline' && metric !== undefined && metricOk) {
      const spec = this.metrics.specs[metric];
      if (spec && !spec.baseline) {
        this.ctx.report(
          this.ctx.pos.value(path),
          `condition "${parsed.condition.text}" uses baseline but metric "${metric}" has no baseline`,
          `add baseline: <PromQL> or baseline: before to metric "${metric}", or compare with a number`,
        );
        return undefined;
      }
    }
    return parsed.condition;
  }
}
