/**
 * The judgement through the CLI in process (`runCli`): a recorded bake judged by a sequential counts
 * judge; the text output, report.json and the markdown say why it rolled back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/report/types.js';
import { cli } from '../cli/run.js';
import { judgedData } from './helpers/judged.js';

// Sequential judges on error counts and p95 (shared with the other CLI judge test).
const policy = readFileSync('__tests__/judges/fixtures/sequential.yml', 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'canary-gate-report-judgement-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  const data = judgedData({ windows: 30 });
  const values = (name: string, track: 'series' | 'baseline') => data.metrics[name][track]![0].values;
  writeFileSync(
    join(dir, 'bake.json'),
    JSON.stringify({
      window_minutes: 1,
      start: '2026-11-20T10:00:00Z',
      metrics: Object.fromEntries(['errors', 'requests', 'p95_ms'].map((m) => [m, values(m, 'series')])),
      baseline: Object.fromEntries(['errors', 'requests', 'p95_ms'].map((m) => [m, values(m, 'baseline')])),
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = () => [
  'evaluate',
  '--config',
  join(dir, 'policy.yml'),
  '--stage',
  'canary',
  '--metrics-file',
  join(dir, 'bake.json'),
  '--mode',
  'lookback',
];

test('text output and report.json explain the rollback', async () => {
  const file = join(dir, 'report.json');
  const r = await cli(...args(), '--report', file, '--format', 'text');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(2);
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const errors = report.checks.find((c) => c.metric === 'errors')!.judgement!;
  expect(errors.decision).toBe('rollback');
  expect(errors.decided_at).not.toBeNull();
  const w = errors.windows[errors.decided_at!];
  expect(w.e_value).toBeGreaterThanOrEqual(20);
  expect(r.stdout).toContain(
    `Judgement: errors (sequential): rollback in ${errors.decided_at_label}: ${w.explanation}\n`,
  );
  // p95_ms would decide after the rollback at window 2 that decided the bake: no decision of its own.
  expect(r.stdout).toMatch(/^Judgement: p95_ms \(sequential\): no decision/m);
});

test('--format markdown says why, with the per-window table', async () => {
  const r = await cli(...args(), '--format', 'markdown');
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(
    /^\*\*Why: sequential on `errors`\*\* — ❌ rollback in 10:\d\d–10:\d\d \(window #\d+\): canary \d+ of \d+ events .*e = \S+ ≥ 1\/α = 20/m,
  );
  expect(r.stdout).toContain('<details><summary>Per window (30)</summary>');
});
