/**
 * SIGTERM mid-watch (what a cancelled job or `timeout-minutes` sends): the bundled action under Node 24
 * and the bundled CLI, each watching a real Prometheus that scrapes a loopback exporter, are signalled
 * after their second read. Both report the windows read so far as `inconclusive`, "cancelled at window
 * k/N"; the action sets every output and writes the summary and report, the CLI prints its verdict and
 * exits 3. How long each took from the signal to exit is printed (bench figures, not asserted).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LIVE_POLICY, startLive, type LiveSetup } from '../helpers/live.js';
import { node24, runAction } from '../action/helpers/run-action.js';

let live: LiveSetup | undefined;
let policyPath: string;
beforeAll(async () => {
  live = await startLive();
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-cancel-'));
  policyPath = join(dir, 'policy.yml');
  writeFileSync(policyPath, LIVE_POLICY('fail'));
}, 60_000);
afterAll(async () => {
  await live?.dispose();
});

const CANCELLED = /^cancelled at window [12]\/8: /;

test('the action, SIGTERMed mid-watch, sets inconclusive outputs, writes summary and report, exits 1', async () => {
  let signalledAt = 0;
  const run = await runAction({
    inputs: {
      config: policyPath,
      stage: 'live',
      mode: 'watch',
      'prometheus-url': live!.prometheus.url,
      'upload-artifact': 'false',
      comment: 'never',
    },
    onStdout: (chunk, child) => {
      if (!signalledAt && /window 2\/8/.test(chunk)) {
        signalledAt = Date.now();
        child.kill('SIGTERM');
      }
    },
  });
  process.stdout.write(`action: exit ${Date.now() - signalledAt} ms after SIGTERM\n`);
  expect(signalledAt).toBeGreaterThan(0);
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('inconclusive');
  expect(run.outputs['gate-passed']).toBe('false');
  expect(run.outputs['rollback-triggered']).toBe('false');
  expect(run.stdout).toMatch(/::error::canary-gate: INCONCLUSIVE at stage live: cancelled at window [12]\/8/);
  expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.summary).toMatch(/cancelled at window [12]\/8/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
  expect(report.decision).toBe('inconclusive');
  expect(report.inconclusive_reasons[0]).toMatch(CANCELLED);
  expect(existsSync(run.outputs['report-path'].replace(/json$/, 'html'))).toBe(true);
}, 90_000);

test('the CLI, SIGTERMed mid-watch, prints its partial verdict and exits 3', async () => {
  const child = spawn(
    process.execPath,
    [
      resolve('dist/cli.js'),
      'evaluate',
      '--config',
      policyPath,
      '--stage',
      'live',
      '--prometheus-url',
      live!.prometheus.url,
      '--format',
      'json',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
  );
  let stdout = '';
  let stderr = '';
  let signalledAt = 0;
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    if (!signalledAt && /window 2\/8/.test(stderr)) {
      signalledAt = Date.now();
      child.kill('SIGTERM');
    }
  });
  const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
  process.stdout.write(`cli: exit ${Date.now() - signalledAt} ms after SIGTERM\n`);
  expect(signalledAt).toBeGreaterThan(0);
  expect(code).toBe(3);
  const report = JSON.parse(stdout);
  expect(report.decision).toBe('inconclusive');
  expect(report.inconclusive_reasons[0]).toMatch(CANCELLED);
  expect(report.bake.windows_observed).toBeGreaterThanOrEqual(1);
  expect(stderr).toMatch(/cancelled at window [12]\/8/);
}, 90_000);

test('node24 is there for the action case', () => {
  expect(existsSync(node24())).toBe(true);
});
