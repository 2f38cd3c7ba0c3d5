/**
 * `judge:` on a metric and `score:` on a stage (docs/judges.md): the statistical checks' shapes, one
 * strict object per judge type.
 */
import { z } from 'zod';
import { DryRunSchema, DurationSchema } from './schema-scalars.js';

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

/** `judge:` on a metric. */
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
