/**
 * A broken runner environment, run as GitHub runs the bundle (Node 24): GITHUB_OUTPUT or
 * GITHUB_STEP_SUMMARY missing, a directory or not a regular file, and an event file that is not JSON.
 * Each is one warning naming the variable and the fix; the decision is still in the log and in every
 * channel that works; no stack trace; the job result is the verdict's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, runAction, type ActionRun } from './helpers/run-action.js';

const inputs = (metrics: string) => ({
  config: EXAMPLE.config,
  stage: 'canary_5',
  'metrics-file': EXAMPLE.metrics(metrics),
  'upload-artifact': 'false',
  comment: 'never',
});

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-runner-env-'));

function expectNoStack(run: ActionRun) {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at [\w.<]+ \(|node:internal|SyntaxError|TypeError/);
}

describe.each([
  [
    'a directory',
    dir,
    /GITHUB_OUTPUT \(.*\) is a directory, not a file \(fix: let the runner set GITHUB_OUTPUT/,
  ],
  ['missing', join(dir, 'gone', 'output'), /GITHUB_OUTPUT \(.*\) does not exist \(fix: /],
  ['not a regular file', '/dev/null', /GITHUB_OUTPUT \(\/dev\/null\) is not a regular file \(fix: /],
])('GITHUB_OUTPUT %s', (_what, path, warning) => {
  test('one warning, outputs printed in the log, summary and report still written, verdict kept', async () => {
    const run = await runAction({ inputs: inputs('hold-p95'), env: { GITHUB_OUTPUT: path } });
    expect(run.code).toBe(1);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::GITHUB_OUTPUT'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(run.stdout).toMatch(/^output decision: hold$/m);
    expect(run.stdout).toMatch(/^output report-path: \S+report\.json$/m);
    expect(run.summary).toMatch(/canary-gate/);
    expect(run.stdout).toMatch(/::error::canary-gate: HOLD at stage canary_5/);
    expectNoStack(run);
  }, 60_000);
});

test('GITHUB_OUTPUT unset: the outputs are in the log', async () => {
  const run = await runAction({ inputs: inputs('pass'), env: { GITHUB_OUTPUT: '' } });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/::warning::GITHUB_OUTPUT is not set \(fix: /);
  expect(run.stdout).toMatch(/^output decision: promote$/m);
  expectNoStack(run);
}, 60_000);

test.each([
  ['a directory', dir, /is a directory, not a file/],
  ['missing', join(dir, 'nope', 'summary'), /does not exist/],
])(
  'GITHUB_STEP_SUMMARY %s: one warning, outputs set, verdict kept',
  async (_what, path, why) => {
    const run = await runAction({ inputs: inputs('hold-p95'), env: { GITHUB_STEP_SUMMARY: path } });
    expect(run.code).toBe(1);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::GITHUB_STEP_SUMMARY'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(why);
    expect(warnings[0]).toMatch(/\(fix: let the runner set GITHUB_STEP_SUMMARY/);
    expect(['hold', 'rollback']).toContain(run.outputs.decision);
    expect(JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')).decision).toBe(run.outputs.decision);
    expectNoStack(run);
  },
  60_000,
);

test('GITHUB_EVENT_PATH with invalid JSON: one warning, the run goes on as a push', async () => {
  const event = join(dir, 'bad-event.json');
  writeFileSync(event, '{"pull_request": {');
  const run = await runAction({
    inputs: { ...inputs('pass'), comment: 'auto' },
    eventName: 'pull_request',
    env: { GITHUB_EVENT_PATH: event },
  });
  expect(run.code).toBe(0);
  expect(run.outputs.decision).toBe('promote');
  expect(run.stdout).toMatch(
    /::warning::GITHUB_EVENT_PATH \(.*bad-event\.json\) is not valid JSON: .*\(fix: /,
  );
  expectNoStack(run);
}, 60_000);

test('a policy error with GITHUB_OUTPUT a directory still prints decision: error', async () => {
  const run = await runAction({
    inputs: { ...inputs('pass'), config: join(dir, 'missing.yml') },
    env: { GITHUB_OUTPUT: dir },
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^output decision: error$/m);
  expectNoStack(run);
}, 60_000);
