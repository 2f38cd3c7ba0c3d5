/** Inline SVG for the backtest page: the bake timeline and a histogram per check. Pure string building. */
import { escapeHtml as h, formatNumber } from '../report/format.js';
import type { Decision } from '../engine/types.js';
import type { BacktestBake } from './types.js';
import { bakeSpanText } from './view.js';

const W = 860;

/** One bar per bake, in time order, coloured by its decision; each names its span and reason on hover. */
export function timelineSvg(bakes: BacktestBake[], colours: Record<Decision, string>): string {
  const height = 48;
  const left = 8;
  const width = W - 2 * left;
  const bar = width / Math.max(1, bakes.length);
  const rects = bakes.map((b, i) => {
    const x = (left + i * bar).toFixed(2);
    const changed = b.compare_decision !== undefined && b.compare_decision !== b.decision;
    const title = `${bakeSpanText(b)}: ${b.decision}${b.compare_decision !== undefined ? ` (other policy: ${b.compare_decision})` : ''}${b.reasons[0] ? ` — ${b.reasons[0]}` : ''}`;
    return (
      `<rect class="bake" data-decision="${b.decision}" x="${x}" y="8" width="${Math.max(0.5, bar - (bar > 3 ? 1 : 0)).toFixed(2)}" height="28" fill="${colours[b.decision]}"><title>${h(title)}</title></rect>` +
      (changed
        ? `<rect class="changed" x="${x}" y="38" width="${Math.max(0.5, bar - 1).toFixed(2)}" height="4" fill="#0969da"/>`
        : '')
    );
  });
  const first = bakes[0]?.since.slice(0, 16).replace('T', ' ') ?? '';
  const last = bakes[bakes.length - 1]?.until.slice(0, 16).replace('T', ' ') ?? '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height + 16}" width="100%" role="img" aria-label="bakes by decision">` +
    rects.join('') +
    `<text x="${left}" y="${height + 12}" font-size="11" fill="#57606a">${h(first)}Z</text>` +
    `<text x="${W - left}" y="${height + 12}" font-size="11" fill="#57606a" text-anchor="end">${h(last)}Z</text></svg>`
  );
}

/** Bakes per bin of their value, with a vertical line at the limit. */
export function histogramSvg(values: number[], marker: { at: number; label: string }, title: string): string {
  const height = 180;
  const m = { top: 16, right: 16, bottom: 32, left: 48 };
  let lo = Math.min(marker.at, ...values);
  let hi = Math.max(marker.at, ...values);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  const bins = 30;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins))]++;
  const top = Math.max(...counts);
  const plotW = W - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const x = (v: number) => m.left + ((v - lo) / (hi - lo)) * plotW;
  const bw = plotW / bins;
  const bars = counts.map((n, i) => {
    if (n === 0) return '';
    const bh = (n / top) * plotH;
    const from = lo + ((hi - lo) * i) / bins;
    const to = lo + ((hi - lo) * (i + 1)) / bins;
    return `<rect x="${(m.left + i * bw).toFixed(2)}" y="${(m.top + plotH - bh).toFixed(2)}" width="${Math.max(0.5, bw - 1).toFixed(2)}" height="${bh.toFixed(2)}" fill="#54aeff"><title>${n} bake${n === 1 ? '' : 's'} in ${formatNumber(from)} – ${formatNumber(to)}</title></rect>`;
  });
  const lx = x(marker.at).toFixed(2);
  // A limit at either edge keeps its label inside the picture.
  const anchor = x(marker.at) > W - 80 ? 'end' : x(marker.at) < m.left + 40 ? 'start' : 'middle';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${h(title)}">` +
    `<line x1="${m.left}" y1="${m.top + plotH}" x2="${W - m.right}" y2="${m.top + plotH}" stroke="#8c959f"/>` +
    bars.join('') +
    `<line class="limit" x1="${lx}" y1="${m.top - 6}" x2="${lx}" y2="${m.top + plotH}" stroke="#cf222e" stroke-width="2" stroke-dasharray="5 3"/>` +
    `<text x="${lx}" y="${m.top - 6}" font-size="11" fill="#cf222e" text-anchor="${anchor}">${h(marker.label)}</text>` +
    `<text x="${m.left}" y="${height - 10}" font-size="11" fill="#57606a">${h(formatNumber(lo))}</text>` +
    `<text x="${W - m.right}" y="${height - 10}" font-size="11" fill="#57606a" text-anchor="end">${h(formatNumber(hi))}</text>` +
    `<text x="${m.left - 6}" y="${m.top + 4}" font-size="11" fill="#57606a" text-anchor="end">${top}</text></svg>`
  );
}
