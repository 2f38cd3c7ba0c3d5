/** Files named by inputs: a missing one is one line naming the input, the directory and the usual cause. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../../src/github/files.js';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('did not throw');
}

test('a missing file says so in words and points at actions/checkout', () => {
  const message = messageOf(() =>
    readInputFile(
      '.github/canary-gate.yml',
      'config',
      'give the path of the policy file',
      '/home/runner/work/x',
    ),
  );
  expect(message).toBe(
    'input `config` (.github/canary-gate.yml): does not exist in /home/runner/work/x (is the repository checked out? ' +
      'actions/checkout must run before this step) (fix: give the path of the policy file)',
  );
  expect(message).not.toContain('ENOENT');
});

test('a directory is named as such', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-files-'));
  expect(messageOf(() => readInputFile(dir, 'metrics-file', 'give a JSON file'))).toMatch(
    /^input `metrics-file` \(.*\): is a directory, not a file \(fix: give a JSON file\)$/,
  );
});
