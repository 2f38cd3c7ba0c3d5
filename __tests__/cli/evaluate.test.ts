import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run.js';

const config = 'examples/tsfm/policy.yml';
const metrics = (name: string) => `examples/tsfm/metrics/${name}.json`;
const evaluate = (file: string, stage = 'canary_5', ...rest: string[]) =>
  cli('evaluate', '--config', config, '--stage', stage, '--metrics-file', file, ...rest);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'canary-gate-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('canary-gate evaluate exit codes (runbook 000)', () => {
  test.each([
    ['pass', 'canary_5', 0],
    ['pass', 'canary_25', 0],
    ['runbook-example', 'canary_5', 0],
    ['rollback-p95', 'canary_5', 2],
    ['rollback-error-rate', 'canary_5', 2],
    ['rollback-invalid-output', 'canary_5', 2],
    ['rollback-fallback', 'canary_5', 2],
    ['rollback-breaker', 'canary_5', 2],
    ['hold-fallback', 'canary_5', 1],
    ['hold-fallback', 'canary_25', 0],
    ['hold-p95', 'canary_5', 1],
    ['runbook-example', 'canary_25', 3],
    ['pass', 'full_100', 3],
  ])('%s judged for %s exits %d', async (file, stage, code) => {
    const result = await evaluate(metrics(file), stage);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });

  test('5 of 6 windows is inconclusive for canary_5', async () => {
    const recorded = JSON.parse(readFileSync(metrics('runbook-example'), 'utf8'));
    for (const name of Object.keys(recorded.metrics))
      recorded.metrics[name] = recorded.metrics[name].slice(0, 5);
    const file = join(dir, 'five.json');
    writeFileSync(file, JSON.stringify(recorded));
    const result = await evaluate(file, 'canary_5', '--format', 'json');
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout);
    expect(report.decision).toBe('inconclusive');
    expect(report.bake).toMatchObject({ windows_expected: 6, windows_observed: 5 });
  });
});

describe('canary-gate evaluate output', () => {
  test('the text table lists every check with its worst value and status', async () => {
    const { stdout } = await evaluate(metrics('rollback-p95'));
    expect(stdout).toMatch(/^canary-gate ROLLBACK/);
    expect(stdout).toMatch(/rollback\s+p95_latency_ms\s+> 400\s+10m\s+420/);
    expect(stdout).toMatch(/gate\s+p95_latency_ms\s+<= 300\s+each\s+420\s+\S+\s+2 of 6: #3–#4\s+FAIL/);
    expect(stdout).toMatch(
      /rollback\s+p95_latency_ms\s+> 400\s+10m\s+420\s+\S+\s+fired at #4 \(after 10m in a row\)\s+FAIL/,
    );
    expect(stdout).toContain('Rollback reasons:');
  });

  test('--format json prints the report with the runbook fields, and --report writes the same', async () => {
    const reportPath = join(dir, 'nested', 'report.json');
    const { stdout, code } = await evaluate(
      metrics('hold-fallback'),
      'canary_5',
      '--format',
      'json',
      '--report',
      reportPath,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toEqual(report);
    expect(report).toMatchObject({
      schema_version: 1,
      decision: 'hold',
      gate_passed: false,
      rollback_triggered: false,
      rollback_reasons: [],
      stage: 'canary_5',
      traffic: 5,
      window_seconds: 300,
      source: { kind: 'file', file: metrics('hold-fallback') },
    });
    expect(report.gate_fail_reasons).toHaveLength(1);
    expect(report.gate_fail_reasons[0]).toContain('fallback_rate');
    expect(report.gate_fail_reasons[0]).toContain('0.09');
    expect(report.provenance.policy_sha256).toMatch(/^[0-9a-f]{64}$/);
    const check = report.checks.find(
      (c: { metric: string; kind: string }) => c.metric === 'fallback_rate' && c.kind === 'gate',
    );
    expect(check).toMatchObject({ status: 'fail', violating_windows: [3], condition: '<= 0.08' });
    expect(check.policy_line).toBeGreaterThan(0);
  });

  test('--format markdown prints a markdown summary', async () => {
    const { stdout, code } = await evaluate(metrics('pass'), 'canary_5', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toContain('|');
    expect(stdout.toLowerCase()).toContain('promote');
  });

  test('--bake shortens the stage', async () => {
    const { code } = await evaluate(metrics('runbook-example'), 'canary_25', '--bake', '30m');
    expect(code).toBe(0);
  });
});

describe('canary-gate usage errors exit 64 with one line naming the place', () => {
  /** `evaluate` of the passing recording for canary_5, with `extra` arguments. */
  const passArgs = (...extra: string[]) => [
    'evaluate',
    '--config',
    config,
    '--stage',
    'canary_5',
    '--metrics-file',
    metrics('pass'),
    ...extra,
  ];

  test.each([
    [
      ['evaluate', '--config', config, '--stage', 'canary_50', '--metrics-file', metrics('pass')],
      '--stage: "canary_50" is not a stage',
    ],
    [
      ['evaluate', '--config', 'nope.yml', '--stage', 'canary_5', '--metrics-file', metrics('pass')],
      '--config nope.yml: cannot be read (ENOENT)',
    ],
    [
      ['evaluate', '--config', config, '--stage', 'canary_5', '--metrics-file', 'nope.json'],
      '--metrics-file nope.json: cannot be read',
    ],
    [passArgs('--var', 'x'), '--var: "x" is not name=value'],
    [passArgs('--bake', '7m'), '--bake: 7m is not a whole number of 5m windows'],
    [passArgs('--bake', 'soon'), '--bake: invalid duration "soon"'],
    [passArgs('--format', 'xml'), "error: option '--format <format>' argument 'xml' is invalid"],
    [
      ['evaluate', '--config', config, '--metrics-file', metrics('pass')],
      "error: required option '--stage <name>' not specified",
    ],
    [passArgs('--frobnicate'), "error: unknown option '--frobnicate'"],
    [['promote'], "error: unknown command 'promote'"],
  ])('%j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  test('--since is checked', async () => {
    const { code, stderr } = await cli(
      'evaluate',
      '--config',
      config,
      '--stage',
      'canary_5',
      '--prometheus-url',
      'http://127.0.0.1:9',
      '--mode',
      'lookback',
      '--until',
      'tomorrow',
    );
    expect(code).toBe(64);
    expect(stderr).toContain('--until: "tomorrow" is not a time');
  });
});

describe('canary-gate validate and schema', () => {
  test('validate says ok for the example', async () => {
    const { code, stdout } = await cli('validate', '--config', config);
    expect(code).toBe(0);
    expect(stdout).toContain('examples/tsfm/policy.yml: ok');
  });

  test('schema prints the committed JSON Schema', async () => {
    const { code, stdout } = await cli('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync('schema/policy.schema.json', 'utf8')));
  });
});

test('a template var the policy does not define is a policy error naming its line', async () => {
  const dir2 = mkdtempSync(join(tmpdir(), 'canary-gate-vars-'));
  const policyPath = join(dir2, 'policy.yml');
  writeFileSync(
    policyPath,
    readFileSync(config, 'utf8').replace(
      'service="{{vars.service}}",track="canary",code',
      'service="{{vars.team}}",track="canary",code',
    ),
  );
  const { code, stderr } = await cli(
    'evaluate',
    '--config',
    policyPath,
    '--stage',
    'canary_5',
    '--metrics-file',
    metrics('pass'),
  );
  expect(code).toBe(64);
  expect(stderr).toMatch(new RegExp(`${policyPath}:\\d+:\\d+: .*team`));
  const withVar = await cli(
    'evaluate',
    '--config',
    policyPath,
    '--stage',
    'canary_5',
    '--metrics-file',
    metrics('pass'),
    '--var',
    'team=a',
  );
  expect(withVar.code).toBe(0);
  rmSync(dir2, { recursive: true, force: true });
});
