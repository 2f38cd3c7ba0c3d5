/**
 * webhook-url: POST the verdict as JSON, signed like GitHub's own webhooks
 * (`X-Canary-Gate-Signature: sha256=<hex hmac of the exact body>`), retried on network errors, 429
 * and 5xx. A webhook that never answers is a warning, not a failed gate.
 */
import * as core from '@actions/core';
import { createHmac } from 'node:crypto';
import type { Report } from '../report/types.js';

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

export interface WebhookOptions {
  attempts?: number;
  timeoutMs?: number;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export async function postWebhook(
  url: string,
  secret: string | undefined,
  payload: unknown,
  opts: WebhookOptions = {},
): Promise<boolean> {
  const attempts = opts.attempts ?? 3;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'canary-gate' };
  if (secret) headers['x-canary-gate-signature'] = signature(body, secret);
  let last = '';
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return true;
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break; // the receiver said no; retrying will not change that
    } catch (error) {
      last = (error as Error).message;
    }
    if (i < attempts) await sleep(1000 * 2 ** (i - 1));
  }
  core.warning(`webhook POST to ${safeUrl(url)} failed: ${last}`);
  return false;
}

/** The URL without credentials or query (tokens often ride there). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
