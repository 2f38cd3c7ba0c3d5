/**
 * The CLI bundle turns on Node's compile cache in <TMPDIR>/node-compile-cache (src/util/compile-cache.ts,
 * Node >= 22.1). A cache is an optimisation: a run with a warm cache, and one without a usable temp folder
 * (missing, or a file), prints exactly what a first run prints and exits the same. The bundle under Node 24.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { node24 } from '../action/helpers/run-action.js';

const CLI = resolve('dist/cli.js');
const args = [
  'evaluate',
  ...['--config', 'examples/tsfm/policy.yml', '--stage', 'canary_5'],
  ...['--metrics-file', 'examples/tsfm/metrics/pass.json'],
];

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'canary-gate-compile-cache-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(tmp: string) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp };
  const res = spawnSync(node24(), [CLI, ...args], { env, encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('a cold, a warm and an unusable cache folder give the same run', () => {
  const missing = join(dir, 'missing');
  const first = run(missing); // no such folder: no cache, and the run goes on
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/PROMOTE/);
  expect(existsSync(missing)).toBe(false);

  const usable = join(dir, 'usable');
  mkdirSync(usable);
  const cold = run(usable);
  expect(readdirSync(join(usable, 'node-compile-cache')).length).toBeGreaterThan(0);
  const warm = run(usable);

  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a folder');
  for (const other of [cold, warm, run(file), run(join(file, 'below'))]) expect(other).toEqual(first);
}, 60_000);
