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

  it('writes long primitive arrays at any depth as JSON.stringify does: slices, commas in strings, holes', () => {
    // Longer than the writer's slice (8,192 items), so slice boundaries fall inside them.
    const n = 20_000;
    const holey = new Array<number | null>(n);
    for (let i = 0; i < n; i++) holey[i] = i % 97 === 0 ? null : i / 7;
    const sparse = new Array<number>(n);
    sparse[3] = 1;
    sparse[n - 1] = 2;
    const strings = Array.from({ length: n }, (_, i) => (i % 1000 === 0 ? `a, "b",\n${i}` : `w${i}–`));
    const mixed = Array.from({ length: n }, (_, i) => [i, 'x,y', true, null, NaN, undefined][i % 6]);
    let value: unknown = { holey, sparse, strings, mixed };
    for (let depth = 0; depth < 4; depth++) {
      const { text, parts } = pieces(value);
      expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      for (const p of parts) expect(p.endsWith('\n')).toBe(true);
      value = depth % 2 === 0 ? [value] : { nested: value };
    }
    expect(pieces(strings).text).toBe(`${JSON.stringify(strings, null, 2)}\n`);
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

  it('redacts every string of a long string array, and keeps one with nothing to mask as it is', () => {
    const redactor = new Redactor([SECRET]);
    const labels = Array.from({ length: 5000 }, (_, i) => `2026-11-20T00:${i}Z–00:${i + 1}Z`);
    expect(redactor.json({ labels }).labels).toBe(labels);
    for (const leak of [SECRET, `https://u:pw@host/${SECRET.length}`, `x ${encodeURIComponent(SECRET)} y`]) {
      const withLeak = [...labels.slice(0, 2500), leak, ...labels.slice(2500)];
      const redacted = redactor.json({ labels: withLeak }).labels;
      expect(redacted).toEqual(withLeak.map((l) => redactor.text(l)));
      expect(redacted[2500]).not.toBe(leak);
    }
  });

  it('keeps an array of numbers as it is instead of copying it', () => {
    const values = [1, null, 2.5];
    const redacted = new Redactor([SECRET]).json({ values });
    expect(redacted.values).toBe(values);
  });
});
