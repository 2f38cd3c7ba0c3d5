import { readFileSync } from 'node:fs';
import { policyJsonSchema } from '../../src/policy/json-schema.js';

describe('schema/policy.schema.json', () => {
  test('is in sync with the zod schema (run `npm run schema` when this fails)', () => {
    const written = JSON.parse(readFileSync('schema/policy.schema.json', 'utf8'));
    expect(written).toEqual(policyJsonSchema());
  });

  test('describes the policy: strict objects, required keys, duration and condition patterns', () => {
    const schema = policyJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<
        string,
        { pattern?: string; additionalProperties?: { additionalProperties?: boolean } }
      >;
    };
    expect(schema.required.sort()).toEqual(['metrics', 'stages', 'version', 'window']);
    expect(schema.additionalProperties).toBe(false);
    expect(new RegExp(schema.properties.window.pattern!).test('1h30m')).toBe(true);
    expect(new RegExp(schema.properties.window.pattern!).test('5 minutes')).toBe(false);
    expect(schema.properties.metrics.additionalProperties?.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    for (const key of [
      'extends',
      'gates',
      'rollback',
      'missing-data',
      'on-source-error',
      'baseline',
      'alert',
    ]) {
      expect(text).toContain(`"${key}"`);
    }
  });
});
