/**
 * One entry of `metrics:` to a MetricSpec: query or alert (exactly one), an optional baseline, pairing
 * labels and judge. Query and baseline templates are checked here, rendered as the first stage would
 * render them, so a PromQL mistake is reported at its place in the file.
 */
import type { BuildContext } from './build-context.js';
import { buildJudge } from './judge.js';
import type { YamlPath } from './positions.js';
import { checkPromqlTemplate, isPrometheusIdentifier } from './promql.js';
import { isMap, str } from './raw.js';
import { KEYS } from './schema.js';
import { nearest } from './suggest.js';
import { BUILTIN_PLACEHOLDERS, unknownPlaceholders, type TemplateContext } from './template.js';
import type { BaselineSpec, MetricSpec, MissingData } from './types.js';
import { formatPath } from './zod-issues.js';

export const MISSING_DATA = ['fail', 'inconclusive', 'ignore'];

export function buildMetric(
  ctx: BuildContext,
  name: string,
  value: unknown,
  defaultMissing: MissingData,
  /** What templates are rendered with to check them: the first stage's, the policy's window and vars. */
  sample: TemplateContext,
): MetricSpec | undefined {
  const path = ['metrics', name];
  const pos = ctx.pos.key(path);
  if (!isMap(value)) return undefined; // reported by zod
  const query = str(value.query);
  const alert = str(value.alert);
  const baselineText = str(value.baseline);
  if (query !== undefined && alert !== undefined) {
    ctx.report(
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
    ctx.report(
      pos,
      `metric "${name}" has neither query nor alert`,
      'add query: <PromQL> or alert: <AlertName>',
    );
  }
  if (query !== undefined) checkTemplate(ctx, [...path, 'query'], query, sample);
  if (alert !== undefined && !isPrometheusIdentifier(alert.trim())) {
    ctx.report(
      ctx.pos.value([...path, 'alert']),
      `alert name "${alert}" of metric "${name}" is not a valid Prometheus alert name`,
      'use letters, digits, _ and :, not starting with a digit, e.g. HighErrorRate',
    );
  }
  let baseline: BaselineSpec | undefined;
  if (baselineText !== undefined) {
    if (alert !== undefined && query === undefined) {
      ctx.report(
        ctx.pos.key([...path, 'baseline']),
        `alert metric "${name}" cannot have a baseline`,
        'remove baseline: or use a query metric',
      );
    }
    if (baselineText.trim() === 'before') baseline = { kind: 'before' };
    else {
      baseline = { kind: 'query', query: baselineText };
      checkTemplate(ctx, [...path, 'baseline'], baselineText, sample);
    }
  }
  const pairOn = Array.isArray(value['pair-on']) ? value['pair-on'].map(String) : undefined;
  if (pairOn && !baseline)
    ctx.report(
      ctx.pos.key([...path, 'pair-on']),
      `metric "${name}" has pair-on but no baseline`,
      'add baseline: or remove pair-on',
    );
  const md = value['missing-data'];
  const judge = buildJudge(ctx, [...path, 'judge'], value.judge, ctx.windowSecondsValue);
  return {
    name,
    ...(query !== undefined ? { query } : {}),
    ...(alert !== undefined ? { alert: alert.trim() } : {}),
    ...(baseline ? { baseline } : {}),
    ...(pairOn ? { pairOn } : {}),
    ...(str(value.unit) !== undefined ? { unit: str(value.unit) } : {}),
    missingData: (MISSING_DATA.includes(md as string) ? md : defaultMissing) as MissingData,
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
function checkTemplate(ctx: BuildContext, path: YamlPath, template: string, sample: TemplateContext): void {
  const unknown = unknownPlaceholders(template);
  for (const p of unknown) {
    ctx.report(
      ctx.pos.inScalar(path, p.start),
      `unknown placeholder {{${p.name}}} in ${formatPath(path)}`,
      placeholderFix(p.name),
    );
  }
  if (unknown.length > 0) return;
  const error = checkPromqlTemplate(template, sample);
  if (error)
    ctx.report(
      ctx.pos.inScalar(path, error.offset),
      `${formatPath(path)}: PromQL ${error.kind === 'type' ? 'type' : 'syntax'} error: ${error.message}`,
      error.fix,
    );
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
