/**
 * Synthetic metrics for backfilling a real Prometheus (OpenMetrics for `promtool tsdb create-blocks-from
 * openmetrics`) or VictoriaMetrics (Prometheus text with ms timestamps for /api/v1/import/prometheus).
 */

export interface RawSample {
  name: string;
  labels: Record<string, string>;
  /** Unix milliseconds. */
  t: number;
  v: number;
}

function labelText(labels: Record<string, string>): string {
  const keys = Object.keys(labels);
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}="${labels[k].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function valueText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Families grouped, each family's samples in time order (promtool wants families contiguous). */
function byFamily(samples: RawSample[]): Map<string, RawSample[]> {
  const families = new Map<string, RawSample[]>();
  for (const s of samples) {
    const list = families.get(s.name) ?? [];
    list.push(s);
    families.set(s.name, list);
  }
  for (const list of families.values()) list.sort((a, b) => a.t - b.t);
  return families;
}

export function toOpenMetrics(samples: RawSample[]): string {
  const lines: string[] = [];
  for (const [name, list] of byFamily(samples)) {
    lines.push(`# TYPE ${name} unknown`);
    for (const s of list)
      lines.push(`${name}${labelText(s.labels)} ${valueText(s.v)} ${(s.t / 1000).toFixed(3)}`);
  }
  lines.push('# EOF');
  return lines.join('\n') + '\n';
}

export function toPrometheusText(samples: RawSample[]): string {
  return samples.map((s) => `${s.name}${labelText(s.labels)} ${valueText(s.v)} ${s.t}`).join('\n') + '\n';
}
