/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: a lookback's report.json carries every window's
 * value (hundreds of MB at 500 series per metric), and building it as one string, then redacting and
 * writing it, held several copies of it at once. Pieces end at line ends, so the line-by-line redaction
 * of stdout sees whole lines (a secret cannot straddle two pieces).
 */

/** Pieces of about this many characters. */
const PIECE = 1 << 20;

export function writeJsonPretty(value: unknown, write: (piece: string) => void): void {
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length < PIECE) return;
    const end = buffer.lastIndexOf('\n') + 1;
    if (end === 0) return;
    write(buffer.slice(0, end));
    buffer = buffer.slice(end);
  };
  const body = serialize(value, '', '', emit);
  if (body === undefined) emit('undefined');
  emit('\n');
  if (buffer !== '') write(buffer);
}

/** Writes `value` (the caller has written its key); returns undefined, writing nothing, where JSON skips it. */
function serialize(
  value: unknown,
  key: string,
  indent: string,
  emit: (text: string) => void,
): true | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return undefined;
    emit(text);
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return (emit('[]'), true);
    if (value.every(isPrimitive)) return (primitiveArray(value, indent, emit), true);
    emit('[');
    value.forEach((item, i) => {
      emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (serialize(item, String(i), inner, emit) === undefined) emit('null');
    });
    emit(`\n${indent}]`);
    return true;
  }
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (!writable(v)) continue;
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
    first = false;
    serialize(v, k, inner, emit);
  }
  emit(first ? '{}' : `\n${indent}}`);
  return true;
}

/**
 * An array of numbers, strings, booleans and nulls (per-window values, window labels: most of a report)
 * written by JSON.stringify a slice at a time, re-indented: its text has no raw newline but the ones
 * between items, so putting `indent` after each gives exactly the nested form, at a fraction of the
 * cost of one emit per item.
 */
function primitiveArray(value: unknown[], indent: string, emit: (text: string) => void): void {
  emit('[');
  for (let i = 0; i < value.length; i += SLICE) {
    // `[\n  a,\n  b\n]` without its brackets and last line end: `\n  a,\n  b`.
    const text = JSON.stringify(value.slice(i, i + SLICE), null, 2).slice(1, -2);
    emit((i === 0 ? '' : ',') + (indent === '' ? text : text.replaceAll('\n', `\n${indent}`)));
  }
  emit(`\n${indent}]`);
}

/** Items of a primitive array stringified at once: pieces of tens of kB. */
const SLICE = 2048;

function isPrimitive(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** What JSON.stringify keeps as an object member. */
function writable(v: unknown): boolean {
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
  // toJSON may turn a member into undefined; rare enough to serialize once to find out.
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return JSON.stringify(v) !== undefined;
  return true;
}
