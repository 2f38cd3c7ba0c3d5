/** JSON Schema of the policy file, generated from the same zod schema the loader checks with. */
import { z } from 'zod';
import { PolicyFileSchema } from './schema.js';

export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicyFileSchema, { target: 'draft-7' }) as Record<string, unknown>;
}
