/**
 * The report is written in pieces (report/json-stream.ts) and redacted by a walk (util/redact.ts) instead of
 * JSON.stringify / JSON.parse: both must give byte for byte what the one-string way gave, for any JSON-like
 * value. Fixed seed, so a failure reproduces.
 */
import fc from 'fast-check';
import { writeJsonPretty } from '../../src/report/json-stream.js';
import { Redactor } from '../../src/util/redact.js';

const SECRET = 's3cr3t-Token';

/** JSON-like values with what JSON.stringify treats specially: undefined, NaN, ±Infinity, toJSON, secrets. */
const valueArb = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, null, undefined, true, false),
    fc.string(),
    fc.constantFrom(SECRET, `https://user:${SECRET}@host/x`, `a "${SECRET}"\nb`),
    fc.date({ noInvalidDate: true }),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constant(SECRET)), tie('node'), { maxKeys: 5 }),
    fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 20 }),
  ),
}));

function pieces(value: unknown): { text: string; parts: string[] } {
  const parts: string[] = [];
  writeJsonPretty(value, (p) => parts.push(p));
  return { text: parts.join(''), parts };
}

describe('report JSON written in pieces', () => {
  it('equals JSON.stringify(value, null, 2) + newline', () => {
    fc.assert(
      fc.property(valueArb.node, (value) => {
        expect(pieces(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('cuts a large value into pieces that each end a line', () => {
    const report = {
      metrics: {
        m: { values: [{ labels: { pod: 'p' }, values: Array.from({ length: 300_000 }, (_, i) => i / 7) }] },
      },
    };
    const { text, parts } = pieces(report);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.endsWith('\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});

describe('Redactor.json', () => {
  it('gives what JSON.parse(JSON.stringify(value)) with every string redacted gives', () => {
    const redactor = new Redactor([SECRET]);
    fc.assert(
      fc.property(valueArb.node, (value) => {
        const expected: unknown = JSON.parse(JSON.stringify({ v: value }), (_k, v: unknown) =>
          typeof v === 'string' ? redactor.text(v) : v,
        );
        const redacted = redactor.json({ v: value });
        // Keys are redacted too (the old way left them to the text pass on the way out).
        const keysRedacted = JSON.parse(redactor.text(JSON.stringify(expected))) as unknown;
        expect(JSON.stringify(redacted)).toBe(JSON.stringify(keysRedacted));
        expect(JSON.stringify(redacted)).not.toContain(SECRET);
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('keeps an array of numbers as it is instead of copying it', () => {
    const values = [1, null, 2.5];
    const redacted = new Redactor([SECRET]).json({ values });
    expect(redacted.values).toBe(values);
  });
});
