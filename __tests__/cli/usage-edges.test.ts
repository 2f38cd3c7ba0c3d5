/**
 * QA regressions: flags the CLI used to ignore silently or crash on (exit 70), and commander's multi-line
 * errors. Every failure here is exit 64 with one line naming the flag.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run.js';

const config = 'examples/tsfm/policy.yml';
const pass = 'examples/tsfm/metrics/pass.json';
// Port 9 on loopback: nothing is ever sent, since each case fails before any query.
// A recorded bake of runbook 000's canary_5 stage.
const recorded = ['--config', config, '--stage', 'canary_5', '--metrics-file', pass];
const prometheus = ['--config', config, '--stage', 'canary_5', '--prometheus-url', 'http://127.0.0.1:9'];

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'canary-gate-cli-edges-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (text: string) => expect(text.trimEnd().split('\n')).toHaveLength(1);

test('--report under a path that is a file is a usage error naming --report, not an internal error', async () => {
  const file = join(dir, 'plain-file');
  writeFileSync(file, 'x');
  const { code, stderr } = await cli('evaluate', ...recorded, '--report', join(file, 'report.json'));
  expect(code).toBe(64);
  expect(stderr).toMatch(/^canary-gate: --report .*plain-file\/report\.json: cannot be written \(E[A-Z]+\)/);
  expect(stderr).not.toContain('internal error');
  oneLine(stderr);
});

test('--report naming a directory is a usage error', async () => {
  const { code, stderr } = await cli('evaluate', ...recorded, '--report', dir);
  expect(code).toBe(64);
  expect(stderr).toContain(`--report ${dir}: cannot be written (EISDIR)`);
});

test('--until with --mode watch is refused instead of being ignored while the watch waits', async () => {
  const { code, stderr } = await cli('evaluate', ...prometheus, '--mode', 'watch', '--until', '1795000000');
  expect(code).toBe(64);
  expect(stderr).toContain('canary-gate: --until: only applies to --mode lookback');
  oneLine(stderr);
});

test.each([
  ['2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'span 1h but the bake is 30m'],
  ['2026-11-20T11:00:00Z', '2026-11-20T10:30:00Z', 'span nothing (--until is not after --since)'],
])(
  'lookback --since %s --until %s that disagree with the bake are refused',
  async (since, until, message) => {
    const { code, stderr } = await cli('evaluate', ...prometheus, '--since', since, '--until', until);
    expect(code).toBe(64);
    expect(stderr).toContain(`--since/--until: ${message}`);
    oneLine(stderr);
  },
);

test('--since and --until with a recorded bake are reported as ignored; the verdict is unchanged', async () => {
  const { code, stdout } = await cli(
    'evaluate',
    ...recorded,
    '--since',
    '1795000000',
    '--until',
    '1795001800',
    '--format',
    'json',
  );
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.bake.since).toBe('2026-11-20T10:00:00.000Z'); // the file's start, not --since
  expect(report.warnings).toEqual([
    '--since is ignored with --metrics-file: a recorded bake starts at its own first window (its "start")',
    '--until is ignored with --metrics-file: a recorded bake starts at its own first window (its "start")',
  ]);
});

test.each([
  [['evaluate', '--config', config, '--stage', 'canary_5', '--metric-file', pass], '--metrics-file'],
  [['evalute'], 'evaluate'],
  [['evaluate', '--config', config], "'--stage <name>'"],
])('commander errors are one line with the hint: %j', async (argv, named) => {
  const { code, stderr } = await cli(...argv);
  expect(code).toBe(64);
  expect(stderr).toContain(named);
  expect(stderr).toContain('(run canary-gate --help for usage)');
  oneLine(stderr);
});

test('a --var no query uses is reported as a likely typo; the verdict is unchanged', async () => {
  const { code, stdout } = await cli(
    'evaluate',
    ...recorded,
    '--var',
    'servce=checkout',
    '--var',
    'service=tsfm',
    '--format',
    'json',
  );
  expect(code).toBe(0);
  expect(JSON.parse(stdout).warnings).toEqual([
    `--var "servce" is not used by any query in ${config} (did you mean "service"?); it has no effect`,
  ]);
});

test('validate counts in the singular where there is one', async () => {
  const path = join(dir, 'one.yml');
  writeFileSync(
    path,
    'version: 1\nwindow: 5m\nmetrics:\n  up_ratio: { query: avg(up) }\nstages:\n  s: { bake: 10m, gates: { up_ratio: "== 1" } }\n',
  );
  const { code, stdout } = await cli('validate', '--config', path);
  expect(code).toBe(0);
  expect(stdout).toBe(`${path}: ok — 1 metric, 1 stage (s: 1 gate, 0 triggers)\n`);
});

test('a stage that checks nothing is a warning from validate and in the verdict', async () => {
  const path = join(dir, 'empty-stage.yml');
  writeFileSync(
    path,
    'version: 1\nwindow: 5m\nmetrics:\n  up_ratio: { query: avg(up) }\nstages:\n  s: { bake: 10m, gates: { up_ratio: "== 1" } }\n  t: { bake: 10m }\n',
  );
  const warning = `${path}:7:3: stage "t" checks nothing (no gates, rollback triggers or score), so it always promotes; add gates: or a rollback: trigger`;
  const validated = await cli('validate', '--config', path);
  expect(validated.code).toBe(0);
  expect(validated.stderr).toBe(`warning: ${warning}\n`);
  const recording = join(dir, 'empty-stage.json');
  writeFileSync(recording, '{"window_minutes": 5, "metrics": {"up_ratio": [0, 0]}}');
  const judged = await cli(
    'evaluate',
    '--config',
    path,
    '--stage',
    't',
    '--metrics-file',
    recording,
    '--format',
    'json',
  );
  expect(judged.code).toBe(0);
  expect(JSON.parse(judged.stdout).warnings).toEqual([warning]);
});
