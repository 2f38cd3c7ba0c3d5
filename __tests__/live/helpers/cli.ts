/**
 * Runs the bundled CLI as a user does: `node dist/cli.js evaluate …` in its own process, with a policy
 * file written to a temp dir and `--report` JSON read back. Every process started here is tracked so
 * the test's afterAll can stop what is still running after a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../src/report/types.js';
import { stopChild } from '../../helpers/servers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The bundle (`npm run build`); CANARY_GATE_LIVE_CLI=src runs src/cli.ts through tsx instead. */
const ENTRY =
  process.env.CANARY_GATE_LIVE_CLI === 'src'
    ? [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli.ts')]
    : [join(ROOT, 'dist/cli.js')];

const running = new Set<ChildProcess>();
const dirs: string[] = [];
/** Set by stopClis: a run scheduled after the test's teardown is refused instead of outliving it. */
let stopped = false;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** --report JSON, when the run wrote one. */
  report?: Report;
}

/** Writes `policy` to a fresh temp file and returns its path. */
export function writePolicy(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-live-'));
  dirs.push(dir);
  const file = join(dir, 'policy.yml');
  writeFileSync(file, policy);
  return file;
}

export interface EvaluateArgs {
  policy: string;
  url: string;
  mode: 'watch' | 'lookback';
  stage?: string;
  since?: number;
  until?: number;
  /** Called with each stderr line as it comes (progress lines). */
  onLine?: (line: string) => void;
  /** Kills the run after this long (default 4 min): a watch must never outlive its test. */
  timeoutMs?: number;
}

export function evaluate(args: EvaluateArgs): Promise<CliRun> {
  if (stopped) return Promise.reject(new Error('the live test has been torn down'));
  if (!existsSync(ENTRY[0])) throw new Error(`${ENTRY[0]} is missing: run \`npm run build\` first`);
  const config = writePolicy(args.policy);
  const reportFile = join(config, '..', 'report.json');
  const argv = [
    ...ENTRY,
    'evaluate',
    `--config=${config}`,
    `--stage=${args.stage ?? 'canary'}`,
    `--prometheus-url=${args.url}`,
    `--mode=${args.mode}`,
    `--report=${reportFile}`,
  ];
  if (args.since !== undefined) argv.push(`--since=${args.since}`);
  if (args.until !== undefined) argv.push(`--until=${args.until}`);
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
  running.add(child);
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => {
    const text = d.toString();
    stderr += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) args.onLine?.(line);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), args.timeoutMs ?? 240_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Report)
        : undefined;
      resolve({ code, stdout, stderr, report });
    });
  });
}

/** Stops every CLI still running and removes the policy files: for afterAll. */
export async function stopClis(): Promise<void> {
  stopped = true;
  await Promise.all([...running].map((c) => stopChild(c)));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** One line for a failed expectation: the decision, exit code and the run's stderr tail. */
export function describeRun(run: CliRun): string {
  return `exit ${run.code}, decision ${run.report?.decision}\n${run.stderr.slice(-3000)}`;
}
