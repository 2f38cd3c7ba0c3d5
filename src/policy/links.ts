/**
 * `links.dashboard`: a dashboard URL template the summary and comment link to, filled with the bake's time
 * range. Placeholders: {{since}} and {{until}} (epoch milliseconds, what Grafana's `from`/`to` take),
 * {{since_iso}}, {{until_iso}} and {{stage}}. An unknown placeholder is a policy error at its line.
 */
import type { BuildContext } from './build-context.js';

export const LINK_PLACEHOLDERS = ['since', 'until', 'since_iso', 'until_iso', 'stage'] as const;

export function buildLinks(b: BuildContext, value: unknown): { dashboard?: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const dashboard = (value as { dashboard?: unknown }).dashboard;
  if (typeof dashboard !== 'string') return undefined; // shape errors come from zod
  for (const m of dashboard.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if ((LINK_PLACEHOLDERS as readonly string[]).includes(m[1])) continue;
    b.report(
      b.pos.value(['links', 'dashboard']),
      `links.dashboard: unknown placeholder {{${m[1]}}}`,
      `use ${LINK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
    );
  }
  return { dashboard };
}

/** The dashboard link for one bake; null without a template or without known times. */
export function dashboardLink(
  template: string | undefined,
  bake: { since: string | null; until: string | null },
  stage: string,
): string | null {
  if (!template || !bake.since || !bake.until) return null;
  const since = Date.parse(bake.since);
  const until = Date.parse(bake.until);
  if (Number.isNaN(since) || Number.isNaN(until)) return null;
  const values: Record<string, string> = {
    since: String(since),
    until: String(until),
    since_iso: new Date(since).toISOString(),
    until_iso: new Date(until).toISOString(),
    stage,
  };
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}
