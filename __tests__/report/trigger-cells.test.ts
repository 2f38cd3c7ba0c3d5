/**
 * What a reader sees for a `for:` trigger and for the bake span, in the summary and in report.html, on
 * runbook 000's p95 rollback (410 and 420 ms in windows 3 and 4, `> 400 for 10m` on 5-minute windows).
 */
import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/policy/load.js';
import { judgeToReport } from './helpers/judge-to-report.js';
import { bakeSpan, violationText, windowTick } from '../../src/report/format.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { loadMetricsFile } from '../../src/sources/file.js';
import type { Report } from '../../src/report/types.js';

function judged(metrics: string, strip: (text: string) => string = (t) => t): Report {
  const path = 'examples/tsfm/policy.yml';
  const policy = loadPolicy(readFileSync(path, 'utf8'), path);
  const stage = policy.stages.canary_5;
  const data = loadMetricsFile(
    strip(readFileSync(`examples/tsfm/metrics/${metrics}.json`, 'utf8')),
    `${metrics}.json`,
    policy,
    stage,
  );
  return judgeToReport(policy, stage, data, `${metrics}.json`);
}

const report = judged('rollback-p95');
const trigger = report.checks.find((c) => c.kind === 'rollback' && c.metric === 'p95_latency_ms')!;
const gate = report.checks.find((c) => c.kind === 'gate' && c.metric === 'p95_latency_ms')!;

test('a for: trigger says where it fired, not "1 of 6" beside a reason naming two windows', () => {
  expect(trigger.violating_windows).toEqual([3]);
  expect(violationText(report, trigger)).toBe('fired at #4 (after 10m in a row)');
  const row = renderMarkdown(report)
    .split('\n')
    .find((l) => l.startsWith('| ❌ | rollback | `p95_latency_ms`'));
  expect(row).toContain('| fired at #4 (after 10m in a row) |');
  expect(renderHtml(report)).toContain('<td>fired at #4 (after 10m in a row)</td>');
});

test('gates and one-window triggers still count windows', () => {
  expect(violationText(report, gate)).toBe('2 of 6: #3–#4');
  const oneWindow = { ...trigger, for_seconds: report.window_seconds };
  expect(violationText(report, oneWindow)).toBe('1 of 6: #4');
  expect(violationText(report, { ...gate, status: 'pass', violating_windows: [] })).toBe('none');
});

test('report.html names the bake span as the summary does, not as raw ISO timestamps', () => {
  expect(bakeSpan(report)).toBe('2026-11-20 10:00 → 10:30 UTC');
  const html = renderHtml(report);
  expect(html).toContain('Bake 2026-11-20 10:00 → 10:30 UTC ·');
  expect(html).not.toContain('2026-11-20T10:00:00.000Z →');
  expect(renderMarkdown(report)).toContain('**Bake** 2026-11-20 10:00 → 10:30 UTC ·');
});

test('a recording without a start shows the bake length, not "? → ?"', () => {
  const noStart = judged('rollback-p95', (t) => t.replace(/"start":\s*"[^"]*",?/, ''));
  expect(noStart.bake.since).toBeNull();
  expect(renderHtml(noStart)).toContain('Bake 30m ·');
  expect(renderHtml(noStart)).not.toContain('? → ?');
  expect(windowTick(noStart, 0)).toBe('+0m');
  expect(windowTick(noStart, 2)).toBe('+10m');
  expect(renderMarkdown(noStart)).toContain('x-axis ["+0m", "+5m", "+10m"');
});

test('a judged check with for: (a stage score) still lists its failing windows', () => {
  const judgedTrigger = {
    ...trigger,
    judgement: {} as NonNullable<typeof trigger.judgement>,
    violating_windows: [2, 3],
  };
  expect(violationText(report, judgedTrigger)).toBe('2 of 6: #3–#4');
});

test('report.html writes `for` only when it spans more than one window, as the summary does', () => {
  const html = renderHtml(report);
  expect(html).toContain('<code>&gt; 400</code> for 10m');
  expect(html).toContain('<code>&gt; 0.02</code></td>');
  expect(html).not.toContain('<code>&gt; 0.02</code> for 5m');
});
