/**
 * Mann-Whitney and Hodges-Lehmann against R's wilcox.test (correct = TRUE), tied and untied samples.
 * The table was made by fixtures/wilcox-r.R (the command is in its header); when Rscript is on PATH
 * the script is also re-run and must reproduce the committed table, so the table cannot go stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hodgesLehmann } from '../../src/engine/stats/hodges-lehmann.js';
import { mannWhitney } from '../../src/engine/stats/mann-whitney.js';
import { num } from '../../src/engine/judges/format.js';

interface RCase {
  x: number[];
  y: number[];
  confidence: number;
  interval: [number, number];
  p_two_sided: number;
  p_greater: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const tablePath = join(here, 'fixtures', 'wilcox-r.json');
const table = JSON.parse(readFileSync(tablePath, 'utf8')) as RCase[];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

test('the table covers tied samples, large samples and a far tail', () => {
  const tied = table.filter((c) => new Set([...c.x, ...c.y]).size < c.x.length + c.y.length);
  expect(tied.length).toBeGreaterThanOrEqual(30);
  expect(table.some((c) => c.p_greater < 1e-15)).toBe(true);
});

test.each(table.map((c, i) => [i, c] as const))('case %i: interval and p-values match R to 1e-6', (_i, c) => {
  const hl = hodgesLehmann(c.x, c.y, c.confidence);
  expect(hl.interval).not.toBeNull();
  expect(close(hl.interval![0], c.interval[0])).toBe(true);
  expect(close(hl.interval![1], c.interval[1])).toBe(true);
  const two = mannWhitney(c.x, c.y, 'two-sided').pValue;
  const greater = mannWhitney(c.x, c.y, 'greater').pValue;
  expect(Math.abs(two - c.p_two_sided)).toBeLessThanOrEqual(1e-6 * Math.max(1e-9, c.p_two_sided));
  expect(Math.abs(greater - c.p_greater)).toBeLessThanOrEqual(1e-6 * Math.max(1e-9, c.p_greater));
});

test('a p-value below 1e-15 is printed with its digits, not as 0', () => {
  const far = table.find((c) => c.p_greater < 1e-15)!;
  const p = mannWhitney(far.x, far.y, 'greater').pValue;
  expect(p).toBeGreaterThan(0);
  expect(num(p)).toMatch(/e-2\d$/);
});

const rscript = (() => {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
(rscript ? test : test.skip)('Rscript reproduces the committed table', () => {
  const fresh = execFileSync('Rscript', [join(here, 'fixtures', 'wilcox-r.R')], { encoding: 'utf8' });
  expect(JSON.parse(fresh)).toEqual(table);
});
