/** QA regressions for the file source: byte-order marks, repeated keys, and how a non-number is named. */
import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/policy/load.js';
import { metricsFileReader } from './helpers.js';

const policyPath = 'examples/tsfm/policy.yml';
const policy = loadPolicy(readFileSync(policyPath, 'utf8'), policyPath);
const { load, message } = metricsFileReader(policy, policy.stages.canary_5);

test('a UTF-8 byte-order mark (Windows editors, PowerShell Out-File) is not a JSON error', () => {
  const text = readFileSync('examples/tsfm/metrics/runbook-example.json', 'utf8');
  expect(load('\uFEFF' + text)).toEqual(load(text));
});

test('a key repeated in one object is an error at the second one, not silently the first', () => {
  // JSON.parse would keep the second "error_rate"; the reader used to judge the first.
  const text = '{"window_minutes": 5,\n "metrics": {"error_rate": [0.001],\n  "error_rate": [0.5]}}';
  expect(message(text)).toBe(
    'm.json:3:3: repeats "error_rate" in the same object (fix: keep one entry per key (merge the two into one))',
  );
});

test('a repeated top-level key is an error too', () => {
  const text = '{"window_minutes": 5, "metrics": {"error_rate": [0.5]}, "metrics": {}}';
  expect(message(text)).toMatch(/^m\.json:1:57: repeats "metrics" in the same object \(fix: /);
});

test.each([
  ['[[1, 2]]', 'is an array, not a number'],
  ['[{"v": 1}]', 'is an object, not a number'],
  ['[true]', 'is true, not a number'],
  ['["0.1"]', 'is "0.1", not a number'],
])('a window value %s is named as what it is', (array, what) => {
  expect(message(`{"window_minutes": 5, "metrics": {"error_rate": ${array}}}`)).toBe(
    `m.json:1:50: metrics.error_rate[0]: ${what} (fix: write a number, or null for a window without a sample)`,
  );
});

test('a start that is not ISO-8601 is refused rather than read in the local time zone', () => {
  const text = '{"window_minutes": 5, "start": "Nov 20 2026 10:00", "metrics": {"error_rate": [0.001]}}';
  expect(message(text)).toMatch(/^m\.json:1:32: start: is not an ISO-8601 time \(fix: /);
});
