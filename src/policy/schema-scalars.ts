/**
 * The policy's scalar shapes that several objects share: durations, conditions, enums and the names
 * keys must match. Strings that must match a grammar carry a regex whose message is a tag (`duration`,
 * `condition`): the issue mapper turns the tag into the grammar's own precise message.
 */
import { z } from 'zod';
import { CONDITION_PATTERN } from './condition.js';
import { DURATION_PATTERN } from './duration.js';

export const FORMAT_TAG = { duration: 'duration', condition: 'condition' } as const;

export const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
export const LABEL_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
export const VAR_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';

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

export const DryRunSchema = z
  .boolean()
  .describe('Judge and show this check, but never let it change the decision (try a new check first).');
