/**
 * The fast way to read a query_range answer: the text of a `status: success` matrix answer scanned once,
 * each series' times and values written straight into Float64Arrays, so neither a JSON tree of millions
 * of `[t, "v"]` pairs nor a schema-checked copy of it is ever built (at 500 series × 5,760 points those
 * are hundreds of MB and most of the time spent).
 *
 * It accepts only text that is valid JSON of exactly the shape Prometheus, Thanos, Mimir and
 * VictoriaMetrics write (`{"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},
 * "values":[[t,"v"],…]},…]},…}`, any whitespace, no escapes in values) and reads it exactly as
 * ./prometheus-answer.ts does. Anything else returns undefined: the caller then takes the general path
 * (JSON.parse and the zod schema), which decides and words every error, so hostile answers keep their
 * messages.
 */
import type { Labels } from '../engine/types.js';

/** A series as read, before labels are made unique within the answer. */
export interface ScannedSeries {
  metric: Labels;
  times: Float64Array;
  /** NaN where the value was not a finite number; `raws` says which of those were not number strings. */
  values: Float64Array;
  /** Index and text of the values that were not number strings. */
  raws?: { index: number; raw: string }[];
}

export interface ScannedMatrix {
  series: ScannedSeries[];
  /** The answer's `warnings`, as it sent them (checked by the caller like any other answer's). */
  warnings: unknown;
}

const STRING = String.raw`"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
/** JSON's whitespace only (`\s` would also take what JSON.parse refuses). */
const WS = '[ \\t\\n\\r]*';
const sticky = (source: string) => new RegExp(source, 'y');

const HEAD = sticky(
  String.raw`${WS}\{${WS}"status"${WS}:${WS}"success"${WS},${WS}"data"${WS}:${WS}\{${WS}"resultType"${WS}:${WS}"matrix"${WS},${WS}"result"${WS}:${WS}\[${WS}`,
);
const METRIC = sticky(
  String.raw`\{${WS}"metric"${WS}:${WS}(\{${WS}(?:${STRING}${WS}:${WS}${STRING}${WS}(?:,${WS}${STRING}${WS}:${WS}${STRING}${WS})*)?\})${WS},${WS}"values"${WS}:${WS}\[${WS}`,
);
const ITEM_END = sticky(String.raw`\}${WS}([,\]])${WS}`);
const DATA_END = sticky(String.raw`\}${WS}`);
const EMPTY_END = sticky(String.raw`\]${WS}`);
/** A number as Prometheus and VictoriaMetrics write sample values: decimal, exponent, NaN, ±Inf. */
export const NUMBER_TEXT = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?Inf)$/;

/** The value of a sample's text: a finite number, or NaN (NaN, ±Inf: missing). Only for NUMBER_TEXT. */
export function sampleValue(raw: string): number {
  const n = Number(raw.replace(/Inf$/, 'Infinity'));
  return Number.isFinite(n) ? n : NaN;
}

export function scanMatrix(text: string): ScannedMatrix | undefined {
  let pos = 0;
  const match = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) pos = re.lastIndex;
    return m;
  };
  if (!match(HEAD)) return undefined;
  const series: ScannedSeries[] = [];
  // An empty result is `[]`; otherwise series follow until the `]` after one of them.
  if (!match(EMPTY_END)) {
    for (;;) {
      const head = match(METRIC);
      if (!head) return undefined;
      const read = readPoints(text, pos);
      if (!read) return undefined;
      pos = read.end;
      series.push({ metric: JSON.parse(head[1]) as Labels, ...read.series });
      const end = match(ITEM_END);
      if (!end) return undefined;
      if (end[1] === ']') break;
    }
  }
  // `]` of result done: the data object closes, then the answer's other members (warnings, infos).
  if (!match(DATA_END)) return undefined;
  let rest: unknown;
  try {
    const tail = text.slice(pos).replace(/[ \t\n\r]+$/, '');
    rest = tail === '}' ? {} : /^,[ \t\n\r]*"/.test(tail) ? JSON.parse(`{${tail.slice(1)}`) : [];
  } catch {
    return undefined;
  }
  // A repeated status or data would be read differently by JSON.parse (the last one wins): the general path.
  if (Array.isArray(rest) || typeof rest !== 'object' || rest === null) return undefined;
  if ('status' in rest || 'data' in rest) return undefined;
  return { series, warnings: (rest as { warnings?: unknown }).warnings };
}

function readPoints(
  text: string,
  start: number,
): { end: number; series: Omit<ScannedSeries, 'metric'> } | undefined {
  let times: Float64Array = new Float64Array(256);
  let values: Float64Array = new Float64Array(256);
  let count = 0;
  let raws: { index: number; raw: string }[] | undefined;
  let pos = start;
  const fast = new Float64Array(2);
  if (text.charCodeAt(pos) === CLOSE) pos++;
  else {
    for (;;) {
      if (count === times.length) {
        times = grow(times);
        values = grow(values);
      }
      // Nearly every point is `[digits,"digits"]` as Prometheus writes it: read in one pass, no strings made.
      const fastEnd = plainPoint(text, pos, fast);
      if (fastEnd > 0) {
        times[count] = fast[0];
        values[count++] = fast[1];
        pos = skipSpace(text, fastEnd);
        if (text.charCodeAt(fastEnd - 1) === CLOSE) break;
        continue;
      }
      const point = scanPoint(text, pos);
      if (point === undefined) return undefined;
      pos = point.end;
      const t = Number(text.slice(point.time, point.timeEnd));
      if (!Number.isFinite(t)) return undefined;
      // Most values are plain decimals: one Number() tells their value; anything else goes the long way.
      const plain = point.plain ? Number(text.slice(point.value, point.valueEnd)) : NaN;
      if (Number.isFinite(plain)) values[count] = plain;
      else {
        const raw = text.slice(point.value, point.valueEnd);
        if (NUMBER_TEXT.test(raw)) values[count] = sampleValue(raw);
        else {
          values[count] = NaN;
          (raws ??= []).push({ index: count, raw });
        }
      }
      times[count++] = t;
      if (point.last) break;
    }
  }
  // Skip the whitespace after `]` of values (the point scan ate it after the last point, not after `[]`).
  pos = skipSpace(text, pos);
  const series = { times: times.slice(0, count), values: values.slice(0, count) };
  return { end: pos, series: raws ? { ...series, raws } : series };
}

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isExponent = (c: number) => c === 0x65 || c === 0x45; // e E

/** A point's parts as offsets into the text; `plain`: its value text is only digits, `.`, `e`, `+`, `-`. */
interface ScannedPoint {
  time: number;
  timeEnd: number;
  value: number;
  valueEnd: number;
  plain: boolean;
  /** The point ended the list (`]` after it, not `,`). */
  last: boolean;
  /** Just past the point, its separator and the whitespace after it. */
  end: number;
}

/** Powers of ten a double holds exactly: a ≤ 15-digit integer divided by one of them is correctly rounded. */
const EXACT_POWERS = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));
const MAX_DIGITS = 15;

/**
 * The common point, `[T,"V"]` with T `digits[.digits]` (no leading zero) and V `[-]digits[.digits]`, then
 * `,` or `]`, and no whitespace: its time and value into `out`, the offset just past the separator returned.
 * Up to 15 digits, digits/10^k is the correctly rounded value, as Number() gives it, with no string made.
 * Anything else returns -1 and the point is read by scanPoint, which decides what it is.
 */
function plainPoint(text: string, start: number, out: Float64Array): number {
  if (text.charCodeAt(start) !== OPEN) return -1;
  let pos = start + 1;
  if (text.charCodeAt(pos) === ZERO && isDigit(text.charCodeAt(pos + 1))) return -1;
  let end = decimal(text, pos, out, 0);
  if (end < 0 || text.charCodeAt(end) !== COMMA || text.charCodeAt(end + 1) !== QUOTE) return -1;
  pos = end + 2;
  const negative = text.charCodeAt(pos) === MINUS;
  end = decimal(text, negative ? pos + 1 : pos, out, 1);
  if (end < 0 || text.charCodeAt(end) !== QUOTE || text.charCodeAt(end + 1) !== CLOSE) return -1;
  if (negative) out[1] = -out[1];
  const sep = text.charCodeAt(end + 2);
  return sep === COMMA || sep === CLOSE ? end + 3 : -1;
}

/** `digits[.digits]` at `start` into out[slot] (exactly as Number() reads it); the offset after it, or -1. */
function decimal(text: string, start: number, out: Float64Array, slot: number): number {
  let pos = start;
  let mantissa = 0;
  let c = text.charCodeAt(pos);
  while (isDigit(c)) {
    mantissa = mantissa * 10 + (c - ZERO);
    c = text.charCodeAt(++pos);
  }
  const whole = pos - start;
  if (whole === 0) return -1;
  let fraction = 0;
  if (c === DOT) {
    c = text.charCodeAt(++pos);
    while (isDigit(c)) {
      mantissa = mantissa * 10 + (c - ZERO);
      fraction++;
      c = text.charCodeAt(++pos);
    }
    if (fraction === 0) return -1;
  }
  if (isExponent(c)) return -1;
  // Longer digit strings (an average's 17 significant digits) are Number()'s to round.
  const value =
    whole + fraction > MAX_DIGITS ? Number(text.slice(start, pos)) : mantissa / EXACT_POWERS[fraction];
  if (!Number.isFinite(value)) return -1;
  out[slot] = value;
  return pos;
}

/**
 * One `[t, "v"]` and what follows it (`,` or `]`), by hand: exactly what a sticky
 * `\[WS(NUMBER)WS,WS"([^"\\\u0000-\u001f]*)"WS\]WS([,\]])WS` matches (NUMBER as JSON writes numbers),
 * without a match array and three strings per point. Undefined where that does not match.
 */
function scanPoint(text: string, start: number): ScannedPoint | undefined {
  if (text.charCodeAt(start) !== OPEN) return undefined;
  const time = skipSpace(text, start + 1);
  const timeEnd = jsonNumberEnd(text, time);
  if (timeEnd < 0) return undefined;
  let pos = skipSpace(text, timeEnd);
  if (text.charCodeAt(pos) !== COMMA) return undefined;
  pos = skipSpace(text, pos + 1);
  if (text.charCodeAt(pos) !== QUOTE) return undefined;
  const value = pos + 1;
  let plain = true;
  for (pos = value; ; pos++) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) break;
    // NaN (past the end), a backslash or a control character: not this shape.
    if (!(c >= 0x20) || c === BACKSLASH) return undefined;
    if (plain && !(isDigit(c) || c === DOT || c === MINUS || c === PLUS || isExponent(c))) plain = false;
  }
  const valueEnd = pos;
  pos = skipSpace(text, pos + 1);
  if (text.charCodeAt(pos) !== CLOSE) return undefined;
  pos = skipSpace(text, pos + 1);
  const sep = text.charCodeAt(pos);
  if (sep !== COMMA && sep !== CLOSE) return undefined;
  const end = skipSpace(text, pos + 1);
  // An empty value is not a number, though Number('') is 0.
  return { time, timeEnd, value, valueEnd, plain: plain && valueEnd > value, last: sep === CLOSE, end };
}

/** End of a JSON number (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`) starting at `pos`; -1 if none. */
function jsonNumberEnd(text: string, start: number): number {
  let pos = start;
  if (text.charCodeAt(pos) === MINUS) pos++;
  const first = text.charCodeAt(pos);
  if (first === ZERO) pos++;
  else if (isDigit(first)) while (isDigit(text.charCodeAt(pos))) pos++;
  else return -1;
  // A `.` or an exponent without digits after it ends the number before it (the caller then fails on it).
  if (text.charCodeAt(pos) === DOT && isDigit(text.charCodeAt(pos + 1))) {
    pos += 2;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  if (isExponent(text.charCodeAt(pos))) {
    let e = pos + 1;
    const sign = text.charCodeAt(e);
    if (sign === PLUS || sign === MINUS) e++;
    if (isDigit(text.charCodeAt(e))) {
      pos = e + 1;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
  }
  return pos;
}

/** Past JSON's whitespace (space, tab, line feed, carriage return) from `pos`. */
function skipSpace(text: string, start: number): number {
  let pos = start;
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return pos;
    pos++;
  }
}

function grow(a: Float64Array): Float64Array {
  const bigger = new Float64Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
