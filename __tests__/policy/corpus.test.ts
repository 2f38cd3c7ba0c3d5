/**
 * Broken policies, each with the exact issues it must produce (corpus/expected.json, also read by the CLI
 * test, which expects exit 64 and the same lines from `canary-gate validate`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { PolicyIssue } from '../../src/policy/types.js';
import { issuesOf } from './helpers.js';

interface Expected {
  file: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
}

const dir = '__tests__/policy/corpus';
const expected: Expected[] = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort();

test('the corpus has at least 25 broken policies, each listed in expected.json', () => {
  expect(files.length).toBeGreaterThanOrEqual(25);
  expect([...new Set(expected.map((e) => e.file))].sort()).toEqual(files);
});

test.each(files)('%s', (file) => {
  const issues = issuesOf(readFileSync(`${dir}/${file}`, 'utf8'), file);
  const strip = ({ file, line, column, message, fix }: PolicyIssue) => ({ file, line, column, message, fix });
  expect(issues.map(strip)).toEqual(expected.filter((e) => e.file === file));
  for (const issue of issues) {
    expect(issue.message).not.toContain('\n');
    expect(issue.fix).not.toContain('\n');
    expect(issue.fix.length).toBeGreaterThan(0);
  }
});

test('the file with several mistakes reports every one of them', () => {
  expect(expected.filter((e) => e.file === '25-several-errors.yml').length).toBe(5);
});
