/**
 * webhook-url: POST the verdict in the receiver's `webhook-format` (canary-gate's JSON, Slack or Teams),
 * signed like GitHub's own webhooks (`X-Canary-Gate-Signature: sha256=<hex hmac of the exact body>`), through
 * the proxy variables, retried on network errors, 429 and 5xx. A webhook that never answers is a warning.
 */
import { createHmac } from 'node:crypto';
import { slackMessage, teamsMessage } from '../report/chat-cards.js';
import type { Report } from '../report/types.js';
import { postJson, safeUrl, splitCredentials, type PostOptions } from './http-post.js';

export { networkError, safeUrl, splitCredentials } from './http-post.js';

export function signature(body: string, secret: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

/** The verdict without per-window values: receivers want the decision, not a 24 h time series. */
export function webhookPayload(
  report: Report,
  extra: { artifact_url?: string | null; run_url?: string | null },
) {
  return {
    event: 'canary-gate.verdict',
    decision: report.decision,
    gate_passed: report.gate_passed,
    rollback_triggered: report.rollback_triggered,
    rollback_reasons: report.rollback_reasons,
    gate_fail_reasons: report.gate_fail_reasons,
    inconclusive_reasons: report.inconclusive_reasons,
    stage: report.stage,
    traffic: report.traffic,
    dry_run: report.dry_run,
    smoke_returncode: report.smoke_returncode,
    bake: {
      since: report.bake.since,
      until: report.bake.until,
      windows_expected: report.bake.windows_expected,
      windows_observed: report.bake.windows_observed,
    },
    checks: report.checks.map((c) => ({
      kind: c.kind,
      metric: c.metric,
      condition: c.condition,
      action: c.action,
      status: c.status,
      worst: c.worst?.value ?? null,
    })),
    provenance: report.provenance,
    artifact_url: extra.artifact_url ?? null,
    run_url: extra.run_url ?? null,
    generated_at: report.generated_at,
  };
}

export type WebhookFormat = 'json' | 'slack' | 'teams';

/** The body for the receiver's format: canary-gate's JSON, Slack blocks or a Teams Adaptive Card. */
export function formatWebhook(
  format: WebhookFormat,
  report: Report,
  links: { artifact_url?: string | null; run_url?: string | null },
): unknown {
  if (format === 'slack') return slackMessage(report, links);
  if (format === 'teams') return teamsMessage(report, links);
  return webhookPayload(report, links);
}

export type WebhookOptions = PostOptions;

export async function postWebhook(
  url: string,
  secret: string | undefined,
  payload: unknown,
  opts: WebhookOptions = {},
): Promise<boolean> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {};
  if (secret) headers['x-canary-gate-signature'] = signature(body, secret);
  // Send `user:password@` as basic auth, as curl would.
  const { target, authorization } = splitCredentials(url);
  if (authorization) headers.authorization = authorization;
  return postJson({ what: 'webhook', url: target, shown: safeUrl(url), headers }, body, opts);
}
