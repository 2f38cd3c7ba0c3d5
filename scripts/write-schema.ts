/** Writes schema/policy.schema.json from the zod schema (`npm run schema`); a test fails when it is stale. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyJsonSchema } from '../src/policy/json-schema.js';

export function schemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + '\n';
}

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'policy.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, schemaText());
console.log(`wrote ${target}`);
