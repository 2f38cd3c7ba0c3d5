/**
 * The backtest page opened in headless Chromium: no console errors, no request at all, one timeline bar per
 * bake coloured by decision, one distribution per check with its limit. A screenshot goes to
 * __tests__/artifacts/ for review.
 */
import { mkdirSync } from 'node:fs';
import { cli } from '../cli/run.js';
import { DECISION_COLOURS } from '../../src/backtest/html.js';
import { useHeadlessChromium } from '../helpers/chromium.js';

const browser = useHeadlessChromium();

test('the backtest HTML opens without console errors or requests', async () => {
  const { code, stdout } = await cli(
    'backtest',
    '--config',
    'examples/backtest/policy-p95-320.yml',
    '--stage',
    'canary_5',
    '--metrics-file',
    'examples/backtest/week.json',
    '--compare',
    'examples/tsfm/policy.yml',
    '--format',
    'html',
  );
  expect(code).toBe(0);
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('about:')) requests.push(r.url());
  });
  await page.setContent(stdout, { waitUntil: 'load' });
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  const bars = await page.$$eval('#timeline rect.bake', (rs) =>
    rs.map((r) => [r.getAttribute('data-decision'), r.getAttribute('fill')]),
  );
  expect(bars).toHaveLength(336);
  for (const [decision, fill] of bars)
    expect(fill).toBe(DECISION_COLOURS[decision as keyof typeof DECISION_COLOURS]);
  expect(bars.filter(([d]) => d === 'rollback')).toHaveLength(2);
  expect(await page.$$eval('#timeline rect.changed', (rs) => rs.length)).toBe(2);
  const figures = await page.$$eval('figure.check', (fs) =>
    fs.map((f) => f.querySelectorAll('line.limit').length),
  );
  expect(figures.length).toBeGreaterThan(5);
  expect(figures.every((n) => n === 1)).toBe(true);
  expect(await page.$$eval('#changed tbody tr', (rs) => rs.length)).toBe(2);
  mkdirSync('__tests__/artifacts', { recursive: true });
  await page.screenshot({ path: '__tests__/artifacts/backtest.png', fullPage: true });
  await page.close();
}, 60_000);
