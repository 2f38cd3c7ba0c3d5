/**
 * A JSON reader for recorded bakes that keeps memory near the file's size: every array of numbers (and
 * nulls) becomes a Float64Array (NaN for null, 8 bytes a value) instead of a tree of nodes with positions
 * (about 260 bytes a value through yaml's parser). Offsets are kept per key and per value, not per array
 * item; a line and column are computed only for the error being reported.
 */

export type JsonValue =
  | { kind: 'object'; offset: number; entries: JsonEntry[] }
  | { kind: 'numbers'; offset: number; values: Float64Array }
  | { kind: 'array'; offset: number; items: JsonValue[] }
  | { kind: 'scalar'; offset: number; value: string | number | boolean | null };

export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonValue;
}

/** Where and why the text is not JSON this reader accepts; `duplicate` names a repeated key. */
export class JsonReadError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly duplicate?: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;
const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

export function readJson(text: string): JsonValue {
  let pos = 0;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re: RegExp): string | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    pos = re.lastIndex;
    return m[0];
  };
  const fail = (what: string): never => {
    throw new JsonReadError(pos, what);
  };

  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    skip();
    const offset = pos;
    const ch = text[pos];
    if (ch === '{') return object(offset, depth);
    if (ch === '[') return array(offset, depth);
    if (ch === '"') return { kind: 'scalar', offset, value: JSON.parse(match(STRING) ?? fail('bad string')) };
    const num = match(NUMBER);
    if (num !== null) return { kind: 'scalar', offset, value: Number(num) };
    const lit = match(LITERAL);
    if (lit !== null) return { kind: 'scalar', offset, value: lit === 'null' ? null : lit === 'true' };
    return fail('unexpected character');
  };

  const object = (offset: number, depth: number): JsonValue => {
    pos++;
    const entries: JsonEntry[] = [];
    const seen = new Set<string>();
    skip();
    if (text[pos] === '}') {
      pos++;
      return { kind: 'object', offset, entries };
    }
    for (;;) {
      skip();
      const keyOffset = pos;
      const raw = match(STRING) ?? fail('expected a key');
      const key = JSON.parse(raw) as string;
      if (seen.has(key)) throw new JsonReadError(keyOffset, 'duplicate key', raw);
      seen.add(key);
      skip();
      if (text[pos++] !== ':') fail('expected ":"');
      entries.push({ key, keyOffset, value: value(depth + 1) });
      skip();
      const next = text[pos++];
      if (next === '}') return { kind: 'object', offset, entries };
      if (next !== ',') fail('expected "," or "}"');
    }
  };

  /** Numbers and nulls go straight into a growing Float64Array; anything else turns it into items. */
  const array = (offset: number, depth: number): JsonValue => {
    pos++;
    let values = new Float64Array(64);
    let count = 0;
    let items: JsonValue[] | null = null;
    skip();
    if (text[pos] === ']') {
      pos++;
      return { kind: 'numbers', offset, values: values.subarray(0, 0) };
    }
    for (;;) {
      skip();
      if (items === null) {
        const num = match(NUMBER);
        const isNull = num === null && text.startsWith('null', pos);
        if (num !== null || isNull) {
          if (isNull) pos += 4;
          if (count === values.length) {
            const grown = new Float64Array(values.length * 2);
            grown.set(values);
            values = grown;
          }
          values[count++] = num === null ? NaN : Number(num);
        } else {
          items = Array.from(values.subarray(0, count), (v) => ({
            kind: 'scalar' as const,
            offset,
            value: Number.isNaN(v) ? null : v,
          }));
          items.push(value(depth + 1));
        }
      } else items.push(value(depth + 1));
      skip();
      const next = text[pos++];
      if (next === ']')
        return items
          ? { kind: 'array', offset, items }
          : { kind: 'numbers', offset, values: values.slice(0, count) };
      if (next !== ',') fail('expected "," or "]"');
    }
  };

  const root = value(0);
  skip();
  if (pos < text.length) fail('unexpected text after the JSON value');
  return root;
}

/** 1-based line and column of `offset`, counted only when an error needs them. */
export function lineColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/**
 * Above this size the fast path's transient tree (JSON.parse's arrays, ~24 bytes a value with nulls mixed
 * in) would outgrow the lean reader's 8 bytes a value, so larger files go straight to readJson.
 */
const FAST_PATH_MAX_CHARS = 8 * 1024 * 1024;

/**
 * The same tree as readJson through JSON.parse (~7× faster), without positions: every offset is 0, so it
 * serves only a file that reads without error; the caller re-reads with readJson to place an error. Null
 * when the text is not JSON, is nested too deep or repeats a key (JSON.parse keeps the last of two equal
 * keys): readJson then says where.
 */
export function readJsonFast(text: string): JsonValue | null {
  if (text.length > FAST_PATH_MAX_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const keys = { count: 0 };
  const tree = toTree(parsed, 0, keys);
  // Every ':' outside a string separates a key from its value: fewer keys in the tree means one was repeated.
  return tree !== null && keys.count === colonsOutsideStrings(text) ? tree : null;
}

function toTree(v: unknown, depth: number, keys: { count: number }): JsonValue | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(v)) {
    const values = numbersOf(v);
    if (values) return { kind: 'numbers', offset: 0, values };
    const items: JsonValue[] = [];
    for (const item of v) {
      const node = toTree(item, depth + 1, keys);
      if (node === null) return null;
      items.push(node);
    }
    return { kind: 'array', offset: 0, items };
  }
  if (v !== null && typeof v === 'object') {
    const entries: JsonEntry[] = [];
    for (const key of Object.keys(v)) {
      keys.count++;
      const node = toTree((v as Record<string, unknown>)[key], depth + 1, keys);
      if (node === null) return null;
      entries.push({ key, keyOffset: 0, value: node });
    }
    return { kind: 'object', offset: 0, entries };
  }
  return { kind: 'scalar', offset: 0, value: v as string | number | boolean | null };
}

/** The array as a Float64Array (NaN for null), or null when an item is something else. */
function numbersOf(v: unknown[]): Float64Array | null {
  const values = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x === 'number') values[i] = x;
    else if (x === null) values[i] = NaN;
    else return null;
  }
  return values;
}

/**
 * Jumps with indexOf rather than reading each character: a recording is mostly numbers, with few strings
 * and colons, and this runs once, cold, where a character loop would still be interpreted.
 */
function colonsOutsideStrings(text: string): number {
  let colons = 0;
  let colon = text.indexOf(':');
  let quote = text.indexOf('"');
  while (colon !== -1) {
    if (quote === -1 || colon < quote) {
      colons++;
      colon = text.indexOf(':', colon + 1);
      continue;
    }
    // Skip the string: its closing quote is the first one not escaped by an odd run of backslashes.
    let end = quote;
    for (;;) {
      end = text.indexOf('"', end + 1);
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
    }
    if (colon < end) colon = text.indexOf(':', end + 1);
    quote = text.indexOf('"', end + 1);
  }
  return colons;
}
