/**
 * Per-check `dry-run: true` on a gate, a rollback trigger and a judge: judged and shown, never changes the
 * decision. Through the engine (evaluateStage on a policy loaded from YAML) and through the CLI (evaluate's
 * exit code and report.json, validate's listing).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateStage } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { cli } from '../cli/run.js';

const POLICY = (dry: boolean) => `version: 1
window: 5m
metrics:
  error_rate:
    query: sum(rate(errors_total[{{window}}]))
  p95_ms:
    query: histogram_quantile(0.95, sum by (le) (rate(h_bucket[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le) (rate(h_bucket{track="stable"}[{{window}}])))
    judge: { type: sequential, kind: values, allowed-effect: 0.05${dry ? ', dry-run: true' : ''} }
stages:
  canary:
    traffic: 5
    bake: 60m
    gates:
      error_rate:
        - "<= 0.05"
        - { condition: "<= 0.01"${dry ? ', dry-run: true' : ''} }
rollback:
  - metric: error_rate
    when: "> 0.015"
    for: 10m${dry ? '\n    dry-run: true' : ''}
`;

// Every window: error rate 0.02 (over the 0.01 gate and the 0.015 trigger, under the 0.05 gate); p95 30% over
// the baseline in every window, which the judge calls a regression. Twelve windows: the values judge (widened
// for autocorrelation) decides nothing before its 12th window.
const BAKE = {
  window_minutes: 5,
  start: '2026-11-20T10:00:00Z',
  metrics: {
    error_rate: Array(12).fill(0.02),
    p95_ms: [130, 131, 129, 132, 130, 131, 130, 132, 129, 131, 130, 131],
  },
  baseline: { p95_ms: [100, 101, 99, 100, 102, 100, 101, 100, 99, 101, 100, 102] },
};

function data() {
  const w = 300;
  const since = Date.parse(BAKE.start) / 1000;
  const series = (values: number[]) => [{ labels: {}, values }];
  return {
    windowSeconds: w,
    windowsExpected: 12,
    windowsObserved: 12,
    since,
    metrics: {
      error_rate: { series: series(BAKE.metrics.error_rate) },
      p95_ms: { series: series(BAKE.metrics.p95_ms), baseline: series(BAKE.baseline.p95_ms) },
    },
  };
}

function judge(dry: boolean) {
  const policy = loadPolicy(POLICY(dry), 'policy.yml');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return evaluateStage(policy, policy.stages.canary, data() as any);
}

describe('engine', () => {
  test('without dry-run the same checks roll back', () => {
    const verdict = judge(false);
    expect(verdict.decision).toBe('rollback');
    expect(verdict.gatePassed).toBe(false);
  });

  test('dry-run checks are judged (status fail) and shown, but the decision is promote', () => {
    const verdict = judge(true);
    expect(verdict.decision).toBe('promote');
    expect(verdict.gatePassed).toBe(true);
    expect(verdict.rollbackReasons).toEqual([]);
    expect(verdict.gateFailReasons).toEqual([]);
    const dry = verdict.checks.filter((c) => c.dryRun);
    expect(dry.map((c) => [c.kind, c.metric, c.status, c.wouldHave])).toEqual(
      expect.arrayContaining([
        ['gate', 'error_rate', 'fail', 'hold'],
        ['rollback', 'error_rate', 'fail', 'rollback'],
      ]),
    );
    const judged = dry.find((c) => c.judgement);
    expect(judged).toMatchObject({ metric: 'p95_ms', status: 'fail', wouldHave: 'rollback' });
    expect(verdict.warnings.filter((w) => w.startsWith('dry-run: would have'))).toHaveLength(3);
    expect(verdict.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^dry-run: would have held: /)]),
    );
    // The other gate on the same metric still decides.
    expect(verdict.checks.find((c) => c.condition === '<= 0.05')).toMatchObject({ status: 'pass' });
    expect(verdict.checks.find((c) => c.condition === '<= 0.05')!.dryRun).toBeUndefined();
  });

  test('a dry-run check never hides a real failure', () => {
    const policy = loadPolicy(POLICY(true).replace('"<= 0.05"', '"<= 0.019"'), 'policy.yml');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(evaluateStage(policy, policy.stages.canary, data() as any).decision).toBe('hold');
  });

  test('dry-run must be a boolean: a policy error at its line', () => {
    expect(() =>
      loadPolicy(POLICY(true).replace('dry-run: true\n', 'dry-run: yes please\n'), 'p.yml'),
    ).toThrow(/p\.yml:\d+:\d+/);
  });
});

describe('CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'canary-gate-dry-run-'));
    writeFileSync(join(dir, 'dry.yml'), POLICY(true));
    writeFileSync(join(dir, 'real.yml'), POLICY(false));
    writeFileSync(join(dir, 'bake.json'), JSON.stringify(BAKE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const evaluate = (policy: string) =>
    cli(
      'evaluate',
      '--config',
      join(dir, policy),
      '--stage',
      'canary',
      '--metrics-file',
      join(dir, 'bake.json'),
      '--report',
      join(dir, `${policy}.json`),
      '--format',
      'markdown',
    );

  test('evaluate: exit 0 (promote) with dry-run checks, exit 2 (rollback) without', async () => {
    expect((await evaluate('real.yml')).code).toBe(2);
    const run = await evaluate('dry.yml');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'dry.yml.json'), 'utf8'));
    expect(report.decision).toBe('promote');
    const dry = report.checks.filter((c: { dry_run?: boolean }) => c.dry_run);
    expect(dry).toHaveLength(3);
    expect(dry.map((c: { would_have: string }) => c.would_have).sort()).toEqual([
      'hold',
      'rollback',
      'rollback',
    ]);
    expect(run.stdout).toContain('dry-run: would have held');
    expect(run.stdout).toContain('dry-run: would have rolled back');
  });

  test('validate lists the dry-run checks of each stage', async () => {
    const run = await cli('validate', '--config', join(dir, 'dry.yml'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^dry-run in canary \(judged and shown, never decide\): gate error_rate <= 0\.01; rollback trigger error_rate > 0\.015; judge sequential on p95_ms$/m,
    );
    expect((await cli('validate', '--config', join(dir, 'real.yml'))).stdout).not.toContain('dry-run in');
  });
});
