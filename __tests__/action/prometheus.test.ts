/**
 * The bundle against a real Prometheus (backfilled with the shared bake scenarios), under the four event
 * kinds a workflow runs it from: push, pull_request, fork pull_request and workflow_dispatch.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { BAKE_SECONDS, generateScenario, SCENARIO_POLICY, scenarioSince } from '../helpers/scenarios.js';
import { startPrometheus, type PrometheusServer } from '../helpers/servers.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { pullRequestEvent, runAction } from './helpers/run-action.js';

let prometheus: PrometheusServer;
let github: FakeGitHub;
let policyPath: string;

beforeAll(async () => {
  const samples = [
    ...generateScenario('healthy'),
    ...generateScenario('latency_regression'),
    ...generateScenario('error_spike'),
  ];
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(samples) });
  github = await startFakeGitHub();
  policyPath = join(mkdtempSync(join(tmpdir(), 'canary-gate-policy-')), 'canary-gate.yml');
  writeFileSync(policyPath, SCENARIO_POLICY);
}, 120_000);
afterAll(async () => {
  await prometheus?.dispose();
  await github?.close();
});

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

function lookback(
  scenario: 'healthy' | 'latency_regression' | 'error_spike',
  extra: Record<string, string> = {},
) {
  return {
    config: policyPath,
    stage: 'canary',
    mode: 'lookback',
    until: iso(scenarioSince(scenario) + BAKE_SECONDS),
    'prometheus-url': prometheus.url,
    'prometheus-token': 'prom_SECRET_token_42',
    'prometheus-headers': 'X-Scope-OrgID: team-a',
    'github-token': 'ghs_fake_0123456789',
    'upload-artifact': 'false',
    ...extra,
  };
}

test('push: a healthy canary promotes; step debug shows each Prometheus exchange, no token', async () => {
  const run = await runAction({
    inputs: lookback('healthy'),
    eventName: 'push',
    env: { GITHUB_API_URL: github.url, RUNNER_DEBUG: '1' },
  });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({
    decision: 'promote',
    'gate-passed': 'true',
    'rollback-triggered': 'false',
  });
  expect(run.summary).toContain('### ✅ canary-gate: PROMOTE — stage `canary` (5% traffic)');
  expect(run.summary).toContain(`Prometheus \`${prometheus.url}\``);
  expect(run.summary).toContain('**Bake** 2026-11-20 10:00 → 10:30 UTC · 6/6 windows of 5m · lookback');
  // The queries sent are in the summary, templated.
  expect(run.summary).toContain('rate(http_request_duration_seconds_bucket{track="canary"}[5m])');
  // One debug line per HTTP exchange (status, size, time); the token stays out of it (checked below).
  expect(run.stdout).toMatch(
    /^::debug::Prometheus \/api\/v1\/query_range: HTTP 200, [\d.]+ (?:B|KiB|MiB), \d+ ms$/m,
  );
  const logged = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect([...logged, run.summary, JSON.stringify(run.outputs)].join('\n')).not.toContain(
    'prom_SECRET_token_42',
  );
  expect(github.requests).toEqual([]);
}, 60_000);

test('pull_request: a latency regression rolls back and comments once', async () => {
  const run = await runAction({
    inputs: lookback('latency_regression'),
    eventName: 'pull_request',
    event: pullRequestEvent(31),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('rollback');
  expect(JSON.parse(run.outputs['rollback-reasons'])).toEqual([
    expect.stringMatching(
      /^p95_latency_ms > 400 for 2 consecutive windows \(10m\): 495 at 2026-11-20T12:15Z/,
    ),
  ]);
  expect(JSON.parse(run.outputs['gate-fail-reasons']).length).toBeGreaterThan(0);
  expect(run.stdout).toMatch(
    new RegExp(
      `^::error title=[^,]*,file=${policyPath.replace(/[/.]/g, '\\$&')},line=\\d+::p95_latency_ms`,
      'm',
    ),
  );
  // The chart block may open with a %%{init}%% theme line (palette) before the chart type.
  expect(run.summary).toMatch(/```mermaid\n(?:%%\{init: .*\}%%\n)?xychart-beta\n/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
  expect(report.source).toEqual({ kind: 'prometheus', url: prometheus.url });
  expect(report.metrics.p95_latency_ms.baseline_values.length).toBe(1);
  expect(github.comments.get(31)).toHaveLength(1);
  expect(github.comments.get(31)![0].body).toContain('<!-- canary-gate:stage=canary -->');
}, 60_000);

test('fork pull_request: the error spike rolls back; summary only, no comment', async () => {
  github.requests.length = 0;
  const run = await runAction({
    inputs: lookback('error_spike'),
    eventName: 'pull_request',
    event: pullRequestEvent(32, true),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('rollback');
  expect(run.stdout).toMatch(/^::warning::PR #32 comes from a fork/m);
  expect(github.requests).toEqual([]);
  expect(run.summary).toContain('ROLLBACK');
}, 60_000);

test('workflow_dispatch: watch from a past start reads the closed windows and fails fast', async () => {
  const since = scenarioSince('error_spike');
  const run = await runAction({
    inputs: { ...lookback('error_spike'), mode: 'watch', since: String(since), until: '' },
    eventName: 'workflow_dispatch',
    event: { inputs: { stage: 'canary' } },
  });
  expect(run.outputs.decision).toBe('rollback');
  expect(run.code).toBe(1);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
  expect(report.mode).toBe('watch');
  expect(report.bake.since).toBe(iso(since));
}, 60_000);

test('watch with a failing smoke command rolls back at once instead of watching the bake', async () => {
  const run = await runAction({
    inputs: { ...lookback('healthy'), mode: 'watch', until: '', 'smoke-command': 'exit 2' },
    eventName: 'workflow_dispatch',
  });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('rollback');
  expect(JSON.parse(run.outputs['rollback-reasons'])[0]).toBe('smoke-command exited with code 2');
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
  expect(report.smoke_returncode).toBe(2);
  expect(report.bake.windows_observed).toBe(0);
  expect(run.stdout).toContain(
    '::warning::smoke-command exited with code 2: the watch is skipped and the stage rolls back',
  );
}, 60_000);
