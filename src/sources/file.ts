/**
 * The file source: a recorded bake in the runbook's JSON shape
 *   {"window_minutes": 5, "start": "<ISO, optional>", "metrics": {"m": [1, null, ...]}, "baseline": {"m": [...]}}
 * Arrays are aligned by window; the file's first window is the bake's first window, so a longer file is
 * judged on its first N windows and a shorter one leaves the bake incomplete.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { BakeData, MetricData } from '../engine/types.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { InputError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { parseUserTime } from '../util/time.js';
import { dict } from '../util/dict.js';

const TOP_KEYS = ['window_minutes', 'start', 'metrics', 'baseline'];

export function loadMetricsFile(rawText: string, path: string, policy: Policy, stage: StageSpec): BakeData {
  // Editors on Windows (and PowerShell's Out-File) start UTF-8 files with a byte-order mark JSON.parse rejects.
  const text = rawText.replace(/^\uFEFF/, '');
  checkJsonSyntax(text, path);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const place = (node: Node | null | undefined, what: string): string => {
    const at = node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    return `${path}:${at.line}:${at.col}: ${what}`;
  };
  // JSON.parse keeps the last of two equal keys and this reader the first: neither is what was meant.
  const duplicate = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (duplicate) {
    const at = lines.linePos(duplicate.pos[0]);
    const key = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(duplicate.pos[0]))?.[0] ?? 'a key';
    throw new InputError(
      `${path}:${at.line}:${at.col}`,
      `repeats ${key} in the same object`,
      'keep one entry per key (merge the two into one)',
    );
  }
  const root = doc.contents;
  if (!isMap(root))
    throw new InputError(
      place(root, 'file'),
      'is not a JSON object',
      'write {"window_minutes": 5, "metrics": {...}}',
    );

  for (const pair of root.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!TOP_KEYS.includes(key)) {
      throw new InputError(
        place(pair.key as Node, `"${key}"`),
        `is not a key of a metrics file${didYouMean(key, TOP_KEYS)}`,
        `use ${TOP_KEYS.join(', ')}`,
      );
    }
  }

  const windowNode = root.get('window_minutes', true) as Node | undefined;
  const windowMinutes = isScalar(windowNode) ? windowNode.value : undefined;
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
  const startNode = root.get('start', true) as Node | undefined;
  if (startNode !== undefined) {
    const value = isScalar(startNode) ? startNode.value : undefined;
    const parsed = typeof value === 'string' && !/^\d+$/.test(value.trim()) ? parseUserTime(value) : null;
    if (!parsed?.ok)
      throw new InputError(
        place(startNode, 'start'),
        parsed ? `${JSON.stringify(value)} ${parsed.why}` : 'is not an ISO-8601 time',
        'write e.g. "2026-11-20T10:00:00Z" or leave it out',
      );
    since = parsed.seconds;
  }

  const windowsExpected = stage.bakeSeconds / policy.windowSeconds;
  const canary = readArrays(root.get('metrics', true) as Node | undefined, 'metrics', true);
  const baseline = readArrays(root.get('baseline', true) as Node | undefined, 'baseline', false);

  const lengths = new Set([...canary.values(), ...baseline.values()].map((a) => a.values.length));
  if (lengths.size > 1) {
    const [first, ...rest] = [...canary.entries(), ...baseline.entries()];
    const odd = rest.find(([, a]) => a.values.length !== first[1].values.length)!;
    throw new InputError(
      place(odd[1].node, odd[0]),
      `has ${odd[1].values.length} windows but ${first[0]} has ${first[1].values.length}`,
      'align every array by window; use null for a window without a sample',
    );
  }
  const recorded = lengths.size ? [...lengths][0] : 0;

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
    node: Node | undefined,
    section: string,
    required: boolean,
  ): Map<string, { node: Node; values: (number | null)[] }> {
    const out = new Map<string, { node: Node; values: (number | null)[] }>();
    if (node === undefined) {
      if (required)
        throw new InputError(
          place(root, 'file'),
          `has no "${section}" object`,
          `add "${section}": {"<metric>": [values per window]}`,
        );
      return out;
    }
    if (!isMap(node))
      throw new InputError(
        place(node, section),
        'must be an object of metric name → array',
        `write "${section}": {"<metric>": [1, 2, null]}`,
      );
    for (const pair of node.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const where = `${section}.${name}`;
      if (!(name in policy.metrics)) {
        throw new InputError(
          place(pair.key as Node, where),
          `is not a metric of the policy${didYouMean(name, Object.keys(policy.metrics))}`,
          `rename it or add "${name}" under metrics: in ${policy.path}`,
        );
      }
      const seq = pair.value as Node;
      if (!isSeq(seq))
        throw new InputError(
          place(seq, where),
          'must be an array of numbers (null for a missing window)',
          `write "${name}": [240, 260, null]`,
        );
      const values = seq.items.map((item, k) => {
        const value = isScalar(item) ? item.value : undefined;
        if (value === null) return null;
        if (typeof value !== 'number') {
          throw new InputError(
            place(item as Node, `${where}[${k}]`),
            `is ${isSeq(item) ? 'an array' : isMap(item) ? 'an object' : JSON.stringify(value)}, not a number`,
            'write a number, or null for a window without a sample',
          );
        }
        return Number.isFinite(value) ? value : null;
      });
      out.set(where, { node: seq, values });
    }
    return out;
  }
}

/** The first N windows of a recording; windows it does not cover are null. */
function fit(values: (number | null)[], windows: number): (number | null)[] {
  return Array.from({ length: windows }, (_, k) => (k < values.length ? values[k] : null));
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
