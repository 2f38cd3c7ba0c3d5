/**
 * The raw policy file as zod sees it: shapes, types and enums only. Cross-field rules (multiples of the
 * window, extends, names that must exist, PromQL) live in build.ts where positions are at hand. Each
 * object is its own named strict schema so later keys (e.g. `judge:` on metrics, `score:` on stages)
 * are one line each.
 *
 * Strings that must match a grammar carry a regex whose message is a tag (`duration`, `condition`): the
 * issue mapper turns the tag into the grammar's own precise message.
 */
import { z } from 'zod';
import { CONDITION_PATTERN } from './condition.js';
import { DURATION_PATTERN } from './duration.js';

export const FORMAT_TAG = { duration: 'duration', condition: 'condition' } as const;

const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const LABEL_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
const VAR_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';

export const DurationSchema = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), FORMAT_TAG.duration)
  .describe('A duration: whole numbers with units d, h, m, s in that order, e.g. 30s, 5m, 1h30m, 1d.');

export const ConditionSchema = z
  .string()
  .regex(new RegExp(CONDITION_PATTERN), FORMAT_TAG.condition)
  .describe(
    'One comparison OP RHS: OP one of < <= > >= == !=; RHS a number (300, 0.01, 1e-3, 1%) or baseline, baseline * K, baseline + K, baseline - K.',
  );

export const MissingDataSchema = z
  .enum(['fail', 'inconclusive', 'ignore'])
  .describe('A window without a sample: fail (a gate violation), inconclusive, or ignore (skip the window).');

export const TriggerActionSchema = z.enum(['rollback', 'pause', 'notify']);
export const FailFastSchema = z
  .enum(['rollback', 'hold'])
  .describe(
    'When a watch may stop before the bake ends. rollback (default): only on a rollback (or a judge promoting early); after a hold it keeps reading while a rollback could still fire. hold: also at the first hold.',
  );

const JudgeDirectionSchema = z
  .enum(['increase', 'decrease', 'either'])
  .describe('Which way a change is bad (default increase).');
const JudgeActionSchema = z
  .enum(['rollback', 'pause'])
  .describe('What a failing judge does: rollback (default) or pause (the verdict holds).');
const AllowedEffectSchema = z
  .number()
  .min(0)
  .describe('Largest tolerated regression: a fraction of the baseline (0.1 = 10%) unless effect: absolute.');
const EffectScaleSchema = z
  .enum(['relative', 'absolute'])
  .describe('relative (default): allowed-effect is a fraction of the baseline; absolute: metric units.');

/** `judge:` on a metric (docs/judges.md). */
export const DryRunSchema = z
  .boolean()
  .describe('Judge and show this check, but never let it change the decision (try a new check first).');

export const JudgeSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('threshold') }),
    z.strictObject({
      type: z.literal('mann-whitney'),
      confidence: z
        .number()
        .gt(0)
        .lt(1)
        .describe('Confidence of the Hodges-Lehmann interval (default 0.98).')
        .optional(),
      direction: JudgeDirectionSchema.optional(),
      'allowed-effect': AllowedEffectSchema.optional(),
      effect: EffectScaleSchema.optional(),
      scope: z
        .enum(['cumulative', 'window'])
        .describe("cumulative (default): all windows so far; window: this window's samples only.")
        .optional(),
      for: DurationSchema.describe(
        'Consecutive failing windows before deciding; default one window.',
      ).optional(),
      action: JudgeActionSchema.optional(),
      'dry-run': DryRunSchema.optional(),
    }),
    z.strictObject({
      type: z.literal('sequential'),
      kind: z
        .enum(['counts', 'values'])
        .describe('counts: events split by traffic share; values: per-window measures.'),
      requests: z
        .string()
        .describe("kind counts: the metric whose query and baseline count each track's requests per window.")
        .optional(),
      alpha: z
        .number()
        .gt(0)
        .lt(1)
        .describe('False-rollback probability over the whole bake (default 0.05).')
        .optional(),
      'allowed-effect': AllowedEffectSchema.optional(),
      direction: JudgeDirectionSchema.optional(),
      effect: EffectScaleSchema.optional(),
      'promote-early': z
        .boolean()
        .describe('Promote once a regression beyond allowed-effect is ruled out.')
        .optional(),
      concentration: z
        .number()
        .positive()
        .describe('kind counts: prior concentration (default 20).')
        .optional(),
      'prior-scale': z
        .number()
        .positive()
        .describe('kind values: prior variance of the effect (default 1).')
        .optional(),
      overdispersion: z
        .boolean()
        .describe(
          'kind counts: estimate overdispersion from the data and temper the evidence (default true).',
        )
        .optional(),
      action: JudgeActionSchema.optional(),
      'dry-run': DryRunSchema.optional(),
    }),
    z.strictObject({
      type: z.literal('spike'),
      sigmas: z
        .number()
        .positive()
        .describe('Standard deviations above the trailing mean (default 3).')
        .optional(),
      cut: z
        .enum(['calibrated', 'literal'])
        .describe(
          "calibrated (default): sigmas names the Gaussian tail, widened for the estimated mean and σ; literal: the runbook's (value − mean)/sd > sigmas.",
        )
        .optional(),
      trailing: DurationSchema.describe(
        'History the mean and σ are taken over (default 12 windows).',
      ).optional(),
      'min-history': DurationSchema.describe(
        'No judgement before this much history (default 5 windows).',
      ).optional(),
      'min-delta': z
        .number()
        .min(0)
        .describe('The rise must also exceed this, in metric units (default 0).')
        .optional(),
      direction: JudgeDirectionSchema.optional(),
      for: DurationSchema.describe(
        'Consecutive spiking windows before deciding; default one window.',
      ).optional(),
      action: JudgeActionSchema.optional(),
      'dry-run': DryRunSchema.optional(),
    }),
  ])
  .describe('A statistical judge of canary against baseline: threshold, mann-whitney, sequential or spike.');

/** `score:` on a stage (docs/judges.md). */
export const ScoreSchema = z
  .strictObject({
    min: z
      .number()
      .min(0)
      .max(1)
      .describe('Lowest acceptable weighted share of gates that held in a window.'),
    for: DurationSchema.describe(
      'Consecutive windows under min before deciding; default one window.',
    ).optional(),
    weights: z
      .record(z.string(), z.number().min(0))
      .describe('Weight per gate metric; others weigh 1.')
      .optional(),
    action: JudgeActionSchema.optional(),
    'dry-run': DryRunSchema.optional(),
  })
  .describe("Weighted composite of the stage's gates per window.");

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
