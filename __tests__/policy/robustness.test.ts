/**
 * Whatever a person types, loading ends in a Policy or a PolicyError whose issues all point inside the
 * file with a one-line message and a fix — never a crash from deeper down.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';

const example = readFileSync('examples/tsfm/policy.yml', 'utf8');
const design = readFileSync('__tests__/policy/fixtures/design-example.yml', 'utf8');
const pieces = [
  '"',
  "'",
  ':',
  '-',
  ' ',
  '\n',
  '{',
  '}',
  '[',
  ']',
  '>',
  '<=',
  '%',
  '{{',
  '}}',
  'baseline',
  '5m',
  '7m',
  '0',
  'x',
  '#',
];

/** Apply edits (delete a span, insert a piece) at positions scaled to the text. */
const mutation = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.nat(6),
    insert: fc.constantFrom(...pieces, ''),
  }),
  { minLength: 1, maxLength: 4 },
);

function mutate(text: string, edits: { at: number; del: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    out = out.slice(0, i) + e.insert + out.slice(i + e.del);
  }
  return out;
}

function assertWellFormed(text: string): void {
  const lines = text.split('\n').length;
  try {
    loadPolicy(text, 'p.yml');
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.file).toBe('p.yml');
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lines);
      expect(issue.column).toBeGreaterThanOrEqual(1);
      expect(issue.message).not.toMatch(/\n|undefined|\[object Object\]/);
      expect(issue.fix).not.toMatch(/\n/);
      expect(issue.fix.length).toBeGreaterThan(0);
    }
  }
}

test.each([
  ['runbook 000 example', example],
  ['DESIGN example', design],
])('mutations of the %s load or fail with well-formed issues', (_name, text) => {
  fc.assert(
    fc.property(mutation, (edits) => assertWellFormed(mutate(text, edits))),
    { numRuns: 400, seed: 20261122 },
  );
});
