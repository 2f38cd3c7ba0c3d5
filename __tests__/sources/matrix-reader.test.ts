/**
 * The fast matrix reader (src/sources/matrix-reader.ts) reads every answer it accepts exactly as the
 * general path (JSON.parse and the zod schema) does, and accepts nothing JSON.parse refuses: answers
 * generated with odd labels, values, whitespace and extra members, and broken variants of them.
 */
import fc from 'fast-check';
import { scanMatrix } from '../../src/sources/matrix-reader.js';
import { parseResult, type PromBody } from '../../src/sources/prometheus-answer.js';

const general = (text: string) => parseResult(JSON.parse(text) as PromBody);
const fast = (text: string) => {
  const scanned = scanMatrix(text);
  return scanned && parseResult({ status: 'success', warnings: scanned.warnings, scanned });
};

/** Decimal text as Prometheus writes it, 1 to 19 digits, with leading zeros and signs: the one-pass path's edges. */
const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,10}$/), fc.option(fc.stringMatching(/^[0-9]{1,9}$/)))
  .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
const value = fc.oneof(
  fc.double().map(String),
  decimalText,
  fc.constantFrom('NaN', '+Inf', '-Inf', 'Inf', '0x10', '', ' 1', '1e5', '.5', '-0', 'Infinity', '1_0'),
  fc.string({ maxLength: 4 }),
);
const answer = fc.record({
  result: fc.array(
    fc.record({
      metric: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
      values: fc.array(
        fc.tuple(
          fc.oneof(fc.integer({ min: 0, max: 2e9 }), fc.double({ min: 0, max: 2e9, noNaN: true })),
          value,
        ),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 4 },
  ),
  warnings: fc.option(fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), { nil: undefined }),
  space: fc.boolean(),
});

type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never;

function text(a: Answer): string {
  const body = {
    status: 'success',
    data: { resultType: 'matrix', result: a.result },
    ...(a.warnings ? { warnings: a.warnings } : {}),
  };
  return a.space ? JSON.stringify(body, null, 2) : JSON.stringify(body);
}

test('an accepted answer reads exactly as the general path reads it', () => {
  fc.assert(
    fc.property(answer, (a) => {
      const t = text(a);
      const read = fast(t);
      // Escaped label or value text is left to the general path; the rest must be read fast.
      if (!/\\/.test(t)) expect(read).toBeDefined();
      if (read) expect(read).toEqual(general(t));
    }),
  );
});

test('text JSON.parse refuses, or another shape, is never accepted', () => {
  const ok = text({ result: [{ metric: { a: 'b' }, values: [[1, '2']] }], warnings: ['w'], space: false });
  expect(fast(ok)).toBeDefined();
  const broken = [
    ok.slice(0, -1),
    ok.replace('"w"]', '"w"],'),
    ok.replace('[[1,"2"]]', '[[1,"2"],]'),
    ok.replace('[[1,"2"]]', '[[1e999,"2"]]'),
    ok.replace('[[1,"2"]]', '[[01,"2"]]'),
    ok.replace('{"a":"b"}', '{"a":1}'),
    ok.replace(',"values"', '\f,"values"'),
    ok + 'x',
    ok.replace('"matrix"', '"vector"'),
    ok.replace('}]}', '}]},"data":{}'),
    ok.replace('[[1,"2"]]', '[[1,"2","3"]]'),
    ok.replace('[[1,"2"]]', '[[1.,"2"]]'),
    ok.replace('[[1,"2"]]', '[[1e,"2"]]'),
    ok.replace('[[1,"2"]]', '[[-,"2"]]'),
    ok.replace('[[1,"2"]]', '[[1,"2\u0001"]]'),
    ok.replace('[[1,"2"]]', '[[1,"2"]'),
    ok.replace('[[1,"2"]]', '[[1 ,\t"2"\r]\n]'),
    ok.replace('[[1,"2"]]', '[[1,"2"],[2,"3"] ]'),
    ok.replace('[[1,"2"]]', '[[1,"2"][2,"3"]]'),
    ok.replace('[[1,"2"]]', '[[1,2]]'),
    ok.replace('[[1,"2"]]', '[[1,"+1e3"],[2,"1.e-2"],[3,"-"],[4,"1e999"]]'),
  ];
  for (const t of broken) {
    const read = fast(t);
    if (read === undefined) continue;
    // Accepted only if the general path accepts it and reads it the same way.
    expect(read).toEqual(general(t));
  }
  expect(fast(ok.slice(0, -1))).toBeUndefined();
  expect(fast(ok.replace('[[1,"2"]]', '[[1e999,"2"]]'))).toBeUndefined();
  expect(fast(ok.replace('}]}', '}]},"data":{}'))).toBeUndefined();
});
