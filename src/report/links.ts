/**
 * Links from the summary to where a reader checks a number: each metric in Prometheus' graph page over the
 * bake (the `/graph?g0.expr=…` form the classic and the 3.x UI both open), built from the source URL the
 * report already shows (credentials removed).
 */
import { formatDuration } from './format.js';
import type { Report } from './types.js';

export function prometheusGraphUrl(report: Report, metric: string): string | null {
  const base = report.source.kind === 'prometheus' ? report.source.url : undefined;
  const query = report.metrics[metric]?.query;
  if (!base || !query || !report.bake.until) return null;
  let url: URL;
  try {
    url = new URL('graph', base.endsWith('/') ? base : `${base}/`);
  } catch {
    return null;
  }
  const end = new Date(report.bake.until).toISOString().replace('T', ' ').slice(0, 19);
  url.searchParams.set('g0.expr', query);
  url.searchParams.set('g0.tab', '0');
  url.searchParams.set(
    'g0.range_input',
    formatDuration(report.bake.windows_expected * report.window_seconds),
  );
  url.searchParams.set('g0.end_input', end);
  url.searchParams.set('g0.step_input', String(report.window_seconds));
  return url.toString();
}
