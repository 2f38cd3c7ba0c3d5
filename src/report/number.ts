/** Numbers as people read them in a verdict: no float noise, at most 4 significant decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'no data';
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return String(Math.round(value * 10) / 10);
  return String(Number(value.toPrecision(4)));
}
