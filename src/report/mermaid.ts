/**
 * Mermaid `xychart-beta` blocks for the job summary: the metric over the bake (downsampled so the
 * block stays small however long the bake) with the limit it was held to as a second line.
 */
import type { Values } from './series.js';
import { yRange } from './y-range.js';

export interface XyChart {
  title: string;
  xLabels: string[];
  yLabel: string;
  /** Drawn in order; Mermaid colours them by position from `palette`. */
  lines: Values[];
  /** One colour per line, in order; default: the metric near-black, then the limit in red. */
  palette?: string[];
}

/** Line colours: the metric dark and the limit red, distinct on GitHub's light and dark themes alike. */
export const CHART_COLOURS = { metric: '#1f2328', limit: '#cf222e', baseline: '#8c959f' };

/** `<=` / `>=` / `!=` as ≤ ≥ ≠: Mermaid would print `&lt;=` in a title, and the signs read better. */
export function readableCondition(text: string): string {
  return text.replace(/<=/g, '≤').replace(/>=/g, '≥').replace(/!=/g, '≠');
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
  const { lo: yMin, hi: yMax } = yRange(lines.flat(), 0.05);
  const palette = chart.palette ?? [CHART_COLOURS.metric, CHART_COLOURS.limit];
  // Mermaid's default palette draws the first line pale; an init directive sets ours (GitHub honours it).
  // Wide enough that the x labels do not run into each other (about 8 px per character, 700 px at least).
  const longest = Math.max(0, ...chart.xLabels.map((l) => l.length));
  const width = Math.min(1600, Math.max(700, Math.round(chart.xLabels.length * (longest + 2) * 8 + 120)));
  const init = {
    ...(width > 700 ? { xyChart: { width } } : {}),
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    // Mermaid escapes a bare `<` or `>` in a title to `&lt;`/`&gt;`: say it in words there.
    `  title ${quote(
      readableCondition(chart.title)
        .replace(/\s*<\s*/g, ' below ')
        .replace(/\s*>\s*/g, ' above '),
    )}`,
    `  x-axis [${chart.xLabels.map(quote).join(', ')}]`,
    `  y-axis ${quote(chart.yLabel)} ${chartNumber(yMin)} --> ${chartNumber(yMax)}`,
    ...lines.map((l) => `  line [${l.map(chartNumber).join(', ')}]`),
    '```',
  ].join('\n');
}
