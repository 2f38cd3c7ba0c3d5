/**
 * Hostile recorded bakes and input files: prototype-like keys are data, impossible dates and deep nesting
 * are errors with a place, values keep their exact numbers through the Float64Array reader, and FIFOs,
 * devices and oversized files are refused before they are read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';
import { metricsFileReader } from './helpers.js';
import { readUserFile } from '../../src/util/read-file.js';
import { parseUserTime } from '../../src/util/time.js';
import { cli } from '../cli/run.js';

const POLICY = `version: 1
window: 5m
vars: { constructor: a, toString: b }
metrics:
  constructor:
    query: sum(rate(a[{{window}}]))
  __proto__:
    query: sum(rate(b[{{window}}]))
  toString:
    query: sum(rate(c[{{window}}]))
stages:
  __proto__:
    bake: 10m
    gates: { constructor: "<= 1", __proto__: "<= 1", toString: "<= 1" }
`;
const policy = loadPolicy(POLICY, 'p.yml');
const { load, message } = metricsFileReader(policy, policy.stages['__proto__']);

test('prototype-like names are stages, metrics and vars like any other', () => {
  expect(Object.keys(policy.stages)).toEqual(['__proto__']);
  expect(Object.keys(policy.metrics)).toEqual(['constructor', '__proto__', 'toString']);
  expect(policy.vars).toEqual(Object.assign(Object.create(null), { constructor: 'a', toString: 'b' }));
  expect(policy.stages.constructor).toBeUndefined();
});

test('prototype-like keys of a recording are read, never dropped', () => {
  const data = load(
    '{"window_minutes": 5, "metrics": {"constructor": [0, 2], "__proto__": [1, null], "toString": [1e999, 0.5]}}',
  );
  expect(Object.keys(data.metrics)).toEqual(['constructor', '__proto__', 'toString']);
  expect(data.metrics['__proto__'].series[0].values).toEqual([1, null]);
  expect(data.metrics[String('toString')].series[0].values).toEqual([null, 0.5]);
  expect(message('{"window_minutes": 5, "metrics": {"hasOwnProperty": [1]}}')).toMatch(
    /^m\.json:1:35: metrics\.hasOwnProperty: is not a metric of the policy/,
  );
});

test('numbers keep their exact value; a non-number is named at its place', () => {
  const data = load('{"window_minutes": 5, "metrics": {"constructor": [0.1, -2.5e-3, 123456789.123]}}');
  expect(data.metrics[String('constructor')].series[0].values).toEqual([0.1, -2.5e-3]);
  expect(message('{"window_minutes": 5, "metrics": {"constructor": [1,\n "x"]}}')).toBe(
    'm.json:2:2: metrics.constructor[1]: is "x", not a number (fix: write a number, or null for a window without a sample)',
  );
  expect(message('{"window_minutes": 5, "metrics": {"constructor": [1, 2,]}}')).toMatch(
    /^m\.json:1:\d+: is not valid JSON/,
  );
  expect(message(`{"window_minutes": 5, "metrics": ${'['.repeat(100)}${']'.repeat(100)}}`)).toMatch(
    /nested deeper than 64 levels/,
  );
});

test('an impossible start date is refused with the reason', () => {
  expect(message('{"window_minutes": 5, "start": "2026-02-30T10:00:00Z", "metrics": {}}')).toBe(
    'm.json:1:32: start: "2026-02-30T10:00:00Z" is not a date: February 2026 has 28 days (fix: write e.g. "2026-11-20T10:00:00Z" or leave it out)',
  );
  expect(parseUserTime('2024-02-29T00:00:00Z')).toEqual({ ok: true, seconds: 1709164800 });
  expect(parseUserTime('2026-04-31')).toEqual({ ok: false, why: 'is not a date: April 2026 has 30 days' });
});

test('--since 2026-02-30 is an input error (exit 64)', async () => {
  const r = await cli(
    'evaluate',
    '--config',
    'examples/tsfm/policy.yml',
    '--stage',
    'canary_5',
    '--since',
    '2026-02-30',
    '--prometheus-url',
    'http://127.0.0.1:9',
  );
  expect(r.code).toBe(64);
  expect(r.stderr).toBe(
    'canary-gate: --since: "2026-02-30" is not a date: February 2026 has 28 days (fix: give ISO-8601 (2026-11-20T10:00:00Z) or unix seconds (1795000000))\n',
  );
});

test('--stage constructor on a policy without it is "not a stage", not a TypeError', async () => {
  const r = await cli(
    'evaluate',
    '--config',
    'examples/tsfm/policy.yml',
    '--stage',
    'constructor',
    '--metrics-file',
    'examples/tsfm/metrics/pass.json',
  );
  expect(r.code).toBe(64);
  expect(r.stderr).toMatch(
    /^canary-gate: --stage: "constructor" is not a stage of examples\/tsfm\/policy\.yml/,
  );
});

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-files-'));
const read = (path: string, maxBytes?: number) => () =>
  readUserFile(path, { place: `--config ${path}`, fix: 'give a policy file', maxBytes });

test('a FIFO, a device or a directory is refused at once, without reading', () => {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  expect(read(fifo)).toThrow(/is not a regular file \(a named pipe, which may never end\)/);
  expect(read('/dev/zero')).toThrow(/is not a regular file \(a device/);
  expect(read(dir)).toThrow(/is a directory, not a file/);
});

test('a file over its cap is refused with its size and the cap', () => {
  const big = join(dir, 'big.json');
  writeFileSync(big, 'x'.repeat(3 * 1024 * 1024));
  expect(read(big, 1024 * 1024)).toThrow(
    `--config ${big}: is 3 MiB, over the 1 MiB limit for this file (fix: give a policy file of at most 1 MiB)`,
  );
});
