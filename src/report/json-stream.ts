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
/** Lines this long are a piece by themselves (`Pieces.lines`): long enough to be worth a write of their own. */
const BLOCK = 1 << 16;

export function writeJsonPretty(value: unknown, write: (piece: string) => void): void {
  for (const piece of jsonPrettyPieces(value)) write(piece);
}

export function* jsonPrettyPieces(value: unknown): Generator<string, void, undefined> {
  const out = new Pieces();
  const body = yield* serialize(value, '', '', out);
  if (body === undefined) out.emit('undefined');
  out.emit('\n');
  yield* out.take();
  const rest = out.rest();
  if (rest !== '') yield rest;
}

/**
 * Text written so far, kept as the parts it was written in: whole lines of PIECE characters or more are
 * joined into a piece, taken by `take`. Joined, not appended to one growing string: that string was
 * flattened at every cut, and the window labels' dash (not Latin-1) made it, and every piece cut from
 * it after them, two bytes a character. Joined, only a piece holding such a part is.
 */
class Pieces {
  private parts: string[] = [];
  private size = 0;
  private ready: string[] = [];

  emit(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= PIECE) this.cut();
  }

  /** The parts up to the last line end become a piece; the rest of that part and those after it stay. */
  private cut(): void {
    const parts = this.parts;
    for (let j = parts.length - 1; j >= 0; j--) {
      const end = parts[j].lastIndexOf('\n') + 1;
      if (end === 0) continue;
      const piece = parts.slice(0, j);
      piece.push(parts[j].slice(0, end));
      this.ready.push(piece.join(''));
      const rest = parts.slice(j + 1);
      if (end < parts[j].length) rest.unshift(parts[j].slice(end));
      this.parts = rest;
      this.size = 0;
      for (const p of rest) this.size += p.length;
      return;
    }
  }

  /**
   * `text`: whole lines, starting where the text so far ends a line. A long one becomes a piece of its
   * own, as it is (a slice of what JSON.stringify gave, never copied into a joined piece); what is
   * before it, the piece before.
   */
  lines(text: string): void {
    const parts = this.parts;
    if (text.length < BLOCK || (parts.length > 0 && !parts[parts.length - 1].endsWith('\n')))
      return this.emit(text);
    if (parts.length > 0) this.ready.push(parts.join(''));
    this.ready.push(text);
    this.parts = [];
    this.size = 0;
  }

  *take(): Generator<string, void, undefined> {
    if (this.ready.length === 0) return;
    const pieces = this.ready;
    this.ready = [];
    yield* pieces;
  }

  /** What is left after the last piece taken, as one string. */
  rest(): string {
    return this.parts.join('');
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
 * An array of numbers, strings, booleans and nulls (per-window values, window labels: most of a report),
 * written a slice at a time by JSON.stringify itself, indent included: the slice is stringified nested as
 * deep as the array sits (`[[[slice]]]`), so its text comes out as the nested form has it, and is cut
 * out of the wrapping (a slice of a string, not a copy). No per-item string, no re-indenting pass.
 */
function primitiveArray(value: unknown[], indent: string, out: Pieces): void {
  const depth = indent.length / 2;
  // Lengths of the wrapping's opening lines (`[\n  [\n    `…) and closing lines (…`\n  ]\n]`).
  const open = depth * depth + 3 * depth;
  const close = depth * depth + depth;
  // The slice's own brackets and the line ends and indents next to them.
  const head = 2 + indent.length + 2;
  const tail = 1 + indent.length + 1;
  out.emit('[\n');
  for (let i = 0; i < value.length; i += SLICE) {
    if (i > 0) out.emit(',\n');
    let wrapped: unknown = packed(value, i, Math.min(value.length, i + SLICE));
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // The items' lines, the first one's indent included; the last one's line is left open for `,` or `]`.
    const from = open + head - indent.length - 2;
    const to = text.length - close - tail;
    const last = text.lastIndexOf('\n', to - 1) + 1;
    if (last > from) out.lines(text.slice(from, last));
    out.emit(text.slice(Math.max(from, last), to));
  }
  out.emit(`\n${indent}]`);
}

/** Items of a primitive array stringified at once: texts of 100-300 kB. */
const SLICE = 8192;

/**
 * value[from..to) in a new array of the packed kind: an array made by `new Array(n)` and filled (a
 * source's per-window values) is of a holey kind, which JSON.stringify reads item by item through the
 * generic lookup, a third slower than the copy made here. A hole reads undefined, which an array writes
 * as null, as it writes the hole.
 */
function packed(value: unknown[], from: number, to: number): unknown[] {
  const items: unknown[] = [];
  for (let k = from; k < to; k++) items.push(value[k]);
  return items;
}

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
