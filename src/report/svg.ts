/**
 * Inline SVG line charts for report.html: every series of a metric over the bake, its baseline
 * dashed, each limit it is held to, and the violating windows shaded. Pure string building, no DOM.
 */
import { escapeHtml, formatNumber } from './format.js';
import type { Values } from './series.js';
import { yRange } from './y-range.js';

export interface ChartLine {
  label: string;
  values: Values;
  kind: 'canary' | 'baseline' | 'limit';
  /** Limits of triggers are drawn in another colour than gate limits. */
  trigger?: boolean;
}

export interface SvgChart {
  title: string;
  lines: ChartLine[];
  /** Window indexes to shade (violations). */
  shaded: number[];
  /** Tick label of window k. */
  tick: (k: number) => string;
  unit: string | null;
}

const W = 860;
const H = 260;
const M = { top: 28, right: 16, bottom: 40, left: 64 };
const CANARY_COLOURS = ['#1f6feb', '#8250df', '#1a7f37', '#bf3989', '#0a3069', '#953800'];

export function svgChart(chart: SvgChart): string {
  const windows = Math.max(1, ...chart.lines.map((l) => l.values.length));
  const all = chart.lines
    .flatMap((l) => l.values)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const { lo, hi } = yRange(all, 0.08);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  // A value of window k is drawn at the window's centre.
  const x = (k: number) => M.left + ((k + 0.5) / windows) * pw;
  const y = (v: number) => M.top + ph - ((v - lo) / (hi - lo)) * ph;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    `<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="#fff" stroke="#d0d7de"/>`,
  );
  const bandWidth = pw / windows;
  for (const k of new Set(chart.shaded)) {
    parts.push(
      `<rect class="violation" x="${r(M.left + k * bandWidth)}" y="${M.top}" width="${r(Math.max(bandWidth, 1))}" height="${ph}" fill="#ffebe9"/>`,
    );
  }
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    const yy = r(y(v));
    parts.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${yy}" y2="${yy}" stroke="#eaeef2"/>`,
      `<text x="${M.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="#57606a">${escapeHtml(formatNumber(v))}</text>`,
    );
  }
  const tickEvery = Math.max(1, Math.ceil(windows / 8));
  for (let k = 0; k < windows; k += tickEvery) {
    parts.push(
      `<text x="${r(x(k))}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11" fill="#57606a">${escapeHtml(chart.tick(k))}</text>`,
    );
  }
  let colour = 0;
  const legend: string[] = [];
  for (const line of chart.lines) {
    const stroke =
      line.kind === 'canary'
        ? CANARY_COLOURS[colour++ % CANARY_COLOURS.length]
        : line.kind === 'baseline'
          ? '#6e7781'
          : line.trigger
            ? '#bc4c00'
            : '#cf222e';
    const dash =
      line.kind === 'baseline'
        ? ' stroke-dasharray="6 4"'
        : line.kind === 'limit'
          ? ' stroke-dasharray="3 3"'
          : '';
    for (const segment of segments(line.values)) {
      const points = segment.map(([k, v]) => `${r(x(k))},${r(y(v))}`).join(' ');
      if (segment.length === 1) {
        const [k, v] = segment[0];
        parts.push(`<circle class="${line.kind}" cx="${r(x(k))}" cy="${r(y(v))}" r="2.5" fill="${stroke}"/>`);
      } else {
        parts.push(
          `<polyline class="${line.kind}" points="${points}" fill="none" stroke="${stroke}" stroke-width="${line.kind === 'canary' ? 2 : 1.5}"${dash}/>`,
        );
      }
    }
    legend.push(`<tspan fill="${stroke}">━ ${escapeHtml(line.label)}</tspan>`);
  }
  parts.push(`<text x="${M.left}" y="18" font-size="12" fill="#24292f">${legend.join('  ')}</text>`);
  parts.push(
    `<text x="${M.left + pw / 2}" y="${H - 6}" text-anchor="middle" font-size="11" fill="#57606a">window start${chart.unit ? ` · ${escapeHtml(chart.unit)}` : ''}</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

function segments(values: Values): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  values.forEach((v, k) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([k, v]);
  });
  if (current.length) out.push(current);
  return out;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}
