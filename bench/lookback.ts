/**
 * Whole-process lookback benchmark against a real Prometheus (prints figures, asserts nothing): the built
 * CLI as users run it (`node dist/cli.js evaluate --mode lookback`, module load included) against a plain
 * Node process that fetches the same query_range answers (fetch + JSON.parse, 4 at a time like the bake).
 * Wall time and peak RSS come from /usr/bin/time; runs are interleaved pairs; min/median/max and ratios.
 *
 * Sizes: 20 metrics × 1 series × 24 h at 15 s (the headline), 20 × 50 series × 24 h, 20 × 500 series × 2 h
 * (24 h of 500 series is 57.6 M points: backfilling it would take longer than the run).
 * Run: npm run build && RUNS=5 npx tsx bench/lookback.ts [headline|s50|s500 ...]   (BENCH_NODE=path: another Node)
 * BEFORE_CLI=/other/checkout/dist/cli.js adds an older build to every interleaved round, for before/after.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPrometheus } from '../__tests__/helpers/servers.js';
import { NODE, nodeVersion } from './node.js';
import { spread } from './spread.js';

const METRICS = 20;
const WINDOW = 15;
const END = Date.UTC(2026, 10, 21, 0, 0, 0) / 1000;
const RUNS = Number(process.env.RUNS ?? 5);

interface Case {
  name: string;
  series: number;
  bakeHours: number;
}

const CASES: Case[] = [
  { name: 'headline', series: 1, bakeHours: 24 },
  { name: 's50', series: 50, bakeHours: 24 },
  { name: 's500', series: 500, bakeHours: 2 },
];

/** OpenMetrics for promtool: a sample every WINDOW seconds from 10 minutes before the bake to its end. */
function openMetrics(c: Case): string {
  const parts: string[] = [];
  const start = END - c.bakeHours * 3600 - 600;
  for (let m = 0; m < METRICS; m++) {
    parts.push(`# TYPE bench_metric_${m} unknown\n`);
    for (let s = 0; s < c.series; s++) {
      const lines: string[] = [];
      for (let t = start + 2; t <= END + 60; t += WINDOW)
        lines.push(`bench_metric_${m}{pod="p${s}"} ${100 + ((t / WINDOW + m + s) % 50)} ${t}.000\n`);
      parts.push(lines.join(''));
    }
  }
  parts.push('# EOF\n');
  return parts.join('');
}

function policyText(c: Case): string {
  const metrics = Array.from(
    { length: METRICS },
    (_, i) => `  m${i}:\n    query: avg_over_time(bench_metric_${i}[{{window}}])\n`,
  ).join('');
  const gates = Array.from({ length: METRICS }, (_, i) => `      m${i}: "<= 1000"\n`).join('');
  return `version: 1\nwindow: ${WINDOW}s\nmissing-data: fail\nsettle: 0s\nmetrics:\n${metrics}stages:\n  day:\n    bake: ${c.bakeHours}h\n    gates:\n${gates}`;
}

/** The reference: the same answers, fetched and parsed by plain Node, nothing kept but a count. */
function plainScript(c: Case): string {
  const since = END - c.bakeHours * 3600;
  return `const url = process.argv[2];
let next = 0, points = 0;
const worker = async () => {
  while (next < ${METRICS}) {
    const i = next++;
    const body = new URLSearchParams({ query: \`avg_over_time(bench_metric_\${i}[${WINDOW}s])\`,
      start: '${since + WINDOW}', end: '${END}', step: '${WINDOW}' });
    const res = await fetch(url + '/api/v1/query_range', { method: 'POST', body });
    const json = await res.json();
    for (const s of json.data.result) points += s.values.length;
  }
};
await Promise.all(Array.from({ length: 4 }, worker));
console.log(points);
`;
}

interface Figures {
  wallMs: number;
  rssMb: number;
}

function timed(args: string[]): Figures {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', NODE, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const timing = /([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (r.status !== 0 || !timing)
    throw new Error(`${args.join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-600)}`);
  return { wallMs: Number(timing[1]) * 1000, rssMb: Number(timing[2]) / 1024 };
}

function line(what: string, xs: number[], unit: string, digits = 0): string {
  const { min, median, max } = spread(xs);
  return `  ${what.padEnd(22)} ${median.toFixed(digits).padStart(7)} ${unit}  (min ${min.toFixed(digits)}, max ${max.toFixed(digits)})`;
}

async function runCase(c: Case, cli: string, before?: string): Promise<void> {
  const t0 = performance.now();
  const prometheus = await startPrometheus({ openMetrics: openMetrics(c) });
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-lookback-'));
  try {
    const windows = (c.bakeHours * 3600) / WINDOW;
    console.log(
      `\n${c.name}: ${METRICS} metrics × ${c.series} series × ${c.bakeHours} h at ${WINDOW} s ` +
        `(${windows} windows, ${METRICS * c.series * windows} points); backfill ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const config = join(dir, 'bench.yml');
    writeFileSync(config, policyText(c));
    const plain = join(dir, 'plain-fetch.mjs');
    writeFileSync(plain, plainScript(c));
    const args = ['evaluate', '--config', config, '--stage', 'day', '--prometheus-url', prometheus.url];
    args.push('--mode', 'lookback', '--until', String(END), '--format', 'json');
    timed([plain, prometheus.url]); // warms Prometheus' caches once for both sides
    const p: Figures[] = [];
    const sides: { name: string; cli: string; runs: Figures[] }[] = [{ name: 'canary-gate', cli, runs: [] }];
    if (before) sides.push({ name: 'before', cli: before, runs: [] });
    for (let i = 0; i < RUNS; i++) {
      p.push(timed([plain, prometheus.url]));
      for (const side of sides) side.runs.push(timed([side.cli, ...args]));
    }
    const ratios = (xs: Figures[], f: (x: Figures) => number) => xs.map((x, i) => f(x) / f(p[i]));
    const report = (what: string, f: (x: Figures) => number, unit: string) => {
      console.log(line(`plain fetch ${what}`, p.map(f), unit));
      for (const side of sides) {
        console.log(line(`${side.name} ${what}`, side.runs.map(f), unit));
        console.log(line(`${side.name} ratio`, ratios(side.runs, f), 'x', 2));
      }
    };
    report('wall', (f) => f.wallMs, 'ms');
    report('peak RSS', (f) => f.rssMb, 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await prometheus.dispose();
  }
}

/** For profiling by hand: a backfilled Prometheus, its URL and the policy printed, until Ctrl-C. */
async function keepServing(c: Case): Promise<void> {
  const prometheus = await startPrometheus({ openMetrics: openMetrics(c) });
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-lookback-'));
  writeFileSync(join(dir, 'bench.yml'), policyText(c));
  writeFileSync(join(dir, 'plain-fetch.mjs'), plainScript(c));
  console.log(`${prometheus.url} ${dir} --until ${END}`);
  process.once('SIGINT', () => {
    rmSync(dir, { recursive: true, force: true });
    void prometheus.dispose().then(() => process.exit(0));
  });
  await new Promise(() => {});
}

async function main() {
  const cli = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is not built: run `npm run build` first');
  const serve = process.argv.indexOf('--serve');
  if (serve !== -1) return keepServing(CASES.find((c) => c.name === process.argv[serve + 1]) ?? CASES[0]);
  const wanted = process.argv.slice(2);
  const cases = wanted.length > 0 ? CASES.filter((c) => wanted.includes(c.name)) : CASES;
  console.log(`node ${nodeVersion()}, ${RUNS} interleaved pairs per size, whole processes (/usr/bin/time)`);
  for (const c of cases) await runCase(c, cli, process.env.BEFORE_CLI);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
