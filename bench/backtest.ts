/**
 * Backtest benchmark (prints figures, asserts nothing): 7 days × 20 metrics at 1-minute windows, hourly
 * bakes (168), whole process `node dist/cli.js backtest`
 * - on a recording, against a plain Node process that reads and JSON.parses the same recording;
 * - against a real Prometheus backfilled with the same week (promtool tsdb create-blocks-from openmetrics),
 *   against a plain Node process that fetches the same query_range answers (POST, 4 at a time, JSON.parse);
 * and `node -e 0` / `cli --help` for cold start. Interleaved runs, each its own process; min / median / max
 * wall time and peak RSS, and the ratios of the medians. Both sources hold the same numbers, so the two
 * backtests must print the same decisions (checked).
 * Run: npm run build && RUNS=5 npx tsx bench/backtest.ts   (then `git checkout -- dist`); BENCH_NODE=path runs another Node.
 * NO_PROMETHEUS=1 skips the Prometheus half; CLI_BEFORE=path/to/other/cli.js adds the same backtests by
 * another build (e.g. `git show main:dist/cli.js > /tmp/before.js`), interleaved, for before/after figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toOpenMetrics, type RawSample } from '../__tests__/helpers/openmetrics.js';
import { startPrometheus, type PrometheusServer } from '../__tests__/helpers/servers.js';
import { NODE, nodeVersion } from './node.js';
import { spread, type Spread } from './spread.js';

const METRICS = 20;
const WINDOW = 60;
const WINDOWS = 7 * 24 * 60;
const START = Date.UTC(2026, 10, 2) / 1000;
const END = START + WINDOWS * WINDOW;
const RUNS = Number(process.env.RUNS ?? 5);
const CLI = 'dist/cli.js';
const names = Array.from({ length: METRICS }, (_, i) => `m${i}`);

/** The same numbers for both sources: metric → one value per window. */
function weekOfValues(): Record<string, number[]> {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Object.fromEntries(
    names.map((n) => [n, Array.from({ length: WINDOWS }, () => Math.round(random() * 1000))]),
  );
}

function setUp(dir: string, metrics: Record<string, number[]>): { policy: string; recording: string } {
  const policy = join(dir, 'policy.yml');
  // The queries are what Prometheus answers; a recording is read by metric name.
  writeFileSync(
    policy,
    `version: 1\nwindow: 1m\nmissing-data: fail\nmetrics:\n${names.map((n) => `  ${n}:\n    query: avg_over_time(${n}[{{window}}])\n`).join('')}` +
      `stages:\n  hourly:\n    bake: 1h\n    gates:\n${names.map((n) => `      ${n}: "<= 990"\n`).join('')}` +
      `rollback:\n${names.map((n) => `  - metric: ${n}\n    when: "> 995"\n    for: 5m\n`).join('')}`,
  );
  const recording = join(dir, 'week.json');
  writeFileSync(recording, JSON.stringify({ window_minutes: 1, start: iso(START), metrics }));
  return { policy, recording };
}

/** One sample per metric in the middle of each window: avg_over_time(m[1m]) at the window's end is it. */
function openMetrics(metrics: Record<string, number[]>): string {
  const samples: RawSample[] = [];
  for (const n of names)
    metrics[n].forEach((v, j) =>
      samples.push({ name: n, labels: { job: 'bench' }, t: (START + j * WINDOW + 30) * 1000, v }),
    );
  return toOpenMetrics(samples);
}

/** The plain client: the backtest's query_range answers (one per metric over the span), 4 at a time. */
function plainFetchScript(dir: string): string {
  const file = join(dir, 'plain-fetch.mjs');
  writeFileSync(
    file,
    `const [url] = process.argv.slice(2);
let next = 0, points = 0;
const worker = async () => {
  while (next < ${METRICS}) {
    const i = next++;
    const body = new URLSearchParams({ query: 'avg_over_time(m' + i + '[1m])', start: '${START + WINDOW}', end: '${END}', step: '${WINDOW}' });
    const res = await fetch(url + '/api/v1/query_range', { method: 'POST', body });
    const json = await res.json();
    for (const s of json.data.result) points += s.values.length;
  }
};
await Promise.all(Array.from({ length: 4 }, worker));
if (points !== ${METRICS * WINDOWS}) throw new Error('got ' + points + ' points');
`,
  );
  return file;
}

interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

function measure(args: string[]): Run {
  // GNU time's %M is the child's peak RSS; the wall time is taken around the spawn.
  const start = process.hrtime.bigint();
  const res = spawnSync('/usr/bin/time', ['-f', '%M', NODE, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr.slice(-500)}`);
  const kb = Number(res.stderr.trim().split('\n').pop());
  return { ms, rssMb: kb / 1024, stdout: res.stdout };
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-backtest-'));
  const metrics = weekOfValues();
  const { policy, recording } = setUp(dir, metrics);
  const args = ['backtest', '--config', policy, '--stage', 'hourly', '--format', 'json'];
  const before = process.env.CLI_BEFORE;
  const builds: [string, string][] = [
    ['', CLI],
    ...(before ? [[' before', before] as [string, string]] : []),
  ];
  const cases: Record<string, string[]> = {
    ...Object.fromEntries(
      builds.map(([tag, cli]) => [`backtest${tag} (recording)`, [cli, ...args, '--metrics-file', recording]]),
    ),
    'plain read + JSON.parse': [
      '-e',
      `JSON.parse(require('fs').readFileSync(${JSON.stringify(recording)}, 'utf8'))`,
    ],
    'node -e 0': ['-e', '0'],
    'cli --help (cold start)': [CLI, '--help'],
  };
  let prometheus: PrometheusServer | undefined;
  if (!process.env.NO_PROMETHEUS) {
    const t0 = performance.now();
    prometheus = await startPrometheus({ openMetrics: openMetrics(metrics) });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`backfilled ${METRICS} × ${WINDOWS} samples into Prometheus (promtool + start) in ${s} s`);
    for (const [tag, cli] of builds)
      cases[`backtest${tag} (Prometheus)`] = [
        ...[cli, ...args],
        ...['--prometheus-url', prometheus.url, '--from', iso(START), '--to', iso(END)],
      ];
    cases['plain fetch (Prometheus)'] = [plainFetchScript(dir), prometheus.url];
    measure(cases['plain fetch (Prometheus)']); // Prometheus' caches warmed once, for both sides
  }
  try {
    const results: Record<string, Run[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    for (let i = 0; i < RUNS; i++)
      for (const [name, args] of Object.entries(cases)) results[name].push(measure(args));
    report(results);
  } finally {
    await prometheus?.dispose();
  }
}

function report(results: Record<string, Run[]>): void {
  const fmt = (s: Spread, unit: string) =>
    `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ${unit}`;
  console.log(
    `backtest of ${METRICS} metrics × ${WINDOWS} 1-minute windows, 168 hourly bakes, ${RUNS} interleaved runs (min / median / max), node ${nodeVersion()}`,
  );
  for (const [name, runs] of Object.entries(results))
    console.log(
      `  ${name.padEnd(26)} wall ${fmt(spread(runs.map((r) => r.ms)), 'ms')}   peak RSS ${fmt(spread(runs.map((r) => r.rssMb)), 'MB')}`,
    );
  const median = (name: string, key: 'ms' | 'rssMb') => spread(results[name].map((r) => r[key])).median;
  const ratio = (a: string, b: string) =>
    `wall ${(median(a, 'ms') / median(b, 'ms')).toFixed(2)}×, RSS ${(median(a, 'rssMb') / median(b, 'rssMb')).toFixed(2)}×`;
  console.log(
    `  backtest / plain read (recording):   ${ratio('backtest (recording)', 'plain read + JSON.parse')}`,
  );
  if (results['backtest before (recording)'])
    console.log(
      `  before / plain read (recording):     ${ratio('backtest before (recording)', 'plain read + JSON.parse')}`,
    );
  if (results['backtest (Prometheus)']) {
    console.log(
      `  backtest / plain fetch (Prometheus): ${ratio('backtest (Prometheus)', 'plain fetch (Prometheus)')}`,
    );
    if (results['backtest before (Prometheus)'])
      console.log(
        `  before / plain fetch (Prometheus):   ${ratio('backtest before (Prometheus)', 'plain fetch (Prometheus)')}`,
      );
    // The plain client sends one query_range per metric; so should the backtest (preflight included).
    const sent = (JSON.parse(results['backtest (Prometheus)'][0].stdout) as { stats: { requests: number } })
      .stats.requests;
    console.log(`  query_range requests: backtest ${sent}, plain fetch ${METRICS}`);
  }
  // Every backtest reads the same numbers: one set of decisions, whatever the source or build.
  const decisions = (runs: Run[]) =>
    JSON.stringify(
      (JSON.parse(runs[0].stdout) as { bakes: { decision: string }[] }).bakes.map((b) => b.decision),
    );
  const sets = new Set(
    Object.entries(results)
      .filter(([n]) => n.startsWith('backtest'))
      .map(([, r]) => decisions(r)),
  );
  console.log(`  decisions of every backtest above: ${sets.size === 1 ? 'identical' : 'DIFFERENT (a bug)'}`);
  console.log(
    `  cli --help / node -e 0: ${(median('cli --help (cold start)', 'ms') / median('node -e 0', 'ms')).toFixed(2)}×`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
