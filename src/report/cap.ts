/**
 * Long lists (a server that sends 200,000 warnings) kept to a bound: the first items, then one line
 * saying how many more. Inputs are already de-duplicated (a Set where they are gathered).
 */

/** Warnings kept in report.json; the human channels show fewer. */
export const REPORT_MAX_WARNINGS = 1000;
/** Items of one list in the text output. */
export const TEXT_MAX_ITEMS = 10;

export function capList(items: string[], max: number, more = 'more'): string[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), `and ${(items.length - max).toLocaleString('en-US')} ${more}`];
}
