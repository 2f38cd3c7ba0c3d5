/**
 * Backtest benchmark on a recording (prints figures, asserts nothing): 7 days × 20 metrics at 1-minute
 * windows, hourly bakes (168), whole process `node dist/cli.js backtest` against a plain Node process that
 * reads and JSON.parses the same recording, and against `node -e 0` (cold start). Interleaved runs, each its
 * own process; min / median / max wall time and peak RSS, and the ratios of the medians.
 * Run: npm run build && npx tsx bench/backtest.ts   (then `git checkout -- dist`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const METRICS = 20;
const WINDOWS = 7 * 24 * 60;
const RUNS = Number(process.env.RUNS ?? 5);
const CLI = 'dist/cli.js';

function setUp(): { policy: string; recording: string } {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-backtest-'));
  const names = Array.from({ length: METRICS }, (_, i) => `m${i}`);
  const policy = join(dir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1\nwindow: 1m\nmissing-data: fail\nmetrics:\n${names.map((n) => `  ${n}:\n    query: avg_over_time(${n}[{{window}}])\n`).join('')}` +
      `stages:\n  hourly:\n    bake: 1h\n    gates:\n${names.map((n) => `      ${n}: "<= 990"\n`).join('')}` +
      `rollback:\n${names.map((n) => `  - metric: ${n}\n    when: "> 995"\n    for: 5m\n`).join('')}`,
  );
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const metrics = Object.fromEntries(
    names.map((n) => [n, Array.from({ length: WINDOWS }, () => Math.round(random() * 1000))]),
  );
  const recording = join(dir, 'week.json');
  writeFileSync(recording, JSON.stringify({ window_minutes: 1, start: '2026-11-02T00:00:00Z', metrics }));
  return { policy, recording };
}

interface Run {
  ms: number;
  rssMb: number;
}

function measure(args: string[]): Run {
  // GNU time's %M is the child's peak RSS; the wall time is taken around the spawn.
  const start = process.hrtime.bigint();
  const res = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr.slice(-500)}`);
  const kb = Number(res.stderr.trim().split('\n').pop());
  return { ms, rssMb: kb / 1024 };
}

function stats(values: number[]): { min: number; median: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

if (!existsSync(CLI)) throw new Error(`${CLI} missing: run npm run build first`);
const { policy, recording } = setUp();
const cases: Record<string, string[]> = {
  backtest: [
    CLI,
    'backtest',
    '--config',
    policy,
    '--stage',
    'hourly',
    '--metrics-file',
    recording,
    '--format',
    'json',
    '--report',
    '/dev/null',
  ],
  'plain read + JSON.parse': [
    '-e',
    `JSON.parse(require('fs').readFileSync(${JSON.stringify(recording)}, 'utf8'))`,
  ],
  'node -e 0': ['-e', '0'],
  'cli --help (cold start)': [CLI, '--help'],
};
const results: Record<string, Run[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++)
  for (const [name, args] of Object.entries(cases)) results[name].push(measure(args));

const fmt = (s: { min: number; median: number; max: number }, unit: string) =>
  `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ${unit}`;
console.log(
  `backtest of ${METRICS} metrics × ${WINDOWS} 1-minute windows, 168 hourly bakes, ${RUNS} interleaved runs (min / median / max)`,
);
for (const [name, runs] of Object.entries(results))
  console.log(
    `  ${name.padEnd(26)} wall ${fmt(stats(runs.map((r) => r.ms)), 'ms')}   peak RSS ${fmt(stats(runs.map((r) => r.rssMb)), 'MB')}`,
  );
const median = (name: string, key: keyof Run) => stats(results[name].map((r) => r[key])).median;
console.log(
  `  backtest / plain read: wall ${(median('backtest', 'ms') / median('plain read + JSON.parse', 'ms')).toFixed(2)}×, RSS ${(median('backtest', 'rssMb') / median('plain read + JSON.parse', 'rssMb')).toFixed(2)}×`,
);
console.log(
  `  cli --help / node -e 0: ${(median('cli --help (cold start)', 'ms') / median('node -e 0', 'ms')).toFixed(2)}×`,
);
