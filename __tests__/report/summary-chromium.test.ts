/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The job summary / PR comment as a reader sees it: the markdown rendered as GitHub-flavoured Markdown
 * (marked, GFM) with its Mermaid blocks drawn by mermaid, in headless Chromium, GitHub's light palette.
 * Checks what matters at a glance (the verdict and next step first, the failing row first, passing rows
 * folded, charts drawn with two distinct line colours, `≤` not `&lt;=`) and saves a PNG under
 * __tests__/artifacts/ for a human to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { loadPolicy } from '../../src/policy/load.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { loadMetricsFile } from '../../src/sources/file.js';
import { judgeToReport } from './helpers/judge-to-report.js';
import { useHeadlessChromium } from '../helpers/chromium.js';

const ARTIFACTS = '__tests__/artifacts';
const MERMAID = readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8');

const browser = useHeadlessChromium();

function judged(example: string, metrics: string, stage: string): Report {
  const path = `examples/${example}/policy.yml`;
  const policy = loadPolicy(readFileSync(path, 'utf8'), path);
  const file = `examples/${example}/metrics/${metrics}.json`;
  const data = loadMetricsFile(readFileSync(file, 'utf8'), file, policy, policy.stages[stage]);
  const report = judgeToReport(policy, policy.stages[stage], data, file);
  // As if judged from Prometheus, so each metric links to its graph page.
  return { ...report, source: { kind: 'prometheus', url: 'https://prometheus.example.com' } };
}

/** GitHub-like page: the markdown as GFM, ```mermaid blocks handed to mermaid. */
function page(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const body = html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, code: string) => `<pre class="mermaid">${code}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 1012px; margin: 16px auto; }
    table { border-collapse: collapse; display: block; overflow: auto; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
    tr:nth-child(2n) { background: #f6f8fa; } code { background: #eff1f3; padding: .2em .4em; border-radius: 6px; font-size: 85%; }
    pre.mermaid { background: none; } details { margin: 8px 0; }
  </style></head><body>${body}<script>${MERMAID}</script><script>
    mermaid.initialize({ startOnLoad: false, theme: 'default' });
    mermaid.run({ querySelector: 'pre.mermaid' }).then(() => { document.body.dataset.done = '1'; },
      (e) => { document.body.dataset.done = 'error: ' + e.message; });
  </script></body></html>`;
}

async function render(markdown: string, name: string) {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.setContent(page(markdown), { waitUntil: 'load' });
  await tab.waitForFunction(() => document.body.dataset.done !== undefined, undefined, { timeout: 30_000 });
  const state = await tab.evaluate(() => ({
    done: document.body.dataset.done,
    text: document.body.innerText,
    firstTableRows: [...(document.querySelector('table')?.querySelectorAll('tbody tr') ?? [])].map(
      (tr) => (tr as HTMLElement).innerText,
    ),
    foldedOpen: [...document.querySelectorAll('details')].map((d) => d.open),
    charts: [...document.querySelectorAll('pre.mermaid svg')].map((svg) => ({
      width: svg.getBoundingClientRect().width,
      lines: [...svg.querySelectorAll('path')]
        .map((p) => getComputedStyle(p).stroke)
        .filter((s) => s && s !== 'none'),
      title: svg.querySelector('text')?.textContent ?? '',
    })),
    links: [...document.querySelectorAll('table a')].map((a) => (a as HTMLAnchorElement).href),
  }));
  mkdirSync(ARTIFACTS, { recursive: true });
  await tab.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  await tab.close();
  return { ...state, problems };
}

test('cohort rollout, a hold: verdict, next step, the failing row first, passing rows folded, a readable chart', async () => {
  const report = judged('cohort-rollout', 'internal-test-errors', 'internal_test');
  expect(report.decision).toBe('hold');
  const md = renderMarkdown(report, {
    artifact: null,
    reportPath: '/home/runner/work/_temp/canary-gate/x/report.json',
  });
  const seen = await render(md, 'summary-cohort-hold');
  expect(seen.problems).toEqual([]);
  expect(seen.done).toBe('1');
  const lines = seen.text.split('\n').filter((l: string) => l.trim());
  expect(lines[0]).toMatch(/^⛔ canary-gate: HOLD — stage internal_test/);
  expect(lines[1]).toMatch(
    /^Next: traffic stays at [\d.]+%: this gate fails, so the next stage does not start\.$/,
  );
  // The first row of the first table is the failing check; the passing ones are in a closed <details>.
  expect(seen.firstTableRows[0]).toMatch(/^❌/);
  expect(seen.firstTableRows.every((r) => !r.startsWith('✅'))).toBe(true);
  expect(seen.foldedOpen[0]).toBe(false);
  expect(seen.text).toMatch(/\d+ passing check\(s\)/);
  // Charts drawn, wide enough, titles with ≤/≥ rather than escaped HTML, the metric and limit in two colours.
  expect(seen.charts.length).toBeGreaterThan(0);
  for (const chart of seen.charts) {
    expect(chart.width).toBeGreaterThan(400);
    expect(chart.title).not.toMatch(/&lt;|&gt;/);
    expect(new Set(chart.lines).size).toBeGreaterThanOrEqual(2);
  }
  expect(seen.charts.flatMap((c) => c.lines)).toEqual(
    expect.arrayContaining(['rgb(31, 35, 40)', 'rgb(207, 34, 46)']),
  );
  expect(seen.links[0]).toMatch(/^https:\/\/prometheus\.example\.com\/graph\?g0\.expr=/);
  // No temp path reaches the reader.
  expect(seen.text).not.toContain('/home/runner');
  expect(seen.text).not.toContain('Full report');
}, 90_000);

test('10 s windows: time labels with seconds', async () => {
  const report = judged('cohort-rollout', 'internal-test-errors', 'internal_test');
  const since = Date.parse('2026-11-20T19:22:00Z');
  const short: Report = {
    ...report,
    window_seconds: 10,
    bake: {
      ...report.bake,
      since: new Date(since).toISOString(),
      until: new Date(since + 10_000 * report.bake.windows_expected).toISOString(),
    },
  };
  const seen = await render(renderMarkdown(short), 'summary-10s-windows');
  expect(seen.problems).toEqual([]);
  expect(seen.text).toMatch(/19:2\d:\d0–19:2\d:\d0/);
}, 90_000);
