/**
 * The action from its sources (src/index.ts through tsx), as the runner would start it, for behaviour of
 * src/main.ts that must not wait for a rebuild of dist/: the verdict's outputs survive a RUNNER_TEMP that
 * cannot be written, inputs a recorded bake ignores are named, and what a `for:` trigger row says.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXAMPLE, parseOutputs } from './helpers/run-action.js';

interface SrcRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runSrc(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<SrcRun> {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-src-'));
  const files = { out: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') };
  writeFileSync(files.out, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, '{}');
  const full: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: dir,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) full[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'src/index.ts'], {
    cwd: process.cwd(),
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(files.out, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

const gate = (metrics: string, extra: Record<string, string> = {}) => ({
  config: EXAMPLE.config,
  stage: 'canary_5',
  mode: 'lookback',
  'metrics-file': EXAMPLE.metrics(metrics),
  'upload-artifact': 'false',
  ...extra,
});

test('a RUNNER_TEMP that cannot be written still leaves the rollback in the outputs and the summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-src-file-'));
  const notADir = join(dir, 'file');
  writeFileSync(notADir, '');
  const run = await runSrc(gate('rollback-p95'), { RUNNER_TEMP: notADir });
  expect(run.code).toBe(1);
  expect(run.outputs).toMatchObject({
    decision: 'rollback',
    'rollback-triggered': 'true',
    'report-path': '',
  });
  expect(run.stdout).toMatch(/^::warning::report files not written to .*ENOTDIR/m);
  expect(run.stdout).toMatch(/^::error::canary-gate: ROLLBACK at stage canary_5: /m);
  expect(run.stdout).not.toContain('unexpected error');
  expect(run.summary).toContain('### ⏪ canary-gate: ROLLBACK');
  expect(run.summary).not.toContain('Full report');
}, 60_000);

test('since with a recorded bake is named as ignored; the trigger row says where it fired', async () => {
  const run = await runSrc(gate('rollback-p95', { since: '2026-11-20T10:10:00Z' }));
  const warning =
    'input `since` is ignored with metrics-file: a recorded bake starts at its own first window (its "start")';
  expect(run.stdout).toContain(`::warning::${warning}`);
  // Warnings are shown through the one Markdown escape (they may carry server text), so backticks are
  // entities there and render as the literal characters.
  expect(run.summary).toContain(`**Warnings**\n- ${warning.replace(/`/g, '&#96;')}`);
  expect(run.summary).toContain('**Bake** 2026-11-20 10:00 → 10:30 UTC');
  expect(run.summary).toMatch(
    /^\| ❌ \| rollback \| `p95_latency_ms` \| `> 400` for 10m \| .* \| fired at #4 /m,
  );
  expect(run.outputs['report-path']).toMatch(/report\.json$/);
  expect(JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')).warnings).toEqual([warning]);
}, 60_000);

test('a missing policy says the repository may not be checked out; a webhook password never shows', async () => {
  const run = await runSrc(
    { stage: 'canary_5', 'webhook-url': 'http://hook:hunter2-pw@127.0.0.1:1/x' },
    { GITHUB_WORKSPACE: process.cwd() },
  );
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('error');
  expect(run.stdout).toMatch(
    /^::error::canary-gate: input `config` \(\.github\/canary-gate\.yml\): does not exist in .* \(is the repository checked out\? actions\/checkout must run before this step\)/m,
  );
  const lines = run.stdout.split('\n').filter((l) => l.includes('hunter2-pw'));
  expect(lines).toContain('::add-mask::hunter2-pw');
  expect(lines.filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
}, 60_000);
