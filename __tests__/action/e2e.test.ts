/**
 * The bundle run as GitHub runs it (Node 24, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH)
 * on runbook 000's recorded bakes, with a fake GitHub REST API on loopback for the PR comment.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, pullRequestEvent, runAction, type ActionRun } from './helpers/run-action.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { parseMermaid } from '../report/helpers/parse-mermaid.js';
import { DESIGN_OUTPUTS } from './helpers/design-outputs.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  github.failWith = null;
  github.requests.length = 0;
});

function gate(metrics: string, extra: Record<string, string> = {}) {
  return {
    config: EXAMPLE.config,
    stage: 'canary_5',
    'metrics-file': EXAMPLE.metrics(metrics),
    'github-token': 'ghs_faketoken0123456789',
    'upload-artifact': 'false',
    ...extra,
  };
}

function report(run: ActionRun) {
  return JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
}

describe('push', () => {
  test('a clean bake promotes: exit 0, every output, summary, no comment', async () => {
    const run = await runAction({
      inputs: gate('pass'),
      eventName: 'push',
      event: { ref: 'refs/heads/main' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual([...DESIGN_OUTPUTS].sort());
    expect(run.outputs).toMatchObject({
      decision: 'promote',
      'gate-passed': 'true',
      'rollback-triggered': 'false',
      'rollback-reasons': '[]',
      'gate-fail-reasons': '[]',
      'artifact-id': '',
      'artifact-url': '',
    });
    expect(report(run)).toMatchObject({
      schema_version: 1,
      decision: 'promote',
      stage: 'canary_5',
      traffic: 5,
    });
    expect(run.summary).toContain('### ✅ canary-gate: PROMOTE — stage `canary_5` (5% traffic)');
    expect(run.summary).toContain('**Bake** 2026-11-20 10:00 → 10:30 UTC · 6/6 windows of 5m');
    expect(run.summary.match(/^\| ✅ \|/gm)).toHaveLength(9);
    expect(run.summary).not.toContain('```mermaid');
    expect(github.requests).toEqual([]);
    expect(run.stdout).not.toMatch(/::error/);
  });

  test('a rollback fails the step, still sets every output, annotates the policy lines', async () => {
    const run = await runAction({ inputs: gate('rollback-p95'), eventName: 'push' });
    expect(run.code).toBe(1);
    expect(Object.keys(run.outputs).sort()).toEqual([...DESIGN_OUTPUTS].sort());
    expect(run.outputs.decision).toBe('rollback');
    expect(run.outputs['rollback-triggered']).toBe('true');
    expect(JSON.parse(run.outputs['rollback-reasons'])).toEqual([
      expect.stringMatching(/^p95_latency_ms > 400 for 2 consecutive windows/),
    ]);
    expect(JSON.parse(run.outputs['gate-fail-reasons'])).toEqual([
      // Decided where the rollback fired: reasons count the windows up to there.
      expect.stringMatching(/^p95_latency_ms <= 300 violated in 2 of \d windows/),
    ]);
    // Annotations on the policy file at the line of the failing rule.
    const policy = readFileSync(EXAMPLE.config, 'utf8').split('\n');
    const lines = [
      ...run.stdout.matchAll(/^::error title=[^,]*,file=examples\/tsfm\/policy\.yml,line=(\d+)::/gm),
    ].map((m) => Number(m[1]));
    expect(lines).toHaveLength(2);
    expect(policy[lines[0] - 1]).toContain('p95_latency_ms: "<= 300"');
    expect(policy[lines[1] - 1]).toMatch(/when: "> 400"|metric: p95_latency_ms/);
    expect(run.stdout).toMatch(/^::error::canary-gate: ROLLBACK at stage canary_5: p95_latency_ms > 400/m);
    expect(run.summary).toContain('⏪ canary-gate: ROLLBACK');
    expect(run.summary).toContain('**Rollback reasons**');
    // One chart (the failing p95 metric); it may open with a %%{init}%% theme line before the chart type.
    expect(run.summary.match(/```mermaid\n(?:%%\{init: .*\}%%\n)?xychart-beta\n/g)).toHaveLength(1);
    expect(run.summary).toContain('<details><summary>Queries</summary>');
  });

  test.each([
    ['hold-p95', 'hold'],
    ['rollback-error-rate', 'rollback'],
    ['rollback-invalid-output', 'rollback'],
    ['rollback-breaker', 'rollback'],
  ])('%s → %s', async (file, decision) => {
    const stage = file === 'rollback-breaker' || file === 'hold-fallback' ? 'canary_25' : 'canary_5';
    const run = await runAction({ inputs: gate(file, { stage }) });
    expect(run.outputs.decision).toBe(decision);
    expect(run.code).toBe(1);
  });
});

describe('pull_request', () => {
  test('the comment is created once and updated in place on a re-run', async () => {
    const event = pullRequestEvent(7);
    const first = await runAction({
      inputs: gate('rollback-p95'),
      eventName: 'pull_request',
      event,
      env: { GITHUB_API_URL: github.url },
    });
    expect(first.code).toBe(1);
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith('<!-- canary-gate:stage=canary_5 -->\n')).toBe(true);
    expect(comments[0].body).toContain('ROLLBACK');
    expect(comments[0].body.length).toBeLessThan(65_536);
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']); // /user, list, create
    expect(github.requests[0].authorization).toBe('token ghs_faketoken0123456789');

    // Re-run attempt with the bake now merely holding: same comment, new body.
    github.requests.length = 0;
    const second = await runAction({
      inputs: gate('hold-p95'),
      eventName: 'pull_request',
      event,
      env: { GITHUB_API_URL: github.url, GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(second.outputs.decision).toBe('hold');
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.comments.get(7)![0].id).toBe(comments[0].id);
    expect(github.comments.get(7)![0].body).toContain('HOLD');
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);

    // Another stage gets its own comment.
    await runAction({
      inputs: gate('pass', { stage: 'canary_25' }),
      eventName: 'pull_request',
      event,
      env: { GITHUB_API_URL: github.url },
    });
    expect(github.comments.get(7)).toHaveLength(2);
    expect(github.comments.get(7)![1].body).toContain('<!-- canary-gate:stage=canary_25 -->');
  });

  test('a 403 from the API is a warning, never a failed step', async () => {
    github.failWith = 403;
    const run = await runAction({
      inputs: gate('pass'),
      eventName: 'pull_request',
      event: pullRequestEvent(8),
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('promote');
    expect(run.stdout).toMatch(
      /^::warning::PR comment skipped: the token cannot write to this pull request .*\(HTTP 403\)/m,
    );
    expect(run.summary).toContain('PROMOTE');
  });

  test('a fork PR: warning and summary only, no API call', async () => {
    const run = await runAction({
      inputs: gate('pass'),
      eventName: 'pull_request',
      event: pullRequestEvent(9, true),
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.stdout).toMatch(/^::warning::PR #9 comes from a fork/m);
    expect(run.summary).toContain('PROMOTE');
  });

  test('comment: never skips it', async () => {
    await runAction({
      inputs: gate('pass', { comment: 'never' }),
      eventName: 'pull_request',
      event: pullRequestEvent(10),
      env: { GITHUB_API_URL: github.url },
    });
    expect(github.requests).toEqual([]);
  });
});

describe('workflow_dispatch', () => {
  test('dry-run: a rollback is reported but the step passes', async () => {
    const run = await runAction({
      inputs: gate('rollback-fallback', { 'dry-run': 'true', stage: 'canary_25' }),
      eventName: 'workflow_dispatch',
      event: { inputs: {} },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('rollback');
    expect(run.outputs['rollback-triggered']).toBe('true');
    expect(run.stdout).toMatch(/^::warning::dry run, not failing the job: canary-gate: ROLLBACK/m);
    expect(run.summary).toContain('Dry run: this verdict does not fail the job.');
    expect(report(run).dry_run).toBe(true);
  });

  test('comment: always with no PR in the event warns and passes', async () => {
    const run = await runAction({
      inputs: gate('pass', { comment: 'always' }),
      eventName: 'workflow_dispatch',
      env: { GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::comment: always, but the event has no pull request');
  });
});

describe('errors before a verdict', () => {
  test('a bad input fails the step with one line naming it, outputs still set', async () => {
    const run = await runAction({ inputs: gate('pass', { mode: 'wtch' }) });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      '::error::canary-gate: input `mode`: must be watch, lookback or backtest (got "wtch") (fix: fix `mode` in the step\'s `with:`)',
    ]);
    expect(run.outputs.decision).toBe('error');
    expect(Object.keys(run.outputs).sort()).toEqual([...DESIGN_OUTPUTS].sort());
  });

  test('an unknown stage names the input and the stages', async () => {
    const run = await runAction({ inputs: gate('pass', { stage: 'canary_50' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::canary-gate: input `stage`: "canary_50" is not a stage of examples\/tsfm\/policy.yml.*use one of: canary_5, canary_25, full_100/m,
    );
  });

  test('a missing metrics file names the input', async () => {
    const run = await runAction({ inputs: gate('nope') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::canary-gate: input `metrics-file` \(examples\/tsfm\/metrics\/nope.json\): does not exist in .*actions\/checkout/m,
    );
  });
});

describe('smoke-command', () => {
  test('a non-zero exit is a rollback reason and its code is smoke_returncode', async () => {
    const run = await runAction({ inputs: gate('pass', { 'smoke-command': 'echo smoke running; exit 3' }) });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('rollback');
    expect(JSON.parse(run.outputs['rollback-reasons'])[0]).toBe('smoke-command exited with code 3');
    expect(report(run).smoke_returncode).toBe(3);
    expect(run.stdout).toContain('smoke running');
  });

  test('a passing smoke command leaves the verdict alone and reports 0', async () => {
    const run = await runAction({
      inputs: gate('pass', { 'smoke-command': 'test -f examples/tsfm/policy.yml' }),
    });
    expect(run.code).toBe(0);
    expect(report(run).smoke_returncode).toBe(0);
  });

  test('a smoke command past its timeout is killed and counts as exit 124', async () => {
    const run = await runAction({
      inputs: gate('pass', { 'smoke-command': 'sleep 30', 'smoke-timeout': '1s' }),
    });
    expect(run.outputs.decision).toBe('rollback');
    expect(report(run).smoke_returncode).toBe(124);
    expect(JSON.parse(run.outputs['rollback-reasons'])[0]).toBe(
      'smoke-command timed out after 1s (exit 124)',
    );
  });
});

describe('a policy error', () => {
  test('is annotated on the policy file at each problem, and the step fails with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bad-policy-'));
    const config = join(dir, 'canary-gate.yml');
    writeFileSync(
      config,
      readFileSync(EXAMPLE.config, 'utf8')
        .replace('bake: 30m', 'bake: 30 minutes')
        .replace('"<= 0.01"', '"<== 0.01"'),
    );
    const run = await runAction({ inputs: gate('pass', { config }) });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith(`::error file=${config},line=`));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/^::error::canary-gate: \d+ problem\(s\) in the policy; first: /m);
    expect(run.summary).toContain('canary-gate: ERROR — no verdict');
  });
});

describe('dry-run never fails the job', () => {
  test('not even for a broken policy: the error is still annotated and the outputs say error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bad-policy-'));
    const config = join(dir, 'canary-gate.yml');
    writeFileSync(config, readFileSync(EXAMPLE.config, 'utf8').replace('bake: 30m', 'bake: 30 minutes'));
    const run = await runAction({ inputs: gate('pass', { config, 'dry-run': 'true' }) });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('error');
    expect(run.stdout).toMatch(new RegExp(`^::error file=${config.replace(/[/.]/g, '\\$&')},line=\\d+`, 'm'));
    expect(run.stdout).toContain('::warning::dry run, not failing the job');
  });
});

describe('a 24 h bake at a 1 m window', () => {
  test('summary under 1 MiB, comment under 65,536 characters, charts downsampled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-gate-24h-'));
    const config = join(dir, 'policy.yml');
    writeFileSync(config, readFileSync(EXAMPLE.config, 'utf8').replace('window: 5m', 'window: 1m'));
    const n = 1440;
    const series = (f: (k: number) => number) => Array.from({ length: n }, (_, k) => f(k));
    const metricsFile = join(dir, 'metrics.json');
    writeFileSync(
      metricsFile,
      JSON.stringify({
        window_minutes: 1,
        start: '2026-11-20T00:00:00Z',
        metrics: {
          p95_latency_ms: series((k) => (k % 300 === 299 ? 350 : 240 + (k % 17))),
          error_rate: series((k) => (k === 900 ? 0.015 : 0.002)),
          invalid_output_rate: series(() => 0),
          fallback_rate: series((k) => (k > 1400 ? 0.09 : 0.05)),
          breaker_open_rate: series(() => 0.01),
        },
      }),
    );
    const github = await startFakeGitHub();
    try {
      const run = await runAction({
        inputs: gate('pass', { config, 'metrics-file': metricsFile, stage: 'full_100' }),
        eventName: 'pull_request',
        event: pullRequestEvent(77),
        env: { GITHUB_API_URL: github.url },
      });
      expect(run.outputs.decision).toBe('hold');
      expect(run.summary).toContain('1440/1440 windows of 1m');
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
      const charts = [...run.summary.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
      expect(charts.length).toBe(2); // p95_latency_ms and error_rate; fallback_rate holds at full_100 (<= 0.10)
      for (const chart of charts)
        expect(/line \[([^\]]*)\]/.exec(chart)![1].split(',').length).toBeLessThanOrEqual(60);
      expect(parseMermaid(charts).filter((r) => !r.ok)).toEqual([]);
      expect(github.comments.get(77)![0].body.length).toBeLessThan(65_536);
    } finally {
      await github.close();
    }
  });
});
