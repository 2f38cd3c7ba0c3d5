/**
 * Benchmark against a real Prometheus (prints figures, asserts nothing):
 * - a 24-hour lookback of 20 metrics at a 15 s window: wall time of the bake against fetching the same
 *   query_range answers with plain HTTP (fetch + JSON.parse), peak memory, requests sent;
 * - a watch run: points fetched against what a loop re-fetching every window at every read would fetch.
 * Each measurement runs in a child process so its peak RSS is its own.
 * Run: npm run bench
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runBake } from '../src/bake/run.js';
import type { Clock } from '../src/bake/clock.js';
import { evaluateStage } from '../src/engine/evaluate.js';
import { loadPolicy } from '../src/policy/load.js';
import { PrometheusSource } from '../src/sources/prometheus.js';
import { toOpenMetrics, type RawSample } from '../__tests__/helpers/openmetrics.js';
import { startPrometheus } from '../__tests__/helpers/servers.js';

const METRICS = 20;
const WINDOW = 15;
const BAKE = 24 * 3600;
const SCRAPE = 5;
const END = Date.UTC(2026, 10, 21, 0, 0, 0) / 1000;
const WATCH_BAKE = 3600;
const RUNS = 5;

function policyText(bake: string): string {
  const metrics = Array.from(
    { length: METRICS },
    (_, i) => `  m${i}:\n    query: avg_over_time(bench_metric_${i}[{{window}}])\n`,
  ).join('');
  const gates = Array.from({ length: METRICS }, (_, i) => `      m${i}: "<= 1000"\n`).join('');
  return `version: 1\nwindow: 15s\nmissing-data: fail\nsettle: 0s\nmetrics:\n${metrics}stages:\n  day:\n    bake: ${bake}\n    gates:\n${gates}`;
}

function generate(): RawSample[] {
  const out: RawSample[] = [];
  const start = END - BAKE - 3600;
  for (let i = 0; i < METRICS; i++) {
    for (let t = start + 2; t <= END + 60; t += SCRAPE) {
      out.push({
        name: `bench_metric_${i}`,
        labels: { job: 'bench' },
        t: t * 1000,
        v: 100 + ((t / SCRAPE + i) % 50),
      });
    }
  }
  return out;
}

interface ChildFigures {
  wallMs: number;
  maxRssMb: number;
  requests?: number;
  samples?: number;
  decision?: string;
  reads?: number;
  /** Time the engine takes to judge the same data again (the part of the bake that is not fetching). */
  judgeMs?: number;
}

function figures(t0: number, extra: Omit<ChildFigures, 'wallMs' | 'maxRssMb'>): ChildFigures {
  return { wallMs: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra };
}

/** Child: the bake itself (policy load, queries, windows, verdict). */
async function childLookback(url: string): Promise<ChildFigures> {
  const policy = loadPolicy(policyText('24h'), 'bench.yml');
  const t0 = performance.now();
  const source = new PrometheusSource({ url });
  try {
    // The clock says the bake is over, whatever the date of the machine running the bench.
    const clock: Clock = { now: () => (END + 60) * 1000, sleep: async () => {} };
    const r = await runBake({ policy, stage: 'day', mode: 'lookback', source, until: END, clock });
    const done = figures(t0, { requests: r.requests, samples: r.samples, decision: r.verdict.decision });
    const t1 = performance.now();
    evaluateStage(policy, policy.stages.day, r.data);
    return { ...done, judgeMs: performance.now() - t1 };
  } finally {
    source.close();
  }
}

/** Child: the same query_range answers with plain HTTP, 4 at a time like the bake. */
async function childPlain(url: string): Promise<ChildFigures> {
  const t0 = performance.now();
  const since = END - BAKE;
  let samples = 0;
  let next = 0;
  const worker = async () => {
    while (next < METRICS) {
      const i = next++;
      const body = new URLSearchParams({
        query: `avg_over_time(bench_metric_${i}[15s])`,
        start: String(since + WINDOW),
        end: String(END),
        step: String(WINDOW),
      });
      const res = await fetch(`${url}/api/v1/query_range`, { method: 'POST', body });
      const json = (await res.json()) as { data: { result: { values: unknown[] }[] } };
      for (const s of json.data.result) samples += s.values.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return figures(t0, { requests: METRICS, samples });
}

/** Child: a watch of WATCH_BAKE over the recorded data, on a clock that jumps to each read. */
async function childWatch(url: string): Promise<ChildFigures> {
  const policy = loadPolicy(policyText(`${WATCH_BAKE / 3600}h`), 'bench.yml');
  const since = END - WATCH_BAKE;
  let now = since * 1000;
  const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
  const t0 = performance.now();
  const source = new PrometheusSource({ url });
  try {
    const r = await runBake({ policy, stage: 'day', mode: 'watch', source, since, clock });
    return figures(t0, {
      requests: r.requests,
      samples: r.samples,
      decision: r.verdict.decision,
      reads: r.reads,
    });
  } finally {
    source.close();
  }
}

/** Child: nothing but the imports, for the RSS floor of a Node process running this file. */
async function childIdle(): Promise<ChildFigures> {
  return figures(performance.now(), {});
}

const run = promisify(execFile);

/**
 * The built CLI (`node dist/cli.js evaluate`), as users run it: wall time and peak RSS from /usr/bin/time.
 * Skipped when dist/ is not built with Prometheus support yet (run `npm run build` first).
 */
async function cliFigures(url: string): Promise<ChildFigures | string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return 'dist/cli.js not built';
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-'));
  try {
    const config = join(dir, 'bench.yml');
    writeFileSync(config, policyText('24h'));
    const args = ['-f', '%e %M', process.execPath, cli, 'evaluate', '--config', config, '--stage', 'day'];
    args.push('--prometheus-url', url, '--mode', 'lookback', '--until', String(END), '--format', 'json');
    const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const timing = /([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
    if (r.status !== 0 || !timing)
      return `CLI run failed (exit ${r.status}): ${(r.stderr ?? '').split('\n')[0]}`;
    return { wallMs: Number(timing[1]) * 1000, maxRssMb: Number(timing[2]) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function inChild(kind: string, url: string): Promise<ChildFigures> {
  const self = fileURLToPath(import.meta.url);
  const { stdout } = await run(process.execPath, [...process.execArgv, self, '--child', kind, url], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const t0 = performance.now();
  const samples = generate();
  const prometheus = await startPrometheus({ openMetrics: toOpenMetrics(samples) });
  console.log(
    `backfilled ${samples.length} samples (${METRICS} series, 25h at ${SCRAPE}s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  try {
    await inChild('plain', prometheus.url); // warm Prometheus' caches once for both sides
    const bake: ChildFigures[] = [];
    const plain: ChildFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await inChild('plain', prometheus.url));
      bake.push(await inChild('lookback', prometheus.url));
    }
    const idle = await inChild('idle', prometheus.url);
    const watch = await inChild('watch', prometheus.url);
    const b = median(bake.map((f) => f.wallMs));
    const p = median(plain.map((f) => f.wallMs));
    const windows = BAKE / WINDOW;
    console.log(
      `\n24h lookback, ${METRICS} metrics, ${WINDOW}s window (${windows} windows per metric), median of ${RUNS}:`,
    );
    console.log(
      `  canary-gate bake     ${b.toFixed(0)} ms  (decision ${bake[0].decision}, ${bake[0].requests} requests, ${bake[0].samples} points)`,
    );
    console.log(
      `    of which judging   ${median(bake.map((f) => f.judgeMs ?? 0)).toFixed(0)} ms  (engine, measured again on the same data)`,
    );
    console.log(
      `  plain HTTP fetch     ${p.toFixed(0)} ms  (${plain[0].requests} requests, ${plain[0].samples} points)`,
    );
    console.log(`  ratio                ${(b / p).toFixed(2)}x  (target <= 1.3x)`);
    console.log(
      `  peak RSS (bake)      ${median(bake.map((f) => f.maxRssMb)).toFixed(0)} MB  (target < 150 MB)`,
    );
    console.log(`  peak RSS (plain)     ${median(plain.map((f) => f.maxRssMb)).toFixed(0)} MB`);
    console.log(`  RSS of an idle child ${idle.maxRssMb.toFixed(0)} MB  (node + tsx + imports)`);
    const cli = await cliFigures(prometheus.url);
    if (typeof cli === 'string') console.log(`  canary-gate CLI      skipped: ${cli}`);
    else {
      console.log(
        `  canary-gate CLI      ${cli.wallMs.toFixed(0)} ms wall (whole process, /usr/bin/time), peak RSS ${cli.maxRssMb.toFixed(0)} MB`,
      );
    }
    const reads = watch.reads ?? 0;
    const perRead = METRICS;
    const refetch = (perRead * reads * (reads + 1)) / 2;
    console.log(`\nwatch, ${WATCH_BAKE / 3600}h bake at ${WINDOW}s (${reads} reads, fake clock):`);
    console.log(
      `  points fetched       ${watch.samples}  in ${watch.requests} requests, ${watch.wallMs.toFixed(0)} ms`,
    );
    console.log(`  re-fetch-everything  ${refetch}  (${(refetch / (watch.samples ?? 1)).toFixed(0)}x more)`);
  } finally {
    await prometheus.dispose();
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex !== -1) {
  const kind = process.argv[childIndex + 1];
  const url = process.argv[childIndex + 2];
  const jobs: Record<string, (url: string) => Promise<ChildFigures>> = {
    lookback: childLookback,
    plain: childPlain,
    watch: childWatch,
    idle: childIdle,
  };
  jobs[kind](url).then((f) => console.log(JSON.stringify(f)));
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
