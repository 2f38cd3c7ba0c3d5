/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: a lookback's report.json carries every window's
 * value (hundreds of MB at 500 series per metric), and building it as one string, then redacting and
 * writing it, held several copies of it at once. Pieces end at line ends, so the line-by-line redaction
 * of stdout sees whole lines (a secret cannot straddle two pieces). The pieces come one at a time
 * (`jsonPrettyPieces`), so a writer can wait for a slow pipe between them instead of queueing them all.
 */
import { hasToJSON, jsonForm } from '../util/json-form.js';

/** Pieces of about this many characters. */
const PIECE = 1 << 20;

export function writeJsonPretty(value: unknown, write: (piece: string) => void): void {
  for (const piece of jsonPrettyPieces(value)) write(piece);
}

export function* jsonPrettyPieces(value: unknown): Generator<string, void, undefined> {
  const out = new Pieces();
  const body = yield* serialize(value, '', '', out);
  if (body === undefined) out.emit('undefined');
  out.emit('\n');
  yield* out.take();
  if (out.buffer !== '') yield out.buffer;
}

/** Text written so far: whole lines of PIECE characters or more become pieces, taken by `take`. */
class Pieces {
  buffer = '';
  private ready: string[] = [];

  emit(text: string): void {
    this.buffer += text;
    if (this.buffer.length < PIECE) return;
    const end = this.buffer.lastIndexOf('\n') + 1;
    if (end === 0) return;
    this.ready.push(this.buffer.slice(0, end));
    this.buffer = this.buffer.slice(end);
  }

  *take(): Generator<string, void, undefined> {
    if (this.ready.length === 0) return;
    const pieces = this.ready;
    this.ready = [];
    yield* pieces;
  }
}

/** Writes `value` (the caller has written its key); returns undefined, writing nothing, where JSON skips it. */
function* serialize(
  value: unknown,
  key: string,
  indent: string,
  out: Pieces,
): Generator<string, true | undefined, undefined> {
  value = jsonForm(value, key);
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return undefined;
    out.emit(text);
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return (out.emit('[]'), true);
    if (value.every(isPrimitive)) return (primitiveArray(value, indent, out), true);
    out.emit('[');
    for (let i = 0; i < value.length; i++) {
      out.emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if ((yield* serialize(value[i], String(i), inner, out)) === undefined) out.emit('null');
      yield* out.take();
    }
    out.emit(`\n${indent}]`);
    return true;
  }
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (!writable(v)) continue;
    out.emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
    first = false;
    yield* serialize(v, k, inner, out);
    yield* out.take();
  }
  out.emit(first ? '{}' : `\n${indent}}`);
  return true;
}

/**
 * An array of numbers, strings, booleans and nulls (per-window values, window labels: most of a report)
 * written by JSON.stringify a slice at a time, re-indented: its text has no raw newline but the ones
 * between items, so putting `indent` after each gives exactly the nested form, at a fraction of the
 * cost of one emit per item.
 */
function primitiveArray(value: unknown[], indent: string, out: Pieces): void {
  out.emit('[');
  for (let i = 0; i < value.length; i += SLICE) {
    // `[\n  a,\n  b\n]` without its brackets and last line end: `\n  a,\n  b`.
    const text = JSON.stringify(value.slice(i, i + SLICE), null, 2).slice(1, -2);
    out.emit((i === 0 ? '' : ',') + (indent === '' ? text : text.replaceAll('\n', `\n${indent}`)));
  }
  out.emit(`\n${indent}]`);
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
  if (hasToJSON(v)) return JSON.stringify(v) !== undefined;
  return true;
}
