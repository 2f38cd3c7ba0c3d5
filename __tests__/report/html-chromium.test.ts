/**
 * report.html opened in headless Chromium (Debian's `chromium`, driven with playwright-core): no console
 * errors, no network request at all, one chart per metric with its lines; screenshots are saved to
 * __tests__/artifacts/ for review.
 */
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';
import { judgeToReport } from './helpers/judge-to-report.js';
import { renderHtml } from '../../src/report/html.js';
import { loadMetricsFile } from '../../src/sources/file.js';
import type { Report } from '../../src/report/types.js';
import { fixtureReport } from './helpers/fixture.js';
import { judgedReport } from './helpers/judged.js';
import { useHeadlessChromium } from '../helpers/chromium.js';

const ARTIFACTS = '__tests__/artifacts';

const browser = useHeadlessChromium();

/** runbook 000's p95 rollback, judged by the real pipeline. */
function realReport(): Report {
  const path = 'examples/tsfm/policy.yml';
  const text = readFileSync(path, 'utf8');
  const policy = loadPolicy(text, path);
  const stage = policy.stages.canary_5;
  const data = loadMetricsFile(
    readFileSync('examples/tsfm/metrics/rollback-p95.json', 'utf8'),
    'rollback-p95.json',
    policy,
    stage,
  );
  return judgeToReport(policy, stage, data, 'rollback-p95.json');
}

async function open(report: Report, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(report));
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith('file://')) requests.push(req.url());
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((f) => ({
      metric: f.getAttribute('data-metric'),
      status: f.getAttribute('data-status'),
      svgs: f.querySelectorAll('svg').length,
      canary: f.querySelectorAll('svg .canary').length,
      limits: f.querySelectorAll('svg .limit').length,
      baseline: f.querySelectorAll('svg .baseline').length,
      shaded: f.querySelectorAll('svg .violation').length,
      width: f.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    })),
  );
  const judgements = await page.$$eval('section.judgement', (sections) =>
    sections.map((s) => ({
      metric: s.getAttribute('data-metric'),
      open: s.querySelector('details')?.open ?? false,
      rows: s.querySelectorAll('tbody tr').length,
      decided: s.querySelectorAll('tbody tr.decided').length,
      why: s.querySelector('p')?.textContent ?? '',
    })),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.close();
  return { charts, problems, requests, judgements };
}

test('runbook 000 rollback: one chart per metric, limits drawn, violations shaded, no errors, no network', async () => {
  const report = realReport();
  const { charts, problems, requests } = await open(report, 'report-html-rollback-p95');
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  expect(charts.map((c) => c.metric)).toEqual(Object.keys(report.metrics));
  for (const chart of charts) {
    expect(chart.svgs).toBe(1);
    expect(chart.canary).toBeGreaterThan(0);
    expect(chart.limits).toBeGreaterThan(0);
    expect(chart.width).toBeGreaterThan(500);
  }
  const p95 = charts.find((c) => c.metric === 'p95_latency_ms')!;
  expect(p95.status).toBe('fail');
  expect(p95.shaded).toBe(2);
  // Two limits for p95: the gate (<= 300) and the rollback trigger (> 400).
  expect(p95.limits).toBe(2);
}, 60_000);

test('24 h at 1 m with baselines, several series and missing windows renders every chart', async () => {
  const report = fixtureReport({ windows: 1440, windowSeconds: 60, metrics: 6 });
  report.metrics.latency_2.values.push({
    labels: { pod: 'b' },
    values: report.metrics.latency_2.values[0].values.map((v) => (v === null ? null : v * 0.8)),
  });
  const { charts, problems, requests } = await open(report, 'report-html-24h');
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  expect(charts).toHaveLength(6);
  expect(charts.find((c) => c.metric === 'latency_0')!.baseline).toBeGreaterThan(0);
  // Missing windows break the line into segments rather than drawing through them.
  expect(charts.find((c) => c.metric === 'latency_1')!.canary).toBeGreaterThan(1);
}, 60_000);

test('a judged 24 h bake: each judge explained under its chart, long tables collapsed, no errors', async () => {
  const report = judgedReport({ windows: 1440 });
  const { charts, problems, requests, judgements } = await open(report, 'report-html-judged-24h');
  expect(problems).toEqual([]);
  expect(requests).toEqual([]);
  expect(charts.map((c) => c.metric)).toEqual(Object.keys(report.metrics));
  // Judged metrics have no limit line; the gate on synthetic_success keeps its own.
  expect(charts.find((c) => c.metric === 'errors')!.limits).toBe(0);
  expect(charts.find((c) => c.metric === 'synthetic_success')!.limits).toBe(1);
  expect(judgements.map((j) => j.metric)).toEqual(['errors', 'p95_ms', 'p75_ms', 'denials', 'score:canary']);
  for (const j of judgements) {
    expect(j.open).toBe(false);
    expect(j.rows).toBe(1440);
    // errors and p75_ms decided at window 2, where their rollback decided the bake; the others had not.
    expect(j.decided).toBe(['errors', 'p75_ms'].includes(j.metric ?? '') ? 1 : 0);
  }
  const errors = report.checks.find((c) => c.metric === 'errors')!.judgement!;
  expect(judgements[0].why).toContain(errors.windows[errors.decided_at!].explanation);
}, 60_000);
