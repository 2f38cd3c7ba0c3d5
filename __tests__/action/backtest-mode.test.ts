/**
 * The bundled action's `mode: backtest` under Node 24: the week-long recording replayed with the PR's
 * policy against the base branch's, written as one PR comment per stage through a loopback GitHub API
 * (updated in place on a re-run), the job summary and the report files; rollbacks in history never fail
 * the job.
 */
import { readFileSync } from 'node:fs';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { pullRequestEvent, runAction } from './helpers/run-action.js';
import type { BacktestReport } from '../../src/backtest/types.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});

const inputs = {
  mode: 'backtest',
  config: 'examples/backtest/policy-p95-320.yml',
  'backtest-compare': 'examples/tsfm/policy.yml',
  'metrics-file': 'examples/backtest/week.json',
  stage: 'canary_5',
  'github-token': 'ghs_backtesttoken',
  comment: 'auto',
  'upload-artifact': 'false',
};

test('writes the backtest as the PR comment, never failing on the decisions', async () => {
  const run = () =>
    runAction({
      inputs,
      eventName: 'pull_request',
      event: pullRequestEvent(17),
      env: { GITHUB_API_URL: github.url },
    });
  const first = await run();
  expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
  expect(first.stdout).not.toContain('::error');
  expect(first.outputs.decision).toBe('backtest');
  const comments = github.comments.get(17)!;
  expect(comments).toHaveLength(1);
  const body = comments[0].body;
  expect(body).toContain('<!-- canary-gate:stage=canary_5:backtest -->');
  expect(body).toContain('### 🔁 canary-gate backtest — `canary_5`');
  expect(body).toContain(
    '**Compared with `examples/tsfm/policy.yml`:** raising the p95_latency_ms gate to <= 320 would have promoted 2 of 4 bakes that held.',
  );
  expect(body).toContain('| 2026-11-03 14:00Z–14:30Z | hold | promote |');
  expect(body).toContain('🟥 2');
  expect(first.summary).toContain('raising the p95_latency_ms gate to <= 320');
  const report = JSON.parse(readFileSync(first.outputs['report-path'], 'utf8')) as BacktestReport;
  expect(report.summary).toMatchObject({ bakes: 336, promote: 332, hold: 2, rollback: 2 });
  expect(readFileSync(first.outputs['report-path'].replace('report.json', 'report.html'), 'utf8')).toContain(
    '<svg',
  );

  const again = await run();
  expect(again.code).toBe(0);
  expect(github.comments.get(17)).toHaveLength(1);
  expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  expect(github.requests.every((r) => r.authorization === 'token ghs_backtesttoken')).toBe(true);
}, 120_000);

test('a bad backtest input fails the step with one line naming it', async () => {
  const run = await runAction({ inputs: { ...inputs, 'backtest-every': '7m', comment: 'never' } });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('error');
  expect(run.stdout).toMatch(
    /::error::canary-gate: input `backtest-every`: 7m is not a whole number of 5m windows/,
  );
}, 60_000);
