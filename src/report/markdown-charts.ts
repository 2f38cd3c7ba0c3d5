/**
 * Mermaid charts of the failing metrics for the markdown report: the metric (dark) against its limit (red),
 * or for a judge against the baseline it compared with (grey), downsampled so a long bake stays small.
 */
import { checkKind, formatDuration, windowTick } from './format.js';
import { CHART_COLOURS, readableCondition, xyChartBlock } from './mermaid.js';
import { badIsHigh, baselineFor, checkSeries, checksByMetric, downsample, limitValues } from './series.js';
import type { Report } from './types.js';

export function failingCharts(report: Report, maxCharts: number, chartPoints: number): string[] {
  const out: string[] = [];
  const failing = [...checksByMetric(report)].filter(([, checks]) => checks.some((c) => c.status === 'fail'));
  for (const [name, checks] of failing.slice(0, maxCharts)) {
    const metric = report.metrics[name];
    const check = checks.find((c) => c.status === 'fail')!;
    const series = checkSeries(metric, check);
    if (!series) continue;
    const high = badIsHigh(check);
    const windows = series.values.length;
    const baseline = baselineFor(metric, series);
    const points = downsample(series.values, chartPoints, high);
    // A judge has no limit line: its second line is the baseline it compared against (when it has one),
    // downsampled the same way. A limit is downsampled the other way round: the tightest of a bucket.
    const second = check.judgement
      ? downsample(baseline ?? [], chartPoints, high).values
      : downsample(limitValues(check.condition, baseline, windows), chartPoints, !high).values;
    const xLabels = points.starts.map((k) => windowTick(report, k));
    const per =
      points.bucket > 1 ? `, worst of each ${formatDuration(points.bucket * report.window_seconds)}` : '';
    const condition = readableCondition(check.condition);
    const what = check.judgement
      ? `${baseline ? 'canary (dark) and baseline (grey), ' : ''}${condition}`
      : `canary (dark) against the limit ${condition} (red)`;
    out.push(
      '',
      `**${name}** — ${metric.unit ? metric.unit + ', ' : ''}${what} (${checkKind(check)}${per})`,
      '',
      xyChartBlock({
        title: `${name} ${check.condition}`,
        xLabels,
        yLabel: metric.unit ?? name,
        lines: [points.values, second],
        palette: [CHART_COLOURS.metric, check.judgement ? CHART_COLOURS.baseline : CHART_COLOURS.limit],
      }),
    );
  }
  if (failing.length > maxCharts && maxCharts > 0)
    out.push('', `_Charts of ${failing.length - maxCharts} more failing metrics are in report.html._`);
  return out;
}
