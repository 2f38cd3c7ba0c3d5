/**
 * Every runbook example validates, and every recorded bake gives the decision its expected.json (and README)
 * claims: judged in-process through the file source and the engine, and through the CLI's exit code.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { evaluateStage } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { loadMetricsFile } from '../../src/sources/file.js';
import { ROOT, claims, examples, read, type Decision } from './example-dirs.js';

const RUNBOOK_EXAMPLES = ['synthetic-probes', 'feature-flag-canary', 'llm-safety-alerts', 'cohort-rollout'];
const EXIT: Record<Decision, number> = { promote: 0, hold: 1, rollback: 2, inconclusive: 3 };
const run = promisify(execFile);

test('runbooks 001-004 each have an example with expectations', () => {
  expect(examples().map((e) => e.name)).toEqual(expect.arrayContaining(RUNBOOK_EXAMPLES));
});

describe.each(examples().map((e) => [e.name, e] as const))('example %s', (_name, example) => {
  const policy = loadPolicy(read(example.policyPath), example.policyPath);

  test('its policy validates and has the stages expected.json names', () => {
    const stages = new Set(Object.values(example.expected).flatMap((s) => Object.keys(s)));
    for (const stage of stages) expect(Object.keys(policy.stages)).toContain(stage);
  });

  test('every recorded bake is claimed in expected.json, and every claimed file exists', () => {
    const recorded = readdirSync(join(ROOT, example.dir, 'metrics')).map((f) => `metrics/${f}`);
    expect(Object.keys(example.expected).sort()).toEqual(recorded.sort());
  });

  test('it has a bake that promotes and bakes that do not', () => {
    const decisions = Object.values(example.expected).flatMap((s) => Object.values(s));
    expect(decisions).toContain('promote');
    expect(decisions.some((d) => d !== 'promote')).toBe(true);
  });

  test("each README row's policy line holds the text the row quotes", () => {
    const readme = read(`${example.dir}/README.md`);
    const lines = read(example.policyPath).split('\n');
    const rows = readme.split('\n').filter((row) => /\(policy\.yml#L\d+\)/.test(row));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const line = Number(/policy\.yml#L(\d+)/.exec(row)![1]);
      const quoted = /`([^`]+)`/.exec(row.split('|')[2])![1];
      expect({ row: row.split('|')[1].trim(), line: lines[line - 1] }).toEqual({
        row: row.split('|')[1].trim(),
        line: expect.stringContaining(quoted),
      });
    }
  });

  test('its README names every metric its stages judge', () => {
    const readme = read(`${example.dir}/README.md`);
    const judged = new Set(
      Object.values(policy.stages).flatMap((s) => [...s.gates, ...s.triggers].map((c) => c.metric)),
    );
    for (const metric of judged)
      expect([metric, new RegExp(`\`${metric}[\`:]`).test(readme)]).toEqual([metric, true]);
  });
});

describe('recorded bakes judged in-process (file source + engine)', () => {
  test.each(claims().map((c) => [`${c.file} ${c.stage} → ${c.decision}`, c] as const))('%s', (_n, c) => {
    const policy = loadPolicy(read(c.example.policyPath), c.example.policyPath);
    const stage = policy.stages[c.stage];
    const data = loadMetricsFile(read(c.file), c.file, policy, stage);
    const verdict = evaluateStage(policy, stage, data);
    expect({
      decision: verdict.decision,
      reasons: [...verdict.rollbackReasons, ...verdict.gateFailReasons],
    }).toEqual({
      decision: c.decision,
      reasons: c.decision === 'promote' || c.decision === 'inconclusive' ? [] : expect.any(Array),
    });
    if (c.decision === 'rollback') expect(verdict.rollbackReasons.length).toBeGreaterThan(0);
    if (c.decision === 'hold') expect(verdict.gateFailReasons.length).toBeGreaterThan(0);
  });
});

const cli = join(ROOT, 'dist/cli.js');

/** Runs the built CLI; resolves to its exit code and stdout (a non-zero exit is an answer, not an error). */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: ROOT, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** All CLI runs at once, a few at a time: each is a separate Node process, so running them serially is slow. */
async function runAll<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await fn(items[k]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('recorded bakes judged by the CLI (exit code 0 promote, 1 hold, 2 rollback, 3 inconclusive)', () => {
  const all = claims();
  let outcomes: { code: number; decision?: string; stderr: string }[] = [];

  beforeAll(async () => {
    outcomes = await runAll(all, 4, async (c) => {
      const args = ['--config', c.example.policyPath, '--stage', c.stage, '--metrics-file', c.file];
      const { code, stdout, stderr } = await runCli(['evaluate', ...args, '--format', 'json']);
      let decision: string | undefined;
      try {
        decision = (JSON.parse(stdout) as { decision?: string }).decision;
      } catch {
        decision = undefined;
      }
      return { code, decision, stderr };
    });
  }, 120_000);

  test('dist/cli.js exists', () => expect(existsSync(cli)).toBe(true));

  test.each(all.map((c, k) => [`${c.file} ${c.stage} → exit ${EXIT[c.decision]}`, c, k] as const))(
    '%s',
    (_n, c, k) => {
      expect(outcomes[k]).toEqual({
        code: EXIT[c.decision],
        decision: c.decision,
        stderr: expect.any(String),
      });
    },
  );
});

test('validate accepts every example policy (exit 0)', async () => {
  const results = await runAll(examples(), 4, (e) => runCli(['validate', '--config', e.policyPath]));
  expect(results.map((r) => r.code)).toEqual(examples().map(() => 0));
});
