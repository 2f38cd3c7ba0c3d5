/**
 * One POST of a JSON body to a notification receiver (webhook, Slack, Teams, Grafana), through
 * @actions/http-client so HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply as on every other action of a
 * self-hosted runner behind a proxy. Retried on network errors, 429 and 5xx with backoff; a receiver
 * that never answers is one warning, never a failed gate.
 */
import { HttpClient } from '@actions/http-client';
import { debug, warning } from './log.js';

export interface PostOptions {
  attempts?: number;
  /** Deadline of each attempt, in ms. */
  timeoutMs?: number;
  /** Deadline of the whole delivery (src/github/deadline.ts): no retry after it, and no warning (the caller warns). */
  signal?: AbortSignal;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PostTarget {
  /** What the warning calls it: `webhook`, `Grafana annotation`. */
  what: string;
  url: string;
  /** The URL as it may be logged (no path, query or credentials). */
  shown: string;
  headers: Record<string, string>;
}

export async function postJson(target: PostTarget, body: string, opts: PostOptions = {}): Promise<boolean> {
  const attempts = opts.attempts ?? 3;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const headers = { 'content-type': 'application/json', 'user-agent': 'canary-gate', ...target.headers };
  let last = '';
  for (let i = 1; i <= attempts; i++) {
    const client = new HttpClient('canary-gate', [], {
      allowRetries: false,
      allowRedirects: false,
      socketTimeout: timeoutMs,
    });
    try {
      const status = await withDeadline(
        client.request('POST', target.url, body, headers).then(async (res) => {
          await res.readBody().catch(() => undefined);
          return res.message.statusCode ?? 0;
        }),
        timeoutMs,
      );
      debug(`${target.what} POST to ${target.shown}: attempt ${i}/${attempts}, HTTP ${status}`);
      if (status >= 200 && status < 300) return true;
      last = `HTTP ${status}`;
      if (status < 500 && status !== 429) break; // the receiver said no; retrying will not change that
    } catch (error) {
      last = networkError(error);
      debug(`${target.what} POST to ${target.shown}: attempt ${i}/${attempts}, ${last}`);
    } finally {
      client.dispose();
    }
    if (opts.signal?.aborted) return false;
    if (i < attempts) {
      const wait = 1000 * 2 ** (i - 1);
      debug(`${target.what}: retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
  if (!opts.signal?.aborted) warning(`${target.what} POST to ${target.shown} failed: ${last}`);
  return false;
}

class DeadlineError extends Error {
  override name = 'TimeoutError';
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError('deadline')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** One line naming the cause (`ECONNREFUSED`, `ENOTFOUND`, a timeout), never the URL (it may hold secrets). */
export function networkError(error: unknown): string {
  const e = error as Error & { code?: string; cause?: { code?: string; message?: string } };
  // http-client's own socket timeout says `Request timeout: <path>`, and the path may be the secret.
  if (e?.name === 'TimeoutError' || /^Request timeout/.test(e?.message ?? ''))
    return 'no answer within the timeout';
  const code = e?.code ?? e?.cause?.code;
  const text =
    code && !String(e?.message).includes(code) ? `${e.message}: ${code}` : String(e?.message ?? error);
  return text
    .split('\n')[0]
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '(url)')
    .replace(/ \/\S*/g, ' (path)');
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
