/** Number formatting shared by the judges' explanations, so every report reads the same way. */

/** 0.123 → "+12.3%". */
export function pct(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return x > 0 ? '+∞' : x < 0 ? '−∞' : 'n/a';
  const v = (x * 100).toFixed(digits);
  return `${x >= 0 ? '+' : ''}${v}%`;
}

/** A plain number with up to 4 significant digits, keeping integers whole. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
  if (Number.isInteger(x) && Math.abs(x) < 1e7) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return x.toPrecision(3);
  return String(Number(x.toPrecision(4)));
}

/** Signed number: "+3.2". */
export function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${num(x)}`;
}

/** An interval on the judge's scale. */
export function range(lo: number, hi: number, relative: boolean): string {
  return relative ? `[${pct(lo)}, ${pct(hi)}]` : `[${signed(lo)}, ${signed(hi)}]`;
}

/** An e-value, readable over many orders of magnitude. */
export function evalue(e: number): string {
  if (!Number.isFinite(e)) return '∞';
  if (e >= 1e4) return e.toExponential(1);
  return e >= 100 ? e.toFixed(0) : e.toPrecision(3);
}
