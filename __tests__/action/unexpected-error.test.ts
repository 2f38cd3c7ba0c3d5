/**
 * A bug before the verdict (here: reading the secret inputs throws) still leaves `decision: error` in the outputs and a
 * summary saying so, so a later job never reads an empty decision; and the message is one line.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs } from './helpers/run-action.js';
import { captureStdoutAsync } from '../helpers/stdout.js';

jest.unstable_mockModule('../../src/github/input-secrets.js', () => ({
  inputSecrets: () => {
    throw new TypeError('boom in inputSecrets');
  },
}));
const { run } = await import('../../src/main.js');

test('outputs say error, the summary says why, the step fails with one line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-bug-'));
  const files = { out: join(dir, 'out'), summary: join(dir, 'summary') };
  writeFileSync(files.out, '');
  writeFileSync(files.summary, '');
  const saved = { ...process.env };
  let printed = '';
  try {
    Object.assign(process.env, {
      GITHUB_OUTPUT: files.out,
      GITHUB_STEP_SUMMARY: files.summary,
      INPUT_STAGE: 'canary_5',
      INPUT_CONFIG: 'examples/tsfm/policy.yml',
      'INPUT_METRICS-FILE': 'examples/tsfm/metrics/pass.json',
    });
    printed = await captureStdoutAsync(() => run(process.env));
  } finally {
    process.env = saved;
    process.exitCode = 0;
  }
  const outputs = parseOutputs(readFileSync(files.out, 'utf8'));
  expect(outputs.decision).toBe('error');
  expect(outputs['rollback-triggered']).toBe('false');
  expect(JSON.parse(outputs['gate-fail-reasons'])[0]).toMatch(
    /^canary-gate: unexpected error: TypeError: boom/,
  );
  expect(readFileSync(files.summary, 'utf8')).toMatch(
    /^### ⚠️ canary-gate: ERROR — no verdict\n\nunexpected error: /,
  );
  const failed = printed.split('\n').filter((l) => l.startsWith('::error::'));
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatch(/^::error::canary-gate: unexpected error: TypeError: boom in inputSecrets/);
});
