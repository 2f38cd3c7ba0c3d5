/**
 * Number, label and duration text for reasons. Numbers are shown compactly: no float noise
 * (0.30000000000000004 → 0.3), at most 4 digits after the point for |x| ≥ 1 and 4 significant digits below 1.
 */
import type { Labels } from './types.js';

export function formatNumber(x: number | null): string {
  if (x === null) return 'no data';
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const rounded = Math.abs(x) >= 1 ? Math.round(x * 1e4) / 1e4 : Number(x.toPrecision(4));
  // A second pass drops noise that the rounding itself can introduce (e.g. 1.0000000000000002).
  return String(Number(rounded.toPrecision(15)));
}

/** `{pod="a",zone="b"}` in PromQL's own notation; '' for a series without labels. */
export function formatLabels(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',')}}`;
}

export function sameLabels(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k])
  );
}
