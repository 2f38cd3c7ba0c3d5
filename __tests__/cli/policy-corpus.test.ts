import { readFileSync } from 'node:fs';
import { cli, cliWithEnv } from './run.js';
import { formatIssue } from '../../src/policy/errors.js';

// The policy helper's corpus of broken policies: each must exit 64 from `validate` with its message and line.
const dir = '__tests__/policy/corpus';
const expected: { file: string; line: number; column: number; message: string; fix: string }[] = JSON.parse(
  readFileSync(`${dir}/expected.json`, 'utf8'),
);

test('the corpus holds at least 25 broken policies', () => {
  expect(new Set(expected.map((e) => e.file)).size).toBeGreaterThanOrEqual(25);
});

test.each(expected)(
  'validate $file exits 64 naming $line:$column',
  async ({ file, line, column, message, fix }) => {
    const path = `${dir}/${file}`;
    const { code, stdout, stderr } = await cli('validate', '--config', path);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toContain(formatIssue({ file: path, line, column, message, fix }));
  },
);

test('inside GitHub Actions every policy problem is also an error annotation on its line', async () => {
  const path = `${dir}/25-several-errors.yml`;
  const issues = expected.filter((e) => e.file === '25-several-errors.yml');
  expect(issues.length).toBeGreaterThan(1);
  const { code, stdout } = await cliWithEnv({ GITHUB_ACTIONS: 'true' }, 'validate', '--config', path);
  expect(code).toBe(64);
  const commands = stdout.trim().split('\n');
  expect(commands).toHaveLength(issues.length);
  for (const issue of issues) {
    expect(commands).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=${issue.line},col=${issue.column},title=canary-gate policy::`,
        ),
      ),
    );
  }
});
