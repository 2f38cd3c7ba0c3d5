/**
 * The file source: a recorded bake in the runbook's JSON shape
 *   {"window_minutes": 5, "start": "<ISO, optional>", "metrics": {"m": [1, null, ...]}, "baseline": {"m": [...]}}
 * Arrays are aligned by window; the file's first window is the bake's first window, so a longer file is
 * judged on its first N windows and a shorter one leaves the bake incomplete.
 */
import type { BakeData, MetricData } from '../engine/types.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { dict } from '../util/dict.js';
import { InputError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { parseUserTime } from '../util/time.js';
import { JsonReadError, lineColumn, readJson, readJsonFast, type JsonValue } from './json-reader.js';

const TOP_KEYS = ['window_minutes', 'start', 'metrics', 'baseline'];
/**
 * Largest recording read: about 10 million values. With json-reader.ts the reader's peak is the text
 * (1 byte a character) plus 8 bytes a value; bench/recording-memory.ts measures the whole process.
 */
export const MAX_RECORDING_BYTES = 64 * 1024 * 1024;

type Recorded = { offset: number; values: Float64Array };

/** `stage: null` reads the whole recording, however long (a backtest's history), instead of one bake. */
export function loadMetricsFile(
  rawText: string,
  path: string,
  policy: Policy,
  stage: StageSpec | null,
): BakeData {
  // Editors on Windows (and PowerShell's Out-File) start UTF-8 files with a byte-order mark JSON.parse rejects.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const fast = readJsonFast(text);
  if (fast) {
    try {
      return bakeOf(fast, text, path, policy, stage);
    } catch (error) {
      // The fast tree has no positions: read again with them to say where.
      if (!(error instanceof InputError)) throw error;
    }
  }
  return bakeOf(treeOf(text, path), text, path, policy, stage);
}

function placing(text: string, path: string) {
  const at = (offset: number) => {
    const { line, col } = lineColumn(text, offset);
    return `${path}:${line}:${col}`;
  };
  const place = (node: { offset: number } | undefined, what: string): string =>
    `${at(node?.offset ?? 0)}: ${what}`;
  return { at, place };
}

/** The text read with positions, or the error at its place. */
function treeOf(text: string, path: string): JsonValue {
  const { at } = placing(text, path);
  try {
    return readJson(text);
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    // JSON.parse keeps the last of two equal keys and a tree reader the first: neither is what was meant.
    if (error.duplicate)
      throw new InputError(
        at(error.offset),
        `repeats ${error.duplicate} in the same object`,
        'keep one entry per key (merge the two into one)',
      );
    checkJsonSyntax(text, path); // V8's words for the syntax error, at its place
    throw new InputError(
      at(error.offset),
      `is not valid JSON here: ${error.message}`,
      'fix the JSON at this place',
    );
  }
}

function bakeOf(
  root: JsonValue,
  text: string,
  path: string,
  policy: Policy,
  stage: StageSpec | null,
): BakeData {
  const { at, place } = placing(text, path);
  if (root.kind !== 'object')
    throw new InputError(
      place(root, 'file'),
      'is not a JSON object',
      'write {"window_minutes": 5, "metrics": {...}}',
    );
  const top = new Map(root.entries.map((e) => [e.key, e]));
  for (const entry of root.entries) {
    if (!TOP_KEYS.includes(entry.key)) {
      throw new InputError(
        `${at(entry.keyOffset)}: "${entry.key}"`,
        `is not a key of a metrics file${didYouMean(entry.key, TOP_KEYS)}`,
        `use ${TOP_KEYS.join(', ')}`,
      );
    }
  }

  const windowNode = top.get('window_minutes')?.value;
  const windowMinutes = windowNode?.kind === 'scalar' ? windowNode.value : undefined;
  if (typeof windowMinutes !== 'number' || !(windowMinutes > 0)) {
    throw new InputError(
      place(windowNode ?? root, 'window_minutes'),
      'must be a positive number',
      'set "window_minutes" to the window length in minutes, e.g. 5',
    );
  }
  if (Math.round(windowMinutes * 60) !== policy.windowSeconds) {
    throw new InputError(
      place(windowNode, 'window_minutes'),
      `is ${windowMinutes} but the policy's window is ${policy.windowText}`,
      `record the metrics per ${policy.windowText} window or set the policy's window to ${windowMinutes}m`,
    );
  }

  let since: number | undefined;
  const startNode = top.get('start')?.value;
  if (startNode !== undefined) {
    const value = startNode.kind === 'scalar' ? startNode.value : undefined;
    const parsed = typeof value === 'string' && !/^\d+$/.test(value.trim()) ? parseUserTime(value) : null;
    if (!parsed?.ok)
      throw new InputError(
        place(startNode, 'start'),
        parsed && parsed.why !== 'is not a time'
          ? `${JSON.stringify(value)} ${parsed.why}`
          : 'is not an ISO-8601 time',
        'write e.g. "2026-11-20T10:00:00Z" or leave it out',
      );
    since = parsed.seconds;
  }

  const canary = readArrays(top.get('metrics')?.value, 'metrics', true);
  const baseline = readArrays(top.get('baseline')?.value, 'baseline', false);

  const all = [...canary.entries(), ...baseline.entries()];
  const odd = all.find(([, a]) => a.values.length !== all[0][1].values.length);
  if (odd) {
    const first = all[0];
    throw new InputError(
      place(odd[1], odd[0]),
      `has ${odd[1].values.length} windows but ${first[0]} has ${first[1].values.length}`,
      'align every array by window; use null for a window without a sample',
    );
  }
  const recorded = all.length ? all[0][1].values.length : 0;
  const windowsExpected = stage === null ? Math.max(1, recorded) : stage.bakeSeconds / policy.windowSeconds;

  const metrics: Record<string, MetricData> = dict();
  for (const name of Object.keys(policy.metrics)) {
    const series = canary.get(`metrics.${name}`);
    const base = baseline.get(`baseline.${name}`);
    metrics[name] = {
      series: series ? [{ labels: {}, values: fit(series.values, windowsExpected) }] : [],
      ...(base ? { baseline: [{ labels: {}, values: fit(base.values, windowsExpected) }] } : {}),
    };
  }
  return {
    windowSeconds: policy.windowSeconds,
    windowsExpected,
    windowsObserved: Math.min(recorded, windowsExpected),
    since,
    metrics,
  };

  function readArrays(
    node: JsonValue | undefined,
    section: string,
    required: boolean,
  ): Map<string, Recorded> {
    const out = new Map<string, Recorded>();
    if (node === undefined) {
      if (required)
        throw new InputError(
          place(root, 'file'),
          `has no "${section}" object`,
          `add "${section}": {"<metric>": [values per window]}`,
        );
      return out;
    }
    if (node.kind !== 'object')
      throw new InputError(
        place(node, section),
        'must be an object of metric name → array',
        `write "${section}": {"<metric>": [1, 2, null]}`,
      );
    for (const { key: name, keyOffset, value: seq } of node.entries) {
      const where = `${section}.${name}`;
      if (!Object.hasOwn(policy.metrics, name)) {
        throw new InputError(
          `${at(keyOffset)}: ${where}`,
          `is not a metric of the policy${didYouMean(name, Object.keys(policy.metrics))}`,
          `rename it or add "${name}" under metrics: in ${policy.path}`,
        );
      }
      if (seq.kind === 'array') {
        const k = seq.items.findIndex((item) => item.kind !== 'scalar' || typeof item.value !== 'number');
        const item = seq.items[k];
        const what =
          item.kind === 'array' || item.kind === 'numbers'
            ? 'an array'
            : item.kind === 'object'
              ? 'an object'
              : JSON.stringify(item.value);
        throw new InputError(
          place(item, `${where}[${k}]`),
          `is ${what}, not a number`,
          'write a number, or null for a window without a sample',
        );
      }
      if (seq.kind !== 'numbers')
        throw new InputError(
          place(seq, where),
          'must be an array of numbers (null for a missing window)',
          `write "${name}": [240, 260, null]`,
        );
      out.set(where, { offset: seq.offset, values: seq.values });
    }
    return out;
  }
}

/** The first N windows of a recording; windows it does not cover are null. */
function fit(values: Float64Array, windows: number): (number | null)[] {
  return Array.from({ length: windows }, (_, k) => {
    const v = k < values.length ? values[k] : NaN;
    return Number.isFinite(v) ? v : null;
  });
}

function checkJsonSyntax(text: string, path: string): void {
  const error = jsonError(text);
  if (!error) return;
  const offset = jsonErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  // V8's wording differs between Node versions; keep the part before the position or the quoted snippet.
  const reason = error.replace(/,? *(\.\.\.)?".*$/s, '').replace(/ in JSON at position.*$/s, '');
  throw new InputError(
    `${path}:${line}:${column}`,
    `is not valid JSON: ${reason}`,
    'fix the JSON syntax (a trailing comma or a missing quote is the usual cause)',
  );
}

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Where JSON.parse gave up. Node 20 does not always say, so find the shortest prefix that fails for a
 * reason other than ending early: its last character is the culprit.
 */
function jsonErrorOffset(text: string): number {
  const failsInside = (length: number) => {
    const prefix = text.slice(0, length);
    const message = jsonError(prefix);
    if (message === undefined || /end of JSON input/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !position || Number(position[1]) < prefix.trimEnd().length;
  };
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}
