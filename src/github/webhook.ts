/**
 * webhook-url: POST the verdict as JSON, signed like GitHub's own webhooks
 * (`X-Canary-Gate-Signature: sha256=<hex hmac of the exact body>`), retried on network errors, 429
 * and 5xx. A webhook that never answers is a warning, not a failed gate.
 */
import * as log from './log.js';
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
  /** Deadline of the whole delivery, retries included (each attempt also has `timeoutMs`). */
  signal?: AbortSignal;
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
  // fetch refuses URLs with `user:password@`; send them as basic auth, as curl would.
  const { target, authorization } = splitCredentials(url);
  if (authorization) headers.authorization = authorization;
  const shown = safeUrl(url);
  let last = '';
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(target, {
        method: 'POST',
        headers,
        body,
        signal: opts.signal
          ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs ?? 10_000), opts.signal])
          : AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return true;
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break; // the receiver said no; retrying will not change that
    } catch (error) {
      last = networkError(error);
    }
    if (opts.signal?.aborted) break;
    if (i < attempts) await sleep(1000 * 2 ** (i - 1));
  }
  if (!opts.signal?.aborted) log.warning(`webhook POST to ${shown} failed: ${last}`);
  return false;
}

/**
 * The URL as shown in the log: scheme and host only. Webhook URLs often carry their secret in the path
 * (Slack `/services/T…/B…/XXXX`, Discord `/api/webhooks/ID/TOKEN`) or the query, never in the host.
 */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.length > 1 || u.search ? '/…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}

/** `https://user:pw@host/x` → the URL without them and a basic-auth header. */
export function splitCredentials(url: string): { target: string; authorization?: string } {
  const u = new URL(url);
  if (!u.username && !u.password) return { target: url };
  const pair = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = '';
  u.password = '';
  return { target: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** One line naming the cause (`ECONNREFUSED`, `ENOTFOUND`, a timeout), never the URL (it may hold secrets). */
export function networkError(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'no answer within the timeout';
  const cause = e?.cause?.code ?? e?.cause?.message;
  const text = cause ? `${e.message}: ${cause}` : String(e?.message ?? error);
  return text.split('\n')[0].replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '(url)');
}
