/**
 * The y range a chart shows, for the summary's Mermaid charts and report.html's SVG alike: from 0 when
 * the data sit within half their maximum of it (a ratio near 0 reads as near 0), never an empty span,
 * padded by a share of the span so no line runs along an edge.
 */
export function yRange(values: readonly number[], padShare: number): { lo: number; hi: number } {
  let min = values.length ? Math.min(...values) : 0;
  let max = values.length ? Math.max(...values) : 1;
  if (min > 0 && min < max * 0.5) min = 0;
  if (max === min) max = min + (Math.abs(min) || 1);
  const pad = (max - min) * padShare;
  return { lo: min === 0 ? 0 : min - pad, hi: max + pad };
}
