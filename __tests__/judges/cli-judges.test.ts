/**
 * Judges end to end through the CLI: a policy with `judge:` and `score:`, a recorded bake, the exit code and
 * the explanation in report.json. The recorded bake comes from the benchmark's generator (fixed seed).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, SCENARIOS } from '../../bench/judges/scenarios.js';
import { cli } from '../cli/run.js';

// Sequential judges on error counts and p95 (shared with the other CLI judge test).
const policy = readFileSync('__tests__/judges/fixtures/sequential.yml', 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'canary-gate-judges-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recorded(scenario: string, seed: number): string {
  const run = generate(
    SCENARIOS.find((s) => s.name === scenario)!,
    seed,
  );
  const file = join(dir, `${scenario.replace(/\W+/g, '-')}-${seed}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      window_minutes: 1,
      start: '2026-11-20T10:00:00Z',
      metrics: { errors: run.canaryErrors, requests: run.canaryRequests, p95_ms: run.canaryP95 },
      baseline: { errors: run.baselineErrors, requests: run.baselineRequests, p95_ms: run.baselineP95 },
    }),
  );
  return file;
}

async function evaluate(file: string, mode: 'lookback' | 'watch') {
  const report = join(dir, `report-${mode}.json`);
  const args = ['--config', join(dir, 'policy.yml'), '--stage', 'canary', '--metrics-file', file];
  const result = await cli('evaluate', ...args, '--mode', mode, '--report', report, '--format', 'text');
  return { ...result, report: JSON.parse(readFileSync(report, 'utf8')) };
}

test('errors ×2 at canary 1,000 requests/min: rolled back with the e-value in the reasons', async () => {
  const r = await evaluate(recorded('errors: ×2, high traffic', 1), 'lookback');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(2);
  expect(r.report.rollback_reasons.join('\n')).toMatch(
    /^errors: sequential judge in 2026-11-20T10:0\dZ–10:0\dZ: canary \d+ of \d+ events .* e = \S+ ≥ 1\/α = 20: regression/m,
  );
});

test('no change: promoted, the judges passing', async () => {
  const r = await evaluate(recorded('errors: no change, high traffic', 2), 'lookback');
  expect(r.code).toBe(0);
  expect(r.report.checks.filter((c: { condition: string }) => c.condition.startsWith('judge')).length).toBe(
    2,
  );
});

test('batch: several recordings and a directory, one JSON line each, the most severe exit code', async () => {
  const bad = recorded('errors: ×2, high traffic', 3);
  const good = recorded('errors: no change, high traffic', 4);
  const args = ['--config', join(dir, 'policy.yml'), '--stage', 'canary'];
  const r = await cli(
    'evaluate',
    ...args,
    '--metrics-file',
    good,
    '--metrics-file',
    bad,
    '--format',
    'jsonl',
  );
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => [l.metrics_file, l.decision])).toEqual([
    [good, 'promote'],
    [bad, 'rollback'],
  ]);
  expect(r.code).toBe(2);
  const all = await cli('evaluate', ...args, '--metrics-file', dir, '--format', 'jsonl');
  expect(all.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
  const plain = await cli('evaluate', ...args, '--metrics-file', good, '--metrics-file', bad);
  expect(plain.code).toBe(64);
  expect(plain.stderr).toMatch(/--format jsonl/);
});
