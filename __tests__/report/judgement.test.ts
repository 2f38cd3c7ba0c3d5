/**
 * The report explains statistical judgements: report.json carries each judge's decision and per-window
 * evidence, and the summary, PR comment, CLI text and report.html say why it decided — within their size
 * caps for a 24 h bake at 1 m windows.
 */
import type { CheckResult } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderHtml } from '../../src/report/html.js';
import { reportJudgement } from '../../src/report/judgement.js';
import { evidence, pickWindows } from '../../src/report/judgement-view.js';
import { COMMENT_MAX_CHARS, renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Report, ReportCheck, ReportJudgement } from '../../src/report/types.js';
import { fixtureReport, mermaidBlocks } from './helpers/fixture.js';
import { JUDGED_POLICY, judgedReport } from './helpers/judged.js';
import { parseMermaid } from './helpers/parse-mermaid.js';

type Judged = ReportCheck & { judgement: ReportJudgement };
const judged = (report: Report, metric: string): Judged => {
  const check = report.checks.find((c) => c.metric === metric && c.judgement);
  if (!check) throw new Error(`no judged check for ${metric}`);
  return check as Judged;
};
const deciding = (j: ReportJudgement) => j.windows.find((w) => w.window === j.decided_at)!;

describe('report.json', () => {
  const report = judgedReport({ windows: 30 });

  test('the sequential counts judge: decision, deciding window and its e-value', () => {
    const j = judged(report, 'errors').judgement;
    expect(j.judge).toBe('sequential');
    expect(j.decision).toBe('rollback');
    expect(j.decided_at).not.toBeNull();
    expect(j.decided_at_label).toBe(report.bake.window_labels[j.decided_at!]);
    expect(j.effect_scale).toBe('relative');
    expect(j.windows).toHaveLength(30);
    const w = deciding(j);
    expect(w.status).toBe('fail');
    expect(w.e_value).toBeGreaterThanOrEqual(20);
    expect(w.explanation).toMatch(/e = \S+ ≥ 1\/α = 20: regression/);
    expect(w.label).toBe(j.decided_at_label);
    // The e-value had not reached 1/α before the deciding window: that is why it decided there.
    for (const before of j.windows.filter((x) => x.window < j.decided_at!)) {
      expect(before.status).toBe('continue');
      expect(before.e_value).toBeLessThan(20);
    }
    expect(j.summary).toContain(w.explanation);
    // The check's reason is the deciding window's explanation.
    expect(report.rollback_reasons.some((r) => r.includes(w.explanation))).toBe(true);
  });

  // The rollback at window 2 (errors, p75_ms) decides the bake, in watch and lookback alike (DESIGN §2): the
  // judges that would decide later keep their evidence for every window but no decision.
  test('every judge carries its own evidence: interval, U, z, score', () => {
    const p95 = judged(report, 'p95_ms').judgement;
    expect(p95.decision).toBe('none');
    expect(p95.windows).toHaveLength(30);
    expect(p95.windows.some((w) => (w.interval?.[0] ?? 0) > 0.05)).toBe(true);
    const mw = judged(report, 'p75_ms').judgement;
    expect(mw.judge).toBe('mann-whitney');
    expect(deciding(mw).statistic).toBe(64);
    expect(deciding(mw).interval![0]).toBeGreaterThan(0.1);
    const spike = judged(report, 'denials').judgement;
    expect(spike).toMatchObject({
      judge: 'spike',
      decision: 'none',
      decided_at: null,
      effect_scale: 'absolute',
    });
    expect(spike.windows[20].statistic).toBeGreaterThan(3);
    const score = judged(report, 'score:canary').judgement;
    expect(score).toMatchObject({ judge: 'score', decision: 'none', decided_at: null });
    expect(score.effect_scale).toBeUndefined();
    expect(score.windows[7].statistic).toBe(0);
  });

  test('checks without a judge have no judgement; the file survives a JSON round trip unchanged', () => {
    expect(report.checks.find((c) => c.metric === 'synthetic_success')).not.toHaveProperty('judgement');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('a bake without a regression: no decision, a null deciding window, the summary says so', () => {
    const ok = judgedReport({ windows: 30, regress: false });
    const j = judged(ok, 'errors').judgement;
    expect(j.decided_at).toBeNull();
    expect(j.decided_at_label).toBeNull();
    expect(j.decision).toBe('none');
    expect(j.summary).toMatch(/^no decision after 30 window\(s\): /);
  });

  test('numbers without a JSON form become null; the evidence reads them as unbounded', () => {
    const policy = loadPolicy(JUDGED_POLICY('30m'), 'p.yml');
    const check = {
      metric: 'p95_ms',
      judgement: {
        judge: 'sequential',
        contribution: 'none',
        decidedAt: null,
        summary: 'no decision',
        labels: { pod: 'a' },
        windows: [
          {
            window: 0,
            status: 'continue',
            effect: 0.123456789,
            interval: [-Infinity, 0.5],
            eValue: Infinity,
            statistic: NaN,
            explanation: 'x',
          },
        ],
      },
    } as unknown as CheckResult;
    const j = reportJudgement(policy, check, ['w0'])!;
    expect(j.labels).toEqual({ pod: 'a' });
    expect(j.windows[0]).toEqual({
      window: 0,
      label: 'w0',
      status: 'continue',
      statistic: null,
      effect: 0.123457,
      interval: [null, 0.5],
      e_value: null,
      explanation: 'x',
    });
    expect(evidence(j.windows[0], j)).toBe('[−∞, +50.0%]');
  });
});

describe('renderers', () => {
  const report = judgedReport({ windows: 30 });
  const errors = judged(report, 'errors').judgement;

  test('the summary says why each judge decided, with a per-window table', () => {
    const md = renderMarkdown(report);
    const why = md.split('\n').find((l) => l.startsWith('**Why: sequential on `errors`**'))!;
    expect(why).toContain(`rollback in 10:0${errors.decided_at}–10:0${errors.decided_at! + 1}`);
    expect(why).toContain(deciding(errors).explanation);
    for (const [judge, metric] of [
      ['sequential', 'p95_ms'],
      ['mann-whitney', 'p75_ms'],
      ['spike', 'denials'],
      ['score', 'score:canary'],
    ])
      expect(md).toContain(`**Why: ${judge} on \`${metric}\`**`);
    // The deciding row is bold and shows the e-value; 30 windows fit, so every window has a row.
    const k = errors.decided_at! + 1;
    expect(md).toMatch(
      new RegExp(`\\| \\*\\*#${k} 10:0\\d–10:0\\d\\*\\* \\| ❌ fail \\| \\+\\d+\\.\\d% \\| e = \\S+ \\|`),
    );
    expect(md).toContain('<details><summary>Per window (30)</summary>');
    // The judge's check row shows its effect and evidence rather than a metric value.
    expect(md).toMatch(
      /\| `errors` \| `judge sequential \(counts[^|]*\| \+\d+\.\d% e = \S+ \(10:0\d–10:0\d\) \|/,
    );
  });

  test('the CLI text has one Judgement line per judged check, the deciding window named as in the table', () => {
    const text = renderText(report);
    const lines = text.split('\n').filter((l) => l.startsWith('Judgement: '));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      `Judgement: errors (sequential): rollback in ${errors.decided_at_label}: ${deciding(errors).explanation}`,
    );
    // Judgement lines come after the check table and before the reasons.
    expect(text.indexOf('Judgement: ')).toBeGreaterThan(text.indexOf('STATUS'));
    expect(text.indexOf('Judgement: ')).toBeLessThan(text.indexOf('Rollback reasons:'));
    const ok = renderText(judgedReport({ windows: 30, regress: false }));
    expect(ok).toMatch(/^Judgement: errors \(sequential\): no decision after 30 window\(s\): /m);
  });

  test('an early promotion reads as one, from the window that ruled the regression out', () => {
    const early = judgedReport({ windows: 30, regress: false, promoteEarly: true, canaryErrors: 4 });
    const j = judged(early, 'errors').judgement;
    expect(j.decision).toBe('promote-early');
    const w = deciding(j);
    expect(w.status).toBe('pass');
    expect(w.explanation).toMatch(
      /e\(no regression\) = \S+ ≥ 20: a regression beyond the allowed effect is ruled out/,
    );
    expect(renderText(early)).toContain(
      `Judgement: errors (sequential): promote early in ${j.decided_at_label}: ${w.explanation}\n`,
    );
    expect(renderMarkdown(early)).toContain(`**Why: sequential on \`errors\`** — ✅ promote early in `);
  });

  test('report.html explains every judge next to its metric; long tables start collapsed', () => {
    const html = renderHtml(report);
    const sections = [...html.matchAll(/<section class="judgement" data-metric="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['errors', 'p95_ms', 'p75_ms', 'denials', 'score:canary']);
    // Each judged metric's section follows its chart.
    expect(html.indexOf('data-metric="errors" data-decision')).toBeGreaterThan(
      html.indexOf('<figure class="chart" data-metric="errors"'),
    );
    expect(html).toContain('<details open><summary>Per window (30)</summary>');
    // Two judges decided by window 2, where the rollback decided the bake.
    expect(html.match(/<tr class="decided">/g)).toHaveLength(2);
    // The errors judge's deciding e-value (overdispersion-tempered) in its evidence cell.
    expect(html).toContain('<td class="num">e = 2758</td>');
    const long = renderHtml(judgedReport({ windows: 120 }));
    expect(long).toContain('<details><summary>Per window (120)</summary>');
    expect(long).not.toContain('<details open>');
  });
});

describe('a 24 h bake at 1 m windows with judges', () => {
  const report = judgedReport({ windows: 1440 });
  const errors = judged(report, 'errors').judgement;
  // The worst case: five judges and the 20 failing metrics of the size-cap tests in one report.
  const big = fixtureReport({ windows: 1440, windowSeconds: 60, metrics: 20 });
  const both: Report = {
    ...big,
    checks: [...report.checks, ...big.checks],
    metrics: { ...report.metrics, ...big.metrics },
  };

  test('report.json keeps every window of every judge', () => {
    for (const check of report.checks.filter((c) => c.judgement))
      expect(check.judgement!.windows).toHaveLength(1440);
    const bytes = Buffer.byteLength(JSON.stringify(report, null, 2));
    // Five judges over 1,440 windows, pretty-printed as the CLI and the action write it.
    expect(bytes).toBeLessThan(8_000_000);
  });

  test('the job summary stays under 1 MiB, each table cut to a few rows around the decision', () => {
    for (const r of [report, both]) {
      const md = renderMarkdown(r);
      expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_MAX_BYTES);
      expect(md).toContain(deciding(errors).explanation);
      const summaries = [...md.matchAll(/<summary>Per window: (\d+) of 1440 /g)].map((m) => Number(m[1]));
      expect(summaries).toHaveLength(5);
      for (const n of summaries) expect(n).toBeLessThanOrEqual(40);
      expect(md).toMatch(/\| ⋯ \| \| \| \| _\d+ window\(s\) not shown_ \|/);
    }
  });

  test('the PR comment stays under 65,536 characters and still says why each judge decided', () => {
    for (const r of [report, both]) {
      const md = renderMarkdown(r, {
        marker: '<!-- canary-gate:stage=canary -->',
        maxBytes: COMMENT_MAX_CHARS,
      });
      expect(md.length).toBeLessThan(65_536);
      expect(md).toContain('**Why: sequential on `errors`** — ❌ rollback in 10:01–10:02');
      expect(md).toContain(deciding(errors).explanation);
    }
  });

  test('a judged metric is charted against its baseline; the charts parse', () => {
    const md = renderMarkdown(report);
    // p75_ms decided the bake (with errors) at window 2; p95_ms had not decided by then and is not charted.
    expect(md).toContain('**p75_ms** — canary (dark) and baseline (grey), judge mann-whitney');
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    const p75 = blocks.find((b) => b.includes('title "p75_ms'))!;
    expect(p75.match(/^ {2}line \[/gm)).toHaveLength(2);
    expect(parseMermaid(blocks).filter((r) => !r.ok)).toEqual([]);
  });
});

describe('pickWindows', () => {
  const j = (statuses: string, decidedAt: number | null) =>
    ({
      decided_at: decidedAt,
      windows: [...statuses].map((s, k) => ({
        window: k,
        status: s === 'f' ? 'fail' : s === 'p' ? 'pass' : 'continue',
      })),
    }) as unknown as ReportJudgement;

  test('all windows when they fit', () => {
    expect(pickWindows(j('ccff', 2), 4)).toEqual([0, 1, 2, 3]);
  });

  test('the decision and the window before it, first, last, status changes, then spread', () => {
    const statuses = 'c'.repeat(50) + 'f'.repeat(50) + 'p'.repeat(100);
    const picked = pickWindows(j(statuses, 50), 10);
    expect(picked).toHaveLength(10);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
    for (const k of [0, 49, 50, 100, 199]) expect(picked).toContain(k);
    expect(pickWindows(j(statuses, null), 3)).toEqual([0, 50, 199]);
  });
});
