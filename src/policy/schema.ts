/**
 * The raw policy file as zod sees it: shapes, types and enums only. Cross-field rules (multiples of the
 * window, extends, names that must exist, PromQL) live in build.ts where positions are at hand. Each
 * object is its own named strict schema so later keys (e.g. `judge:` on metrics, `score:` on stages)
 * are one line each. Shared scalars are in schema-scalars.ts, judges and scores in schema-judge.ts.
 */
import { z } from 'zod';
import { JudgeSchema, ScoreSchema } from './schema-judge.js';
import {
  ConditionSchema,
  DryRunSchema,
  DurationSchema,
  FailFastSchema,
  LABEL_NAME_PATTERN,
  MissingDataSchema,
  NAME_PATTERN,
  TriggerActionSchema,
  VAR_NAME_PATTERN,
} from './schema-scalars.js';

export const MetricSchema = z.strictObject({
  query: z
    .string()
    .describe('PromQL template; {{window}}, {{stage}}, {{traffic}}, {{vars.NAME}} are filled in.')
    .optional(),
  alert: z
    .string()
    .describe('Alert name: 1 if the alert fired at any time in the window, else 0.')
    .optional(),
  baseline: z
    .string()
    .describe(
      'PromQL template for the same measure on the stable track, or `before` (this query over the span before the bake).',
    )
    .optional(),
  unit: z.string().optional(),
  'missing-data': MissingDataSchema.optional(),
  'pair-on': z
    .array(z.string().regex(new RegExp(LABEL_NAME_PATTERN)))
    .min(1)
    .describe(
      'Labels that pair canary series with baseline series, like PromQL on(...); default: the labels both sides carry whose values coincide somewhere.',
    )
    .optional(),
  judge: JudgeSchema.optional(),
});

/** A gate written as an object, for keys beyond the condition (`dry-run`). */
export const GateObjectSchema = z.strictObject({
  condition: ConditionSchema,
  'dry-run': DryRunSchema.optional(),
});

const GateSchema = z.union([ConditionSchema, GateObjectSchema]);

export const ConditionsSchema = z.union([GateSchema, z.array(GateSchema)]);

export const TriggerSchema = z.strictObject({
  metric: z.string().describe('Name of a metric under `metrics:`.'),
  when: ConditionSchema,
  for: DurationSchema.describe(
    'How long the condition must hold, a multiple of `window`; default one window.',
  ).optional(),
  action: TriggerActionSchema.describe('rollback (default), pause (hold), or notify (warn only).').optional(),
  'dry-run': DryRunSchema.optional(),
});

export const StageSchema = z.strictObject({
  extends: z
    .string()
    .describe('Inherit the gates and rollback triggers (and bake) of this stage.')
    .optional(),
  traffic: z
    .number()
    .min(0)
    .max(100)
    .describe('Percent of traffic on the canary; shown in reports.')
    .optional(),
  bake: DurationSchema.describe('The clean window this stage needs, a multiple of `window`.').optional(),
  gates: z
    .record(z.string().regex(new RegExp(NAME_PATTERN)), ConditionsSchema)
    .describe(
      'Metric name → condition or list of conditions that must hold in every window. [] removes an inherited gate.',
    )
    .optional(),
  rollback: z
    .array(TriggerSchema)
    .describe('Triggers added to the global `rollback:` list for this stage.')
    .optional(),
  score: ScoreSchema.optional(),
  'fail-fast': FailFastSchema.optional(),
});

export const LinksSchema = z
  .strictObject({
    dashboard: z
      .string()
      .url()
      .describe(
        'Dashboard URL template shown in the summary and comment; placeholders {{since}} and {{until}} (epoch ms, Grafana from/to), {{since_iso}}, {{until_iso}}, {{stage}}.',
      )
      .optional(),
  })
  .describe('Links shown in the job summary and PR comment.');

export const PrometheusSchema = z.strictObject({
  url: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeout: DurationSchema.optional(),
  'max-response-size': z
    .union([z.string(), z.number()])
    .describe('Cap on one answer, as sent and decompressed, e.g. 64MiB (default), 256MiB, 1GiB.')
    .optional(),
});

export const PolicyFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Policy file format version; must be 1.'),
    window: DurationSchema.describe('One evaluation window; every stage bake is cut into these.'),
    'missing-data': MissingDataSchema.optional(),
    'on-source-error': z
      .enum(['fail', 'warn'])
      .describe('fail: a failing source makes the verdict inconclusive; warn: skip its checks and warn.')
      .optional(),
    settle: DurationSchema.describe(
      'Watch mode: wait this long after a window closes before reading it.',
    ).optional(),
    'fail-fast': FailFastSchema.optional(),
    prometheus: PrometheusSchema.optional(),
    vars: z
      .record(z.string().regex(new RegExp(VAR_NAME_PATTERN)), z.union([z.string(), z.number(), z.boolean()]))
      .describe('Defaults for {{vars.NAME}}; action inputs and --var may add or override.')
      .optional(),
    metrics: z.record(z.string().regex(new RegExp(NAME_PATTERN)), MetricSchema),
    stages: z.record(z.string().regex(new RegExp(NAME_PATTERN)), StageSchema),
    rollback: z.array(TriggerSchema).describe('Triggers checked in every stage.').optional(),
    links: LinksSchema.optional(),
  })
  .describe('canary-gate policy file');

export type PolicyFile = z.infer<typeof PolicyFileSchema>;

/** Valid keys of each kind of object, for "unknown key" messages. */
export const KEYS = {
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
