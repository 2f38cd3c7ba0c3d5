/**
 * Hand-built policies and bake data for engine tests. The TSFM policy mirrors examples/tsfm/policy.yml
 * (runbook 000); tsfm-policy.test.ts checks that the loaded file judges the same.
 */
import { readFileSync } from 'node:fs';
import { parseCondition } from '../../src/policy/condition.js';
import type {
  CheckSpec,
  Condition,
  MetricSpec,
  MissingData,
  Policy,
  StageSpec,
  TriggerAction,
} from '../../src/policy/types.js';
import type { BakeData, MetricData, Series } from '../../src/engine/types.js';

export const WINDOW = 300;
let line = 1;

export function cond(text: string): Condition {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new Error(`bad test condition ${text}: ${parsed.message}`);
  return parsed.condition;
}

export function gate(metric: string, text: string): CheckSpec {
  return {
    kind: 'gate',
    metric,
    condition: cond(text),
    forSeconds: WINDOW,
    forWindows: 1,
    action: 'gate',
    pos: { line: line++, column: 7 },
  };
}

export function trigger(
  metric: string,
  text: string,
  forMinutes = 5,
  action: TriggerAction = 'rollback',
): CheckSpec {
  const forSeconds = forMinutes * 60;
  return {
    kind: 'rollback',
    metric,
    condition: cond(text),
    forSeconds,
    forWindows: forSeconds / WINDOW,
    action,
    pos: { line: line++, column: 11 },
  };
}

export function metric(
  name: string,
  missingData: MissingData = 'fail',
  baseline?: MetricSpec['baseline'],
): MetricSpec {
  return { name, query: `${name}_query`, missingData, baseline, pos: { line: line++, column: 3 } };
}

export function stage(
  name: string,
  bakeMinutes: number,
  gates: CheckSpec[],
  triggers: CheckSpec[] = [],
): StageSpec {
  return { name, bakeSeconds: bakeMinutes * 60, gates, triggers, pos: { line: line++, column: 3 } };
}

export function policy(metrics: MetricSpec[], stages: StageSpec[], extra: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    path: 'test.yml',
    windowSeconds: WINDOW,
    windowText: '5m',
    missingData: 'fail',
    onSourceError: 'fail',
    settleSeconds: 30,
    prometheus: { headers: {}, timeoutSeconds: 30, maxResponseBytes: 64 * 1024 * 1024 },
    vars: {},
    metrics: Object.fromEntries(metrics.map((m) => [m.name, m])),
    stages: Object.fromEntries(stages.map((s) => [s.name, s])),
    ...extra,
  };
}

export const TSFM_METRICS = [
  'p95_latency_ms',
  'error_rate',
  'invalid_output_rate',
  'fallback_rate',
  'breaker_open_rate',
];

/** examples/tsfm/policy.yml written out by hand. */
export function tsfmPolicy(missingData: MissingData = 'fail'): Policy {
  const gates = (fallback: string) => [
    gate('p95_latency_ms', '<= 300'),
    gate('error_rate', '<= 0.01'),
    gate('invalid_output_rate', '== 0'),
    gate('fallback_rate', fallback),
  ];
  const triggers = [
    trigger('p95_latency_ms', '> 400', 10),
    trigger('error_rate', '> 0.02'),
    trigger('invalid_output_rate', '> 0'),
    trigger('fallback_rate', '> 0.20', 15),
    trigger('breaker_open_rate', '> 0.30', 15),
  ];
  return policy(
    TSFM_METRICS.map((m) => metric(m, missingData)),
    [
      stage('canary_5', 30, gates('<= 0.08'), triggers),
      stage('canary_25', 60, gates('<= 0.10'), triggers),
      stage('full_100', 24 * 60, gates('<= 0.10'), triggers),
    ],
    { missingData },
  );
}

/** The runbook's clean example (section 6), six windows. */
export const CLEAN: Record<string, number[]> = {
  p95_latency_ms: [240, 260, 255, 250, 245, 252],
  error_rate: [0.002, 0.001, 0.003, 0.002, 0.001, 0.002],
  fallback_rate: [0.04, 0.05, 0.06, 0.05, 0.04, 0.05],
  breaker_open_rate: [0.01, 0.02, 0.01, 0.0, 0.01, 0.0],
  invalid_output_rate: [0, 0, 0, 0, 0, 0],
};

export interface BakeOptions {
  expected?: number;
  observed?: number;
  since?: number;
  baseline?: Record<string, (number | null)[]>;
}

/** One unlabelled series per metric, like a `sum(...)` query returns. */
export function bake(values: Record<string, (number | null)[]>, opts: BakeOptions = {}): BakeData {
  const lengths = Object.values(values).map((v) => v.length);
  const expected = opts.expected ?? Math.max(0, ...lengths);
  const metrics: Record<string, MetricData> = {};
  for (const [name, vals] of Object.entries(values)) {
    const data: MetricData = { series: [{ labels: {}, values: vals }] };
    const b = opts.baseline?.[name];
    if (b) data.baseline = [{ labels: {}, values: b }];
    metrics[name] = data;
  }
  return {
    windowSeconds: WINDOW,
    windowsExpected: expected,
    windowsObserved: opts.observed ?? expected,
    since: opts.since,
    metrics,
  };
}

export function series(labels: Record<string, string>, values: (number | null)[]): Series {
  return { labels, values };
}

/** The clean data with `changes` applied: metric → {window: value}. */
export function cleanWith(
  changes: Record<string, Record<number, number | null>>,
  windows = 6,
): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const [m, vals] of Object.entries(CLEAN)) {
    const row: (number | null)[] = Array.from({ length: windows }, (_, k) => vals[k % vals.length]);
    for (const [k, v] of Object.entries(changes[m] ?? {})) row[Number(k)] = v;
    out[m] = row;
  }
  return out;
}

/** A runbook JSON file from examples/tsfm/metrics as bake data for a stage of `windows` windows. */
export function exampleBake(file: string, windows: number): BakeData {
  const json = JSON.parse(
    readFileSync(new URL(`../../examples/tsfm/metrics/${file}`, import.meta.url), 'utf8'),
  ) as {
    start?: string;
    metrics: Record<string, (number | null)[]>;
  };
  const values = Object.fromEntries(Object.entries(json.metrics).map(([m, v]) => [m, v.slice(0, windows)]));
  const since = json.start ? Date.parse(json.start) / 1000 : undefined;
  return bake(values, { expected: windows, since });
}
