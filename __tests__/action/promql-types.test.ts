/**
 * The bundle's PromQL type check: the bundle resolves `@codemirror/language` to src/policy/syntax-tree.ts
 * (tsconfig.json `paths`), so the type errors must be checked on the bundle itself, not only on the sources.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, runAction } from './helpers/run-action.js';

test('a range-vector function given an instant vector is an annotated type error at its line:col', async () => {
  const text = readFileSync(EXAMPLE.config, 'utf8');
  const ranged = '_bucket{service="{{vars.service}}",track="canary"}[{{window}}]';
  const broken = text.replace(ranged, ranged.replace('[{{window}}]', ''));
  expect(broken).not.toBe(text);
  const line = text.split('\n').findIndex((l) => l.includes(ranged)) + 1;
  const config = join(mkdtempSync(join(tmpdir(), 'canary-gate-types-')), 'policy.yml');
  writeFileSync(config, broken);
  const run = await runAction({
    inputs: {
      config,
      stage: 'canary_5',
      'metrics-file': EXAMPLE.metrics('pass'),
      'upload-artifact': 'false',
    },
    eventName: 'push',
  });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('error');
  // The same line as the sources give (__tests__/policy): file:line:col, message and fix.
  const where = `${config}:${line}:`.replace(/[/.]/g, '\\$&');
  expect(run.stdout).toMatch(
    new RegExp(
      `^::error::canary-gate: 1 problem\\(s\\) in the policy; first: ${where}\\d+: metrics\\.p95_latency_ms\\.query: PromQL type error: expected type matrix in call to function "rate", got vector$`,
      'm',
    ),
  );
}, 60_000);
