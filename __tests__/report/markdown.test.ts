import { COMMENT_MAX_CHARS, renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js';
import { sparkline } from '../../src/report/sparkline.js';
import { downsample, limitValues } from '../../src/report/series.js';
import { fixtureReport, mermaidBlocks } from './helpers/fixture.js';
import { parseMermaid } from './helpers/parse-mermaid.js';

describe('renderMarkdown', () => {
  const report = fixtureReport({ windows: 12, metrics: 3 });
  const md = renderMarkdown(report, {
    artifact: { name: 'canary-gate-canary_5', url: 'https://github.com/a/b/actions/runs/1/artifacts/9' },
  });

  test('headline names decision, stage, traffic and bake span', () => {
    const first = md.split('\n')[0];
    expect(first).toContain('ROLLBACK');
    expect(first).toContain('`canary_5`');
    expect(first).toContain('5% traffic');
    expect(md).toContain('**Bake** 2026-11-20 10:00 → 11:00 UTC · 12/12 windows of 5m');
  });

  test('one table row per check, with status, worst value and a sparkline', () => {
    const rows = md.split('\n').filter((l) => /^\| (✅|❌|⚠️|❔|⏭️) \|/.test(l));
    expect(rows).toHaveLength(report.checks.length);
    const failingGate = rows.find((l) => l.includes('`latency_0`') && l.includes('gate'))!;
    // Canary's worst, the baseline in that window and the delta; the metric links to Prometheus' graph page.
    expect(failingGate).toMatch(
      /^\| ❌ \| gate \| \[`latency_0`\]\(http:\/\/127\.0\.0\.1:9090\/graph\?g0\.expr=[^)]+&g0\.range_input=1h&g0\.end_input=2026-11-20\+11%3A00%3A00[^)]*\) \| `<= baseline \* 1.5` → ≤ 315 \| 450 ms \(10:40–10:45\) \| 210 ms \| \+240 ms \(\+114\.3%\) \| 2 of 12: #9–#10 \|/,
    );
    expect(failingGate).toMatch(/[▁▂▃▄▅▆▇█]{6,}/);
    // A notify trigger that fired is a warning, not a failure.
    expect(rows.find((l) => l.includes('`latency_1`') && l.includes('notify'))).toMatch(/^\| ⚠️ \|/);
    // Labels with a pipe cannot break the table.
    expect(rows.find((l) => l.includes('pod=')!)).toContain('a\\|b');
  });

  test('reasons, queries in a collapsed block and a pointer to the artifact', () => {
    expect(md).toContain('**Rollback reasons**\n- latency_0 > 400');
    expect(md).toContain('**Gate failures**');
    expect(md).toMatch(
      /<details><summary>Queries<\/summary>[\s\S]*```promql\nhistogram_quantile[\s\S]*<\/details>/,
    );
    expect(md).toContain(
      '[artifact `canary-gate-canary_5`](https://github.com/a/b/actions/runs/1/artifacts/9)',
    );
  });

  test('a chart per failing metric, with the limit line, none for passing metrics', () => {
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('xychart-beta');
    // latency_0 is judged against baseline * 1.5 = 315 in every window with a baseline value.
    expect(blocks[0]).toMatch(/line \[315, 315/);
    const passing = renderMarkdown(fixtureReport({ failing: false }));
    expect(mermaidBlocks(passing)).toHaveLength(0);
  });

  test('the marker is the first line when given (PR comments)', () => {
    const comment = renderMarkdown(report, { marker: '<!-- canary-gate:stage=canary_5 -->' });
    expect(comment.startsWith('<!-- canary-gate:stage=canary_5 -->\n')).toBe(true);
  });

  test('without a known start, windows are named by offset', () => {
    const text = renderMarkdown(fixtureReport({ windows: 12, since: null }));
    expect(text).toContain('`<= baseline * 1.5` → ≤ 315 | 450 ms (+40m–+45m) | 210 ms |');
    expect(text).toContain('**Bake** 1h · 12/12 windows');
  });

  test('annotations over the cap are listed', () => {
    const text = renderMarkdown(report, { overflowAnnotations: ['error: p.yml:3: gate x failed'] });
    expect(text).toContain(
      "**More findings** (beyond GitHub's annotation limit):\n- error: p.yml:3: gate x failed",
    );
  });
});

describe('size caps', () => {
  // 24 h at a 1 m window, 20 metrics all failing: the worst case the summary must survive.
  const big = fixtureReport({ windows: 1440, windowSeconds: 60, metrics: 20 });

  test('the job summary of a 24 h bake at 1 m windows stays under 1 MiB and keeps its charts', () => {
    const md = renderMarkdown(big);
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_MAX_BYTES);
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const points = /line \[([^\]]*)\]/.exec(block)![1].split(',').length;
      expect(points).toBeLessThanOrEqual(60);
    }
  });

  test('the PR comment of the same bake stays under 65,536 characters', () => {
    const md = renderMarkdown(big, { marker: '<!-- canary-gate:stage=x -->', maxBytes: COMMENT_MAX_CHARS });
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain('canary-gate: ROLLBACK');
  });

  test('a report far too big for the cap is cut with a note', () => {
    const huge = fixtureReport({ windows: 60, metrics: 400 });
    const md = renderMarkdown(huge, { maxBytes: 20_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain('cut to fit');
  });
});

describe('mermaid blocks parse with the mermaid package', () => {
  test('small and 24 h reports, positive and negative values', () => {
    const reports = [
      fixtureReport({ windows: 12, metrics: 3 }),
      fixtureReport({ windows: 1440, windowSeconds: 60, metrics: 4 }),
      fixtureReport({ windows: 6, since: null }),
    ];
    const negative = fixtureReport({ windows: 6, metrics: 1 });
    negative.metrics.latency_0.values[0].values = [-0.00001, 0.5, 400, 401, 0.000002, null];
    negative.metrics.latency_0.baseline_values = [];
    negative.checks[0].status = 'fail';
    reports.push(negative);
    const blocks = reports.flatMap((r) => mermaidBlocks(renderMarkdown(r)));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const results = parseMermaid(blocks);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.every((r) => r.ok && r.type === 'xychart')).toBe(true);
  });
});

describe('sparkline and series helpers', () => {
  test('sparkline spans ▁ to █ and marks missing windows', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([1, null, 3])).toBe('▁·█');
    expect(sparkline([null, null])).toBe('');
  });

  test('downsampling keeps the worst value of each bucket', () => {
    const values = Array.from({ length: 1440 }, (_, k) => (k === 700 ? 999 : 1));
    const high = downsample(values, 24);
    expect(high.values).toHaveLength(24);
    expect(Math.max(...(high.values as number[]))).toBe(999);
    const low = downsample(
      values.map((v) => -v),
      24,
      false,
    );
    expect(Math.min(...(low.values as number[]))).toBe(-999);
  });

  test('limits resolve numbers, percentages and baseline expressions per window', () => {
    expect(limitValues('<= 1%', undefined, 2)).toEqual([0.01, 0.01]);
    expect(limitValues('> baseline + 500', [100, null], 2)).toEqual([600, null]);
    expect(limitValues('< baseline * 1.1', [100, 200], 2)).toEqual([110.00000000000001, 220.00000000000003]);
    expect(limitValues('<= baseline', [5], 1)).toEqual([5]);
  });
});
