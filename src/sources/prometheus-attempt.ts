/**
 * One attempt of one API call, judged: the exchange (./prometheus-http.ts) and what its status and body
 * mean for the retry loop in ./prometheus-client.ts — an answer, a rejected query, a problem worth
 * retrying, or a final one. A `status: success` matrix answer is read straight from its text
 * (./matrix-reader.ts); every other body is JSON.parse'd as before.
 */
import { scanMatrix } from './matrix-reader.js';
import type { PromBody } from './prometheus-answer.js';
import {
  AnswerTooLargeError,
  EncodingError,
  exchange,
  formatBytes,
  RedirectError,
  type Answer,
  type Exchange,
} from './prometheus-http.js';
import { formatMs, networkProblem, oneLine, parseRetryAfter, tooLarge } from './prometheus-problems.js';

export type Outcome =
  | { kind: 'ok'; body: PromBody }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'retry'; message: string; status?: number; retryAfterMs?: number; timedOut?: boolean }
  /** Not worth retrying, and not the query's fault: an oversized answer, a redirect loop. */
  | { kind: 'final'; message: string };

/** What one HTTP exchange was, for debug output: never the query's text or a credential. */
export interface ExchangeRecord {
  path: string;
  /** HTTP status; undefined when no answer came (network error, deadline, cap). */
  status?: number;
  /** Bytes of the body as sent. */
  bytes?: number;
  ms: number;
  /** The problem when the attempt did not end in an answer. */
  problem?: string;
}

export interface AttemptContext {
  exchange: Exchange;
  url: string;
  timeoutMs: number;
  now: () => number;
  monotonic: () => number;
  onExchange?: (record: ExchangeRecord) => void;
}

export async function attemptOnce(
  ctx: AttemptContext,
  path: string,
  params: Record<string, string>,
  method: 'POST' | 'GET',
  deadlineMs: number,
): Promise<Outcome> {
  const started = ctx.monotonic();
  const report = (record: Omit<ExchangeRecord, 'path' | 'ms'>) =>
    ctx.onExchange?.({ path, ms: Math.round(ctx.monotonic() - started), ...record });
  // One deadline for the whole exchange (redirects and every byte of the answer), not per socket read.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), deadlineMs);
  let answer: Answer;
  try {
    answer = await exchange(ctx.exchange, ctx.url + path, params, abort.signal, method);
  } catch (err) {
    let outcome: Outcome;
    if (err instanceof AnswerTooLargeError) outcome = { kind: 'final', message: tooLarge(err) };
    else if (err instanceof RedirectError || err instanceof EncodingError)
      outcome = { kind: 'final', message: err.message };
    else {
      const timedOut = abort.signal.aborted || (err as { code?: string }).code === 'ECONNABORTED';
      const message = timedOut ? `no complete answer within ${formatMs(ctx.timeoutMs)}` : networkProblem(err);
      outcome = { kind: 'retry', message, timedOut };
    }
    report({ problem: outcome.message });
    return outcome;
  } finally {
    clearTimeout(timer);
  }
  report({ status: answer.status, bytes: answer.bytes });
  return judgeAnswer(answer, ctx.now);
}

function judgeAnswer(answer: Answer, now: () => number): Outcome {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    const scanned = scanMatrix(answer.text);
    if (scanned) return { kind: 'ok', body: { status: 'success', warnings: scanned.warnings, scanned } };
  }
  let body: PromBody | undefined;
  try {
    body = JSON.parse(answer.text) as PromBody;
  } catch {
    body = undefined;
  }
  if (status >= 200 && status < 300) {
    if (!body)
      return { kind: 'retry', status, message: `HTTP ${status} with an incomplete or non-JSON body` };
    if (body.status !== 'success') {
      return { kind: 'rejected', status, message: oneLine(body.error ?? 'status is not success') };
    }
    return { kind: 'ok', body };
  }
  if (status === 429 || status >= 500) {
    return {
      kind: 'retry',
      status,
      message: `HTTP ${status}${body?.error ? `: ${oneLine(body.error)}` : ''}`,
      retryAfterMs: parseRetryAfter(answer.retryAfter, now()),
    };
  }
  if (status === 401 || status === 403) {
    // The server's own words matter here (Mimir answers `no org id` in plain text); one line, kept short.
    const said = oneLine(body?.error ?? answer.text);
    const dropped = answer.credentialsDroppedAt
      ? `; credentials were not sent on to ${answer.credentialsDroppedAt} after a redirect to that other origin: give prometheus-url as the final URL`
      : '';
    return { kind: 'rejected', status, message: (said || 'access denied') + dropped };
  }
  return { kind: 'rejected', status, message: body?.error ? oneLine(body.error) : `HTTP ${status}` };
}

/** `Prometheus /api/v1/query_range: HTTP 200, 1.2 MiB, 84 ms` — one debug line per exchange. */
export function exchangeLine(record: ExchangeRecord): string {
  const what =
    record.status === undefined
      ? (record.problem ?? 'no answer')
      : `HTTP ${record.status}, ${formatBytes(record.bytes ?? 0)}`;
  return `Prometheus ${record.path}: ${what}, ${record.ms} ms`;
}
