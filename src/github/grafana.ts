/**
 * grafana-url / grafana-token: a Grafana annotation over the bake's time range (Grafana HTTP API
 * `POST /api/annotations`, a region from `time` to `timeEnd` in epoch ms), tagged `canary-gate`, the stage
 * and the decision, so dashboards with an annotation query on those tags show when each stage baked and how
 * it ended. Without `dashboardUID` it is an organisation annotation: any dashboard can query it by tag.
 */
import type { Report } from '../report/types.js';
import { postJson, safeUrl, type PostOptions } from './http-post.js';

export function grafanaAnnotation(report: Report, links: { run_url?: string | null }) {
  const since = report.bake.since ? Date.parse(report.bake.since) : NaN;
  const until = report.bake.until ? Date.parse(report.bake.until) : NaN;
  if (Number.isNaN(since) || Number.isNaN(until)) return null;
  const why = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons][0];
  const text = [
    `canary-gate: ${report.decision.toUpperCase()} at stage ${report.stage}` +
      (report.traffic === null ? '' : ` (${report.traffic}% traffic)`) +
      (report.dry_run ? ' — dry run' : ''),
    why ?? '',
    links.run_url ? `<a href="${links.run_url}">workflow run</a>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    time: since,
    timeEnd: until,
    tags: ['canary-gate', `stage:${report.stage}`, `decision:${report.decision}`],
    text,
  };
}

/** POST the annotation; a bake without known times (a recording without `start`) has no range to mark. */
export async function postGrafanaAnnotation(
  baseUrl: string,
  token: string | undefined,
  annotation: ReturnType<typeof grafanaAnnotation>,
  opts: PostOptions = {},
): Promise<boolean> {
  if (!annotation) return false;
  const url = new URL('api/annotations', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return postJson(
    { what: 'Grafana annotation', url, shown: safeUrl(baseUrl), headers },
    JSON.stringify(annotation),
    opts,
  );
}
