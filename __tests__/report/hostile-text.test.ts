/**
 * Text from a server in the reports: 200,000 warnings are de-duplicated in linear time and capped in every
 * channel ("and 199,990 more"); HTML, links, code spans and @-mentions in server text are escaped in
 * Markdown and HTML.
 */
import { MetricAccumulator } from '../../src/bake/accumulate.js';
import { capList } from '../../src/report/cap.js';
import { markdownText } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { fixtureReport } from './helpers/fixture.js';

const many = Array.from({ length: 200_000 }, (_, k) => `server warning ${k}`);

test('200,000 warnings, each sent twice, are kept once each, in order', () => {
  const acc = new MetricAccumulator(1);
  acc.add(0, { series: [], warnings: many });
  acc.add(0, { series: [], warnings: many });
  const kept = acc.allWarnings();
  expect(kept).toHaveLength(200_000);
  expect(kept[0]).toBe('server warning 0');
  expect(kept.at(-1)).toBe('server warning 199999');
});

test('capList keeps the first items and says how many more', () => {
  expect(capList(many, 10)).toEqual([...many.slice(0, 10), 'and 199,990 more']);
  expect(capList(['a'], 10)).toEqual(['a']);
});

test('text, Markdown and HTML of a report with 200,000 warnings stay small', () => {
  const report = { ...fixtureReport(), warnings: many };
  const text = renderText(report);
  expect(text).toContain('  - server warning 9\n  - and 199,990 more');
  expect(text).not.toContain('server warning 10\n');
  const md = renderMarkdown(report, {});
  expect(md.length).toBeLessThan(100_000);
  expect(renderHtml(report)).toContain('and 199,900 more');
});

const HOSTILE = '<img src=x onerror=alert(1)> [click](http://evil.example) `x` @acme/admins &amp; <= 300';

test('markdownText leaves no tag, link, code span or mention, and keeps comparisons readable', () => {
  const safe = markdownText(`${HOSTILE}\nsecond line`);
  expect(safe).toBe(
    '&lt;img src=x onerror=alert(1)> &#91;click&#93;(http://evil.example) &#96;x&#96; &#64;acme/admins &amp;amp; <= 300 second line',
  );
});

test('server text in reasons, warnings and labels is escaped in the summary and the HTML report', () => {
  const base = fixtureReport();
  const check = base.checks[0];
  const report = {
    ...base,
    warnings: [HOSTILE],
    gate_fail_reasons: [HOSTILE],
    checks: [
      { ...check, worst: check.worst && { ...check.worst, labels: { pod: '<script>x</script>' } } },
      ...base.checks.slice(1),
    ],
  };
  const md = renderMarkdown(report, {});
  expect(md).not.toMatch(/<img|<script|\[click\]|@acme/);
  expect(md).toContain('&lt;img src=x');
  const html = renderHtml(report);
  expect(html).not.toMatch(/<img src=x|<script>x/);
});
