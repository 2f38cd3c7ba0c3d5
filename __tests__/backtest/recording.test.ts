/**
 * A long recording in the metrics-file format backtests the same way: every bake's decision equals that of
 * `canary-gate evaluate` on the same six windows cut out as a recorded bake of their own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run.js';
import type { BacktestReport } from '../../src/backtest/types.js';

const POLICY = 'examples/tsfm/policy.yml';
const WEEK = 'examples/backtest/week.json';
const PROPOSED = 'examples/backtest/policy-p95-320.yml';

test('every bake of the week equals evaluate on its own windows', async () => {
  const { code, stdout } = await cli(
    'backtest',
    '--config',
    POLICY,
    '--stage',
    'canary_5',
    '--metrics-file',
    WEEK,
    '--format',
    'json',
  );
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as BacktestReport;
  expect(report.summary.bakes).toBe(336);
  const week = JSON.parse(readFileSync(WEEK, 'utf8')) as {
    start: string;
    metrics: Record<string, (number | null)[]>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-week-'));
  // The bakes that did not promote, and every 24th one besides: evaluate each as a recorded bake.
  const sample = report.bakes.filter((b, i) => b.decision !== 'promote' || i % 24 === 0);
  expect(sample.filter((b) => b.decision !== 'promote').length).toBe(6);
  for (const bake of sample) {
    const first = (Date.parse(bake.since) - Date.parse(week.start)) / 300_000;
    const metrics = Object.fromEntries(
      Object.entries(week.metrics).map(([m, v]) => [m, v.slice(first, first + 6)]),
    );
    const file = join(dir, `bake-${first}.json`);
    writeFileSync(file, JSON.stringify({ window_minutes: 5, start: bake.since, metrics }));
    const single = await cli(
      'evaluate',
      '--config',
      POLICY,
      '--stage',
      'canary_5',
      '--metrics-file',
      file,
      '--format',
      'json',
    );
    const judged = JSON.parse(single.stdout) as {
      decision: string;
      rollback_reasons: string[];
      gate_fail_reasons: string[];
    };
    expect({ since: bake.since, decision: bake.decision, reasons: bake.reasons }).toEqual({
      since: bake.since,
      decision: judged.decision,
      reasons: [...judged.rollback_reasons, ...judged.gate_fail_reasons],
    });
  }
});

test('--compare on the recording names the two bakes a 320 ms gate would promote', async () => {
  const { stdout } = await cli(
    'backtest',
    '--config',
    PROPOSED,
    '--stage',
    'canary_5',
    '--metrics-file',
    WEEK,
    '--compare',
    POLICY,
    '--format',
    'json',
  );
  const report = JSON.parse(stdout) as BacktestReport;
  expect(report.summary.changed!.map((b) => b.since)).toEqual([
    '2026-11-03T14:00:00.000Z',
    '2026-11-08T16:00:00.000Z',
  ]);
  expect(report.compare!.sentence).toBe(
    'raising the p95_latency_ms gate to <= 320 would have promoted 2 of 4 bakes that held',
  );
});

test('a recording without "start" and a --from off its windows are one-line input errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-week-'));
  const file = join(dir, 'no-start.json');
  writeFileSync(file, JSON.stringify({ window_minutes: 5, metrics: { p95_latency_ms: [1, 2, 3, 4, 5, 6] } }));
  const noStart = await cli('backtest', '--config', POLICY, '--stage', 'canary_5', '--metrics-file', file);
  expect(noStart.code).toBe(64);
  expect(noStart.stderr).toContain(`--metrics-file ${file}: has no "start"`);
  const off = await cli(
    'backtest',
    '--config',
    POLICY,
    '--stage',
    'canary_5',
    '--metrics-file',
    WEEK,
    '--from',
    '2026-11-02T00:02:00Z',
    '--to',
    '2026-11-03T00:00:00Z',
  );
  expect(off.code).toBe(64);
  expect(off.stderr).toMatch(
    /--from: 2026-11-02T00:02:00.000Z is not on a window boundary of examples\/backtest\/week.json/,
  );
});
