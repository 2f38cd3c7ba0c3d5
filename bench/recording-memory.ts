/**
 * Peak RSS of the whole CLI process judging a recorded bake (prints figures, asserts nothing): recordings of
 * 10k, 100k and 1M values (10 metrics, values per window with a null now and then), judged on a 1-day bake
 * of 5m windows, against a reference in the same run: `node -e` reading the same file with JSON.parse.
 * Runs are interleaved (cli, reference, [before], cli, ...); min / median / max per column.
 * Run: npm run build && npx tsx bench/recording-memory.ts [--runs 3] [--before /path/to/old/cli.js]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(opt('--runs') ?? 3);
const before = opt('--before');
const cli = resolve('dist/cli.js');
const METRICS = 10;

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-recording-bench-'));
const policy = join(dir, 'policy.yml');
writeFileSync(
  policy,
  `version: 1\nwindow: 5m\nmetrics:\n${Array.from({ length: METRICS }, (_, m) => `  m${m}:\n    query: sum(rate(x${m}[{{window}}]))\n`).join('')}` +
    `stages:\n  s:\n    bake: 1d\n    gates:\n${Array.from({ length: METRICS }, (_, m) => `      m${m}: "<= 1000"\n`).join('')}`,
);

function recording(values: number): string {
  const path = join(dir, `rec-${values}.json`);
  const perMetric = values / METRICS;
  const series = Array.from({ length: METRICS }, (_, m) => {
    const xs = Array.from({ length: perMetric }, (_, k) =>
      k % 97 === 13 ? 'null' : String(Math.round((200 + 40 * Math.sin((k + m) / 7)) * 1000) / 1000),
    );
    return `"m${m}": [${xs.join(', ')}]`;
  });
  writeFileSync(path, `{"window_minutes": 5, "metrics": {\n${series.join(',\n')}\n}}\n`);
  return path;
}

/** Peak RSS (MB) of one process, from GNU time's %M (KB). */
function peakMb(argv: string[]): number {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  if (!Number.isFinite(kb)) throw new Error(`no peak RSS from ${argv.join(' ')}: ${r.stderr.slice(-400)}`);
  return kb / 1024;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(0)} / ${s[Math.floor(s.length / 2)].toFixed(0)} / ${s.at(-1)!.toFixed(0)}`;
};

console.log(`peak RSS in MB, min / median / max of ${runs} interleaved runs (Node ${process.version})`);
console.log(
  [
    'values',
    'file MB',
    'canary-gate evaluate',
    'node -e JSON.parse',
    ...(before ? ['before'] : []),
    'cli − ref per value',
  ].join(' | '),
);
for (const values of [10_000, 100_000, 1_000_000]) {
  const file = recording(values);
  const judged = [
    'node',
    cli,
    'evaluate',
    '--config',
    policy,
    '--stage',
    's',
    '--metrics-file',
    file,
    '--format',
    'json',
  ];
  const reference = ['node', '-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
  const columns: number[][] = [[], [], []];
  for (let i = 0; i < runs; i++) {
    columns[0].push(peakMb(judged));
    columns[1].push(peakMb(reference));
    if (before) columns[2].push(peakMb(['node', before, ...judged.slice(2)]));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perValue = ((median(columns[0]) - median(columns[1])) * 1024 * 1024) / values;
  console.log(
    [
      values.toLocaleString('en-US'),
      (statSync(file).size / 1024 / 1024).toFixed(1),
      stats(columns[0]),
      stats(columns[1]),
      ...(before ? [stats(columns[2])] : []),
      `${perValue.toFixed(0)} bytes`,
    ].join(' | '),
  );
}
rmSync(dir, { recursive: true, force: true });
