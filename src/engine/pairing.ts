/**
 * Pairing canary series with baseline series (DESIGN §2 "Pairing with a baseline"), the one rule every
 * check on a baseline uses: threshold conditions (samples.ts) and every statistical judge (judges/stage.ts).
 *
 * - A baseline with one series applies to every canary series (unless `pair-on` names labels to pair on).
 * - Otherwise series pair on labels, like PromQL's `on(...)`: the metric's `pair-on` labels, or by default
 *   the labels both sides carry (`__name__` and the repeat tag excepted) whose values coincide for at least
 *   one canary and one baseline series. Labels that differ by nature (`track="canary"` against
 *   `track="stable"`, pod names) have no value in common and so drop out of the default on their own.
 * - A canary series with no partner, or with several (the baseline is finer than the labels pairing it),
 *   has none: its reason names the labels it was looked up by.
 *
 * `each` pairs canary series one by one (threshold conditions, per-series judges); `pool` groups them for
 * judges that compare a track's series together (mann-whitney, counts): one group of everything unless
 * `pair-on` names labels, then one group per value of those labels.
 */
import { formatLabels } from './format.js';
import type { Labels, Series } from './types.js';

/** Labels that never pair series: the metric name and the tag a repeated label set gets (sources). */
const NEVER_PAIRED = new Set(['__name__', '__duplicate__']);

export interface SeriesGroup {
  /** The values of the pairing labels, `{}` for a single baseline or a pooled group of everything. */
  key: Labels;
  canary: Series[];
  /** Empty when the group found no partner. */
  baseline: Series[];
  /** Why the group has no baseline: names the labels it was looked up by. */
  unpaired?: string;
}

export function pairSeries(
  canary: Series[],
  baseline: Series[] | undefined,
  opts: { on?: string[]; mode: 'each' | 'pool' },
): SeriesGroup[] {
  const base = baseline ?? [];
  if (base.length === 0) {
    const unpaired = 'the baseline query returned no series';
    return opts.mode === 'pool'
      ? [{ key: {}, canary, baseline: [], unpaired }]
      : canary.map((s) => ({ key: {}, canary: [s], baseline: [], unpaired }));
  }
  if (opts.on === undefined && (base.length === 1 || opts.mode === 'pool')) {
    return opts.mode === 'pool'
      ? [{ key: {}, canary, baseline: base }]
      : canary.map((s) => ({ key: {}, canary: [s], baseline: base }));
  }
  const on = opts.on ?? defaultPairLabels(canary, base);
  const keyOf = (labels: Labels): Labels => Object.fromEntries(on.map((l) => [l, labels[l] ?? '']));
  const byKey = new Map<string, Series[]>();
  for (const b of base) {
    const k = JSON.stringify(keyOf(b.labels));
    byKey.set(k, [...(byKey.get(k) ?? []), b]);
  }
  const groups = new Map<string, SeriesGroup>();
  for (const s of canary) {
    const key = keyOf(s.labels);
    const k = JSON.stringify(key);
    // Pooled, the canary series of one key form one group; one by one, each series is its own group.
    const id = opts.mode === 'pool' ? k : `${groups.size}`;
    const known = groups.get(id);
    if (known) {
      known.canary.push(s);
      continue;
    }
    const partners = byKey.get(k) ?? [];
    const group: SeriesGroup = { key, canary: [s], baseline: partners };
    if (partners.length === 0) group.unpaired = noPartner(key, on, base.length);
    else if (partners.length > 1 && opts.mode === 'each') {
      group.baseline = [];
      group.unpaired = severalPartners(key, on, partners);
    }
    groups.set(id, group);
  }
  return [...groups.values()];
}

/**
 * The labels series pair on by default: names both sides carry, but only those with a value in common
 * between a canary and a baseline series (so `track` and pod names drop out), in name order.
 */
export function defaultPairLabels(canary: Series[], baseline: Series[]): string[] {
  const values = (series: Series[], name: string) =>
    new Set(series.filter((s) => name in s.labels).map((s) => s.labels[name]));
  const names = new Set(canary.flatMap((s) => Object.keys(s.labels)));
  const shared = [...new Set(baseline.flatMap((s) => Object.keys(s.labels)))].filter(
    (n) => names.has(n) && !NEVER_PAIRED.has(n),
  );
  return shared
    .filter((n) => {
      const inBaseline = values(baseline, n);
      return [...values(canary, n)].some((v) => inBaseline.has(v));
    })
    .sort();
}

function onText(on: string[]): string {
  return on.length === 0 ? 'no label in common' : `on (${on.join(', ')})`;
}

function noPartner(key: Labels, on: string[], baselineCount: number): string {
  if (on.length === 0) {
    return `none of the ${baselineCount} baseline series shares a label value with it; name the labels to pair on with pair-on`;
  }
  return `no baseline series with ${formatLabels(key)} (paired ${onText(on)}; pair-on names the labels to pair on)`;
}

function severalPartners(key: Labels, on: string[], partners: Series[]): string {
  const listed = partners
    .slice(0, 3)
    .map((p) => formatLabels(p.labels) || '{}')
    .join(', ');
  const more = partners.length > 3 ? `, … (+${partners.length - 3} more)` : '';
  const by = on.length === 0 ? 'it' : formatLabels(key);
  return (
    `${partners.length} baseline series match ${by} (paired ${onText(on)}): ${listed}${more}; ` +
    'aggregate the baseline query by the pairing labels or name more labels in pair-on'
  );
}
