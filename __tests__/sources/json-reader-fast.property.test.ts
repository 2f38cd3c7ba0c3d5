/**
 * readJsonFast (JSON.parse, no positions) must give readJson's tree, offsets aside, or refuse (null) so that
 * readJson reads the text and places the error: a file read by either reader is read the same. Random JSON
 * texts, with repeated keys, escaped quotes and colons inside strings and deep nesting mixed in. Fixed seed.
 */
import fc from 'fast-check';
import { readJson, readJsonFast, type JsonValue } from '../../src/sources/json-reader.js';

/** The tree without positions, with number arrays as plain arrays, and entries in key order. */
function shape(v: JsonValue): unknown {
  switch (v.kind) {
    case 'numbers':
      return { numbers: Array.from(v.values) };
    case 'array':
      return { items: v.items.map(shape) };
    case 'scalar':
      return { scalar: v.value };
    case 'object':
      return {
        entries: v.entries
          .map((e): [string, unknown] => [e.key, shape(e.value)])
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      };
  }
}

const key = fc.oneof(
  fc.constantFrom('a', 'b', '__proto__', 'constructor', 'x:"y', '\\', '1', ':'),
  fc.string(),
);
const leaf = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
  fc.boolean(),
  key,
);
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 5 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }),
  ),
}));

/** Writes entries as given, so a repeated key stays repeated in the text. */
function write(v: unknown): string {
  if (Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string'))
    return `{${v.map(([k, x]) => `${JSON.stringify(k)}: ${write(x)}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
  return JSON.stringify(v);
}

function readSlow(text: string): unknown {
  try {
    return shape(readJson(text));
  } catch {
    return 'error';
  }
}

test('the fast reader reads as readJson does, or leaves the text to it', () => {
  fc.assert(
    fc.property(json.value, (v) => {
      const text = write(v);
      const fast = readJsonFast(text);
      if (fast !== null) expect(shape(fast)).toEqual(readSlow(text));
    }),
    { seed: 12, numRuns: 2000 },
  );
});

test('a repeated key, deep nesting or bad JSON is left to readJson', () => {
  expect(readJsonFast('{"a": 1, "a": 2}')).toBeNull();
  expect(readJsonFast('{"a": "q\\":", "a": 1}')).toBeNull();
  expect(readJsonFast(`${'['.repeat(70)}${']'.repeat(70)}`)).toBeNull();
  expect(readJsonFast('{"a": [1, 2,]}')).toBeNull();
  expect(readJsonFast('{"a:": "::", "b": {"c": [1, null]}}')).not.toBeNull();
});
