/**
 * Mermaid `xychart-beta` blocks for the job summary: the metric over the bake (downsampled so the
 * block stays small however long the bake) with the limit it was held to as a second line.
 */
import type { Values } from './series.js';

export interface XyChart {
  title: string;
  xLabels: string[];
  yLabel: string;
  /** Drawn in order; Mermaid colours them by position (first: the metric, then limit, baseline). */
  lines: Values[];
}

/** Mermaid lines need a number at every point: a gap repeats the previous point (or the next one). */
function fillGaps(values: Values): number[] {
  const first = values.find((v) => v !== null) ?? 0;
  let last = first;
  return values.map((v) => (v === null ? last : (last = v)));
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, '').replace(/[\r\n]+/g, ' ')}"`;
}

/** Round for the chart only: 4 significant digits keeps the block small. */
function chartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const n = Number(v.toPrecision(4));
  const text = String(n);
  // Mermaid's lexer reads plain decimals only: no exponent.
  return /e/i.test(text) ? n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}

export function xyChartBlock(chart: XyChart): string {
  const lines = chart.lines.filter((l) => l.some((v) => v !== null)).map(fillGaps);
  const all = lines.flat();
  let min = all.length ? Math.min(...all) : 0;
  let max = all.length ? Math.max(...all) : 1;
  if (min > 0 && min < max * 0.5) min = 0;
  if (max === min) max = min + (Math.abs(min) || 1);
  const pad = (max - min) * 0.05;
  const yMin = min === 0 ? 0 : min - pad;
  const yMax = max + pad;
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(chart.title)}`,
    `  x-axis [${chart.xLabels.map(quote).join(', ')}]`,
    `  y-axis ${quote(chart.yLabel)} ${chartNumber(yMin)} --> ${chartNumber(yMax)}`,
    ...lines.map((l) => `  line [${l.map(chartNumber).join(', ')}]`),
    '```',
  ].join('\n');
}
